//! What a key is, as OpenSSL counts it: the algorithm and its size in bits from a certificate's
//! or CSR's SubjectPublicKeyInfo (RSA, RSA-PSS, DSA, ECDSA on the named curves people meet,
//! Ed25519/Ed448, X25519/X448, GOST), and from a private key found in a .p12 — with its public
//! half when Shomei can derive it (RSA, P-256, P-384), to tell which certificate it belongs to.

use x509_parser::prelude::*;

/// Bits of a DER INTEGER's magnitude.
fn integer_bits(der: &[u8]) -> usize {
    let Ok((_, o)) = x509_parser::der_parser::der::parse_der_integer(der) else {
        return 0;
    };
    let Ok(b) = o.as_slice() else {
        return 0;
    };
    let b: &[u8] = match b.iter().position(|&x| x != 0) {
        Some(i) => &b[i..],
        None => return 0,
    };
    b.len() * 8 - b[0].leading_zeros() as usize
}

/// Key description from a SubjectPublicKeyInfo: the algorithm and its size in bits, as OpenSSL
/// counts them (RSA and DSA: the modulus / prime p; EC: the curve's order size).
pub fn key_description(spki: &SubjectPublicKeyInfo<'_>) -> (String, usize) {
    let alg = spki.algorithm.algorithm.to_id_string();
    match alg.as_str() {
        "1.3.101.112" => return ("Ed25519".to_owned(), 256),
        "1.3.101.113" => return ("Ed448".to_owned(), 456),
        "1.3.101.110" => return ("X25519".to_owned(), 253),
        "1.3.101.111" => return ("X448".to_owned(), 448),
        "1.2.840.113549.1.1.10" => {
            // RSASSA-PSS keys: an RSAPublicKey like any RSA key.
            use rsa::pkcs1::DecodeRsaPublicKey as _;
            use rsa::traits::PublicKeyParts as _;
            let bits = rsa::RsaPublicKey::from_pkcs1_der(&spki.subject_public_key.data)
                .map_or(0, |k| k.n().bits());
            return (format!("RSA-PSS {bits}"), bits);
        }
        "1.2.643.2.2.19" => return ("GOST R 34.10-2001".to_owned(), 0),
        "1.2.643.7.1.1.1.1" => return ("GOST R 34.10-2012 256".to_owned(), 0),
        "1.2.643.7.1.1.1.2" => return ("GOST R 34.10-2012 512".to_owned(), 0),
        "1.2.840.10040.4.1" => {
            let bits = spki
                .algorithm
                .parameters
                .as_ref()
                .map_or(0, |p| integer_bits(p.data));
            return (format!("DSA {bits}"), bits);
        }
        _ => {}
    }
    match spki.parsed() {
        Ok(x509_parser::public_key::PublicKey::RSA(k)) => {
            let bits = integer_bits_raw(k.modulus);
            (format!("RSA {bits}"), bits)
        }
        Ok(x509_parser::public_key::PublicKey::EC(point)) => {
            let curve = spki
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.as_oid().ok())
                .map(|o| o.to_id_string());
            match curve.as_deref().and_then(named_curve) {
                // A point that cannot lie on the curve named (a P-256 point labelled P-384):
                // no size is claimed, as OpenSSL claims none ("Unable to load Public Key").
                Some((_, bits)) if !point_fits(point.data(), bits) => ("ECDSA".to_owned(), 0),
                Some((name, bits)) => (format!("ECDSA {name}"), bits),
                None => {
                    // An unnamed curve: the size of the point's coordinates.
                    let data = point.data();
                    let bits = if data.first() == Some(&4) {
                        (data.len().saturating_sub(1) / 2) * 8
                    } else {
                        data.len().saturating_sub(1) * 8
                    };
                    (format!("ECDSA {bits}"), bits)
                }
            }
        }
        _ => (alg, 0),
    }
}

/// Whether an encoded EC point (SEC 1: 04‖X‖Y uncompressed, 02/03‖X compressed) has the
/// length a point on a `bits`-bit curve has.
fn point_fits(point: &[u8], bits: usize) -> bool {
    let n = bits.div_ceil(8);
    match point.first() {
        Some(4) => point.len() == 1 + 2 * n,
        Some(2 | 3) => point.len() == 1 + n,
        _ => false,
    }
}

