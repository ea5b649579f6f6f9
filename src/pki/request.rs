//! Form input (raw strings as typed) → a validated, typed request. Parse, don't validate: the CSR
//! builder and the vault only ever see a [`Request`], never an unchecked string.

use serde::{Deserialize, Serialize};

use crate::pki::input::{Field, InputError, Notice, Problem};
use crate::pki::key::{HashAlg, KeySpec};
use crate::pki::profile::SmimeChoice;
use crate::pki::subject::{
    self, HostName, parse_ascii_dn, parse_country, parse_host, parse_mailbox, parse_smime_org,
};

/// How a Secure Mail ID is bought, which decides where its order starts (docs/domain.md [D1]). Bought
/// directly, the order starts at CertCentral's 「証明書の申請」 and ends with the payment;
/// bought through a reseller, it starts from the voucher (「バウチャーをご利用の場合は、
/// バウチャー券面に記載のURLからご申請ください」), the product and validity are preset
/// (「あらかじめ登録されています…プリセットされた状態から申請を開始します」) and there is no
/// payment step (「支払方法の選択情報は表示されません」).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purchase {
    #[default]
    Direct,
    Voucher,
}

/// What the S/MIME form holds.
#[derive(Clone, Debug, Default)]
pub struct SmimeForm {
    pub emails: Vec<String>,
    pub organization: String,
    pub purchase: Purchase,
    pub choice: SmimeChoice,
    pub key: Option<KeySpec>,
    pub hash: Option<HashAlg>,
}

/// What the server-certificate form holds.
#[derive(Clone, Debug, Default)]
pub struct ServerForm {
    pub common_name: String,
    pub sans: Vec<String>,
    pub www: bool,
    pub country: String,
    pub state: String,
    pub locality: String,
    pub organization: String,
    pub key: Option<KeySpec>,
    pub hash: Option<HashAlg>,
}

/// A validated S/MIME request (organization-validated: no personal names).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmimeRequest {
    /// Every mailbox, ASCII, in the order given.
    pub emails: Vec<String>,
    pub organization: String,
    /// The CSR's CN: the first mailbox (the organization if that is too long). The issued
    /// certificate's CN is the organization all the same: the order page's コモンネーム is set
    /// to 「組織」 and its input overrides the CSR (docs/domain.md [D1]: 「必ず「組織」を選択して下さい。これに
    /// より証明書情報に組織名が登録されます」, 「申請時の入力内容が優先され、上書きされます」).
    pub common_name: String,
    /// Direct or through a voucher; records written before this field read as direct.
    #[serde(default)]
    pub purchase: Purchase,
    pub choice: SmimeChoice,
    pub key: KeySpec,
    pub hash: HashAlg,
}

/// A validated TLS server request for a Japanese CA.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerRequest {
    /// The CN as an A-label name (also the first SAN).
    pub common_name: String,
    /// The CN as people read it (differs for IDNs).
    pub common_name_unicode: String,
    /// The final SAN list: the CN first, then the extra names, then the www twin.
    pub sans: Vec<String>,
    pub country: String,
    pub state: String,
    pub locality: String,
    pub organization: String,
    pub key: KeySpec,
    pub hash: HashAlg,
}

/// Either kind of request, as stored in the vault.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Request {
    Smime(SmimeRequest),
    Server(ServerRequest),
}

impl Request {
    pub fn key(&self) -> KeySpec {
        match self {
            Request::Smime(r) => r.key,
            Request::Server(r) => r.key,
        }
    }

    pub fn hash(&self) -> HashAlg {
        match self {
            Request::Smime(r) => r.hash,
            Request::Server(r) => r.hash,
        }
    }

    /// The name people know the request by: the first mailbox or the CN.
    pub fn title(&self) -> &str {
        match self {
            Request::Smime(r) => r.emails.first().map(String::as_str).unwrap_or(""),
            Request::Server(r) => &r.common_name_unicode,
        }
    }

    pub fn kind(&self) -> Kind {
        match self {
            Request::Smime(_) => Kind::Smime,
            Request::Server(_) => Kind::Server,
        }
    }
}

/// What a request is for: a mail (S/MIME) or a server (TLS) certificate. It decides the
/// reminder schedule, the files a server gets, and how the faces name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Smime,
    Server,
}

