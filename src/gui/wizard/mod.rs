//! The wizard as a small state machine: each step is a value with its own state, each step's
//! module draws it and returns an [`Event`]; [`transition`] — pure, tested without a window —
//! decides the next step. Effects (jobs, dialogs, files) are the app's, and come back as events
//! that carry their results.

pub mod csr_ready;
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

use crate::pki::key::{KeySpec, KeygenProgress};
use crate::pki::password::Context;
use crate::pki::profile::SmimeChoice;
use crate::pki::request::{Request, ServerForm, SmimeForm, SmimeRequest};

/// The S/MIME request being put together, carried from step to step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmimeDraft {
    /// One mailbox per line, as typed.
    pub emails: String,
    pub organization: String,
    pub choice: SmimeChoice,
    pub key: KeySpec,
}

impl Default for SmimeDraft {
    fn default() -> Self {
        SmimeDraft {
            emails: String::new(),
            organization: String::new(),
            choice: SmimeChoice::default(),
            key: KeySpec::Rsa2048,
        }
    }
}

impl SmimeDraft {
    pub fn form(&self) -> SmimeForm {
        SmimeForm {
            emails: self.emails.lines().map(str::to_owned).collect(),
            organization: self.organization.clone(),
            choice: self.choice,
            key: Some(self.key),
            hash: None,
        }
    }

    /// The validated request, if everything checks out.
    pub fn request(&self) -> Option<SmimeRequest> {
        self.form().validate().ok().map(|v| v.value)
    }
}

/// The server-certificate request being put together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServerDraft {
    pub common_name: String,
    /// Extra host names, one per line.
    pub sans: String,
    pub www: bool,
    pub country: String,
    pub state: String,
    pub locality: String,
    pub organization: String,
    pub key: KeySpec,
}

impl Default for ServerDraft {
    fn default() -> Self {
        ServerDraft {
            common_name: String::new(),
            sans: String::new(),
            www: true,
            country: "JP".into(),
            state: String::new(),
            locality: String::new(),
            organization: String::new(),
            key: KeySpec::Rsa2048,
        }
    }
}

impl ServerDraft {
    pub fn form(&self) -> ServerForm {
        ServerForm {
            common_name: self.common_name.clone(),
            sans: self.sans.lines().map(str::to_owned).collect(),
            www: self.www,
            country: self.country.clone(),
            state: self.state.clone(),
            locality: self.locality.clone(),
            organization: self.organization.clone(),
            key: Some(self.key),
            hash: None,
        }
    }
}

/// Either request being drafted, with the request it renews (if any).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Draft {
    Smime(SmimeDraft),
    Server(ServerDraft),
}

impl Draft {
    pub fn key_mut(&mut self) -> &mut KeySpec {
        match self {
            Draft::Smime(d) => &mut d.key,
            Draft::Server(d) => &mut d.key,
        }
    }

    /// The validated request, if everything checks out.
    pub fn request(&self) -> Option<Request> {
        match self {
            Draft::Smime(d) => d.request().map(Request::Smime),
            Draft::Server(d) => d.form().validate().ok().map(|v| Request::Server(v.value)),
        }
    }
}

/// Where the .p12 will be installed; decides the preset(s).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Platform {
    Windows,
    Mac,
    Thunderbird,
    Unsure,
}

impl Platform {
    pub const ALL: [Platform; 4] = [
        Platform::Windows,
        Platform::Mac,
        Platform::Thunderbird,
        Platform::Unsure,
    ];

    pub fn label_id(self) -> &'static str {
        match self {
            Platform::Windows => "platform-windows",
            Platform::Mac => "platform-mac",
            Platform::Thunderbird => "platform-thunderbird",
            Platform::Unsure => "platform-unsure",
        }
    }

    pub fn explain_id(self) -> &'static str {
        match self {
            Platform::Windows => "platform-windows-explain",
            Platform::Mac => "platform-mac-explain",
            Platform::Thunderbird => "platform-thunderbird-explain",
            Platform::Unsure => "platform-unsure-explain",
        }
    }

    pub fn install_id(self) -> &'static str {
        match self {
            Platform::Windows => "install-windows",
            Platform::Mac => "install-mac",
            Platform::Thunderbird => "install-thunderbird",
            Platform::Unsure => "install-unsure",
        }
    }
}

/// The CSR step's content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsrInfo {
    pub id: String,
    pub title: String,
    pub csr_pem: String,
    pub handoff: String,
    pub saved_to: Option<PathBuf>,
    pub copied: bool,
}

