//! The wizard as a small state machine: each step is a value with its own state, each step's
//! module draws it and returns an [`Event`]; [`transition`] — pure, tested without a window —
//! decides the next step. Effects (jobs, dialogs, files) are the app's, and come back as events
//! that carry their results.

pub mod csr_ready;
mod draft;
pub mod export_done;
pub mod generating;
pub mod home;
pub mod import_done;
pub mod import_pick;
pub mod inspect;
pub mod key_type;
pub mod p12_password;
pub mod p12_platform;
pub mod server_details;
pub mod server_key;
pub mod server_subject;
pub mod smime_details;
pub mod smime_profile;
pub mod unlock;

use std::path::PathBuf;

use zeroize::Zeroizing;

pub use draft::{
    CsrInfo, Draft, P12Draft, ReplacementInfo, RequestFacts, Secret, ServerDraft, ServerKeyDraft,
    SharedVault, SmimeDraft, UnlockDraft,
};

use crate::i18n::Message;
use crate::ops::{HandOff, Imported};
use crate::pki::inspect::Inspection;
use crate::pki::key::KeygenProgress;
pub use crate::pki::pkcs12::Platform;
use crate::pki::request::Request;

/// Every screen of the wizard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Home,
    Unlock(UnlockDraft),
    SmimeDetails(SmimeDraft),
    SmimeProfile(SmimeDraft),
    ServerDetails(ServerDraft),
    ServerSubject(ServerDraft),
    KeyType(Draft),
    Generating {
        draft: Draft,
        progress: Option<(u8, u64)>,
    },
    ServerKey(ServerKeyDraft),
    Inspect {
        typed_path: String,
        password: Zeroizing<String>,
        result: Option<Box<Inspection>>,
    },
    CsrReady(CsrInfo),
    ImportPick {
        typed_path: String,
    },
    Importing,
    ImportDone(Vec<Imported>),
    P12Password(P12Draft),
    P12Platform {
        draft: P12Draft,
        platform: Option<Platform>,
    },
    Exporting {
        platform: Platform,
    },
    ExportDone {
        files: Vec<PathBuf>,
        platform: Platform,
    },
}

/// What happened: from a step's buttons (carrying what the effect needs, secrets included), or
/// from a finished job (carrying its result).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Home,
    Back,
    NewSmime,
    NewServer,
    Renew(String),
    Reissue(String),
    RenewFrom(Draft),
    StartInspect,
    InspectPath(PathBuf),
    InspectFile {
        path: PathBuf,
        password: Option<Secret>,
    },
    /// The inspection job has started.
    InspectStarted,
    Inspected(Box<Inspection>),
    SaveReminder(String),
    SaveFullchain(String),
    SaveServerKey(String),
    ServerKeyFor(ServerKeyDraft),
    WriteServerKey {
        id: String,
        title: String,
        passphrase: Secret,
    },
    ServerKeyWritten(PathBuf),
    StartImport,
    /// The vault could not be opened without a passphrase.
    NeedPassphrase {
        creating: bool,
    },
    UnlockSubmit(Secret),
    /// A job opened the vault.
    VaultOpened(SharedVault),
    Unlocked,
    UnlockFailed(Message),
    DetailsNext,
    ProfileNext,
    SubjectNext,
    StartKeygen(Box<Request>),
    KeygenProgress(KeygenProgress),
    KeygenCancel,
    KeygenDone(CsrInfo),
    KeygenFailed,
    CopyCsr(String),
    CsrCopied,
    SaveCsr {
        title: String,
        pem: String,
    },
    CsrSaved(PathBuf),
    SaveHandoff {
        title: String,
        handoff: HandOff,
        pem: String,
    },
    PickFiles,
    ImportPaths(Vec<PathBuf>),
    /// The import job has started.
    ImportStarted,
    ImportDone(Vec<Imported>),
    /// `not_ours`: the files hold no certificate for a request here (worth inspecting instead).
    ImportFailed {
        not_ours: bool,
    },
    ExportRequest(String),
    ExportFor(P12Draft),
    GeneratePassword,
    PasswordGenerated(Secret),
    CopyPassword(Secret),
    PasswordNext,
    SavePkcs12 {
        id: String,
        password: Secret,
        default_name: String,
        platform: Platform,
    },
    ExportDone {
        files: Vec<PathBuf>,
        platform: Platform,
    },
    ExportFailed,
    /// Something to tell the user on the current screen (an error, or a saved file).
    Tell(Message),
    /// Open a request's page from home.
    OpenRequest(String),
    /// A request's page, ready to show.
    RequestOpened(CsrInfo),
    /// Delete a pending request and its key (after the confirmation).
    DeleteRequest(String),
    /// Inspect: the file picker.
    InspectPick,
    /// Inspect: the file could not be read or understood.
    InspectFailed(Message),
}

