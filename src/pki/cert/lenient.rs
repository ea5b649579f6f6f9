//! Reading a certificate that breaks a rule, for inspection only.
//!
//! Real certificates break RFC 5280 and the CA/Browser Forum's profile in ways OpenSSL shrugs
//! off: times in the wrong ASN.1 type or form, names that are not ASCII where they must be,
//! extensions with forbidden or missing parts, keys whose algorithm parameters are wrong. A user
//! holding one must be told what it is and what is odd about it, not "not a certificate".
//!
//! So there are two readers:
//!
//! * the strict one, [`Cert::parse`] (x509-parser, whole-certificate DER), which import uses and
//!   which is not loosened: a certificate import did not take before, it does not take now;
//! * this one, [`read`], which `inspect` (CLI and wizard) uses. It needs only the outer shape —
//!   `Certificate ::= SEQUENCE { TBSCertificate, AlgorithmIdentifier, BIT STRING }` with the
//!   TBSCertificate's fields in order — and decodes each field by itself with the same library
//!   (names, key, extensions one by one through x509-parser; TLVs through asn1-rs), so one bad
//!   field costs that field, not the certificate. Times are read as OpenSSL reads them (any
//!   YYMMDDHHMM[SS] with `Z` or an offset, GeneralizedTime fractions); a time OpenSSL calls
//!   "Bad time value" is shown as unreadable.
//!
//! Whichever reader decoded the certificate, [`quirks`] walks its raw fields and names every
//! rule it breaks, one [`Quirk`] each; the faces show them as "this certificate breaks a rule:
//! …" lines. Facts follow OpenSSL: the key's SHA-256 is over the SPKI as OpenSSL writes it out
//! ([`canonical_spki`]: an RSA key missing its NULL parameters gets them back, as
//! `openssl x509 -pubkey | openssl pkey -pubin -outform DER` does — the certificate's own bytes
//! are stated beside it when they differ); an EC key whose point does not fit the curve its OID
//! names is given no size (OpenSSL: "Unable to load Public Key"); name attributes of a type
//! nobody knows are shown as OpenSSL's default `-subject` output shows them, text when the value
//! is a string and `#` + the DER in hex otherwise.
//!
//! Nothing here is trusted for anything but display: import never calls it except to explain,
//! in the user's words, why it refuses a certificate the strict reader refused.
//!
//! Why one file: the reader and the rule scan walk the same raw fields (`Tbs`, `elements`, the
//! time parser that is also the test of a time's form), and each rule sits beside the reading
//! of the field it concerns; split, each half would reach into the other's internals.

use serde::Serialize;
use x509_parser::der_parser::asn1_rs::{Any, Class, FromDer, Tag};
use x509_parser::prelude::*;

use super::{Cert, Parts};