/// The password step's content. Its `Debug` never shows the passwords.
#[derive(Clone, PartialEq, Eq)]
pub struct P12Draft {
    pub id: String,
    pub title: String,
    pub default_name: String,
    pub context: Vec<String>,
    pub password: Zeroizing<String>,
    pub confirm: Zeroizing<String>,
    pub show: bool,
}

impl std::fmt::Debug for P12Draft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("P12Draft")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl P12Draft {
    pub fn context(&self) -> Context {
        Context {
            words: self.context.clone(),
        }
    }

    pub fn acceptable(&self) -> bool {
        crate::pki::password::check(&self.password, &self.context()).passes()
            && *self.password == *self.confirm
    }
}

/// The vault passphrase screen's content.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct UnlockDraft {
    pub creating: bool,
    pub passphrase: Zeroizing<String>,
    pub again: Zeroizing<String>,
    pub error: Option<String>,
}

impl std::fmt::Debug for UnlockDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UnlockDraft")
            .field("creating", &self.creating)
            .finish_non_exhaustive()
    }
}

/// The server key export screen's content. Its `Debug` never shows the passphrase.
#[derive(Clone, PartialEq, Eq)]
pub struct ServerKeyDraft {
    pub id: String,
    pub title: String,
    pub context: Vec<String>,
    pub passphrase: Zeroizing<String>,
    pub confirm: Zeroizing<String>,
    pub understood: bool,
}

impl std::fmt::Debug for ServerKeyDraft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServerKeyDraft")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl ServerKeyDraft {
    pub fn acceptable(&self) -> bool {
        self.understood
            && *self.passphrase == *self.confirm
            && crate::pki::password::check(
                &self.passphrase,
                &Context {
                    words: self.context.clone(),
                },
            )
            .passes()
    }
}

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
        result: Option<String>,
    },
    CsrReady(CsrInfo),
    ImportPick {
        typed_path: String,
    },
    Importing,
    ImportDone {
        lines: Vec<String>,
        ids: Vec<String>,
    },
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

/// What happened: from a step's buttons, or from the app's effects with their results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Home,
    Back,
    NewSmime,
    NewServer,
    Renew(String),
    RenewFrom(Draft),
    StartInspect,
    InspectPath(PathBuf),
    InspectFile,
    Inspected(String),
    SaveReminder(String),
    SaveFullchain(String),
    SaveServerKey(String),
    ServerKeyFor(ServerKeyDraft),
    WriteServerKey,
    StartImport,
    NeedPassphrase {
        creating: bool,
    },
    UnlockSubmit,
    Unlocked,
    UnlockFailed(String),
    DetailsNext,
    ProfileNext,
    SubjectNext,
    StartKeygen,
    KeygenProgress(KeygenProgress),
    KeygenCancel,
    KeygenDone(CsrInfo),
    KeygenFailed,
    CopyCsr,
    CsrCopied,
    SaveCsr,
    CsrSaved(PathBuf),
    SaveHandoff,
    PickFiles,
    ImportPaths(Vec<PathBuf>),
    ImportDone {
        lines: Vec<String>,
        ids: Vec<String>,
    },
    ImportFailed,
    ExportRequest(String),
    ExportFor(P12Draft),
    GeneratePassword,
    CopyPassword,
    PasswordNext,
    SavePkcs12(Platform),
    ExportDone {
        files: Vec<PathBuf>,
        platform: Platform,
    },
    ExportFailed,
}

