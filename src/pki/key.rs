//! Private keys: which kinds Shomei makes, how they are generated (cancellable, with progress, on
//! every core for RSA) and how they sign. A key leaves this module only as zeroizing PKCS#8 DER.
//!
//! RSA generation searches for the two primes itself so that it can stop between candidates
//! (cancel) and run several candidate searches at once; the primality test, the modulus and the
//! private exponent come from the `rsa`/`num-bigint-dig` crates, and the result is validated by
//! `rsa` before it is returned.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use num_bigint_dig::BigUint;
use pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey};
use rand_core::{CryptoRng, OsRng, RngCore};
use rsa::RsaPrivateKey;
use rsa::traits::PublicKeyParts;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

/// The key types Shomei offers: what DigiCert and the Japanese resellers accept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum KeySpec {
    #[serde(rename = "rsa2048")]
    Rsa2048,
    #[serde(rename = "rsa3072")]
    Rsa3072,
    #[serde(rename = "rsa4096")]
    Rsa4096,
    #[serde(rename = "p256")]
    EcP256,
    #[serde(rename = "p384")]
    EcP384,
}

impl KeySpec {
    pub const ALL: [KeySpec; 5] = [
        KeySpec::Rsa2048,
        KeySpec::Rsa3072,
        KeySpec::Rsa4096,
        KeySpec::EcP256,
        KeySpec::EcP384,
    ];

    /// The CLI/CSV spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            KeySpec::Rsa2048 => "rsa2048",
            KeySpec::Rsa3072 => "rsa3072",
            KeySpec::Rsa4096 => "rsa4096",
            KeySpec::EcP256 => "p256",
            KeySpec::EcP384 => "p384",
        }
    }

    /// How people name it (RSA 2048, ECDSA P-256).
    pub fn display(self) -> &'static str {
        match self {
            KeySpec::Rsa2048 => "RSA 2048",
            KeySpec::Rsa3072 => "RSA 3072",
            KeySpec::Rsa4096 => "RSA 4096",
            KeySpec::EcP256 => "ECDSA P-256",
            KeySpec::EcP384 => "ECDSA P-384",
        }
    }

    pub fn is_rsa(self) -> bool {
        matches!(self, KeySpec::Rsa2048 | KeySpec::Rsa3072 | KeySpec::Rsa4096)
    }

    /// Modulus length for RSA, curve size for ECDSA.
    pub fn bits(self) -> usize {
        match self {
            KeySpec::Rsa2048 => 2048,
            KeySpec::Rsa3072 => 3072,
            KeySpec::Rsa4096 => 4096,
            KeySpec::EcP256 => 256,
            KeySpec::EcP384 => 384,
        }
    }

    /// The hash a key signs with when the user does not choose: SHA-256, and SHA-384 for P-384.
    pub fn default_hash(self) -> HashAlg {
        match self {
            KeySpec::EcP384 => HashAlg::Sha384,
            _ => HashAlg::Sha256,
        }
    }

    /// Whether this key can sign with `hash` (ECDSA curves are paired with their hash).
    pub fn allows_hash(self, hash: HashAlg) -> bool {
        match self {
            KeySpec::EcP256 => hash == HashAlg::Sha256,
            KeySpec::EcP384 => hash == HashAlg::Sha384,
            _ => true,
        }
    }

    /// Parses the CLI/CSV spelling; weak or unknown keys are refused with a reason.
    pub fn parse(s: &str) -> Result<KeySpec, KeyError> {
        let norm: String = s
            .trim()
            .to_ascii_lowercase()
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .collect();
        match norm.as_str() {
            "rsa2048" | "rsa" | "2048" => Ok(KeySpec::Rsa2048),
            "rsa3072" | "3072" => Ok(KeySpec::Rsa3072),
            "rsa4096" | "4096" => Ok(KeySpec::Rsa4096),
            "p256" | "ecdsap256" | "ecp256" | "secp256r1" | "prime256v1" => Ok(KeySpec::EcP256),
            "p384" | "ecdsap384" | "ecp384" | "secp384r1" => Ok(KeySpec::EcP384),
            "rsa512" | "rsa768" | "rsa1024" | "1024" | "rsa1536" => Err(KeyError::TooWeak {
                value: s.trim().to_owned(),
            }),
            _ => Err(KeyError::Unknown {
                value: s.trim().to_owned(),
            }),
        }
    }
}

