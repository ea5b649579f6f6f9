//! Signature checks over already-parsed structures (CSRs now, certificate chains on import):
//! RSA PKCS#1 v1.5 and ECDSA P-256/P-384 with SHA-2, by the RustCrypto crates.

use pkcs8::DecodePublicKey;
use signature::Verifier;

/// OIDs of the signature algorithms we can check.
pub mod oid {
    pub const SHA1_RSA: &str = "1.2.840.113549.1.1.5";
    pub const SHA224_RSA: &str = "1.2.840.113549.1.1.14";
    pub const ECDSA_SHA1: &str = "1.2.840.10045.4.1";
    pub const ECDSA_SHA224: &str = "1.2.840.10045.4.3.1";
    pub const SHA256_RSA: &str = "1.2.840.113549.1.1.11";
    pub const SHA384_RSA: &str = "1.2.840.113549.1.1.12";
    pub const SHA512_RSA: &str = "1.2.840.113549.1.1.13";
    pub const ECDSA_SHA256: &str = "1.2.840.10045.4.3.2";
    pub const ECDSA_SHA384: &str = "1.2.840.10045.4.3.3";
    pub const ECDSA_SHA512: &str = "1.2.840.10045.4.3.4";
}

/// The name OpenSSL prints for a signature algorithm OID.
pub fn signature_name(oid: &str) -> &str {
    match oid {
        oid::SHA1_RSA => "sha1WithRSAEncryption",
        oid::SHA224_RSA => "sha224WithRSAEncryption",
        oid::ECDSA_SHA1 => "ecdsa-with-SHA1",
        oid::ECDSA_SHA224 => "ecdsa-with-SHA224",
        oid::SHA256_RSA => "sha256WithRSAEncryption",
        oid::SHA384_RSA => "sha384WithRSAEncryption",
        oid::SHA512_RSA => "sha512WithRSAEncryption",
        oid::ECDSA_SHA256 => "ecdsa-with-SHA256",
        oid::ECDSA_SHA384 => "ecdsa-with-SHA384",
        oid::ECDSA_SHA512 => "ecdsa-with-SHA512",
        other => other,
    }
}

/// Whether the algorithm hashes with SHA-1: a signature that still verifies, but is weak.
pub fn is_sha1(sig_oid: &str) -> bool {
    matches!(sig_oid, oid::SHA1_RSA | oid::ECDSA_SHA1)
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum VerifyError {
    #[error("signature algorithm {0} is not supported")]
    Unsupported(String),
    #[error("the public key could not be read")]
    BadKey,
    #[error("the signature does not verify")]
    Invalid,
}

/// Verifies `sig` over `msg` with the key in `spki_der` under the algorithm `sig_oid`.
pub fn verify(spki_der: &[u8], sig_oid: &str, msg: &[u8], sig: &[u8]) -> Result<(), VerifyError> {
    use rsa::pkcs1v15::{Signature as RsaSig, VerifyingKey};
    let rsa_key =
        || rsa::RsaPublicKey::from_public_key_der(spki_der).map_err(|_| VerifyError::BadKey);
    let rsa_sig = || RsaSig::try_from(sig).map_err(|_| VerifyError::Invalid);
    let ok = match sig_oid {
        // Weak is not invalid: SHA-1 signatures are checked, and flagged by the caller.
        oid::SHA1_RSA => VerifyingKey::<sha1_010::Sha1>::new(rsa_key()?)
            .verify(msg, &rsa_sig()?)
            .is_ok(),
        oid::SHA224_RSA => VerifyingKey::<sha2::Sha224>::new(rsa_key()?)
            .verify(msg, &rsa_sig()?)
            .is_ok(),
        oid::SHA256_RSA => VerifyingKey::<sha2::Sha256>::new(rsa_key()?)
            .verify(msg, &rsa_sig()?)
            .is_ok(),
        oid::SHA384_RSA => VerifyingKey::<sha2::Sha384>::new(rsa_key()?)
            .verify(msg, &rsa_sig()?)
            .is_ok(),
        oid::SHA512_RSA => VerifyingKey::<sha2::Sha512>::new(rsa_key()?)
            .verify(msg, &rsa_sig()?)
            .is_ok(),
        oid::ECDSA_SHA1
        | oid::ECDSA_SHA224
        | oid::ECDSA_SHA256
        | oid::ECDSA_SHA384
        | oid::ECDSA_SHA512 => verify_ecdsa(spki_der, sig_oid, msg, sig)?,
        other => return Err(VerifyError::Unsupported(signature_name(other).to_owned())),
    };
    if ok {
        Ok(())
    } else {
        Err(VerifyError::Invalid)
    }
}

fn verify_ecdsa(
    spki_der: &[u8],
    sig_oid: &str,
    msg: &[u8],
    sig: &[u8],
) -> Result<bool, VerifyError> {
    use sha2::Digest;
    use signature::hazmat::PrehashVerifier;
    let digest: Vec<u8> = match sig_oid {
        oid::ECDSA_SHA1 => sha1_010::Sha1::digest(msg).to_vec(),
        oid::ECDSA_SHA224 => sha2::Sha224::digest(msg).to_vec(),
        oid::ECDSA_SHA256 => sha2::Sha256::digest(msg).to_vec(),
        oid::ECDSA_SHA384 => sha2::Sha384::digest(msg).to_vec(),
        _ => sha2::Sha512::digest(msg).to_vec(),
    };
    if let Ok(k) = p256::ecdsa::VerifyingKey::from_public_key_der(spki_der) {
        let s = p256::ecdsa::Signature::from_der(sig).map_err(|_| VerifyError::Invalid)?;
        return Ok(k.verify_prehash(&digest, &s).is_ok());
    }
    if let Ok(k) = p384::ecdsa::VerifyingKey::from_public_key_der(spki_der) {
        let s = p384::ecdsa::Signature::from_der(sig).map_err(|_| VerifyError::Invalid)?;
        return Ok(k.verify_prehash(&digest, &s).is_ok());
    }
    Err(VerifyError::BadKey)
}
