//! The PKCS#12 MAC (RFC 7292 appendix B): the MAC key comes from the password through the
//! PKCS#12 KDF with the MAC's own digest, then HMAC over the authenticated safe. The writer makes
//! one and the reader checks one with the same derivation, so the two cannot drift apart.

use der08::asn1::ObjectIdentifier;
use hmac13::{KeyInit, Mac};
use pkcs12::kdf::{self, Pkcs12KeyType};
use zeroize::Zeroizing;

use super::{P12Error, oid};

/// Runs `$then` on an HMAC keyed for the digest `$oid`, with the data already fed in.
macro_rules! keyed {
    ($oid:expr, $bmp:expr, $salt:expr, $rounds:expr, $data:expr, |$m:ident| $then:expr) => {{
        macro_rules! with {
            ($h:ty, $n:expr) => {{
                let key = Zeroizing::new(kdf::derive_key::<$h>(
                    $bmp,
                    $salt,
                    Pkcs12KeyType::Mac,
                    $rounds,
                    $n,
                ));
                let mut $m = hmac13::Hmac::<$h>::new_from_slice(&key)
                    .map_err(|e| P12Error::Build(e.to_string()))?;
                $m.update($data);
                Ok($then)
            }};
        }
        match *$oid {
            oid::SHA1 => with!(sha1_011::Sha1, 20),
            oid::SHA224 => with!(sha2_011::Sha224, 28),
            oid::SHA256 => with!(sha2_011::Sha256, 32),
            oid::SHA384 => with!(sha2_011::Sha384, 48),
            oid::SHA512 => with!(sha2_011::Sha512, 64),
            _ => Err(P12Error::Unsupported),
        }
    }};
}

/// The MAC of `data` with the digest `digest`; `bmp` is the password as the KDF takes it
/// (`pbe::Pass::bmp`).
pub(super) fn make(
    digest: &ObjectIdentifier,
    bmp: &[u8],
    salt: &[u8],
    rounds: i32,
    data: &[u8],
) -> Result<Vec<u8>, P12Error> {
    keyed!(digest, bmp, salt, rounds, data, |m| m
        .finalize()
        .into_bytes()
        .to_vec())
}

/// Whether `expected` is the MAC of `data` (compared in constant time).
pub(super) fn matches(
    digest: &ObjectIdentifier,
    bmp: &[u8],
    salt: &[u8],
    rounds: i32,
    data: &[u8],
    expected: &[u8],
) -> Result<bool, P12Error> {
    keyed!(digest, bmp, salt, rounds, data, |m| m
        .verify_slice(expected)
        .is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_made_matches_and_nothing_else_does() {
        let bmp = super::super::pbe::Pass::new("Kq7#mv2P!rTz").unwrap().bmp;
        for digest in [oid::SHA1, oid::SHA256, oid::SHA512] {
            let tag = make(&digest, &bmp, b"salt", 3, b"data").unwrap();
            assert!(matches(&digest, &bmp, b"salt", 3, b"data", &tag).unwrap());
            assert!(!matches(&digest, &bmp, b"salt", 3, b"dat4", &tag).unwrap());
            assert!(!matches(&digest, &bmp, b"salt", 4, b"data", &tag).unwrap());
        }
        assert_eq!(
            make(&oid::PBES2, &bmp, b"s", 1, b"d"),
            Err(P12Error::Unsupported)
        );
    }
}