/// The next step after `event` in `step`. Pure: no I/O, no clock, no randomness.
pub fn transition(step: Step, event: &Event) -> Step {
    use Event as E;
    use Step as S;
    match (step, event) {
        (_, E::Home) => S::Home,
        (_, E::NeedPassphrase { creating }) => S::Unlock(UnlockDraft {
            creating: *creating,
            ..Default::default()
        }),
        (S::Unlock(_), E::Unlocked) => S::Home,
        (S::Unlock(mut d), E::UnlockFailed(msg)) => {
            d.error = Some(msg.clone());
            d.passphrase = Zeroizing::new(String::new());
            d.again = Zeroizing::new(String::new());
            S::Unlock(d)
        }
        (S::Home, E::NewSmime) => S::SmimeDetails(SmimeDraft::default()),
        (S::Home, E::StartImport) => S::ImportPick {
            typed_path: String::new(),
        },
        (S::Home, E::NewServer) => S::ServerDetails(ServerDraft::default()),
        (_, E::RenewFrom(Draft::Smime(d))) => S::SmimeDetails(d.clone()),
        (_, E::RenewFrom(Draft::Server(d))) => S::ServerDetails(d.clone()),
        (S::Home, E::StartInspect) => S::Inspect {
            typed_path: String::new(),
            password: Zeroizing::new(String::new()),
            result: None,
        },
        (
            S::Inspect {
                typed_path,
                password,
                ..
            },
            E::Inspected(found),
        ) => S::Inspect {
            typed_path,
            password,
            result: Some(found.clone()),
        },
        // A new file clears the old result.
        (
            S::Inspect {
                typed_path,
                password,
                ..
            },
            E::InspectStarted,
        ) => S::Inspect {
            typed_path,
            password,
            result: None,
        },
        (_, E::InspectPath(p)) => S::Inspect {
            typed_path: p.display().to_string(),
            password: Zeroizing::new(String::new()),
            result: None,
        },
        (
            S::Inspect {
                typed_path,
                password,
                ..
            },
            E::InspectFailed(_),
        ) => S::Inspect {
            typed_path,
            password,
            result: None,
        },
        (S::Inspect { .. }, E::Back) => S::Home,
        (S::Home, E::RequestOpened(c)) => S::CsrReady(c.clone()),
        (S::CsrReady(_), E::DeleteRequest(_)) => S::Home,
        (_, E::ServerKeyFor(d)) => S::ServerKey(d.clone()),
        (S::ServerKey(_), E::Back | E::ServerKeyWritten(_)) => S::Home,
        (S::SmimeDetails(d), E::DetailsNext) if d.form().validate().is_ok() => S::SmimeProfile(d),
        (S::SmimeDetails(_), E::Back) => S::Home,
        (S::SmimeProfile(d), E::ProfileNext) if d.choice.check(d.key).is_ok() => {
            S::KeyType(Draft::Smime(d))
        }
        (S::SmimeProfile(d), E::Back) => S::SmimeDetails(d),
        (S::ServerDetails(d), E::DetailsNext) if d.names_ok() => S::ServerSubject(d),
        (S::ServerDetails(_), E::Back) => S::Home,
        (S::ServerSubject(d), E::SubjectNext) if d.form().validate().is_ok() => {
            S::KeyType(Draft::Server(d))
        }
        (S::ServerSubject(d), E::Back) => S::ServerDetails(d),
        (S::KeyType(d), E::StartKeygen(_)) if d.request().is_some() => S::Generating {
            draft: d,
            progress: None,
        },
        (S::KeyType(Draft::Smime(d)), E::Back) => S::SmimeProfile(d),
        (S::KeyType(Draft::Server(d)), E::Back) => S::ServerSubject(d),
        (S::Generating { draft, .. }, E::KeygenProgress(p)) => S::Generating {
            draft,
            progress: Some((p.primes_found, p.candidates)),
        },
        (S::Generating { draft, .. }, E::KeygenCancel | E::KeygenFailed) => S::KeyType(draft),
        (S::Generating { .. }, E::KeygenDone(info)) => S::CsrReady(info.clone()),
        (S::CsrReady(mut c), E::CsrCopied) => {
            c.copied = true;
            S::CsrReady(c)
        }
        (S::CsrReady(mut c), E::CsrSaved(p)) => {
            c.saved_to = Some(p.clone());
            S::CsrReady(c)
        }
        (S::ImportPick { .. } | S::Home, E::ImportStarted) => S::Importing,
        (S::Importing, E::ImportDone(imported)) => S::ImportDone(imported.clone()),
        (S::Importing, E::ImportFailed { .. }) => S::ImportPick {
            typed_path: String::new(),
        },
        (S::ImportPick { .. }, E::Back) => S::Home,
        (_, E::ExportFor(d)) => S::P12Password(d.clone()),
        (S::P12Password(d), E::PasswordNext) if d.acceptable() => S::P12Platform {
            draft: d,
            platform: None,
        },
        (S::P12Password(_), E::Back) => S::Home,
        (S::P12Password(mut d), E::PasswordGenerated(pw)) => {
            d.password = pw.0.clone();
            d.confirm = pw.0.clone();
            d.show = true;
            S::P12Password(d)
        }
        (S::P12Platform { .. }, E::SavePkcs12 { platform, .. }) => S::Exporting {
            platform: *platform,
        },
        (S::P12Platform { draft, .. }, E::Back) => S::P12Password(draft),
        (S::Exporting { .. }, E::ExportDone { files, platform }) => S::ExportDone {
            files: files.clone(),
            platform: *platform,
        },
        (S::Exporting { .. }, E::ExportFailed) => S::Home,
        (step, _) => step,
    }
}

