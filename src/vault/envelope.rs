//! The versioned AEAD envelope a private key is kept in: AES-256-GCM under the vault's master key,
//! with a fresh 96-bit nonce per write and the associated data binding it to its vault and
//! request, so an envelope moved to another request no longer opens.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use rand_core::{OsRng, RngCore};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// The only envelope version so far.
pub const ENVELOPE_V1: u32 = 1;
const ALG: &str = "AES-256-GCM";

/// A 256-bit master key, wiped on drop.
pub struct MasterKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey(..)")
    }
}

impl MasterKey {
    pub fn random() -> MasterKey {
        let mut k = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(k.as_mut());
        MasterKey(k)
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<MasterKey> {
        let arr: [u8; 32] = bytes.try_into().ok()?;
        Some(MasterKey(Zeroizing::new(arr)))
    }

    pub fn from_array(arr: Zeroizing<[u8; 32]>) -> MasterKey {
        MasterKey(arr)
    }

    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

/// An encrypted blob as stored in JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    pub v: u32,
    pub alg: String,
    pub nonce: String,
    pub ct: String,
}

/// Why an envelope did not open.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EnvelopeError {
    #[error("unsupported envelope version or algorithm")]
    Unsupported,
    #[error("the envelope is damaged or belongs elsewhere")]
    Damaged,
    #[error("wrong key or tampered data")]
    Authentication,
}

/// Encrypts `plain` under `key`, bound to `aad`.
pub fn seal(key: &MasterKey, aad: &[u8], plain: &[u8]) -> Envelope {
    let cipher = Aes256Gcm::new(key.bytes().into());
    let mut nonce = [0u8; 12];
    OsRng.fill_bytes(&mut nonce);
    let ct = cipher
        .encrypt(&Nonce::from(nonce), Payload { msg: plain, aad })
        // Encryption only fails for inputs beyond 64 GiB.
        .unwrap_or_default();
    Envelope {
        v: ENVELOPE_V1,
        alg: ALG.to_owned(),
        nonce: B64.encode(nonce),
        ct: B64.encode(ct),
    }
}

/// Decrypts an envelope made by [`seal`] with the same key and `aad`.
pub fn open(
    key: &MasterKey,
    aad: &[u8],
    env: &Envelope,
) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    if env.v != ENVELOPE_V1 || env.alg != ALG {
        return Err(EnvelopeError::Unsupported);
    }
    let nonce = B64.decode(&env.nonce).map_err(|_| EnvelopeError::Damaged)?;
    let ct = B64.decode(&env.ct).map_err(|_| EnvelopeError::Damaged)?;
    let nonce: [u8; 12] = nonce.try_into().map_err(|_| EnvelopeError::Damaged)?;
    let cipher = Aes256Gcm::new(key.bytes().into());
    cipher
        .decrypt(&Nonce::from(nonce), Payload { msg: &ct, aad })
        .map(Zeroizing::new)
        .map_err(|_| EnvelopeError::Authentication)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_binding() {
        let k = MasterKey::random();
        let e = seal(&k, b"req-1", b"secret");
        assert_eq!(open(&k, b"req-1", &e).unwrap().as_slice(), b"secret");
        assert_eq!(open(&k, b"req-2", &e), Err(EnvelopeError::Authentication));
        assert_eq!(
            open(&MasterKey::random(), b"req-1", &e),
            Err(EnvelopeError::Authentication)
        );
        let mut bad = e.clone();
        bad.v = 2;
        assert_eq!(open(&k, b"req-1", &bad), Err(EnvelopeError::Unsupported));
        assert!(!e.ct.contains("secret"));
    }

    #[test]
    fn nonces_differ() {
        let k = MasterKey::random();
        assert_ne!(seal(&k, b"a", b"x").nonce, seal(&k, b"a", b"x").nonce);
    }
}