impl Kind {
    /// The word the command line's JSON carries (`smime`, `server`).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Smime => "smime",
            Kind::Server => "server",
        }
    }
}

impl SmimeRequest {
    /// The form this request would be typed as again (renewal and reissue start from it).
    pub fn to_form(&self) -> SmimeForm {
        SmimeForm {
            emails: self.emails.clone(),
            organization: self.organization.clone(),
            purchase: self.purchase,
            choice: self.choice,
            key: Some(self.key),
            hash: Some(self.hash),
        }
    }
}

impl ServerRequest {
    /// The form this request would be typed as again: the CN as people read it, the extra names
    /// without the CN and its www twin, and the www option on when the twin is in the list.
    pub fn to_form(&self) -> ServerForm {
        let twin = twin_name(&self.common_name);
        let www = self.sans.contains(&twin);
        ServerForm {
            common_name: self.common_name_unicode.clone(),
            sans: self
                .sans
                .iter()
                .filter(|s| **s != self.common_name && !(www && **s == twin))
                .cloned()
                .collect(),
            www,
            country: self.country.clone(),
            state: self.state.clone(),
            locality: self.locality.clone(),
            organization: self.organization.clone(),
            key: Some(self.key),
            hash: Some(self.hash),
        }
    }
}

/// A validated value plus what the user should be told about it.
#[derive(Clone, Debug)]
pub struct Validated<T> {
    pub value: T,
    pub notices: Vec<Notice>,
}

fn key_and_hash(
    key: Option<KeySpec>,
    hash: Option<HashAlg>,
) -> Result<(KeySpec, HashAlg), InputError> {
    let key = key.unwrap_or(KeySpec::Rsa2048);
    let hash = match hash {
        None => key.default_hash(),
        Some(h) if key.allows_hash(h) => h,
        Some(h) => {
            return Err(InputError::new(
                Field::Hash,
                Problem::HashNotForKey {
                    key: key.display().to_owned(),
                    hash: h.as_str().to_owned(),
                },
                h.as_str(),
            ));
        }
    };
    Ok((key, hash))
}

impl SmimeForm {
    /// Validates everything — profile rules included — before any key is made.
    pub fn validate(&self) -> Result<Validated<SmimeRequest>, InputError> {
        let mut notices = Vec::new();
        let (key, hash) = key_and_hash(self.key, self.hash)?;
        let raw: Vec<&String> = self
            .emails
            .iter()
            .filter(|e| !e.trim().is_empty())
            .collect();
        if raw.is_empty() {
            return Err(InputError::new(Field::Email, Problem::Empty, ""));
        }
        let mut emails: Vec<String> = Vec::new();
        for e in raw {
            let mb = parse_mailbox(e, &mut notices)?;
            let addr = mb.address();
            if emails.iter().any(|x| x.eq_ignore_ascii_case(&addr)) {
                return Err(InputError::new(Field::Email, Problem::DuplicateEmail, addr));
            }
            emails.push(addr);
        }
        let organization = parse_smime_org(&self.organization, &mut notices)?;
        self.choice.check(key)?;
        // The CSR's CN is the first mailbox; one longer than a CN may be (64) falls back to the
        // O. (The CA writes the organization into the issued CN either way, docs/domain.md [D1].)
        let common_name = if emails[0].chars().count() <= 64 {
            emails[0].clone()
        } else {
            notices.push(Notice::CnFromOrganization);
            organization.clone()
        };
        Ok(Validated {
            value: SmimeRequest {
                emails,
                organization,
                common_name,
                purchase: self.purchase,
                choice: self.choice,
                key,
                hash,
            },
            notices,
        })
    }
}

/// The "www option": `www.example.jp` ↔ `example.jp`, never for wildcards or when the twin
/// would be a bare public suffix.
pub fn www_twin(cn: &HostName) -> Option<String> {
    if cn.is_wildcard() {
        return None;
    }
    let twin = twin_name(&cn.ascii);
    psl::domain(twin.as_bytes()).is_some().then_some(twin)
}

/// The www twin of a validated A-label CN (none for a wildcard), for reading a stored request.
pub fn www_twin_of(cn_ascii: &str) -> Option<String> {
    (!cn_ascii.starts_with("*.")).then(|| twin_name(cn_ascii))
}

