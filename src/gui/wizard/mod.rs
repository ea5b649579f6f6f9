//! The wizard as a small state machine: each step is a value with its own state, each step's
//! module draws it and returns an [`Intent`] (what the user asked for). Two pure functions,
//! tested without a window, decide the next step: [`transition`] for a move between pages, and
//! [`settle`] for an [`Outcome`] — what the app's work (a job, a dialog, a file, the clipboard)
//! answered. The work itself is the app's.

pub mod csr_ready;
mod draft;
pub mod export_done;
pub mod generating;
pub mod home;
pub mod import_done;
pub mod import_pick;
pub mod inspect;
pub mod key_type;
mod outcome;
pub mod p12_password;
pub mod p12_platform;
pub mod server_details;
pub mod server_key;
pub mod server_subject;
pub mod smime_details;
pub mod smime_profile;
pub mod unlock;
pub mod working;

use std::path::PathBuf;

use zeroize::Zeroizing;

pub use outcome::{Outcome, settle};

pub use draft::{
    CsrInfo, Draft, P12Draft, ReplacementInfo, RequestFacts, Secret, ServerDraft, ServerKeyDraft,
    SharedVault, SmimeDraft, UnlockDraft,
};

use crate::ops::{HandOff, Imported};
use crate::pki::inspect::Inspection;
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

/// What the user asks for on a page (a button, Enter, Esc, a drop), carrying what the work
/// needs, secrets included. A page only ever returns one of these; what comes back from the
/// work is an [`Outcome`], settled by [`settle`].
///
/// Two kinds: *moves* between pages, decided by [`transition`] alone, and *requests for work*
/// (marked "work:" below) that [`transition`] leaves to the app, which answers with outcomes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intent {
    /// To the home screen.
    Home,
    Back,
    NewSmime,
    NewServer,
    StartInspect,
    StartImport,
    DetailsNext,
    ProfileNext,
    SubjectNext,
    PasswordNext,
    /// Work: renew request `id` (its form, with what to know at the top).
    Renew(String),
    /// Work: reissue request `id`.
    Reissue(String),
    /// Work: inspect the file at `path` (the page's typed path), opening a .p12 with `password`.
    InspectFile {
        path: PathBuf,
        password: Option<Secret>,
    },
    /// Work: inspect a file dropped on the inspector (it replaces the typed path).
    InspectDropped {
        path: PathBuf,
        password: Option<Secret>,
    },
    /// Work: the inspector's file dialog.
    InspectPick,
    /// Work: save request `id`'s expiry as a calendar reminder.
    SaveReminder(String),
    /// Work: save a server's certificate chain.
    SaveFullchain(String),
    /// Work: the page that exports a server's key.
    SaveServerKey(String),
    /// Work: write the server's key, encrypted with `passphrase`, where the user picks.
    WriteServerKey {
        id: String,
        title: String,
        passphrase: Secret,
    },
    /// Work: open the vault with this passphrase.
    UnlockSubmit(Secret),
    /// Work: make the key and the CSR.
    StartKeygen(Box<Request>),
    /// Work: stop making the key.
    KeygenCancel,
    /// Work: put the CSR on the clipboard.
    CopyCsr(String),
    /// Work: save the CSR.
    SaveCsr {
        title: String,
        pem: String,
    },
    /// Work: save the hand-off sheet with the CSR.
    SaveHandoff {
        title: String,
        handoff: HandOff,
        pem: String,
    },
    /// Work: the import's file dialog.
    PickFiles,
    /// Work: import these files (picked or dropped).
    ImportPaths(Vec<PathBuf>),
    /// Work: the .p12 password page for request `id`.
    ExportRequest(String),
    /// Work: make a readable password.
    GeneratePassword,
    /// Work: put the password on the clipboard.
    CopyPassword(Secret),
    /// Work: write the .p12 where the user picks.
    SavePkcs12 {
        id: String,
        password: Secret,
        default_name: String,
        platform: Platform,
    },
    /// Work: open a request's page from home.
    OpenRequest(String),
    /// Work: delete a pending request and its key (after the confirmation).
    DeleteRequest(String),
    /// Work: speak this language from now on (the switch at the top of every page).
    SetLang(crate::i18n::Lang),
    /// Work: close the notice at the top of the page.
    DismissNotice,
    /// Work: write what the save field holds to this place (no file dialog on this desktop).
    SaveTo(PathBuf),
    /// Work: close the save field without saving.
    CancelSave,
}