/// One rule a certificate breaks (RFC 5280, X.690 DER, the CA/Browser Forum's profile).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "kebab-case")]
pub enum Quirk {
    /// A date before 2050 written as GeneralizedTime (RFC 5280 §4.1.2.5: UTCTime until 2049).
    TimeGeneralizedBefore2050,
    /// A time without seconds (RFC 5280 §4.1.2.5.1/.2: seconds MUST be present).
    TimeWithoutSeconds,
    /// A time with an offset from UTC or none at all (RFC 5280: MUST be Zulu).
    TimeNotUtc,
    /// A GeneralizedTime with fractional seconds (RFC 5280 §4.1.2.5.2: MUST NOT).
    TimeFraction,
    /// A validity time that cannot be read as a date at all.
    TimeUnreadable,
    /// A DNS name, URI or e-mail address in the subjectAltName that is not plain ASCII
    /// (IA5String). `kind`: `DNS`, `URI` or `email`.
    SanNotAscii { kind: &'static str },
    /// An empty entry in the subjectAltName.
    SanEmptyEntry,
    /// A NUL or other control byte in a subjectAltName entry.
    SanControlByte,
    /// A name attribute of a type Shomei does not know (shown by its OID).
    UnknownAttribute { oid: String },
    /// A serialNumber attribute that is not a PrintableString of at most 64 characters.
    SerialNumberAttribute,
    /// A subject or issuer name with an empty part (a RelativeDistinguishedName with no
    /// attribute: X.501 requires at least one).
    NameEmptyPart,
    /// A subject or issuer name that cannot be decoded (what can be is shown).
    NameUnreadable,
    /// Authority Information Access marked critical (RFC 5280 §4.2.2.1: MUST be non-critical).
    CriticalAia,
    /// Subject Information Access marked critical (RFC 5280 §4.2.2.2).
    CriticalSia,
    /// nameConstraints with an empty list of subtrees (RFC 5280 §4.2.1.10: SIZE (1..MAX)).
    NameConstraintsEmpty,
    /// nameConstraints whose subtrees state `minimum` or `maximum` (RFC 5280: MUST be absent /
    /// zero, and DER omits a default).
    NameConstraintsMinMax,
    /// basicConstraints with a negative pathLenConstraint.
    PathLenNegative,
    /// basicConstraints with a pathLenConstraint but not a CA (RFC 5280 §4.2.1.9).
    PathLenWithoutCa,
    /// A certificate policy's user notice in a string type other than UTF8String.
    NoticeStringType,
    /// A certificate policy's user notice longer than 200 characters (RFC 5280 §4.2.1.4).
    NoticeTooLong { chars: usize },
    /// A CRL distribution point without a name to fetch the CRL from.
    CrlDistributionPointWithoutName,
    /// issuerUniqueID / subjectUniqueID (RFC 5280 §4.1.2.8: CAs MUST NOT; never in v1).
    UniqueIdentifiers,
    /// An extension Shomei cannot decode, by OID.
    ExtensionUnreadable { oid: String },
    /// An RSA key whose algorithm lacks its NULL parameters (RFC 3279 §2.3.1).
    RsaParametersMissing,
    /// An RSA key whose numbers are not in DER's minimal positive form (a modulus without its
    /// leading zero byte reads as negative).
    KeyEncoding,
    /// An EC key whose point does not fit the curve its OID names (`curve`).
    CurveMismatch { curve: &'static str },
    /// A serial number that is zero or negative (RFC 5280 §4.1.2.2).
    SerialNotPositive,
    /// Some part is not encoded the way DER requires (the strict reader refused it, and no
    /// rule above names why).
    NotStrictDer,
}

/// A certificate read for inspection and the rules it breaks. `None` when `der` is not a
/// certificate at all (its outer structure does not parse).
pub fn read(der: &[u8]) -> Option<(Cert, Vec<Quirk>)> {
    let tbs = outer(der);
    let mut found = tbs.as_ref().map(quirks).unwrap_or_default();
    let cert = match Cert::parse(der) {
        // (Whatever the strict reader takes is shown, even in the unlikely case that the TLV
        // walk above cannot follow it.)
        Some(c) => c,
        None => {
            let c = lenient_cert(tbs.as_ref()?, &mut found)?;
            if found.is_empty() {
                found.push(Quirk::NotStrictDer);
            }
            c
        }
    };
    Some((cert, found))
}

/// Whether `der` has the outer shape of a certificate (for telling a quirky certificate from
/// a file that is something else).
pub fn is_certificate(der: &[u8]) -> bool {
    outer(der).is_some()
}

/// The rules a certificate the strict reader refuses breaks; empty when it is not a
/// certificate at all or none is named (import then says it is damaged).
pub fn refusal_reasons(der: &[u8]) -> Vec<Quirk> {
    outer(der).map(|t| quirks(&t)).unwrap_or_default()
}

/// The issuer's and the subject's raw DER (whole: x509-parser's `X509Name::as_raw` ends where
/// its parse stopped, e.g. at an empty RDN).
pub(crate) fn name_fields(der: &[u8]) -> Option<(&[u8], &[u8])> {
    outer(der).map(|t| (t.issuer, t.subject))
}

/// The TBSCertificate's fields, each still raw (`(bytes incl. header, decoded TLV)`).
struct Tbs<'a> {
    der: &'a [u8],
    tbs_raw: &'a [u8],
    sig_alg: &'a [u8],
    signature: &'a [u8],
    serial: Any<'a>,
    issuer: &'a [u8],
    validity: [Any<'a>; 2],
    subject: &'a [u8],
    spki: &'a [u8],
    unique_ids: bool,
    extensions: Vec<&'a [u8]>,
}

/// The TLVs a constructed value holds, each with its raw bytes; `None` when they do not parse
/// to the end.
fn elements(mut data: &[u8]) -> Option<Vec<(&[u8], Any<'_>)>> {
    let mut out = Vec::new();
    while !data.is_empty() {
        let (rest, any) = Any::from_der(data).ok()?;
        let raw = &data[..data.len() - rest.len()];
        out.push((raw, any));
        data = rest;
    }
    Some(out)
}

fn is(any: &Any<'_>, tag: Tag) -> bool {
    any.class() == Class::Universal && any.tag() == tag
}

/// A field that must be a SEQUENCE.
fn seq<'a>(f: Option<(&'a [u8], Any<'a>)>) -> Option<(&'a [u8], Any<'a>)> {
    f.filter(|(_, a)| is(a, Tag::Sequence))
}

fn is_ctx(any: &Any<'_>, n: u32) -> bool {
    any.class() == Class::ContextSpecific && any.tag() == Tag(n)
}

/// Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue }, and the
/// TBSCertificate's fields in their order (RFC 5280 §4.1) — each field's inside unread.
fn outer(der: &[u8]) -> Option<Tbs<'_>> {
    let (rest, cert) = Any::from_der(der).ok()?;
    if !rest.is_empty() || !is(&cert, Tag::Sequence) {
        return None;
    }
    let top = elements(cert.data)?;
    let [(tbs_raw, tbs), (sig_alg, alg), (_, sig)] = top.as_slice() else {
        return None;
    };
    if !is(tbs, Tag::Sequence) || !is(alg, Tag::Sequence) || !is(sig, Tag::BitString) {
        return None;
    }
    let fields = elements(tbs.data)?;
    let mut it = fields.into_iter().peekable();
    if it.peek().is_some_and(|(_, a)| is_ctx(a, 0)) {
        it.next();
    }
    let (_, serial) = it.next().filter(|(_, a)| is(a, Tag::Integer))?;
    let (inner_alg, _) = seq(it.next())?;
    let (issuer, _) = seq(it.next())?;
    let (_, validity) = seq(it.next())?;
    let (subject, _) = seq(it.next())?;
    let (spki, _) = seq(it.next())?;
    // An AlgorithmIdentifier starts with its OID (a CSR's CertificationRequestInfo, the one
    // structure shaped alike, has a Name there).
    let (_, alg_inner) = Any::from_der(inner_alg).ok()?;
    if !elements(alg_inner.data)?
        .first()
        .is_some_and(|(_, a)| is(a, Tag::Oid))
    {
        return None;
    }
    let times = elements(validity.data)?;
    let [(_, nb), (_, na)] = times.as_slice() else {
        return None;
    };
    let mut unique_ids = false;
    let mut extensions = Vec::new();
    for (_, a) in it {
        if is_ctx(&a, 1) || is_ctx(&a, 2) {
            unique_ids = true;
        } else if is_ctx(&a, 3) && extensions.is_empty() {
            let (rest, list) = Any::from_der(a.data).ok()?;
            if !rest.is_empty() || !is(&list, Tag::Sequence) {
                return None;
            }
            extensions = elements(list.data)?.into_iter().map(|(r, _)| r).collect();
        } else {
            return None;
        }
    }
    let signature = sig.data.get(1..).unwrap_or_default();
    Some(Tbs {
        der,
        tbs_raw,
        sig_alg,
        signature,
        serial,
        issuer,
        validity: [nb.clone(), na.clone()],
        subject,
        spki,
        unique_ids,
        extensions,
    })
}