/// `www.example.jp` → `example.jp`, `example.jp` → `www.example.jp` (A-labels).
fn twin_name(ascii: &str) -> String {
    match ascii.strip_prefix("www.") {
        Some(base) => base.to_owned(),
        None => format!("www.{ascii}"),
    }
}

/// Whether the www option should start ticked for `cn`: only where it applies — a `www.` name
/// whose bare twin is a registered domain, or a bare registered domain (`example.co.jp`). A
/// host under the domain (`mail.example.co.jp`) starts unticked: its www twin is rarely wanted.
pub fn www_default(cn: &HostName) -> bool {
    if www_twin(cn).is_none() {
        return false;
    }
    match cn.ascii.strip_prefix("www.") {
        Some(base) => psl::domain(base.as_bytes()).is_some_and(|d| d.as_bytes() == base.as_bytes()),
        None => {
            psl::domain(cn.ascii.as_bytes()).is_some_and(|d| d.as_bytes() == cn.ascii.as_bytes())
        }
    }
}

/// The final SAN list: CN first (always), the extra names in order, then the www twin;
/// duplicates dropped.
pub fn san_list(cn: &HostName, extra: &[HostName], www: bool) -> Vec<String> {
    let mut out = vec![cn.ascii.clone()];
    let mut push = |n: String| {
        if !out.contains(&n) {
            out.push(n);
        }
    };
    for h in extra {
        push(h.ascii.clone());
    }
    if www && let Some(t) = www_twin(cn) {
        push(t);
    }
    out
}

impl ServerForm {
    /// The host names alone — CN, extra names, the www option — for a form whose subject is not
    /// filled in yet: the final SAN list, or the first name refused.
    pub fn validate_names(&self) -> Result<Validated<Vec<String>>, InputError> {
        let mut notices = Vec::new();
        let (_, sans) = self.names(&mut notices)?;
        Ok(Validated {
            value: sans,
            notices,
        })
    }

    fn names(&self, notices: &mut Vec<Notice>) -> Result<(HostName, Vec<String>), InputError> {
        let cn = parse_host(Field::CommonName, &self.common_name, notices)?;
        let mut extra = Vec::new();
        for s in self.sans.iter().filter(|s| !s.trim().is_empty()) {
            extra.push(parse_host(Field::San, s, notices)?);
        }
        let sans = san_list(&cn, &extra, self.www);
        if self.www
            && let Some(t) = www_twin(&cn)
            && !extra.iter().any(|h| h.ascii == t)
        {
            notices.push(Notice::WwwAdded { name: t });
        }
        Ok((cn, sans))
    }

    pub fn validate(&self) -> Result<Validated<ServerRequest>, InputError> {
        let mut notices = Vec::new();
        let (key, hash) = key_and_hash(self.key, self.hash)?;
        let (cn, sans) = self.names(&mut notices)?;
        let country = parse_country(&self.country, &mut notices)?;
        let state = parse_ascii_dn(Field::State, &self.state, &mut notices)?;
        let locality = parse_ascii_dn(Field::Locality, &self.locality, &mut notices)?;
        let organization = parse_ascii_dn(Field::Organization, &self.organization, &mut notices)?;
        Ok(Validated {
            value: ServerRequest {
                common_name: cn.ascii,
                common_name_unicode: cn.unicode,
                sans,
                country,
                state,
                locality,
                organization,
                key,
                hash,
            },
            notices,
        })
    }
}

