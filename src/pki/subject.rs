//! Turning what people type (often with the IME still on) into the values a CA accepts:
//! NFKC first, then the specific traps NFKC does not fix (ー − ‐ 〜 。 ￥), then validation of
//! mailboxes, host names (UTS #46 → A-label, public suffix rules) and DN values.

use unicode_normalization::UnicodeNormalization;

use crate::pki::input::{Field, InputError, Notice, Problem};

/// NFKC-normalizes `raw` and trims nothing: ｗｗｗ→www, ＠→@, －→-, U+3000→space, ．→.
pub fn nfkc(raw: &str) -> String {
    raw.nfkc().collect()
}

/// Normalizes and records a notice when the value changed, so the UI shows the value used.
fn normalize(field: Field, raw: &str, notices: &mut Vec<Notice>) -> String {
    let v = nfkc(raw);
    if v != raw {
        notices.push(Notice::Normalized {
            field,
            from: raw.to_owned(),
            to: v.clone(),
        });
    }
    v
}

/// The characters NFKC leaves alone that people type with the IME on, each with its own advice.
fn ime_trap(ch: char) -> Option<Problem> {
    match ch {
        'ー' | '−' | '‐' | '‑' | '–' | '—' | '―' | 'ｰ' => {
            Some(Problem::LongVowelMark { ch })
        }
        '〜' | '～' => Some(Problem::WaveDash),
        '。' | '｡' => Some(Problem::IdeographicStop),
        '￥' | '¥' => Some(Problem::YenSign),
        _ => None,
    }
}

/// Refuses the first IME trap in `v`, if any (for fields where other scripts may stand).
fn refuse_ime_traps(field: Field, v: &str) -> Result<(), InputError> {
    match v.chars().find_map(ime_trap) {
        Some(problem) => Err(InputError::new(field, problem, v)),
        None => Ok(()),
    }
}

/// Refuses IME traps, then anything else outside printable half-width ASCII.
fn require_half_width(field: Field, v: &str) -> Result<(), InputError> {
    refuse_ime_traps(field, v)?;
    match v.chars().find(|c| !c.is_ascii() || c.is_ascii_control()) {
        Some(ch) => Err(InputError::new(field, Problem::NotHalfWidth { ch }, v)),
        None => Ok(()),
    }
}

/// A validated mailbox: ASCII local part and an A-label domain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mailbox {
    pub local: String,
    pub domain: String,
}

impl Mailbox {
    pub fn address(&self) -> String {
        format!("{}@{}", self.local, self.domain)
    }
}

/// Parses one mailbox as typed: NFKC, trim, half-width, `local@domain`, domain via UTS #46.
pub fn parse_mailbox(raw: &str, notices: &mut Vec<Notice>) -> Result<Mailbox, InputError> {
    let f = Field::Email;
    let v = normalize(f, raw, notices);
    let v = v.trim();
    if v.is_empty() {
        return Err(InputError::new(f, Problem::Empty, v));
    }
    let Some((local, domain)) = v.rsplit_once('@') else {
        require_half_width(f, v)?;
        return Err(InputError::new(f, Problem::EmailNoAt, v));
    };
    // The local part must be ASCII; the domain may be an IDN but not hold an IME slip.
    require_half_width(f, local).map_err(|e| InputError::new(f, e.problem, v))?;
    refuse_ime_traps(f, domain).map_err(|e| InputError::new(f, e.problem, v))?;
    if v.chars().any(char::is_whitespace) {
        return Err(InputError::new(f, Problem::BadChar { ch: ' ' }, v));
    }
    if !valid_local_part(local) {
        return Err(InputError::new(f, Problem::EmailLocalPart, v));
    }
    let domain = host_to_ascii(domain).map_err(|_| InputError::new(f, Problem::EmailDomain, v))?;
    check_public_host(&domain).map_err(|p| match p {
        Problem::HostInternal { suffix } => InputError::new(f, Problem::HostInternal { suffix }, v),
        _ => InputError::new(f, Problem::EmailDomain, v),
    })?;
    let mb = Mailbox {
        local: local.to_owned(),
        domain,
    };
    if mb.address().len() > 254 {
        return Err(InputError::new(f, Problem::TooLong { max: 254 }, v));
    }
    Ok(mb)
}