/// The signature hash of the CSR (署名ハッシュ).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HashAlg {
    Sha256,
    Sha384,
}

impl HashAlg {
    pub fn parse(s: &str) -> Result<HashAlg, KeyError> {
        match s.trim().to_ascii_lowercase().replace('-', "").as_str() {
            "sha256" => Ok(HashAlg::Sha256),
            "sha384" => Ok(HashAlg::Sha384),
            _ => Err(KeyError::UnknownHash {
                value: s.trim().to_owned(),
            }),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            HashAlg::Sha256 => "sha256",
            HashAlg::Sha384 => "sha384",
        }
    }

    /// The name on the CA's order page (署名ハッシュ), e.g. `sha256WithRSA`.
    pub fn ca_name(self, spec: KeySpec) -> &'static str {
        match (self, spec.is_rsa()) {
            (HashAlg::Sha256, true) => "sha256WithRSA",
            (HashAlg::Sha384, true) => "sha384WithRSA",
            (HashAlg::Sha256, false) => "ecdsa-with-SHA256",
            (HashAlg::Sha384, false) => "ecdsa-with-SHA384",
        }
    }
}

/// Why a key could not be chosen, made, read or used.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum KeyError {
    #[error("key type {value:?} is too weak")]
    TooWeak { value: String },
    #[error("unknown key type {value:?}")]
    Unknown { value: String },
    #[error("unknown hash {value:?}")]
    UnknownHash { value: String },
    #[error("key generation was cancelled")]
    Cancelled,
    #[error("key generation failed")]
    Generation,
    #[error("the private key could not be read")]
    Decode,
    #[error("signing failed")]
    Sign,
}

/// A private key as PKCS#8 DER, wiped from memory on drop. Its `Debug` never shows the key.
pub struct PrivateKey {
    spec: KeySpec,
    pkcs8: Zeroizing<Vec<u8>>,
}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PrivateKey")
            .field("spec", &self.spec)
            .finish_non_exhaustive()
    }
}

impl PrivateKey {
    pub fn spec(&self) -> KeySpec {
        self.spec
    }

    /// The PKCS#8 PrivateKeyInfo DER. Secret: keep it in zeroizing memory.
    pub fn pkcs8_der(&self) -> &Zeroizing<Vec<u8>> {
        &self.pkcs8
    }

    /// The key as an encrypted PKCS#8 PEM (PBES2: PBKDF2-HMAC-SHA256, 100,000 iterations,
    /// AES-256-CBC) under `passphrase`, for web servers that read key files.
    pub fn to_encrypted_pem(&self, passphrase: &str) -> Result<Zeroizing<String>, KeyError> {
        use pkcs8::der::Decode as _;
        use rand_core::RngCore as _;
        let info = pkcs8::PrivateKeyInfo::from_der(&self.pkcs8).map_err(|_| KeyError::Decode)?;
        let mut salt = [0u8; 16];
        let mut iv = [0u8; 16];
        rand_core::OsRng.fill_bytes(&mut salt);
        rand_core::OsRng.fill_bytes(&mut iv);
        let params = pkcs8::pkcs5::pbes2::Parameters::pbkdf2_sha256_aes256cbc(100_000, &salt, &iv)
            .map_err(|_| KeyError::Generation)?;
        let doc = info
            .encrypt_with_params(params, passphrase.as_bytes())
            .map_err(|_| KeyError::Generation)?;
        doc.to_pem("ENCRYPTED PRIVATE KEY", pkcs8::LineEnding::LF)
            .map_err(|_| KeyError::Generation)
    }

    /// Reads a PKCS#8 key of one of the supported kinds (from the vault or a test).
    pub fn from_pkcs8_der(der: &[u8]) -> Result<PrivateKey, KeyError> {
        if let Ok(k) = RsaPrivateKey::from_pkcs8_der(der) {
            let spec = match k.size() * 8 {
                2048 => KeySpec::Rsa2048,
                3072 => KeySpec::Rsa3072,
                4096 => KeySpec::Rsa4096,
                _ => return Err(KeyError::Decode),
            };
            return Ok(PrivateKey {
                spec,
                pkcs8: Zeroizing::new(der.to_vec()),
            });
        }
        if p256::SecretKey::from_pkcs8_der(der).is_ok() {
            return Ok(PrivateKey {
                spec: KeySpec::EcP256,
                pkcs8: Zeroizing::new(der.to_vec()),
            });
        }
        if p384::SecretKey::from_pkcs8_der(der).is_ok() {
            return Ok(PrivateKey {
                spec: KeySpec::EcP384,
                pkcs8: Zeroizing::new(der.to_vec()),
            });
        }
        Err(KeyError::Decode)
    }