/// Whether a DN value should be written as PrintableString (else UTF8String).
pub fn printable(v: &str) -> bool {
    subject::is_printable_string(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(cn: &str, www: bool) -> ServerForm {
        ServerForm {
            common_name: cn.into(),
            www,
            country: "JP".into(),
            state: "Tokyo".into(),
            locality: "Chiyoda-ku".into(),
            organization: "Example Co., Ltd.".into(),
            ..Default::default()
        }
    }

    #[test]
    fn www_is_ticked_by_default_only_where_it_applies() {
        let d = |cn: &str| {
            let h =
                crate::pki::subject::parse_host(Field::CommonName, cn, &mut Vec::new()).unwrap();
            www_default(&h)
        };
        assert!(d("www.example.co.jp"));
        assert!(d("example.co.jp"));
        assert!(d("example.jp"));
        assert!(d("www.例え.jp"));
        assert!(!d("mail.example.co.jp"));
        assert!(!d("www.mail.example.co.jp"));
        assert!(!d("*.example.co.jp"));
        assert!(!d("a.b.example.com"));
    }

    #[test]
    fn www_option_adds_the_twin_both_ways() {
        let r = server("www.example.jp", true).validate().unwrap().value;
        assert_eq!(r.sans, vec!["www.example.jp", "example.jp"]);
        let r = server("example.jp", true).validate().unwrap().value;
        assert_eq!(r.sans, vec!["example.jp", "www.example.jp"]);
        let r = server("example.jp", false).validate().unwrap().value;
        assert_eq!(r.sans, vec!["example.jp"]);
        let r = server("*.example.jp", true).validate().unwrap().value;
        assert_eq!(r.sans, vec!["*.example.jp"]);
    }

    #[test]
    fn sans_are_deduplicated_and_cn_comes_first() {
        let mut f = server("www.example.jp", true);
        f.sans = vec![
            "example.jp".into(),
            "WWW.example.jp".into(),
            "mail.example.jp".into(),
        ];
        let r = f.validate().unwrap().value;
        assert_eq!(
            r.sans,
            vec!["www.example.jp", "example.jp", "mail.example.jp"]
        );
    }

    #[test]
    fn smime_defaults_and_cn() {
        let f = SmimeForm {
            emails: vec![
                "Taro@Example.co.jp".into(),
                "".into(),
                "hanako@example.co.jp".into(),
            ],
            organization: "テスト株式会社".into(),
            ..Default::default()
        };
        let r = f.validate().unwrap().value;
        assert_eq!(r.emails, vec!["Taro@example.co.jp", "hanako@example.co.jp"]);
        assert_eq!(r.common_name, "Taro@example.co.jp");
        assert_eq!(r.key, KeySpec::Rsa2048);
        assert_eq!(r.hash, HashAlg::Sha256);
    }

    #[test]
    fn hash_must_fit_the_curve() {
        let f = SmimeForm {
            emails: vec!["taro@example.co.jp".into()],
            organization: "Example".into(),
            key: Some(KeySpec::EcP256),
            hash: Some(HashAlg::Sha384),
            ..Default::default()
        };
        assert_eq!(f.validate().unwrap_err().field, Field::Hash);
    }

    #[test]
    fn host_names_are_checked_alone_without_a_subject() {
        let mut f = ServerForm {
            common_name: "www.example.co.jp".into(),
            www: true,
            ..Default::default()
        };
        let names = f.validate_names().unwrap().value;
        assert_eq!(names, ["www.example.co.jp", "example.co.jp"]);
        // The subject is empty: the whole form is refused, the names are not.
        assert!(f.validate().is_err());
        f.sans = vec!["ｍａｉｌ．example.co.jp".into(), "bad name".into()];
        let e = f.validate_names().unwrap_err();
        assert_eq!(e.field, Field::San);
    }

    #[test]
    fn a_request_gives_back_the_form_it_came_from() {
        let form = ServerForm {
            common_name: "例え.jp".into(),
            sans: vec!["mail.example.jp".into()],
            www: true,
            country: "JP".into(),
            state: "Tokyo".into(),
            locality: "Chiyoda-ku".into(),
            organization: "Example Co., Ltd.".into(),
            key: Some(KeySpec::EcP256),
            hash: None,
        };
        let r = form.validate().unwrap().value;
        let back = r.to_form();
        assert_eq!(back.common_name, "例え.jp");
        assert_eq!(back.sans, ["mail.example.jp"]);
        assert!(back.www);
        assert_eq!(back.validate().unwrap().value, r);
        let no_www = ServerForm { www: false, ..form };
        let r = no_www.validate().unwrap().value;
        assert!(!r.to_form().www);
        let smime = SmimeForm {
            emails: vec!["taro@example.co.jp".into(), "t.y@example.co.jp".into()],
            organization: "テスト株式会社".into(),
            ..Default::default()
        };
        let r = smime.validate().unwrap().value;
        assert_eq!(r.to_form().validate().unwrap().value, r);
    }
}