/// The certificates of a PKCS#7 SignedData (its DER), each as its raw TLV, found by walking
/// the structure (RFC 5652 §5.1: SignedData ::= SEQUENCE { version, digestAlgorithms SET,
/// encapContentInfo, certificates [0] IMPLICIT OPTIONAL, … }) without decoding them — for a
/// SignedData whose strict decoding fails on a certificate that breaks a rule. Only entries
/// shaped as certificates are returned; `None` when the structure does not parse.
pub fn pkcs7_certificates(signed_data: &[u8]) -> Option<Vec<&[u8]>> {
    let (rest, sd) = Any::from_der(signed_data).ok()?;
    if !rest.is_empty() || !is(&sd, Tag::Sequence) {
        return None;
    }
    let fields = elements(sd.data)?;
    let Some((_, certs)) = fields.iter().find(|(_, a)| is_ctx(a, 0)) else {
        return Some(Vec::new());
    };
    Some(
        elements(certs.data)?
            .into_iter()
            .map(|(raw, _)| raw)
            .filter(|raw| is_certificate(raw))
            .collect(),
    )
}

/// A certificate decoded field by field, for what the strict reader refused.
fn lenient_cert(t: &Tbs<'_>, found: &mut Vec<Quirk>) -> Option<Cert> {
    let (_, spki) = SubjectPublicKeyInfo::from_der(t.spki).ok()?;
    let sig_oid = AlgorithmIdentifier::from_der(t.sig_alg)
        .map(|(_, a)| a.algorithm.to_id_string())
        .unwrap_or_default();
    let mut extensions = Vec::new();
    for raw in &t.extensions {
        match X509Extension::from_der(raw) {
            Ok((_, e)) => extensions.push(e),
            Err(_) => push(found, Quirk::ExtensionUnreadable { oid: ext_oid(raw) }),
        }
    }
    Some(Cert::build(&Parts {
        der: t.der,
        tbs: t.tbs_raw,
        sig_oid,
        signature: t.signature,
        serial: t.serial.data,
        subject_raw: t.subject,
        issuer_raw: t.issuer,
        not_before: time_of(&t.validity[0]).map(|t| t.0),
        not_after: time_of(&t.validity[1]).map(|t| t.0),
        spki: &spki,
        extensions: &extensions,
    }))
}