    /// SubjectPublicKeyInfo DER of the public half: how certificates are matched to keys.
    pub fn spki_der(&self) -> Result<Vec<u8>, KeyError> {
        let doc = match self.spec {
            KeySpec::EcP256 => p256::SecretKey::from_pkcs8_der(&self.pkcs8)
                .map_err(|_| KeyError::Decode)?
                .public_key()
                .to_public_key_der(),
            KeySpec::EcP384 => p384::SecretKey::from_pkcs8_der(&self.pkcs8)
                .map_err(|_| KeyError::Decode)?
                .public_key()
                .to_public_key_der(),
            _ => self.rsa()?.to_public_key().to_public_key_der(),
        };
        doc.map(|d| d.into_vec()).map_err(|_| KeyError::Decode)
    }

    /// The subjectPublicKey BIT STRING's content (PKCS#1 RSAPublicKey or the EC point).
    pub fn public_key_bits(&self) -> Result<Vec<u8>, KeyError> {
        match self.spec {
            KeySpec::EcP256 => Ok(p256::SecretKey::from_pkcs8_der(&self.pkcs8)
                .map_err(|_| KeyError::Decode)?
                .public_key()
                .to_sec1_bytes()
                .into_vec()),
            KeySpec::EcP384 => Ok(p384::SecretKey::from_pkcs8_der(&self.pkcs8)
                .map_err(|_| KeyError::Decode)?
                .public_key()
                .to_sec1_bytes()
                .into_vec()),
            _ => {
                use rsa::pkcs1::EncodeRsaPublicKey;
                self.rsa()?
                    .to_public_key()
                    .to_pkcs1_der()
                    .map(|d| d.into_vec())
                    .map_err(|_| KeyError::Decode)
            }
        }
    }

    fn rsa(&self) -> Result<RsaPrivateKey, KeyError> {
        RsaPrivateKey::from_pkcs8_der(&self.pkcs8).map_err(|_| KeyError::Decode)
    }

    /// Signs `msg` (RSA PKCS#1 v1.5 or ECDSA, DER signature) with `hash`.
    pub fn sign(&self, hash: HashAlg, msg: &[u8]) -> Result<Vec<u8>, KeyError> {
        use signature::{SignatureEncoding, Signer};
        match (self.spec, hash) {
            (KeySpec::EcP256, HashAlg::Sha256) => {
                let k = p256::ecdsa::SigningKey::from_pkcs8_der(&self.pkcs8)
                    .map_err(|_| KeyError::Decode)?;
                let sig: p256::ecdsa::Signature = k.try_sign(msg).map_err(|_| KeyError::Sign)?;
                Ok(sig.to_der().to_vec())
            }
            (KeySpec::EcP384, HashAlg::Sha384) => {
                let k = p384::ecdsa::SigningKey::from_pkcs8_der(&self.pkcs8)
                    .map_err(|_| KeyError::Decode)?;
                let sig: p384::ecdsa::Signature = k.try_sign(msg).map_err(|_| KeyError::Sign)?;
                Ok(sig.to_der().to_vec())
            }
            (KeySpec::EcP256 | KeySpec::EcP384, _) => Err(KeyError::Sign),
            (_, HashAlg::Sha256) => {
                let k = rsa::pkcs1v15::SigningKey::<sha2::Sha256>::new(self.rsa()?);
                Ok(k.try_sign(msg).map_err(|_| KeyError::Sign)?.to_vec())
            }
            (_, HashAlg::Sha384) => {
                let k = rsa::pkcs1v15::SigningKey::<sha2::Sha384>::new(self.rsa()?);
                Ok(k.try_sign(msg).map_err(|_| KeyError::Sign)?.to_vec())
            }
        }
    }
}

/// Asks a running generation to stop. Cheap to clone; share it with the UI.
#[derive(Clone, Debug, Default)]
pub struct CancelToken(Arc<AtomicBool>);

impl CancelToken {
    pub fn new() -> CancelToken {
        CancelToken::default()
    }
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// Where a generation is, for a progress display.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeygenProgress {
    /// Primes found so far (RSA: 0, 1 or 2; ECDSA: reports 2 when done).
    pub primes_found: u8,
    /// Candidates tested so far for the prime being searched.
    pub candidates: u64,
}

