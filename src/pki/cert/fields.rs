//! The fields certificates and CSRs share, decoded as OpenSSL shows them: name attributes
//! (every string type, binary values as `#` + hex), keyUsage and extKeyUsage by their RFC 5280
//! names, a subjectAltName's mailboxes and DNS names. Values that came from someone else's file
//! are cleaned for display (`pki::text`).

use serde::Serialize;
use x509_parser::prelude::*;

/// One subject attribute.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NameEntry {
    /// Short name (C, ST, L, O, OU, CN, emailAddress) or the OID.
    pub attr: String,
    pub value: String,
}

pub(crate) fn attr_name(oid: &str) -> String {
    match oid {
        "2.5.4.6" => "C",
        "2.5.4.8" => "ST",
        "2.5.4.7" => "L",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        "2.5.4.3" => "CN",
        "1.2.840.113549.1.9.1" => "emailAddress",
        other => other,
    }
    .to_owned()
}

/// Subject entries in order, values decoded whatever their string type, control characters
/// escaped (see `crate::text`).
pub fn name_entries(name: &X509Name<'_>) -> Vec<NameEntry> {
    name.iter_attributes()
        .map(|a| NameEntry {
            attr: attr_name(&a.attr_type().to_id_string()),
            value: crate::pki::text::clean(&attr_value_text(a.attr_value())),
        })
        .collect()
}

/// An attribute value as text: the string types decoded by their own rules (T61 as Latin-1,
/// BMP as UTF-16, Universal as UTF-32), anything else — binary values — as `#` and the hex of
/// its DER, the way RFC 4514 and OpenSSL write it.
pub fn attr_value_text(v: &x509_parser::der_parser::asn1_rs::Any<'_>) -> String {
    use x509_parser::der_parser::asn1_rs::{Tag, ToDer};
    let d = v.data;
    let text = match v.tag() {
        Tag::Utf8String
        | Tag::PrintableString
        | Tag::NumericString
        | Tag::Ia5String
        | Tag::VisibleString
        | Tag::GeneralString
        | Tag::GraphicString => std::str::from_utf8(d).ok().map(str::to_owned),
        Tag::T61String | Tag::VideotexString => Some(d.iter().map(|&b| char::from(b)).collect()),
        Tag::BmpString if d.len().is_multiple_of(2) => {
            let units: Vec<u16> = d
                .chunks_exact(2)
                .map(|c| u16::from_be_bytes([c[0], c[1]]))
                .collect();
            String::from_utf16(&units).ok()
        }
        Tag::UniversalString if d.len().is_multiple_of(4) => d
            .chunks_exact(4)
            .map(|c| char::from_u32(u32::from_be_bytes([c[0], c[1], c[2], c[3]])))
            .collect(),
        _ => None,
    };
    text.unwrap_or_else(|| {
        let der = v.to_der_vec().unwrap_or_else(|_| d.to_vec());
        format!(
            "#{}",
            der.iter().map(|b| format!("{b:02x}")).collect::<String>()
        )
    })
}

/// keyUsage bits by their RFC 5280 names.
pub fn key_usage_names(ku: &KeyUsage) -> Vec<String> {
    let mut v = Vec::new();
    let pairs = [
        (ku.digital_signature(), "digitalSignature"),
        (ku.non_repudiation(), "nonRepudiation"),
        (ku.key_encipherment(), "keyEncipherment"),
        (ku.data_encipherment(), "dataEncipherment"),
        (ku.key_agreement(), "keyAgreement"),
        (ku.key_cert_sign(), "keyCertSign"),
        (ku.crl_sign(), "cRLSign"),
    ];
    for (on, name) in pairs {
        if on {
            v.push(name.to_owned());
        }
    }
    v
}

/// extKeyUsage purposes by their RFC 5280 names (unknown ones as OIDs).
pub fn eku_names(eku: &ExtendedKeyUsage) -> Vec<String> {
    let mut v = Vec::new();
    for (on, n) in [
        (eku.server_auth, "serverAuth"),
        (eku.client_auth, "clientAuth"),
        (eku.email_protection, "emailProtection"),
        (eku.code_signing, "codeSigning"),
        (eku.any, "anyExtendedKeyUsage"),
    ] {
        if on {
            v.push(n.to_owned());
        }
    }
    for o in &eku.other {
        v.push(o.to_id_string());
    }
    v
}

/// The mailboxes and DNS names of a subjectAltName.
pub fn san_names(san: &SubjectAlternativeName<'_>) -> (Vec<String>, Vec<String>) {
    let (mut emails, mut dns) = (Vec::new(), Vec::new());
    for n in &san.general_names {
        match n {
            GeneralName::RFC822Name(e) => emails.push(crate::pki::text::clean(e)),
            GeneralName::DNSName(d) => dns.push(crate::pki::text::clean(d)),
            // Not UTF-8 (x509-parser keeps the bytes): shown as OpenSSL prints them, the bytes
            // that are not UTF-8 as \xNN (see `lenient::bytes_text`).
            GeneralName::Invalid(tag, b) if tag.0 == 1 => {
                emails.push(super::lenient::bytes_text(b));
            }
            GeneralName::Invalid(tag, b) if tag.0 == 2 => {
                dns.push(super::lenient::bytes_text(b));
            }
            _ => {}
        }
    }
    (emails, dns)
}

#[cfg(test)]
mod tests {
    use super::*;
    use x509_parser::der_parser::asn1_rs::{Any, FromDer};

    fn text(der: &[u8]) -> String {
        attr_value_text(&Any::from_der(der).unwrap().1)
    }

    #[test]
    fn attribute_values_are_text_or_hex_never_raw_bytes() {
        assert_eq!(text(&[0x0c, 0x02, b'O', b'K']), "OK");
        assert_eq!(text(&[0x1e, 0x04, 0x30, 0x6e, 0x00, b'A']), "のA"); // BMPString
        assert_eq!(text(&[0x14, 0x02, 0xe9, b'a']), "éa"); // T61String as Latin-1
        // A BIT STRING (x500UniqueIdentifier) and an OCTET STRING: `#` and their DER in hex.
        assert_eq!(text(&[0x03, 0x02, 0x00, 0xff]), "#030200ff");
        assert_eq!(text(&[0x04, 0x01, 0x07]), "#040107");
        // A UTF8String that is not UTF-8 is shown the same way.
        assert_eq!(text(&[0x0c, 0x01, 0xff]), "#0c01ff");
    }
}
