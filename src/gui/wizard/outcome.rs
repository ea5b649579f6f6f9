//! What the app's work answers — a job (the vault, the key, an import, an export, an
//! inspection, the server key, a double-clicked file), a dialog, a file written, the
//! clipboard — and [`settle`], the pure function that decides the step it leads to. What the
//! answer means for the rest of the window (the open vault, the home list, the notice at the
//! top) is the app's; the step is decided here only.

use std::path::PathBuf;

use zeroize::Zeroizing;

use super::UnlockDraft;
use super::{CsrInfo, Draft, P12Draft, Platform, Secret, ServerKeyDraft, SharedVault, Step};
use crate::i18n::Message;
use crate::ops::{FileKind, Imported};
use crate::pki::inspect::Inspection;
use crate::pki::key::KeygenProgress;

/// A fact from the app's work, carrying its result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The vault is open.
    VaultOpened(SharedVault),
    /// The vault needs a passphrase (`creating`: there is none yet).
    NeedPassphrase {
        creating: bool,
    },
    /// The passphrase did not open the vault.
    UnlockFailed(Message),
    /// A file the window was started with (a double-click), read and told apart.
    Opened {
        path: PathBuf,
        kind: FileKind,
    },
    /// Some work failed; the message says what to do. The step stays.
    Failed(Message),

    KeygenStarted,
    KeygenProgress(KeygenProgress),
    /// The key is in the vault and the CSR made.
    KeygenDone(CsrInfo),
    /// The user stopped the key generation.
    KeygenCancelled,
    KeygenFailed(Message),

    /// A request's page, ready to show.
    RequestOpened(CsrInfo),
    /// A pending request and its key are gone.
    RequestDeleted {
        title: String,
        made: String,
    },
    /// A renewal's or reissue's form, filled from the earlier request.
    ReplacementReady(Draft),
    CsrCopied,
    CsrSaved(PathBuf),
    /// A public file (hand-off sheet, calendar, chain) was written.
    Saved(PathBuf),

    ImportStarted,
    Imported(Vec<Imported>),
    ImportFailed(Message),
    /// A double-clicked file holds no certificate for a request here: inspect it instead.
    NotOurs(PathBuf),

    /// The inspector is reading a file: the typed one, or `chosen` by the dialog or a drop (it
    /// replaces the typed path, and the password typed for the old file).
    InspectStarted {
        chosen: Option<PathBuf>,
    },
    Inspected(Box<Inspection>),
    InspectFailed(Message),

    /// The .p12 password page for an issued request.
    ExportReady(P12Draft),
    PasswordGenerated(Secret),
    PasswordCopied,
    ExportStarted {
        platform: Platform,
    },
    Exported {
        files: Vec<PathBuf>,
        platform: Platform,
    },
    ExportFailed(Message),

    /// The page that exports a server's key.
    ServerKeyReady(ServerKeyDraft),
    ServerKeyWritten(PathBuf),
}

/// The step after `outcome` in `step`. Pure: no I/O, no clock, no randomness.
pub fn settle(step: Step, outcome: &Outcome) -> Step {
    use Outcome as O;
    use Step as S;
    match (step, outcome) {
        (S::Unlock(_), O::VaultOpened(_)) => S::Home,
        (_, O::NeedPassphrase { creating }) => S::Unlock(UnlockDraft {
            creating: *creating,
            ..Default::default()
        }),
        (S::Unlock(mut d), O::UnlockFailed(msg)) => {
            d.error = Some(msg.clone());
            d.passphrase = Zeroizing::new(String::new());
            d.confirm = Zeroizing::new(String::new());
            S::Unlock(d)
        }
        (_, O::Opened { path, kind }) if *kind != FileKind::Import => new_inspection(path),

        (S::KeyType(d), O::KeygenStarted) => S::Generating {
            draft: d,
            progress: None,
        },
        (S::Generating { draft, .. }, O::KeygenProgress(p)) => S::Generating {
            draft,
            progress: Some((p.primes_found, p.candidates)),
        },
        (S::Generating { draft, .. }, O::KeygenCancelled | O::KeygenFailed(_)) => S::KeyType(draft),
        (S::Generating { .. }, O::KeygenDone(info)) => S::CsrReady(info.clone()),

        (S::Home, O::RequestOpened(c)) => S::CsrReady(c.clone()),
        (S::CsrReady(_), O::RequestDeleted { .. }) => S::Home,
        (_, O::ReplacementReady(Draft::Smime(d))) => S::SmimeDetails(d.clone()),
        (_, O::ReplacementReady(Draft::Server(d))) => S::ServerDetails(d.clone()),
        (S::CsrReady(mut c), O::CsrCopied) => {
            c.copied = true;
            S::CsrReady(c)
        }
        (S::CsrReady(mut c), O::CsrSaved(p)) => {
            c.saved_to = Some(p.clone());
            S::CsrReady(c)
        }

        (S::ImportPick { .. } | S::Home, O::ImportStarted) => S::Importing,
        (S::Importing, O::Imported(imported)) => S::ImportDone(imported.clone()),
        (S::Importing, O::ImportFailed(_)) => S::ImportPick {
            typed_path: String::new(),
        },
        (_, O::NotOurs(path) | O::InspectStarted { chosen: Some(path) }) => new_inspection(path),
        // A new reading clears the old result; the typed path and password stay.
        (
            S::Inspect {
                typed_path,
                password,
                ..
            },
            O::InspectStarted { chosen: None } | O::InspectFailed(_),
        ) => S::Inspect {
            typed_path,
            password,
            result: None,
        },
        (
            S::Inspect {
                typed_path,
                password,
                ..
            },
            O::Inspected(found),
        ) => S::Inspect {
            typed_path,
            password,
            result: Some(found.clone()),
        },

        (_, O::ExportReady(d)) => S::P12Password(d.clone()),
        (S::P12Password(mut d), O::PasswordGenerated(pw)) => {
            d.password = pw.0.clone();
            d.confirm = pw.0.clone();
            d.show = true;
            S::P12Password(d)
        }
        (S::P12Platform { .. }, O::ExportStarted { platform }) => S::Exporting {
            platform: *platform,
        },
        (S::Exporting { .. }, O::Exported { files, platform }) => S::ExportDone {
            files: files.clone(),
            platform: *platform,
        },
        (S::Exporting { .. }, O::ExportFailed(_)) => S::Home,

        (_, O::ServerKeyReady(d)) => S::ServerKey(d.clone()),
        (S::ServerKey(_), O::ServerKeyWritten(_)) => S::Home,
        (step, _) => step,
    }
}