/// RFC 5321 dot-atom of atext: what a CA puts into an rfc822Name.
fn valid_local_part(local: &str) -> bool {
    const SPECIALS: &str = "!#$%&'*+-/=?^_`{|}~";
    !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || SPECIALS.contains(c))
}

/// UTS #46 processing to an A-label name, lower-case, LDH-checked, lengths checked.
fn host_to_ascii(v: &str) -> Result<String, Problem> {
    let v = v.strip_suffix('.').unwrap_or(v);
    if v.is_empty() {
        return Err(Problem::Empty);
    }
    let ascii = idna::domain_to_ascii_strict(v).map_err(|_| Problem::HostSyntax)?;
    if ascii.len() > 253 {
        return Err(Problem::HostTooLong);
    }
    for label in ascii.split('.') {
        if label.is_empty() {
            return Err(Problem::HostSyntax);
        }
        if label.len() > 63 {
            return Err(Problem::HostLabelTooLong);
        }
        if !label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            || label.starts_with('-')
            || label.ends_with('-')
        {
            return Err(Problem::HostSyntax);
        }
    }
    Ok(ascii)
}

/// Refuses IP addresses and internal names: the name must end in a known public suffix and have
/// a registrable label in front of it.
fn check_public_host(ascii: &str) -> Result<(), Problem> {
    if ascii.parse::<std::net::IpAddr>().is_ok()
        || ascii
            .split('.')
            .all(|l| l.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(Problem::HostIpAddress);
    }
    let Some(suffix) = psl::suffix(ascii.as_bytes()) else {
        return Err(Problem::HostSyntax);
    };
    let last = ascii.rsplit('.').next().unwrap_or(ascii).to_owned();
    if !suffix.is_known() {
        return Err(Problem::HostInternal { suffix: last });
    }
    if psl::domain(ascii.as_bytes()).is_none() {
        // The whole name is a public suffix (e.g. `co.jp`).
        let s = String::from_utf8_lossy(suffix.as_bytes()).into_owned();
        return Err(Problem::HostInternal { suffix: s });
    }
    Ok(())
}

/// A validated DNS name for a server certificate: the A-label form and what humans read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostName {
    pub ascii: String,
    pub unicode: String,
}

impl HostName {
    pub fn is_wildcard(&self) -> bool {
        self.ascii.starts_with("*.")
    }
}

/// Parses a server host name: NFKC, the Japanese traps, UTS #46, wildcard and public-suffix rules.
pub fn parse_host(
    field: Field,
    raw: &str,
    notices: &mut Vec<Notice>,
) -> Result<HostName, InputError> {
    let v = normalize(field, raw, notices);
    let v = v.trim().to_owned();
    if v.is_empty() {
        return Err(InputError::new(field, Problem::Empty, v));
    }
    // The traps first, so their specific advice wins over a generic syntax error.
    refuse_ime_traps(field, &v)?;
    if v.chars().any(char::is_whitespace) {
        return Err(InputError::new(field, Problem::BadChar { ch: ' ' }, v));
    }
    let (wild, rest) = match v.strip_prefix("*.") {
        Some(rest) => (true, rest),
        None => (false, v.as_str()),
    };
    if rest.contains('*') {
        return Err(InputError::new(field, Problem::WildcardPosition, v));
    }
    let ascii = host_to_ascii(rest).map_err(|p| InputError::new(field, p, v.clone()))?;
    check_public_host(&ascii).map_err(|p| {
        let p = match (wild, p) {
            (true, Problem::HostInternal { .. })
                if psl::suffix(ascii.as_bytes()).is_some_and(|s| s.is_known()) =>
            {
                Problem::WildcardPublicSuffix
            }
            (_, p) => p,
        };
        InputError::new(field, p, v.clone())
    })?;
    let (unicode, _) = idna::domain_to_unicode(&ascii);
    let (ascii, unicode) = if wild {
        (format!("*.{ascii}"), format!("*.{unicode}"))
    } else {
        (ascii, unicode)
    };
    if ascii.len() > 64 && field == Field::CommonName {
        return Err(InputError::new(field, Problem::TooLong { max: 64 }, v));
    }
    Ok(HostName { ascii, unicode })
}