/// The next step after the move `intent` in `step`; requests for work leave the step as it is
/// (their outcomes move it, through [`settle`]). Pure: no I/O, no clock, no randomness.
pub fn transition(step: Step, intent: &Intent) -> Step {
    use Intent as I;
    use Step as S;
    match (step, intent) {
        (_, I::Home) => S::Home,
        (S::Home, I::NewSmime) => S::SmimeDetails(SmimeDraft::default()),
        (S::Home, I::StartImport) => S::ImportPick {
            typed_path: String::new(),
        },
        (S::Home, I::NewServer) => S::ServerDetails(ServerDraft::default()),
        (S::Home, I::StartInspect) => S::Inspect {
            typed_path: String::new(),
            password: Zeroizing::new(String::new()),
            result: None,
        },
        (S::Inspect { .. }, I::Back) => S::Home,
        (S::ServerKey(_), I::Back) => S::Home,
        (S::SmimeDetails(d), I::DetailsNext) if d.form().validate().is_ok() => S::SmimeProfile(d),
        (S::SmimeDetails(_), I::Back) => S::Home,
        (S::SmimeProfile(d), I::ProfileNext) if d.choice.check(d.key).is_ok() => {
            S::KeyType(Draft::Smime(d))
        }
        (S::SmimeProfile(d), I::Back) => S::SmimeDetails(d),
        (S::ServerDetails(d), I::DetailsNext) if d.names_ok() => S::ServerSubject(d),
        (S::ServerDetails(_), I::Back) => S::Home,
        (S::ServerSubject(d), I::SubjectNext) if d.form().validate().is_ok() => {
            S::KeyType(Draft::Server(d))
        }
        (S::ServerSubject(d), I::Back) => S::ServerDetails(d),
        (S::KeyType(Draft::Smime(d)), I::Back) => S::SmimeProfile(d),
        (S::KeyType(Draft::Server(d)), I::Back) => S::ServerSubject(d),
        (S::ImportPick { .. }, I::Back) => S::Home,
        (S::P12Password(d), I::PasswordNext) if d.acceptable() => S::P12Platform {
            draft: d,
            platform: None,
        },
        (S::P12Password(_), I::Back) => S::Home,
        (S::P12Platform { draft, .. }, I::Back) => S::P12Password(draft),
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
    /// Record files in the vault that cannot be read: the home list says so.
    pub damaged: &'a [PathBuf],
}

/// One request on the home screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub title: String,
    pub kind: crate::pki::request::Kind,
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
            crate::ops::Replacement::Renewal => "replacement-renew-title",
            crate::ops::Replacement::Reissue => "replacement-reissue-title",
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
    use crate::i18n::Message;

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

    /// A journey interleaves the user's moves (`transition`) and the work's answers (`settle`).
    #[test]
    fn smime_journey() {
        let s = transition(Step::Home, &Intent::NewSmime);
        assert_eq!(s, Step::SmimeDetails(SmimeDraft::default()));
        // Invalid details do not advance.
        assert_eq!(transition(s.clone(), &Intent::DetailsNext), s);
        let s = transition(Step::SmimeDetails(draft()), &Intent::DetailsNext);
        assert_eq!(s, Step::SmimeProfile(draft()));
        let s = transition(s, &Intent::ProfileNext);
        assert_eq!(s, Step::KeyType(Draft::Smime(draft())));
        let s = settle(s, &Outcome::KeygenStarted);
        assert!(matches!(s, Step::Generating { .. }));
        let s = settle(s, &Outcome::KeygenCancelled);
        assert_eq!(s, Step::KeyType(Draft::Smime(draft())));
        let s = settle(
            settle(s, &Outcome::KeygenStarted),
            &Outcome::KeygenDone(info()),
        );
        assert_eq!(s, Step::CsrReady(info()));
        let s = settle(s, &Outcome::CsrCopied);
        assert!(matches!(s, Step::CsrReady(CsrInfo { copied: true, .. })));
        assert_eq!(transition(s, &Intent::Home), Step::Home);
    }

    /// A request for work never moves the step by itself: only its outcome does.
    #[test]
    fn work_waits_for_its_outcome() {
        let secret = || Secret(Zeroizing::new("Kq7#mv2P!rTz".into()));
        let work = [
            Intent::Renew("1".into()),
            Intent::Reissue("1".into()),
            Intent::InspectFile {
                path: "a".into(),
                password: None,
            },
            Intent::InspectDropped {
                path: "a".into(),
                password: None,
            },
            Intent::InspectPick,
            Intent::SaveReminder("1".into()),
            Intent::SaveFullchain("1".into()),
            Intent::SaveServerKey("1".into()),
            Intent::UnlockSubmit(secret()),
            Intent::StartKeygen(Box::new(Draft::Smime(draft()).request().unwrap())),
            Intent::KeygenCancel,
            Intent::CopyCsr("pem".into()),
            Intent::SaveCsr {
                title: "t".into(),
                pem: "pem".into(),
            },
            Intent::SaveHandoff {
                title: "t".into(),
                handoff: info().handoff,
                pem: "pem".into(),
            },
            Intent::WriteServerKey {
                id: "1".into(),
                title: "t".into(),
                passphrase: secret(),
            },
            Intent::PickFiles,
            Intent::ImportPaths(vec!["a".into()]),
            Intent::ExportRequest("1".into()),
            Intent::GeneratePassword,
            Intent::CopyPassword(secret()),
            Intent::SavePkcs12 {
                id: "1".into(),
                password: secret(),
                default_name: "a.p12".into(),
                platform: Platform::Unsure,
            },
            Intent::OpenRequest("1".into()),
            Intent::DeleteRequest("1".into()),
        ];
        let steps = [
            Step::Home,
            Step::KeyType(Draft::Smime(draft())),
            Step::CsrReady(info()),
            Step::P12Platform {
                draft: p12("Kq7#mv2P!rTz", "Kq7#mv2P!rTz"),
                platform: Some(Platform::Unsure),
            },
        ];
        for step in steps {
            for w in &work {
                assert_eq!(transition(step.clone(), w), step, "{w:?}");
            }
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
    fn forbidden_profile_does_not_advance() {
        let mut d = draft();
        d.choice.profile = crate::pki::profile::Profile::Strict;
        d.choice.extras.client_auth = true; // Strict + 個人認証
        let s = Step::SmimeProfile(d);
        assert_eq!(transition(s.clone(), &Intent::ProfileNext), s);
    }

    #[test]
    fn back_goes_back_keeping_what_was_typed() {
        let s = transition(Step::KeyType(Draft::Smime(draft())), &Intent::Back);
        assert_eq!(s, Step::SmimeProfile(draft()));
        assert_eq!(transition(s, &Intent::Back), Step::SmimeDetails(draft()));
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
        let s = settle(Step::Home, &Outcome::ExportReady(p12("", "")));
        assert!(matches!(s, Step::P12Password(_)));
        assert_eq!(transition(s.clone(), &Intent::PasswordNext), s);
        let weak = Step::P12Password(p12("password", "password"));
        assert_eq!(transition(weak.clone(), &Intent::PasswordNext), weak);
        let differ = Step::P12Password(p12("Kq7#mv2P!rTz", "Kq7#mv2P!rTZ"));
        assert_eq!(transition(differ.clone(), &Intent::PasswordNext), differ);
        let s = transition(
            Step::P12Password(p12("Kq7#mv2P!rTz", "Kq7#mv2P!rTz")),
            &Intent::PasswordNext,
        );
        assert!(matches!(s, Step::P12Platform { .. }));
        let save = Intent::SavePkcs12 {
            id: "1".into(),
            password: Secret(Zeroizing::new("Kq7#mv2P!rTz".into())),
            default_name: "taro.p12".into(),
            platform: Platform::Unsure,
        };
        assert_eq!(transition(s.clone(), &save), s);
        let s = settle(
            s,
            &Outcome::ExportStarted {
                platform: Platform::Unsure,
            },
        );
        assert_eq!(
            s,
            Step::Exporting {
                platform: Platform::Unsure
            }
        );
        let s = settle(
            s,
            &Outcome::Exported {
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
        let s = transition(Step::Home, &Intent::StartImport);
        assert_eq!(transition(s.clone(), &Intent::Back), Step::Home);
        let s = settle(s, &Outcome::ImportStarted);
        assert_eq!(s, Step::Importing);
        assert_eq!(
            settle(
                s.clone(),
                &Outcome::ImportFailed(Message::new("err-internal"))
            ),
            Step::ImportPick {
                typed_path: String::new()
            }
        );
        let s = settle(s, &Outcome::Imported(Vec::new()));
        assert!(matches!(s, Step::ImportDone(_)));
    }

    #[test]
    fn server_journey_and_renewal() {
        let s = transition(Step::Home, &Intent::NewServer);
        let Step::ServerDetails(mut d) = s.clone() else {
            panic!("{s:?}")
        };
        assert_eq!(
            transition(s, &Intent::DetailsNext),
            Step::ServerDetails(d.clone())
        );
        d.common_name = "www.例え.jp".into();
        let s = transition(Step::ServerDetails(d.clone()), &Intent::DetailsNext);
        assert_eq!(s, Step::ServerSubject(d.clone()));
        // The subject must be valid before the key type.
        assert_eq!(transition(s.clone(), &Intent::SubjectNext), s);
        d.state = "Tokyo".into();
        d.locality = "Chiyoda-ku".into();
        d.organization = "Example Co., Ltd.".into();
        let s = transition(Step::ServerSubject(d.clone()), &Intent::SubjectNext);
        assert_eq!(s, Step::KeyType(Draft::Server(d.clone())));
        assert_eq!(transition(s, &Intent::Back), Step::ServerSubject(d.clone()));
        let s = settle(
            Step::Home,
            &Outcome::ReplacementReady(Draft::Server(d.clone())),
        );
        assert_eq!(s, Step::ServerDetails(d));
    }

    #[test]
    fn inspect_page() {
        let s = transition(Step::Home, &Intent::StartInspect);
        assert!(
            matches!(&s, Step::Inspect { typed_path, result: None, .. } if typed_path.is_empty())
        );
        assert_eq!(transition(s, &Intent::Back), Step::Home);
    }
}