/// How a generation runs: how many candidate searches at once, and where randomness comes from.
pub struct KeygenOptions<'a> {
    pub workers: usize,
    /// Makes the random source for worker `i`. Default: the OS CSPRNG.
    pub rng: &'a (dyn Fn(usize) -> Box<dyn CryptoRngCoreSend> + Sync),
}

/// A CSPRNG that can move to a worker thread.
pub trait CryptoRngCoreSend: RngCore + CryptoRng + Send {}
impl<T: RngCore + CryptoRng + Send> CryptoRngCoreSend for T {}

fn os_rng(_: usize) -> Box<dyn CryptoRngCoreSend> {
    Box::new(OsRng)
}

impl Default for KeygenOptions<'_> {
    fn default() -> Self {
        KeygenOptions {
            workers: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
            rng: &os_rng,
        }
    }
}

/// Generates a key of `spec`. Call it from a background thread: RSA 4096 can take seconds.
/// `progress` is called from worker threads; `cancel` is honoured between prime candidates.
pub fn generate(
    spec: KeySpec,
    cancel: &CancelToken,
    progress: &(dyn Fn(KeygenProgress) + Sync),
) -> Result<PrivateKey, KeyError> {
    generate_with(spec, cancel, progress, &KeygenOptions::default())
}

/// [`generate`] with explicit options (worker count, random source: for tests and benchmarks).
pub fn generate_with(
    spec: KeySpec,
    cancel: &CancelToken,
    progress: &(dyn Fn(KeygenProgress) + Sync),
    opts: &KeygenOptions<'_>,
) -> Result<PrivateKey, KeyError> {
    if cancel.is_cancelled() {
        return Err(KeyError::Cancelled);
    }
    let pkcs8 = match spec {
        KeySpec::EcP256 => {
            let mut rng = (opts.rng)(0);
            let k = p256::SecretKey::random(&mut rng);
            Zeroizing::new(
                k.to_pkcs8_der()
                    .map_err(|_| KeyError::Generation)?
                    .as_bytes()
                    .to_vec(),
            )
        }
        KeySpec::EcP384 => {
            let mut rng = (opts.rng)(0);
            let k = p384::SecretKey::random(&mut rng);
            Zeroizing::new(
                k.to_pkcs8_der()
                    .map_err(|_| KeyError::Generation)?
                    .as_bytes()
                    .to_vec(),
            )
        }
        _ => {
            let key = generate_rsa(spec.bits(), cancel, progress, opts)?;
            Zeroizing::new(
                key.to_pkcs8_der()
                    .map_err(|_| KeyError::Generation)?
                    .as_bytes()
                    .to_vec(),
            )
        }
    };
    progress(KeygenProgress {
        primes_found: 2,
        candidates: 0,
    });
    Ok(PrivateKey { spec, pkcs8 })
}

const RSA_E: u32 = 65537;