/// DN value for a Japanese CA's server certificate (C/ST/L/O): half-width ASCII from the safe
/// set `[A-Za-z0-9 .,-]`; `& ' ( ) /` pass with a notice; ≤ 64; no edge spaces.
pub fn parse_ascii_dn(
    field: Field,
    raw: &str,
    notices: &mut Vec<Notice>,
) -> Result<String, InputError> {
    let v = normalize(field, raw, notices);
    if v.trim().is_empty() {
        return Err(InputError::new(field, Problem::Empty, v));
    }
    require_half_width(field, &v)?;
    if v.trim() != v {
        return Err(InputError::new(field, Problem::LeadingTrailingSpace, v));
    }
    for ch in v.chars() {
        match ch {
            c if c.is_ascii_alphanumeric() || matches!(c, ' ' | '.' | ',' | '-') => {}
            '&' | '\'' | '(' | ')' | '/' => {
                let n = Notice::DiscouragedChar { field, ch };
                if !notices.contains(&n) {
                    notices.push(n);
                }
            }
            c => return Err(InputError::new(field, Problem::BadChar { ch: c }, v)),
        }
    }
    if v.chars().all(|c| matches!(c, '.' | '-' | ' ')) {
        return Err(InputError::new(field, Problem::OnlyPunctuation, v));
    }
    if v.chars().count() > 64 {
        return Err(InputError::new(field, Problem::TooLong { max: 64 }, v));
    }
    Ok(v)
}

/// ISO 3166 alpha-2 country code, upper-cased (`jp` → `JP`).
pub fn parse_country(raw: &str, notices: &mut Vec<Notice>) -> Result<String, InputError> {
    let f = Field::Country;
    let v = normalize(f, raw, notices);
    let v = v.trim();
    if v.is_empty() {
        return Err(InputError::new(f, Problem::Empty, v));
    }
    require_half_width(f, v)?;
    if v.len() != 2 || !v.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(InputError::new(f, Problem::CountryCode, v));
    }
    Ok(v.to_ascii_uppercase())
}

/// Organization name for an S/MIME certificate: any script (テスト株式会社 survives as
/// UTF8String), NFKC, trimmed, ≤ 64 characters, no control characters.
pub fn parse_smime_org(raw: &str, notices: &mut Vec<Notice>) -> Result<String, InputError> {
    let f = Field::Organization;
    let v = normalize(f, raw, notices);
    let v = v.trim().to_owned();
    if v.is_empty() {
        return Err(InputError::new(f, Problem::Empty, v));
    }
    if let Some(ch) = v.chars().find(|c| c.is_control()) {
        return Err(InputError::new(f, Problem::BadChar { ch }, v));
    }
    if v.chars().all(|c| matches!(c, '.' | '-' | ' ')) {
        return Err(InputError::new(f, Problem::OnlyPunctuation, v));
    }
    if v.chars().count() > 64 {
        return Err(InputError::new(f, Problem::TooLong { max: 64 }, v));
    }
    Ok(v)
}