/// The named curve of an EC key whose point does not fit it, e.g. `P-384` for a P-256 point
/// labelled with P-384's OID; `None` for every other key.
pub fn curve_mismatch(spki: &SubjectPublicKeyInfo<'_>) -> Option<&'static str> {
    if spki.algorithm.algorithm.to_id_string() != "1.2.840.10045.2.1" {
        return None;
    }
    let oid = spki
        .algorithm
        .parameters
        .as_ref()?
        .as_oid()
        .ok()?
        .to_id_string();
    let (name, bits) = named_curve(&oid)?;
    (!point_fits(&spki.subject_public_key.data, bits)).then_some(name)
}

/// The curves people meet, by OID: name and size in bits.
fn named_curve(oid: &str) -> Option<(&'static str, usize)> {
    Some(match oid {
        "1.2.840.10045.3.1.7" => ("P-256", 256),
        "1.3.132.0.34" => ("P-384", 384),
        "1.3.132.0.35" => ("P-521", 521),
        "1.2.840.10045.3.1.1" => ("P-192", 192),
        "1.3.132.0.33" => ("P-224", 224),
        "1.3.132.0.10" => ("secp256k1", 256),
        "1.3.36.3.3.2.8.1.1.7" => ("brainpoolP256r1", 256),
        "1.3.36.3.3.2.8.1.1.11" => ("brainpoolP384r1", 384),
        "1.3.36.3.3.2.8.1.1.13" => ("brainpoolP512r1", 512),
        _ => return None,
    })
}

/// What a private key (PKCS#8 DER, e.g. from a .p12) is, and its public key's SPKI DER when
/// Shomei can derive it (RSA, P-256, P-384) — to tell which certificate it belongs to.
pub fn private_key_facts(pkcs8: &[u8]) -> (String, usize, Option<Vec<u8>>) {
    use pkcs8::der::{Decode as _, Encode as _};
    use pkcs8::{DecodePrivateKey as _, EncodePublicKey as _};
    let spki: Option<Vec<u8>> = if let Ok(k) = rsa::RsaPrivateKey::from_pkcs8_der(pkcs8) {
        k.to_public_key()
            .to_public_key_der()
            .ok()
            .map(|d| d.into_vec())
    } else if let Ok(k) = p256::SecretKey::from_pkcs8_der(pkcs8) {
        k.public_key()
            .to_public_key_der()
            .ok()
            .map(|d| d.into_vec())
    } else if let Ok(k) = p384::SecretKey::from_pkcs8_der(pkcs8) {
        k.public_key()
            .to_public_key_der()
            .ok()
            .map(|d| d.into_vec())
    } else {
        None
    };
    if let Some(der) = &spki
        && let Ok((_, info)) = SubjectPublicKeyInfo::from_der(der)
    {
        let (d, bits) = key_description(&info);
        return (d, bits, spki);
    }
    let Ok(info) = pkcs8::PrivateKeyInfo::from_der(pkcs8) else {
        return (String::new(), 0, None);
    };
    let oid = info.algorithm.oid.to_string();
    let params = info.algorithm.parameters.and_then(|p| p.to_der().ok());
    let (d, bits) = match oid.as_str() {
        "1.3.101.112" => ("Ed25519".to_owned(), 256),
        "1.3.101.113" => ("Ed448".to_owned(), 456),
        "1.2.840.10040.4.1" => {
            // Dss-Parms ::= SEQUENCE { p, q, g }: the size is p's.
            let bits = params
                .as_deref()
                .and_then(|p| x509_parser::der_parser::der::parse_der_sequence(p).ok())
                .and_then(|(_, seq)| {
                    seq.as_sequence()
                        .ok()
                        .and_then(|v| v.first().and_then(|i| i.as_slice().ok()))
                        .map(integer_bits_raw)
                })
                .unwrap_or(0);
            (format!("DSA {bits}"), bits)
        }
        "1.2.840.10045.2.1" => {
            let curve = params
                .as_deref()
                .and_then(|p| pkcs8::ObjectIdentifier::from_der(p).ok())
                .map(|o| o.to_string());
            match curve.as_deref().and_then(named_curve) {
                Some((name, bits)) => (format!("ECDSA {name}"), bits),
                None => ("ECDSA".to_owned(), 0),
            }
        }
        other => (other.to_owned(), 0),
    };
    (d, bits, None)
}

/// Bits of an unsigned big-endian magnitude (leading zero bytes allowed).
fn integer_bits_raw(b: &[u8]) -> usize {
    match b.iter().position(|&x| x != 0) {
        Some(i) => (b.len() - i) * 8 - b[i].leading_zeros() as usize,
        None => 0,
    }
}