fn ext_oid(raw: &[u8]) -> String {
    Any::from_der(raw)
        .ok()
        .and_then(|(_, e)| elements(e.data))
        .and_then(|v| v.first().and_then(|(_, a)| a.clone().oid().ok()))
        .map_or_else(|| "?".to_owned(), |o| o.to_id_string())
}

fn push(found: &mut Vec<Quirk>, q: Quirk) {
    if !found.contains(&q) {
        found.push(q);
    }
}

/// How a time was written, beyond its value.
#[derive(Default)]
struct TimeForm {
    seconds: bool,
    fraction: bool,
    zulu: bool,
}

/// A UTCTime or GeneralizedTime as OpenSSL reads it (`ossl_asn1_time_to_tm`): the date, the
/// hour and minute, optional seconds, optional fractional seconds (GeneralizedTime only), then
/// `Z` or an offset `±hhmm`. Returns Unix seconds (fractions dropped) and the form.
fn time_of(any: &Any<'_>) -> Option<(i64, TimeForm)> {
    let generalized = match any.tag() {
        Tag::UtcTime => false,
        Tag::GeneralizedTime => true,
        _ => return None,
    };
    if any.class() != Class::Universal {
        return None;
    }
    let s = std::str::from_utf8(any.data).ok()?;
    let digits = |from: usize, n: usize| -> Option<i64> {
        let part = s.get(from..from + n)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (year, mut at) = if generalized {
        (digits(0, 4)?, 4)
    } else {
        let yy = digits(0, 2)?;
        (if yy < 50 { 2000 + yy } else { 1900 + yy }, 2)
    };
    let month = digits(at, 2)?;
    let day = digits(at + 2, 2)?;
    let hour = digits(at + 4, 2)?;
    let minute = digits(at + 6, 2)?;
    at += 8;
    let mut form = TimeForm::default();
    let mut second = 0;
    if let Some(sec) = digits(at, 2) {
        second = sec;
        form.seconds = true;
        at += 2;
        if generalized && s[at..].starts_with('.') {
            let frac = s[at + 1..].bytes().take_while(u8::is_ascii_digit).count();
            if frac == 0 {
                return None;
            }
            form.fraction = true;
            at += 1 + frac;
        }
    }
    let offset = match s.get(at..)? {
        "Z" => {
            form.zulu = true;
            0
        }
        rest if rest.len() == 5 && (rest.starts_with('+') || rest.starts_with('-')) => {
            let (h, m) = (digits(at + 1, 2)?, digits(at + 3, 2)?);
            if h > 12 || m > 59 {
                return None;
            }
            let v = h * 3600 + m * 60;
            if rest.starts_with('-') { -v } else { v }
        }
        _ => return None,
    };
    let month = ::time::Month::try_from(u8::try_from(month).ok()?).ok()?;
    let date =
        ::time::Date::from_calendar_date(i32::try_from(year).ok()?, month, day.try_into().ok()?)
            .ok()?;
    let t = date
        .with_hms(
            hour.try_into().ok()?,
            minute.try_into().ok()?,
            second.try_into().ok()?,
        )
        .ok()?
        .assume_utc()
        .unix_timestamp();
    Some((t - offset, form))
}

/// Every rule the certificate's fields break, each named once, in the order of the fields.
fn quirks(t: &Tbs<'_>) -> Vec<Quirk> {
    let mut found = Vec::new();
    let serial = t.serial.data;
    if serial.first().is_some_and(|b| b & 0x80 != 0) || serial.iter().all(|&b| b == 0) {
        push(&mut found, Quirk::SerialNotPositive);
    }
    for raw in [t.issuer, t.subject] {
        name_quirks(raw, &mut found);
    }
    for time in &t.validity {
        match time_of(time) {
            None => push(&mut found, Quirk::TimeUnreadable),
            Some((ts, form)) => {
                let year_2050 = 2_524_608_000; // 2050-01-01T00:00:00Z
                if time.tag() == Tag::GeneralizedTime && ts < year_2050 {
                    push(&mut found, Quirk::TimeGeneralizedBefore2050);
                }
                if !form.seconds {
                    push(&mut found, Quirk::TimeWithoutSeconds);
                }
                if form.fraction {
                    push(&mut found, Quirk::TimeFraction);
                }
                if !form.zulu {
                    push(&mut found, Quirk::TimeNotUtc);
                }
            }
        }
    }
    if let Ok((_, spki)) = SubjectPublicKeyInfo::from_der(t.spki) {
        let rsa = spki.algorithm.algorithm.to_id_string() == "1.2.840.113549.1.1.1";
        let null = spki
            .algorithm
            .parameters
            .as_ref()
            .is_some_and(|p| p.tag() == Tag::Null && p.data.is_empty());
        if rsa && !null {
            push(&mut found, Quirk::RsaParametersMissing);
        } else if rsa && canonical_spki(&spki) != spki.raw {
            push(&mut found, Quirk::KeyEncoding);
        }
        if let Some(curve) = crate::pki::keyinfo::curve_mismatch(&spki) {
            push(&mut found, Quirk::CurveMismatch { curve });
        }
    }
    if t.unique_ids {
        push(&mut found, Quirk::UniqueIdentifiers);
    }
    for raw in &t.extensions {
        extension_quirks(raw, &mut found);
    }
    found
}

/// Attribute types people meet in certificate names (the rest are "unknown").
fn known_attribute(oid: &str) -> bool {
    matches!(
        oid,
        "2.5.4.3"
            | "2.5.4.4"
            | "2.5.4.5"
            | "2.5.4.6"
            | "2.5.4.7"
            | "2.5.4.8"
            | "2.5.4.9"
            | "2.5.4.10"
            | "2.5.4.11"
            | "2.5.4.12"
            | "2.5.4.13"
            | "2.5.4.15"
            | "2.5.4.16"
            | "2.5.4.17"
            | "2.5.4.18"
            | "2.5.4.41"
            | "2.5.4.42"
            | "2.5.4.43"
            | "2.5.4.44"
            | "2.5.4.45"
            | "2.5.4.46"
            | "2.5.4.65"
            | "2.5.4.97"
            | "1.2.840.113549.1.9.1"
            | "1.2.840.113549.1.9.2"
            | "0.9.2342.19200300.100.1.1"
            | "0.9.2342.19200300.100.1.25"
            | "1.3.6.1.4.1.311.60.2.1.1"
            | "1.3.6.1.4.1.311.60.2.1.2"
            | "1.3.6.1.4.1.311.60.2.1.3"
    )
}

/// A Name's attributes in order, each RDN read by itself: an empty RDN is skipped, not the end
/// of the name (x509-parser's `X509Name` stops there and drops the rest; OpenSSL shows it all).
/// The flags: an RDN was empty; an attribute could not be decoded (it is left out).
fn attributes(raw: &[u8]) -> (Vec<AttributeTypeAndValue<'_>>, bool, bool) {
    let (mut out, mut empty, mut bad) = (Vec::new(), false, false);
    let Some(rdns) = Any::from_der(raw).ok().and_then(|(_, n)| elements(n.data)) else {
        return (out, empty, true);
    };
    for (_, rdn) in rdns {
        let Some(atvs) = elements(rdn.data) else {
            bad = true;
            continue;
        };
        empty |= atvs.is_empty();
        for (atv, _) in atvs {
            match AttributeTypeAndValue::from_der(atv) {
                Ok((_, a)) => out.push(a),
                Err(_) => bad = true,
            }
        }
    }
    (out, empty, bad)
}

/// The attributes of a Name (see [`attributes`]) as shown: short names, values as text.
pub fn name_entries_raw(raw: &[u8]) -> Vec<crate::pki::cert::fields::NameEntry> {
    attributes(raw)
        .0
        .iter()
        .map(|a| crate::pki::cert::fields::NameEntry {
            attr: crate::pki::cert::fields::attr_name(&a.attr_type().to_id_string()),
            value: crate::pki::text::clean(&crate::pki::cert::fields::attr_value_text(
                a.attr_value(),
            )),
        })
        .collect()
}

fn name_quirks(raw: &[u8], found: &mut Vec<Quirk>) {
    let (attrs, empty, bad) = attributes(raw);
    if empty {
        push(found, Quirk::NameEmptyPart);
    }
    if bad {
        push(found, Quirk::NameUnreadable);
    }
    for a in attrs {
        let oid = a.attr_type().to_id_string();
        if !known_attribute(&oid) {
            push(found, Quirk::UnknownAttribute { oid });
        } else if oid == "2.5.4.5" {
            // X520SerialNumber ::= PrintableString (SIZE (1..ub-serial-number)), ub = 64.
            let v = a.attr_value();
            if v.tag() != Tag::PrintableString || v.data.is_empty() || v.data.len() > 64 {
                push(found, Quirk::SerialNumberAttribute);
            }
        }
    }
}

/// The value (inside the OCTET STRING) and the criticality of an Extension's raw bytes.
fn extension_parts(raw: &[u8]) -> Option<(String, bool, &[u8])> {
    let (_, e) = Any::from_der(raw).ok()?;
    let parts = elements(e.data)?;
    let oid = parts.first()?.1.clone().oid().ok()?.to_id_string();
    let critical = parts.len() == 3 && parts[1].1.data.first().is_some_and(|&b| b != 0);
    let value = parts
        .last()
        .filter(|(_, a)| is(a, Tag::OctetString))?
        .1
        .data;
    Some((oid, critical, value))
}

fn extension_quirks(raw: &[u8], found: &mut Vec<Quirk>) {
    let Some((oid, critical, value)) = extension_parts(raw) else {
        push(found, Quirk::ExtensionUnreadable { oid: ext_oid(raw) });
        return;
    };
    let before = found.len();
    match oid.as_str() {
        "1.3.6.1.5.5.7.1.1" if critical => push(found, Quirk::CriticalAia),
        "1.3.6.1.5.5.7.1.11" if critical => push(found, Quirk::CriticalSia),
        "2.5.29.17" => san_quirks(value, found),
        "2.5.29.30" => name_constraints_quirks(value, found),
        "2.5.29.19" => basic_constraints_quirks(value, found),
        "2.5.29.32" => policy_quirks(value, found),
        "2.5.29.31" => crldp_quirks(value, found),
        _ => {}
    }
    // What x509-parser cannot decode and no rule above explains.
    if found.len() == before
        && let Ok((_, e)) = X509Extension::from_der(raw)
        && matches!(e.parsed_extension(), ParsedExtension::ParseError { .. })
    {
        push(found, Quirk::ExtensionUnreadable { oid });
    }
}

/// The `SEQUENCE OF` inside `value`, or nothing.
fn seq_of(value: &[u8]) -> Vec<Any<'_>> {
    match Any::from_der(value) {
        Ok((_, a)) if is(&a, Tag::Sequence) => elements(a.data)
            .map(|v| v.into_iter().map(|(_, a)| a).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// GeneralName kinds that must be IA5String: [1] rfc822Name, [2] dNSName, [6] URI.
fn ia5_kind(a: &Any<'_>) -> Option<&'static str> {
    if a.class() != Class::ContextSpecific || a.header.is_constructed() {
        return None;
    }
    match a.tag().0 {
        1 => Some("email"),
        2 => Some("DNS"),
        6 => Some("URI"),
        _ => None,
    }
}

fn san_quirks(value: &[u8], found: &mut Vec<Quirk>) {
    for g in seq_of(value) {
        let Some(kind) = ia5_kind(&g) else { continue };
        if g.data.is_empty() {
            push(found, Quirk::SanEmptyEntry);
        }
        if g.data.iter().any(|&b| b < 0x20 || b == 0x7f) {
            push(found, Quirk::SanControlByte);
        }
        if !g.data.is_ascii() {
            push(found, Quirk::SanNotAscii { kind });
        }
    }
}

/// The e-mail addresses and DNS names of a subjectAltName x509-parser cannot decode, as
/// OpenSSL prints them (the bytes as UTF-8, control characters escaped by `text::clean`).
pub fn san_names_raw(value: &[u8]) -> (Vec<String>, Vec<String>) {
    let (mut emails, mut dns) = (Vec::new(), Vec::new());
    for g in seq_of(value) {
        let text = || bytes_text(g.data);
        match ia5_kind(&g) {
            Some("email") => emails.push(text()),
            Some("DNS") => dns.push(text()),
            _ => {}
        }
    }
    (emails, dns)
}

/// Bytes as text: UTF-8 where they are, each byte that is not as `\xNN`, control characters
/// escaped by `text::clean` (OpenSSL prints such a name's raw bytes; a window cannot).
pub fn bytes_text(b: &[u8]) -> String {
    let mut out = String::new();
    for chunk in b.utf8_chunks() {
        out.push_str(&crate::pki::text::clean(chunk.valid()));
        for x in chunk.invalid() {
            out.push_str(&format!("\\x{x:02X}"));
        }
    }
    out
}

fn name_constraints_quirks(value: &[u8], found: &mut Vec<Quirk>) {
    let Ok((_, nc)) = Any::from_der(value) else {
        return;
    };
    for (_, subtrees) in elements(nc.data).unwrap_or_default() {
        let list = elements(subtrees.data).unwrap_or_default();
        if list.is_empty() {
            push(found, Quirk::NameConstraintsEmpty);
        }
        // GeneralSubtree ::= SEQUENCE { base, minimum [0] DEFAULT 0, maximum [1] OPTIONAL }
        for (_, subtree) in list {
            if elements(subtree.data).is_some_and(|v| v.len() > 1) {
                push(found, Quirk::NameConstraintsMinMax);
            }
        }
    }
}

fn basic_constraints_quirks(value: &[u8], found: &mut Vec<Quirk>) {
    let Ok((_, bc)) = Any::from_der(value) else {
        return;
    };
    let parts = elements(bc.data).unwrap_or_default();
    let ca = parts
        .iter()
        .any(|(_, a)| is(a, Tag::Boolean) && a.data.first().is_some_and(|&b| b != 0));
    if let Some((_, n)) = parts.iter().find(|(_, a)| is(a, Tag::Integer)) {
        if n.data.first().is_some_and(|b| b & 0x80 != 0) {
            push(found, Quirk::PathLenNegative);
        }
        if !ca {
            push(found, Quirk::PathLenWithoutCa);
        }
    }
}

fn policy_quirks(value: &[u8], found: &mut Vec<Quirk>) {
    // PolicyInformation ::= SEQUENCE { policyIdentifier, policyQualifiers SEQUENCE OF
    //   PolicyQualifierInfo ::= SEQUENCE { id, qualifier } } ; UserNotice ::= SEQUENCE {
    //   noticeRef SEQUENCE OPTIONAL, explicitText DisplayText OPTIONAL }
    for info in seq_of(value) {
        let parts = elements(info.data).unwrap_or_default();
        let Some((_, qualifiers)) = parts.get(1) else {
            continue;
        };
        for (_, q) in elements(qualifiers.data).unwrap_or_default() {
            let q = elements(q.data).unwrap_or_default();
            let is_notice = q
                .first()
                .and_then(|(_, a)| a.clone().oid().ok())
                .is_some_and(|o| o.to_id_string() == "1.3.6.1.5.5.7.2.2");
            let Some((_, notice)) = q.get(1).filter(|_| is_notice) else {
                continue;
            };
            for (_, text) in elements(notice.data).unwrap_or_default() {
                if is(&text, Tag::Sequence) {
                    continue; // noticeRef
                }
                if !is(&text, Tag::Utf8String) {
                    push(found, Quirk::NoticeStringType);
                }
                let chars = crate::pki::cert::fields::attr_value_text(&text)
                    .chars()
                    .count();
                if chars > 200 {
                    push(found, Quirk::NoticeTooLong { chars });
                }
            }
        }
    }
}

fn crldp_quirks(value: &[u8], found: &mut Vec<Quirk>) {
    // DistributionPoint ::= SEQUENCE { distributionPoint [0] DistributionPointName OPTIONAL,
    //   reasons [1] OPTIONAL, cRLIssuer [2] OPTIONAL }; DistributionPointName ::= CHOICE {
    //   fullName [0], nameRelativeToCRLIssuer [1] }
    for dp in seq_of(value) {
        let parts = elements(dp.data).unwrap_or_default();
        let full_name = parts.iter().any(|(_, a)| {
            is_ctx(a, 0)
                && Any::from_der(a.data).is_ok_and(|(_, n)| is_ctx(&n, 0) && !n.data.is_empty())
        });
        if !full_name {
            push(found, Quirk::CrlDistributionPointWithoutName);
        }
    }
}

/// The SubjectPublicKeyInfo as OpenSSL writes it out (`openssl x509 -pubkey`): an RSA key is
/// decoded to its numbers and encoded again — with the NULL parameters RFC 3279 §2.3.1 requires,
/// and each INTEGER in its minimal positive form — so a key written loosely (no NULL, a modulus
/// without its leading zero byte) hashes as OpenSSL states it; every other key is its own bytes.
pub fn canonical_spki(spki: &SubjectPublicKeyInfo<'_>) -> Vec<u8> {
    use pkcs8::der::Encode as _;
    use pkcs8::der::asn1::{AnyRef, BitStringRef, UintRef};
    use pkcs8::spki::{AlgorithmIdentifierRef, SubjectPublicKeyInfoRef};
    const RSA: &str = "1.2.840.113549.1.1.1";
    if spki.algorithm.algorithm.to_id_string() != RSA {
        return spki.raw.to_vec();
    }
    let Ok(x509_parser::public_key::PublicKey::RSA(k)) = spki.parsed() else {
        return spki.raw.to_vec();
    };
    let magnitude = |b: &[u8]| -> Vec<u8> {
        let start = b.iter().position(|&x| x != 0).unwrap_or(b.len());
        b[start..].to_vec()
    };
    let (n, e) = (magnitude(k.modulus), magnitude(k.exponent));
    let canonical = (|| {
        let pkcs1 = rsa::pkcs1::RsaPublicKey {
            modulus: UintRef::new(&n).ok()?,
            public_exponent: UintRef::new(&e).ok()?,
        }
        .to_der()
        .ok()?;
        SubjectPublicKeyInfoRef {
            algorithm: AlgorithmIdentifierRef {
                oid: pkcs8::ObjectIdentifier::new_unwrap(RSA),
                parameters: Some(AnyRef::NULL),
            },
            subject_public_key: BitStringRef::new(0, &pkcs1).ok()?,
        }
        .to_der()
        .ok()
    })();
    canonical.unwrap_or_else(|| spki.raw.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(tag: u8, s: &str) -> Option<i64> {
        let mut der = vec![tag, s.len() as u8];
        der.extend_from_slice(s.as_bytes());
        time_of(&Any::from_der(&der).ok()?.1).map(|x| x.0)
    }

    #[test]
    fn times_read_as_openssl_reads_them() {
        assert_eq!(t(0x17, "260101000000Z"), Some(1_767_225_600));
        assert_eq!(t(0x17, "2601010000Z"), Some(1_767_225_600));
        assert_eq!(t(0x17, "260101090000+0900"), Some(1_767_225_600));
        assert_eq!(t(0x18, "20260101000000.25Z"), Some(1_767_225_600));
        assert_eq!(t(0x18, "202601010000Z"), Some(1_767_225_600));
        // What OpenSSL calls "Bad time value".
        assert_eq!(t(0x17, "20361231235959Z"), None);
        assert_eq!(t(0x18, "20511231235959"), None);
        assert_eq!(t(0x18, "20261301000000Z"), None);
        assert_eq!(t(0x18, "2026010100000.Z"), None);
        assert_eq!(t(0x17, "26010100000+2500"), None);
        assert_eq!(t(0x17, ""), None);
    }

    #[test]
    fn not_a_certificate_is_none() {
        for bytes in [
            &b""[..],
            b"\x30\x00",
            b"\x30\x03\x02\x01\x00",
            b"\x30\x82\xff\xff",
        ] {
            assert!(read(bytes).is_none());
        }
    }
}