/// Whether `v` fits ASN.1 PrintableString (then a DN value uses it; else UTF8String).
pub fn is_printable_string(v: &str) -> bool {
    v.chars()
        .all(|c| c.is_ascii_alphanumeric() || " '()+,-./:=?".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host(s: &str) -> Result<HostName, InputError> {
        parse_host(Field::CommonName, s, &mut Vec::new())
    }

    #[test]
    fn full_width_email_is_normalized_and_reported() {
        let mut n = Vec::new();
        let m = parse_mailbox("ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ", &mut n).unwrap();
        assert_eq!(m.address(), "taro@example.co.jp");
        assert!(matches!(&n[0], Notice::Normalized { to, .. } if to == "taro@example.co.jp"));
    }

    #[test]
    fn email_traps_have_specific_problems() {
        let e = parse_mailbox("taro@example。co.jp", &mut Vec::new()).unwrap_err();
        assert_eq!(e.problem, Problem::IdeographicStop);
        let e = parse_mailbox("taroー@example.co.jp", &mut Vec::new()).unwrap_err();
        assert_eq!(e.problem, Problem::LongVowelMark { ch: 'ー' });
        let e = parse_mailbox("taro.example.co.jp", &mut Vec::new()).unwrap_err();
        assert_eq!(e.problem, Problem::EmailNoAt);
        let e = parse_mailbox("taro@example.local", &mut Vec::new()).unwrap_err();
        assert!(matches!(e.problem, Problem::HostInternal { .. }));
    }

    #[test]
    fn idn_host_becomes_a_label() {
        let h = host("例え.jp").unwrap();
        assert!(h.ascii.starts_with("xn--"), "{}", h.ascii);
        assert_eq!(h.unicode, "例え.jp");
        let h = host("ＷＷＷ．Ｅｘａｍｐｌｅ．ｊｐ").unwrap();
        assert_eq!(h.ascii, "www.example.jp");
    }

    #[test]
    fn host_refusals() {
        assert_eq!(
            host("*.co.jp").unwrap_err().problem,
            Problem::WildcardPublicSuffix
        );
        assert_eq!(
            host("www.*.example.jp").unwrap_err().problem,
            Problem::WildcardPosition
        );
        assert_eq!(
            host("192.168.0.1").unwrap_err().problem,
            Problem::HostIpAddress
        );
        assert!(matches!(
            host("server.local").unwrap_err().problem,
            Problem::HostInternal { .. }
        ));
        assert!(matches!(
            host("intranet").unwrap_err().problem,
            Problem::HostInternal { .. }
        ));
        assert_eq!(
            host("ｗｗｗ－example.jp").map(|h| h.ascii),
            Ok("www-example.jp".into())
        );
        assert_eq!(
            host("www.exampleー.jp").unwrap_err().problem,
            Problem::LongVowelMark { ch: 'ー' }
        );
        assert!(host("*.example.co.jp").is_ok());
    }

    #[test]
    fn ascii_dn_rules() {
        let mut n = Vec::new();
        assert_eq!(
            parse_ascii_dn(Field::Organization, "Example Co., Ltd.", &mut n),
            Ok("Example Co., Ltd.".into())
        );
        assert!(parse_ascii_dn(Field::Organization, "A&B Inc.", &mut n).is_ok());
        assert!(matches!(
            n.last(),
            Some(Notice::DiscouragedChar { ch: '&', .. })
        ));
        assert_eq!(
            parse_ascii_dn(Field::Organization, "Sampleー Inc.", &mut n)
                .unwrap_err()
                .problem,
            Problem::LongVowelMark { ch: 'ー' }
        );
        assert_eq!(
            parse_ascii_dn(Field::Organization, "株式会社", &mut n)
                .unwrap_err()
                .problem,
            Problem::NotHalfWidth { ch: '株' }
        );
        assert_eq!(
            parse_ascii_dn(Field::State, " Tokyo", &mut n)
                .unwrap_err()
                .problem,
            Problem::LeadingTrailingSpace
        );
        assert_eq!(
            parse_ascii_dn(Field::State, "Tokyo!", &mut n)
                .unwrap_err()
                .problem,
            Problem::BadChar { ch: '!' }
        );
        assert_eq!(
            parse_ascii_dn(Field::Locality, "..", &mut n)
                .unwrap_err()
                .problem,
            Problem::OnlyPunctuation
        );
        assert_eq!(
            parse_ascii_dn(Field::Locality, &"a".repeat(65), &mut n)
                .unwrap_err()
                .problem,
            Problem::TooLong { max: 64 }
        );
    }

    #[test]
    fn smime_org_keeps_japanese_and_maps_half_width_kana() {
        let mut n = Vec::new();
        assert_eq!(
            parse_smime_org("ﾃｽﾄ株式会社", &mut n),
            Ok("テスト株式会社".into())
        );
        assert_eq!(parse_smime_org("髙﨑㈱", &mut n).map(|_| ()), Ok(()));
    }

    #[test]
    fn printable_string_detection() {
        assert!(is_printable_string("Example Co., Ltd."));
        assert!(!is_printable_string("A&B"));
        assert!(!is_printable_string("taro@example.jp"));
    }
}