/// The inspector with a new file in its path field (a password typed for another file goes).
fn new_inspection(path: &std::path::Path) -> Step {
    Step::Inspect {
        typed_path: path.display().to_string(),
        password: Zeroizing::new(String::new()),
        result: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gui::wizard::{Intent, SmimeDraft, transition};

    fn draft() -> SmimeDraft {
        SmimeDraft {
            emails: "taro@example.co.jp".into(),
            organization: "テスト株式会社".into(),
            ..Default::default()
        }
    }

    fn info() -> CsrInfo {
        CsrInfo {
            id: "1".into(),
            title: "taro@example.co.jp".into(),
            csr_pem: "-----BEGIN CERTIFICATE REQUEST-----".into(),
            handoff: crate::ops::handoff(
                &Draft::Smime(draft()).request().unwrap(),
                time::Date::MIN,
            ),
            saved_to: None,
            copied: false,
            request: None,
        }
    }

    #[test]
    fn keygen_moves_only_on_its_outcomes() {
        let key_type = Step::KeyType(Draft::Smime(draft()));
        // Asking is not doing: the step waits for the job to start.
        let start = Intent::StartKeygen(Box::new(Draft::Smime(draft()).request().unwrap()));
        assert_eq!(transition(key_type.clone(), &start), key_type);
        let s = settle(key_type.clone(), &Outcome::KeygenStarted);
        assert!(matches!(s, Step::Generating { progress: None, .. }));
        let s = settle(
            s,
            &Outcome::KeygenProgress(KeygenProgress {
                primes_found: 1,
                candidates: 40,
            }),
        );
        assert!(matches!(
            s,
            Step::Generating {
                progress: Some((1, 40)),
                ..
            }
        ));
        assert_eq!(settle(s.clone(), &Outcome::KeygenCancelled), key_type);
        let failed = Outcome::KeygenFailed(Message::new("err-internal"));
        assert_eq!(settle(s.clone(), &failed), key_type);
        let s = settle(s, &Outcome::KeygenDone(info()));
        assert_eq!(s, Step::CsrReady(info()));
        let s = settle(s, &Outcome::CsrCopied);
        assert!(matches!(s, Step::CsrReady(CsrInfo { copied: true, .. })));
        let s = settle(s, &Outcome::CsrSaved("a.csr".into()));
        assert!(
            matches!(&s, Step::CsrReady(CsrInfo { saved_to: Some(p), .. }) if p.ends_with("a.csr"))
        );
        // A late progress report does not leave the request's page.
        let late = Outcome::KeygenProgress(KeygenProgress {
            primes_found: 2,
            candidates: 80,
        });
        assert_eq!(settle(s.clone(), &late), s);
    }

    #[test]
    fn a_failure_keeps_the_step() {
        let steps = [
            Step::Home,
            Step::SmimeDetails(draft()),
            Step::CsrReady(info()),
            Step::ImportPick {
                typed_path: "x".into(),
            },
        ];
        for s in steps {
            assert_eq!(
                settle(s.clone(), &Outcome::Failed(Message::new("err-internal"))),
                s
            );
            assert_eq!(settle(s.clone(), &Outcome::Saved("a.txt".into())), s);
        }
    }

    #[test]
    fn import_outcomes() {
        let s = settle(
            Step::ImportPick {
                typed_path: String::new(),
            },
            &Outcome::ImportStarted,
        );
        assert_eq!(s, Step::Importing);
        // A double-click starts the import from home.
        assert_eq!(settle(Step::Home, &Outcome::ImportStarted), Step::Importing);
        assert_eq!(
            settle(
                s.clone(),
                &Outcome::ImportFailed(Message::new("err-internal"))
            ),
            Step::ImportPick {
                typed_path: String::new()
            }
        );
        assert!(matches!(
            settle(s.clone(), &Outcome::Imported(Vec::new())),
            Step::ImportDone(_)
        ));
        // Not ours (double-clicked): the inspector, with that file.
        let s = settle(s, &Outcome::NotOurs("/tmp/other.crt".into()));
        assert!(
            matches!(&s, Step::Inspect { typed_path, result: None, .. } if typed_path == "/tmp/other.crt")
        );
        assert!(matches!(
            settle(s, &Outcome::InspectStarted { chosen: None }),
            Step::Inspect { .. }
        ));
    }

    #[test]
    fn a_double_clicked_file_goes_where_its_kind_says() {
        let open = |kind| Outcome::Opened {
            path: "/tmp/f".into(),
            kind,
        };
        for kind in [FileKind::Pkcs12, FileKind::Inspect] {
            let s = settle(Step::Home, &open(kind));
            assert!(matches!(&s, Step::Inspect { typed_path, .. } if typed_path == "/tmp/f"));
        }
        // Certificates are imported: the import job's start moves the step.
        assert_eq!(settle(Step::Home, &open(FileKind::Import)), Step::Home);
    }

    #[test]
    fn inspection_keeps_the_typed_password_and_a_new_file_drops_it() {
        let page = Step::Inspect {
            typed_path: "/tmp/a.p12".into(),
            password: Zeroizing::new("pw".into()),
            result: None,
        };
        let s = settle(page.clone(), &Outcome::InspectStarted { chosen: None });
        assert_eq!(s, page);
        let s = settle(s, &Outcome::InspectFailed(Message::new("err-internal")));
        assert_eq!(s, page);
        let s = settle(
            s,
            &Outcome::InspectStarted {
                chosen: Some("/tmp/b.crt".into()),
            },
        );
        assert!(matches!(
            &s,
            Step::Inspect { typed_path, password, .. } if typed_path == "/tmp/b.crt" && password.is_empty()
        ));
    }

    #[test]
    fn export_outcomes() {
        let d = P12Draft {
            id: "1".into(),
            title: "taro".into(),
            default_name: "taro.p12".into(),
            context: Vec::new(),
            password: Zeroizing::new(String::new()),
            confirm: Zeroizing::new(String::new()),
            show: false,
        };
        let s = settle(Step::Home, &Outcome::ExportReady(d.clone()));
        assert_eq!(s, Step::P12Password(d.clone()));
        let s = settle(
            s,
            &Outcome::PasswordGenerated(Secret(Zeroizing::new("Kq7#mv2P!rTz".into()))),
        );
        assert!(
            matches!(&s, Step::P12Password(p) if *p.password == "Kq7#mv2P!rTz" && p.password == p.confirm && p.show)
        );
        let platform = Platform::Unsure;
        let chosen = Step::P12Platform {
            draft: d,
            platform: Some(platform),
        };
        let s = settle(chosen, &Outcome::ExportStarted { platform });
        assert_eq!(s, Step::Exporting { platform });
        assert_eq!(
            settle(
                s.clone(),
                &Outcome::ExportFailed(Message::new("err-internal"))
            ),
            Step::Home
        );
        let files = vec![PathBuf::from("a.p12")];
        assert_eq!(
            settle(
                s,
                &Outcome::Exported {
                    files: files.clone(),
                    platform
                }
            ),
            Step::ExportDone { files, platform }
        );
    }

    #[test]
    fn vault_outcomes() {
        let s = settle(Step::Home, &Outcome::NeedPassphrase { creating: true });
        assert!(matches!(&s, Step::Unlock(d) if d.creating));
        let wrong = Message::new("err-vault-wrong-passphrase");
        let s = settle(s, &Outcome::UnlockFailed(wrong.clone()));
        assert!(matches!(&s, Step::Unlock(d) if d.error == Some(wrong) && d.passphrase.is_empty()));
        let dir = tempfile::tempdir().unwrap();
        let v = SharedVault(std::sync::Arc::new(
            crate::vault::Vault::open_or_create(
                dir.path(),
                &crate::vault::Unlock {
                    passphrase: Some(Zeroizing::new("Kq7#mv2P!rTz-vault".into())),
                    avoid_keyring: true,
                },
            )
            .unwrap(),
        ));
        assert_eq!(settle(s, &Outcome::VaultOpened(v)), Step::Home);
    }
}