/// What a step may read besides its own state.
pub struct View<'a> {
    pub tr: crate::gui::widgets::Tr,
    pub rows: &'a [Row],
    /// The vault is open (requests can be made and listed).
    pub vault_ready: bool,
    /// Today, for dates and validation methods shown on a page.
    pub today: time::Date,
    /// A problem with the page's file (a path that is missing, unreadable or not understood):
    /// shown under the path field rather than at the top of the page.
    pub file_problem: Option<String>,
}

/// One request on the home screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub title: String,
    pub kind: &'static str,
    pub key: String,
    pub status: RequestStatus,
    /// When it was made (YYYY-MM-DD, with the UTC time to the second if two rows would read the
    /// same).
    pub made: String,
}

pub use crate::ops::RequestStatus;

/// A renewal's or reissue's notes at the top of the form: which it is and what to know.
pub fn replacement_notes(ui: &mut egui::Ui, tr: crate::gui::widgets::Tr, info: &ReplacementInfo) {
    use crate::i18n::Localized as _;
    ui.label(
        egui::RichText::new(tr.say(match info.kind {
            crate::ops::Replacement::Renewal => "again-renew-title",
            crate::ops::Replacement::Reissue => "again-reissue-title",
        }))
        .strong(),
    );
    for note in &info.notes {
        crate::gui::widgets::explain(ui, &tr.say(note.message()));
    }
    ui.add_space(6.0);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> SmimeDraft {
        SmimeDraft {
            emails: "taro@example.co.jp".into(),
            organization: "テスト株式会社".into(),
            ..Default::default()
        }
    }

    /// The details step's purchase choice ([D1]'s voucher path) reaches the request the vault
    /// records, the hand-off sheet, and a renewal's form.
    #[test]
    fn the_voucher_choice_reaches_the_request_sheet_and_renewal() {
        use crate::pki::request::Purchase;
        let d = SmimeDraft {
            purchase: Purchase::Voucher,
            ..draft()
        };
        let r = Draft::Smime(d).request().unwrap();
        let Request::Smime(s) = &r else {
            panic!("{r:?}")
        };
        assert_eq!(s.purchase, Purchase::Voucher);
        assert_eq!(
            SmimeDraft::from_form(s.to_form()).purchase,
            Purchase::Voucher
        );
        let HandOff::Smime(sheet) = crate::ops::handoff(&r, time::Date::MIN) else {
            panic!()
        };
        assert_eq!(sheet.purchase, Purchase::Voucher);
        assert_eq!(SmimeDraft::default().purchase, Purchase::Direct);
    }

    #[test]
    fn smime_journey() {
        let s = transition(Step::Home, &Event::NewSmime);
        assert_eq!(s, Step::SmimeDetails(SmimeDraft::default()));
        // Invalid details do not advance.
        assert_eq!(transition(s.clone(), &Event::DetailsNext), s);
        let s = transition(Step::SmimeDetails(draft()), &Event::DetailsNext);
        assert_eq!(s, Step::SmimeProfile(draft()));
        let s = transition(s, &Event::ProfileNext);
        assert_eq!(s, Step::KeyType(Draft::Smime(draft())));
        let start = Event::StartKeygen(Box::new(Draft::Smime(draft()).request().unwrap()));
        let s = transition(s, &start);
        assert!(matches!(s, Step::Generating { .. }));
        let s = transition(s, &Event::KeygenCancel);
        assert_eq!(s, Step::KeyType(Draft::Smime(draft())));
        let s = transition(transition(s, &start), &Event::KeygenDone(info()));
        assert_eq!(s, Step::CsrReady(info()));
        let s = transition(s, &Event::CsrCopied);
        assert!(matches!(s, Step::CsrReady(CsrInfo { copied: true, .. })));
        assert_eq!(transition(s, &Event::Home), Step::Home);
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
    fn forbidden_profile_does_not_advance() {
        let mut d = draft();
        d.choice.profile = crate::pki::profile::Profile::Strict;
        d.choice.extras.client_auth = true; // Strict + 個人認証
        let s = Step::SmimeProfile(d);
        assert_eq!(transition(s.clone(), &Event::ProfileNext), s);
    }

    #[test]
    fn back_goes_back_keeping_what_was_typed() {
        let s = transition(Step::KeyType(Draft::Smime(draft())), &Event::Back);
        assert_eq!(s, Step::SmimeProfile(draft()));
        assert_eq!(transition(s, &Event::Back), Step::SmimeDetails(draft()));
    }

    fn p12(pw: &str, confirm: &str) -> P12Draft {
        P12Draft {
            id: "1".into(),
            title: "taro@example.co.jp".into(),
            default_name: "taro.p12".into(),
            context: vec!["taro".into()],
            password: Zeroizing::new(pw.into()),
            confirm: Zeroizing::new(confirm.into()),
            show: false,
        }
    }

    #[test]
    fn export_journey_and_password_gate() {
        let s = transition(Step::Home, &Event::ExportFor(p12("", "")));
        assert!(matches!(s, Step::P12Password(_)));
        assert_eq!(transition(s.clone(), &Event::PasswordNext), s);
        let weak = Step::P12Password(p12("password", "password"));
        assert_eq!(transition(weak.clone(), &Event::PasswordNext), weak);
        let differ = Step::P12Password(p12("Kq7#mv2P!rTz", "Kq7#mv2P!rTZ"));
        assert_eq!(transition(differ.clone(), &Event::PasswordNext), differ);
        let s = transition(
            Step::P12Password(p12("Kq7#mv2P!rTz", "Kq7#mv2P!rTz")),
            &Event::PasswordNext,
        );
        assert!(matches!(s, Step::P12Platform { .. }));
        let save = Event::SavePkcs12 {
            id: "1".into(),
            password: Secret(Zeroizing::new("Kq7#mv2P!rTz".into())),
            default_name: "taro.p12".into(),
            platform: Platform::Unsure,
        };
        let s = transition(s, &save);
        assert_eq!(
            s,
            Step::Exporting {
                platform: Platform::Unsure
            }
        );
        let s = transition(
            s,
            &Event::ExportDone {
                files: vec!["a.p12".into()],
                platform: Platform::Unsure,
            },
        );
        assert!(matches!(s, Step::ExportDone { .. }));
        assert!(!format!("{:?}", p12("Kq7#mv2P!rTz", "x")).contains("Kq7"));
        assert!(!format!("{save:?}").contains("Kq7"));
    }

    #[test]
    fn import_journey() {
        let s = transition(Step::Home, &Event::StartImport);
        let s = transition(s, &Event::ImportStarted);
        assert_eq!(s, Step::Importing);
        assert_eq!(
            transition(s.clone(), &Event::ImportFailed { not_ours: false }),
            Step::ImportPick {
                typed_path: String::new()
            }
        );
        let s = transition(s, &Event::ImportDone(Vec::new()));
        assert!(matches!(s, Step::ImportDone(_)));
    }

    #[test]
    fn server_journey_and_renewal() {
        let s = transition(Step::Home, &Event::NewServer);
        let Step::ServerDetails(mut d) = s.clone() else {
            panic!("{s:?}")
        };
        assert_eq!(
            transition(s, &Event::DetailsNext),
            Step::ServerDetails(d.clone())
        );
        d.common_name = "www.例え.jp".into();
        let s = transition(Step::ServerDetails(d.clone()), &Event::DetailsNext);
        assert_eq!(s, Step::ServerSubject(d.clone()));
        // The subject must be valid before the key type.
        assert_eq!(transition(s.clone(), &Event::SubjectNext), s);
        d.state = "Tokyo".into();
        d.locality = "Chiyoda-ku".into();
        d.organization = "Example Co., Ltd.".into();
        let s = transition(Step::ServerSubject(d.clone()), &Event::SubjectNext);
        assert_eq!(s, Step::KeyType(Draft::Server(d.clone())));
        assert_eq!(transition(s, &Event::Back), Step::ServerSubject(d.clone()));
        let s = transition(Step::Home, &Event::RenewFrom(Draft::Server(d.clone())));
        assert_eq!(s, Step::ServerDetails(d));
    }

    #[test]
    fn passphrase_screen() {
        let s = transition(Step::Home, &Event::NeedPassphrase { creating: true });
        let wrong = Message::new("err-vault-wrong-passphrase");
        let s = transition(s, &Event::UnlockFailed(wrong.clone()));
        assert!(matches!(&s, Step::Unlock(d) if d.error == Some(wrong) && d.creating));
        assert_eq!(transition(s, &Event::Unlocked), Step::Home);
    }
}
