//! BER → DER for the containers other programs write with indefinite lengths and segmented
//! OCTET STRINGs (NSS's .p12, Windows' and Java's .p7b). The `der`/`cms`/`pkcs12` crates
//! decode DER only, so such a file is first re-encoded: every element is parsed by `asn1-rs`'s
//! BER parser (the one x509-parser is built on; it bounds the nesting depth) and written back
//! with definite lengths by its DER header encoder; a constructed OCTET STRING becomes one
//! primitive OCTET STRING holding its segments' bytes in order. Contents are never
//! reinterpreted, so what a MAC or a signature covers is unchanged. DER input comes out as it
//! went in.

use x509_parser::der_parser::asn1_rs::{Any, Class, FromBer, Header, Length, Tag, ToDer};

/// The deepest nesting accepted (PKCS#12 needs about 12).
const MAX_DEPTH: usize = 40;

fn encode(class: Class, constructed: bool, tag: Tag, data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Header::new(class, constructed, tag, Length::Definite(data.len()))
        .to_der_vec()
        .ok()?;
    out.extend_from_slice(data);
    Some(out)
}

fn children(data: &[u8]) -> Option<Vec<Any<'_>>> {
    let mut rest = data;
    let mut out = Vec::new();
    while !rest.is_empty() {
        let (r, a) = Any::from_ber(rest).ok()?;
        out.push(a);
        rest = r;
    }
    Some(out)
}

/// The bytes of a (possibly segmented) OCTET STRING's content.
fn octets(a: &Any<'_>, depth: usize) -> Option<Vec<u8>> {
    if depth > MAX_DEPTH {
        return None;
    }
    if !a.header.is_constructed() {
        return Some(a.data.to_vec());
    }
    let mut out = Vec::new();
    for c in children(a.data)? {
        if c.tag() != Tag::OctetString {
            return None;
        }
        out.extend(octets(&c, depth + 1)?);
    }
    Some(out)
}

fn element(a: &Any<'_>, depth: usize) -> Option<Vec<u8>> {
    if depth > MAX_DEPTH {
        return None;
    }
    let h = &a.header;
    if !h.is_constructed() {
        return encode(h.class(), false, h.tag(), a.data);
    }
    if h.class() == Class::Universal && h.tag() == Tag::OctetString {
        return encode(
            Class::Universal,
            false,
            Tag::OctetString,
            &octets(a, depth)?,
        );
    }
    let kids = children(a.data)?;
    // CMS EncryptedContentInfo { contentType OID, algorithm SEQUENCE, [0] IMPLICIT OCTET STRING }:
    // its third element is an OCTET STRING under an implicit tag, segmented like any other.
    let encrypted_content_info = h.class() == Class::Universal
        && h.tag() == Tag::Sequence
        && kids.len() == 3
        && kids[0].tag() == Tag::Oid
        && kids[1].tag() == Tag::Sequence;
    let mut content = Vec::new();
    for (i, k) in kids.iter().enumerate() {
        let implicit_octets = encrypted_content_info
            && i == 2
            && k.class() == Class::ContextSpecific
            && k.tag() == Tag(0)
            && k.header.is_constructed()
            && children(k.data)?
                .iter()
                .all(|g| g.class() == Class::Universal && g.tag() == Tag::OctetString);
        if implicit_octets {
            let mut bytes = Vec::new();
            for g in children(k.data)? {
                bytes.extend(octets(&g, depth + 2)?);
            }
            content.extend(encode(Class::ContextSpecific, false, Tag(0), &bytes)?);
        } else {
            content.extend(element(k, depth + 1)?);
        }
    }
    encode(h.class(), true, h.tag(), &content)
}

/// `bytes` (one element, BER or DER) re-encoded as DER lengths; `None` if it is not BER at all
/// or nests too deep.
pub fn to_der(bytes: &[u8]) -> Option<Vec<u8>> {
    let (rest, a) = Any::from_ber(bytes).ok()?;
    if !rest.is_empty() {
        return None;
    }
    element(&a, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indefinite_lengths_and_segments_become_der() {
        // SEQUENCE (indefinite) { OCTET STRING (constructed, indefinite) { "ab", "c" }, INTEGER 5 }
        let ber = [
            0x30, 0x80, 0x24, 0x80, 0x04, 0x02, b'a', b'b', 0x04, 0x01, b'c', 0x00, 0x00, 0x02,
            0x01, 0x05, 0x00, 0x00,
        ];
        let der = to_der(&ber).unwrap();
        assert_eq!(
            der,
            [0x30, 0x08, 0x04, 0x03, b'a', b'b', b'c', 0x02, 0x01, 0x05]
        );
        // DER stays as it is.
        assert_eq!(to_der(&der).unwrap(), der);
        // Garbage and endless nesting are refused, not panicked on.
        assert!(to_der(&[0x30, 0x80, 0x30, 0x80]).is_none());
        let deep: Vec<u8> = std::iter::repeat_n([0x30u8, 0x80], 200).flatten().collect();
        assert!(to_der(&deep).is_none());
    }
}