/// Whether the host names of a server draft are valid (the subject is checked on the next step).
pub fn server_names_ok(d: &ServerDraft) -> bool {
    let mut probe = d.clone();
    // Subject fields are the next step's business: borrow valid placeholders to check names only.
    probe.country = "JP".into();
    probe.state = "Tokyo".into();
    probe.locality = "Chiyoda-ku".into();
    probe.organization = "Example".into();
    probe.form().validate().is_ok()
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
            E::Inspected(text),
        ) => S::Inspect {
            typed_path,
            password,
            result: Some(text.clone()),
        },
        (_, E::InspectPath(p)) => S::Inspect {
            typed_path: p.display().to_string(),
            password: Zeroizing::new(String::new()),
            result: None,
        },
        (S::Inspect { .. }, E::Back) => S::Home,
        (_, E::ServerKeyFor(d)) => S::ServerKey(d.clone()),
        (S::ServerKey(_), E::Back) => S::Home,
        (S::SmimeDetails(d), E::DetailsNext) if d.form().validate().is_ok() => S::SmimeProfile(d),
        (S::SmimeDetails(_), E::Back) => S::Home,
        (S::SmimeProfile(d), E::ProfileNext) if d.choice.check(d.key).is_ok() => {
            S::KeyType(Draft::Smime(d))
        }
        (S::SmimeProfile(d), E::Back) => S::SmimeDetails(d),
        (S::ServerDetails(d), E::DetailsNext) if server_names_ok(&d) => S::ServerSubject(d),
        (S::ServerDetails(_), E::Back) => S::Home,
        (S::ServerSubject(d), E::SubjectNext) if d.form().validate().is_ok() => {
            S::KeyType(Draft::Server(d))
        }
        (S::ServerSubject(d), E::Back) => S::ServerDetails(d),
        (S::KeyType(d), E::StartKeygen) if d.request().is_some() => S::Generating {
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
        (S::ImportPick { .. } | S::Home, E::ImportPaths(_)) => S::Importing,
        (S::Importing, E::ImportDone { lines, ids }) => S::ImportDone {
            lines: lines.clone(),
            ids: ids.clone(),
        },
        (S::Importing, E::ImportFailed) => S::ImportPick {
            typed_path: String::new(),
        },
        (S::ImportPick { .. }, E::Back) => S::Home,
        (_, E::ExportFor(d)) => S::P12Password(d.clone()),
        (S::P12Password(d), E::PasswordNext) if d.acceptable() => S::P12Platform {
            draft: d,
            platform: None,
        },
        (S::P12Password(_), E::Back) => S::Home,
        (S::P12Platform { .. }, E::SavePkcs12(p)) => S::Exporting { platform: *p },
        (S::P12Platform { draft, .. }, E::Back) => S::P12Password(draft),
        (S::Exporting { .. }, E::ExportDone { files, platform }) => S::ExportDone {
            files: files.clone(),
            platform: *platform,
        },
        (S::Exporting { .. }, E::ExportFailed) => S::Home,
        (step, _) => step,
    }
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
        let s = transition(s, &Event::StartKeygen);
        assert!(matches!(s, Step::Generating { .. }));
        let s = transition(s, &Event::KeygenCancel);
        assert_eq!(s, Step::KeyType(Draft::Smime(draft())));
        let s = transition(
            transition(s, &Event::StartKeygen),
            &Event::KeygenDone(info()),
        );
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
            handoff: String::new(),
            saved_to: None,
            copied: false,
        }
    }

    #[test]
    fn forbidden_profile_does_not_advance() {
        let mut d = draft();
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
        let s = transition(s, &Event::SavePkcs12(Platform::Unsure));
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
    }

    #[test]
    fn import_journey() {
        let s = transition(Step::Home, &Event::StartImport);
        let s = transition(s, &Event::ImportPaths(vec!["a.zip".into()]));
        assert_eq!(s, Step::Importing);
        assert_eq!(
            transition(s.clone(), &Event::ImportFailed),
            Step::ImportPick {
                typed_path: String::new()
            }
        );
        let s = transition(
            s,
            &Event::ImportDone {
                lines: vec!["x".into()],
                ids: vec!["1".into()],
            },
        );
        assert!(matches!(s, Step::ImportDone { .. }));
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
        let s = transition(s, &Event::UnlockFailed("wrong".into()));
        assert!(matches!(&s, Step::Unlock(d) if d.error.as_deref() == Some("wrong") && d.creating));
        assert_eq!(transition(s, &Event::Unlocked), Step::Home);
    }
}

/// What a step may read besides its own state.
pub struct View<'a> {
    pub tr: crate::gui::widgets::Tr,
    pub rows: &'a [Row],
    /// The vault is open (requests can be made and listed).
    pub vault_ready: bool,
}

/// One request on the home screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub title: String,
    pub kind: &'static str,
    pub key: String,
    pub status: RowStatus,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowStatus {
    Pending,
    /// Issued; `days_left` may be negative (expired). `not_after` in Unix seconds.
    Issued {
        days_left: i64,
        not_after: i64,
    },
}

/// The row at the bottom of a step: Back, and a forward button enabled only when the step's
/// input is complete.
pub fn nav_row(
    ui: &mut egui::Ui,
    tr: crate::gui::widgets::Tr,
    next_enabled: bool,
    next_label: &'static str,
    next: Event,
) -> Option<Event> {
    let mut ev = None;
    ui.horizontal(|ui| {
        if ui.button(tr.t("nav-back")).clicked() {
            ev = Some(Event::Back);
        }
        if ui
            .add_enabled(next_enabled, egui::Button::new(tr.t(next_label)))
            .clicked()
        {
            ev = Some(next);
        }
    });
    ev
}