fn generate_rsa(
    nlen: usize,
    cancel: &CancelToken,
    progress: &(dyn Fn(KeygenProgress) + Sync),
    opts: &KeygenOptions<'_>,
) -> Result<RsaPrivateKey, KeyError> {
    let e = BigUint::from(RSA_E);
    loop {
        // p and q are found by all workers together (see `primes`): top two bits set, so n has
        // exactly nlen bits; gcd(e, p − 1) = 1; |p − q| > 2^(nlen/2 − 100).
        let (mut p, mut q) =
            super::primes::find_pair(nlen / 2, RSA_E, opts.workers, cancel, progress, opts.rng)?;
        let key = RsaPrivateKey::from_p_q(p.clone(), q.clone(), e.clone());
        p.zeroize();
        q.zeroize();
        let Ok(mut key) = key else { continue };
        if key.n().bits() != nlen || key.validate().is_err() || key.precompute().is_err() {
            continue;
        }
        return Ok(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand_core::SeedableRng;
    use rsa::traits::PrivateKeyParts;

    fn no_progress(_: KeygenProgress) {}

    /// Pins the search order: it changes only when the walk does (it did when p and q moved to
    /// one shared pool of workers).
    const KAT_RSA_2048_SPKI_SHA256: &str =
        "91d331c7b3fcc8d4b7cc53be9bcb089e8e5fcf8b89269a83ed3de06113f32080";

    #[test]
    fn parse_key_specs() {
        assert_eq!(KeySpec::parse("rsa2048"), Ok(KeySpec::Rsa2048));
        assert_eq!(KeySpec::parse("P-384"), Ok(KeySpec::EcP384));
        assert!(matches!(
            KeySpec::parse("rsa1024"),
            Err(KeyError::TooWeak { .. })
        ));
        assert!(matches!(
            KeySpec::parse("ed25519"),
            Err(KeyError::Unknown { .. })
        ));
    }

    #[test]
    fn ec_keys_sign_and_export_spki() {
        for spec in [KeySpec::EcP256, KeySpec::EcP384] {
            let k = generate(spec, &CancelToken::new(), &no_progress).unwrap();
            assert_eq!(k.spec(), spec);
            let spki = k.spki_der().unwrap();
            assert!(spki.len() > 60);
            let sig = k.sign(spec.default_hash(), b"hello").unwrap();
            assert_eq!(sig[0], 0x30);
            let again = PrivateKey::from_pkcs8_der(k.pkcs8_der()).unwrap();
            assert_eq!(again.spki_der().unwrap(), spki);
        }
    }

    #[test]
    fn rsa_2048_has_exact_length_and_validates() {
        let k = generate(KeySpec::Rsa2048, &CancelToken::new(), &no_progress).unwrap();
        let rsa = k.rsa().unwrap();
        assert_eq!(rsa.n().bits(), 2048);
        assert_eq!(rsa.e(), &BigUint::from(RSA_E));
        rsa.validate().unwrap();
        let p = &rsa.primes()[0];
        let q = &rsa.primes()[1];
        let diff = if p > q { p - q } else { q - p };
        assert!(diff.bits() > 1024 - 100);
    }

    #[test]
    fn cancelled_generation_stops() {
        let c = CancelToken::new();
        c.cancel();
        assert_eq!(
            generate(KeySpec::Rsa4096, &c, &no_progress).unwrap_err(),
            KeyError::Cancelled
        );
    }

    #[test]
    fn cancel_from_another_thread_stops_a_running_search() {
        let c = CancelToken::new();
        let c2 = c.clone();
        let t = std::thread::Builder::new()
            .name("keygen-test".into())
            .spawn(move || generate(KeySpec::Rsa4096, &c2, &no_progress))
            .unwrap();
        c.cancel();
        // Either it finished before the cancel landed, or it stopped.
        match t.join().unwrap() {
            Ok(k) => assert_eq!(k.spec(), KeySpec::Rsa4096),
            Err(e) => assert_eq!(e, KeyError::Cancelled),
        }
    }

    #[test]
    fn seeded_single_worker_generation_is_reproducible() {
        let seeded = |i: usize| -> Box<dyn CryptoRngCoreSend> {
            Box::new(rand_chacha::ChaCha20Rng::seed_from_u64(42 + i as u64))
        };
        let opts = KeygenOptions {
            workers: 1,
            rng: &seeded,
        };
        let a = generate_with(KeySpec::Rsa2048, &CancelToken::new(), &no_progress, &opts).unwrap();
        let b = generate_with(KeySpec::Rsa2048, &CancelToken::new(), &no_progress, &opts).unwrap();
        assert_eq!(a.pkcs8_der().as_slice(), b.pkcs8_der().as_slice());
    }

    /// Known answer: one worker, ChaCha20 seeded with 42 → always this key (SHA-256 of its SPKI).
    #[test]
    fn known_answer_rsa_2048() {
        use sha2::Digest;
        let seeded = |i: usize| -> Box<dyn CryptoRngCoreSend> {
            Box::new(rand_chacha::ChaCha20Rng::seed_from_u64(42 + i as u64))
        };
        let opts = KeygenOptions {
            workers: 1,
            rng: &seeded,
        };
        let k = generate_with(KeySpec::Rsa2048, &CancelToken::new(), &no_progress, &opts).unwrap();
        let digest: String = sha2::Sha256::digest(k.spki_der().unwrap())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(digest, KAT_RSA_2048_SPKI_SHA256);
    }

    #[test]
    fn debug_does_not_print_the_key() {
        let k = generate(KeySpec::EcP256, &CancelToken::new(), &no_progress).unwrap();
        let s = format!("{k:?}");
        assert!(s.contains("EcP256") && s.len() < 60, "{s}");
    }
}
