//! What the steps carry: the request being drafted, the CSR page's content, the password and
//! passphrase screens (whose `Debug` never shows a secret), and [`Secret`] for an intent or
//! outcome that carries one.

use std::path::PathBuf;
use std::sync::Arc;

use zeroize::Zeroizing;

use crate::i18n::Message;
use crate::ops::{HandOff, Replacement, ReplacementNote};
use crate::pki::key::KeySpec;
use crate::pki::password::{self, Context, NewPassword};
use crate::pki::profile::SmimeChoice;
use crate::pki::request::{Purchase, Request, ServerForm, SmimeForm, SmimeRequest};
use crate::vault::Vault;

/// A renewal or reissue in progress: which, and the notes that go with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplacementInfo {
    pub kind: Replacement,
    pub notes: Vec<ReplacementNote>,
}

impl ReplacementInfo {
    /// Whether `note` applies (e.g. a field that cannot change).
    pub fn says(&self, note: &ReplacementNote) -> bool {
        self.notes.contains(note)
    }
}

/// A password or passphrase on its way from a step to an effect: wiped on drop, never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub Zeroizing<String>);

impl Secret {
    pub fn new(s: &Zeroizing<String>) -> Secret {
        Secret(s.clone())
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

impl std::ops::Deref for Secret {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// The open vault, shared with the jobs that use it; equal when it is the same vault.
#[derive(Clone)]
pub struct SharedVault(pub Arc<Vault>);

impl PartialEq for SharedVault {
    fn eq(&self, other: &SharedVault) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for SharedVault {}

impl std::fmt::Debug for SharedVault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SharedVault")
    }
}

/// The S/MIME request being put together, carried from step to step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmimeDraft {
    /// One mailbox per line, as typed.
    pub emails: String,
    pub organization: String,
    /// Bought directly or through a voucher: the sheet starts where the order does.
    pub purchase: Purchase,
    pub choice: SmimeChoice,
    pub key: KeySpec,
    /// A renewal or reissue: what the user must know, and what cannot change.
    pub replacing: Option<ReplacementInfo>,
}

impl Default for SmimeDraft {
    fn default() -> Self {
        SmimeDraft {
            emails: String::new(),
            organization: String::new(),
            purchase: Purchase::Direct,
            choice: SmimeChoice::default(),
            key: KeySpec::Rsa2048,
            replacing: None,
        }
    }
}

impl SmimeDraft {
    pub fn from_form(f: SmimeForm) -> SmimeDraft {
        SmimeDraft {
            emails: f.emails.join("\n"),
            organization: f.organization,
            purchase: f.purchase,
            choice: f.choice,
            key: f.key.unwrap_or(KeySpec::Rsa2048),
            replacing: None,
        }
    }

    pub fn form(&self) -> SmimeForm {
        SmimeForm {
            emails: self.emails.lines().map(str::to_owned).collect(),
            organization: self.organization.clone(),
            purchase: self.purchase,
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
    /// The www option follows the host name (on only where it applies) until the user sets it.
    pub www_auto: bool,
    pub country: String,
    pub state: String,
    pub locality: String,
    pub organization: String,
    pub key: KeySpec,
    /// A renewal or reissue: what the user must know, and what cannot change.
    pub replacing: Option<ReplacementInfo>,
}

impl Default for ServerDraft {
    fn default() -> Self {
        ServerDraft {
            common_name: String::new(),
            sans: String::new(),
            www: false,
            www_auto: true,
            country: "JP".into(),
            state: String::new(),
            locality: String::new(),
            organization: String::new(),
            key: KeySpec::Rsa2048,
            replacing: None,
        }
    }
}

impl ServerDraft {
    /// The draft a form of the core gives back (renewal starts from the earlier request's).
    pub fn from_form(f: ServerForm) -> ServerDraft {
        ServerDraft {
            common_name: f.common_name,
            sans: f.sans.join("\n"),
            www: f.www,
            // A renewal keeps the earlier choice.
            www_auto: false,
            country: f.country,
            state: f.state,
            locality: f.locality,
            organization: f.organization,
            key: f.key.unwrap_or(KeySpec::Rsa2048),
            replacing: None,
        }
    }

    /// Whether the host names are valid (the subject is the next step's business).
    pub fn names_ok(&self) -> bool {
        self.form().validate_names().is_ok()
    }

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

/// The CSR step's content: typed, and rendered in the current language at draw time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsrInfo {
    pub id: String,
    pub title: String,
    pub csr_pem: String,
    pub handoff: HandOff,
    pub saved_to: Option<PathBuf>,
    pub copied: bool,
    /// Opened from home (the request page): its dates, status and the delete confirmation.
    pub request: Option<RequestFacts>,
}

/// What the request page shows besides the CSR and the sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestFacts {
    /// The day it was made (with the time when needed to tell two apart).
    pub made: String,
    pub key: String,
    pub status: super::RequestStatus,
    /// It may be deleted with its key (`ops::can_delete`).
    pub deletable: bool,
    /// The user asked to delete: the confirmation is showing.
    pub confirm_delete: bool,
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

    /// The policy check and the confirmation, together.
    pub fn new_password(&self) -> NewPassword {
        password::check_new(&self.password, &self.confirm, &self.context())
    }

    pub fn acceptable(&self) -> bool {
        self.new_password().acceptable()
    }
}

/// The vault passphrase screen's content.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct UnlockDraft {
    pub creating: bool,
    pub passphrase: Zeroizing<String>,
    pub confirm: Zeroizing<String>,
    pub error: Option<Message>,
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
    pub fn new_password(&self) -> NewPassword {
        password::check_new(
            &self.passphrase,
            &self.confirm,
            &Context {
                words: self.context.clone(),
            },
        )
    }

    pub fn acceptable(&self) -> bool {
        self.understood && self.new_password().acceptable()
    }
}
