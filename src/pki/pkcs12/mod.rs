//! PKCS#12 (.p12/.pfx, RFC 7292): a key and its certificate chain in one password-protected
//! file that opens on Windows, macOS and in Thunderbird, written in two presets
//! (docs/domain.md, "PKCS#12 presets"), read back to prove it, and opened when someone hands
//! us one.
//!
//! Why not `p12-keystore`'s writer: it fixes the leaf's friendlyName to the subject DN string,
//! which Thunderbird and Windows then show as the certificate's name. This folder composes the
//! same RustCrypto layers that crate is built on (`pkcs12` types and KDF, `cms`, `pkcs5` PBES2,
//! `des`/`rc2`/`cbc`, `hmac`) following RFC 7292, so the key bag and the leaf carry the name a
//! person recognizes (the mailbox or the host name) and a matching localKeyId.
//!
//! Why a folder and not one file: the writer and the reader must agree on every algorithm, so
//! each algorithm has one home that both use — `oid` (identifiers and their names), `pbe` (bag
//! encryption), `mac` (the integrity MAC), `attrs` (friendlyName, localKeyId). `write` composes
//! a file; `read` walks one under a work budget; `summary` says what it holds; `verify` proves a
//! written file with our reader and with `p12-keystore`'s, which must agree.
//!
//! | file         | holds                                                            |
//! |--------------|------------------------------------------------------------------|
//! | `mod.rs`     | presets, platforms, errors, limits, what goes into a file        |
//! | `oid.rs`     | the OIDs, once                                                   |
//! | `pbe.rs`     | password encodings, PBES2 and PKCS#12 PBE, both ways             |
//! | `mac.rs`     | the MAC, made and checked with one derivation                    |
//! | `attrs.rs`   | friendlyName and localKeyId, written and read                    |
//! | `write.rs`   | `build`                                                          |
//! | `read.rs`    | the budgeted walk over a file someone hands us, `parse_pfx`      |
//! | `summary.rs` | `read`, `P12Summary`, `Protection`                               |
//! | `verify.rs`  | `verify_written`                                                 |

use rand_core::{OsRng, RngCore};
use serde::Serialize;

mod attrs;
mod mac;
mod oid;
mod pbe;
mod read;
mod summary;
mod verify;
mod write;

pub use read::{MAX_BAGS, MAX_TOTAL_ITERATIONS, parse_pfx};
pub use summary::{P12Summary, Protection, read};
pub use verify::verify_written;
pub use write::build;

/// Where the file will be installed, in cipher terms.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) for key and certificates, HMAC-SHA256 MAC:
    /// Windows 10 1709+/11, macOS 15+, Thunderbird/Firefox, Java 8u301+, OpenSSL ≥ 1.1.
    #[default]
    Modern,
    /// pbeWithSHAAnd3-KeyTripleDES-CBC for both, HMAC-SHA1 MAC: also Windows 7/8.1/Server 2016,
    /// macOS ≤ 14, Android ≤ 13. Never RC2-40.
    Compatible,
}

impl Preset {
    pub fn parse(s: &str) -> Option<Preset> {
        match s.trim().to_ascii_lowercase().as_str() {
            "modern" => Some(Preset::Modern),
            "compatible" => Some(Preset::Compatible),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Preset::Modern => "modern",
            Preset::Compatible => "compatible",
        }
    }

    /// Iterations of the key derivations (each encryption and the MAC). Windows refuses more
    /// than 600,000 and .NET limits the total, so both presets stay well inside.
    pub fn iterations(self) -> u32 {
        match self {
            Preset::Modern => 100_000,
            Preset::Compatible => 10_000,
        }
    }
}

/// Where the user will install the .p12: decides which preset(s) to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    /// Windows 10 1709+ / 11 (Outlook).
    Windows,
    /// macOS 15 or later (Mail).
    Mac,
    /// Thunderbird (NSS) on any OS.
    Thunderbird,
    /// Older PCs, or not sure: both files, the modern one and a compatible twin.
    Unsure,
}

impl Platform {
    pub const ALL: [Platform; 4] = [
        Platform::Windows,
        Platform::Mac,
        Platform::Thunderbird,
        Platform::Unsure,
    ];

    pub fn parse(s: &str) -> Option<Platform> {
        match s.trim().to_ascii_lowercase().as_str() {
            "windows" => Some(Platform::Windows),
            "mac" | "macos" => Some(Platform::Mac),
            "thunderbird" => Some(Platform::Thunderbird),
            "unsure" | "both" => Some(Platform::Unsure),
            _ => None,
        }
    }

    /// The presets to write, the first one under the name the user chose.
    pub fn presets(self) -> &'static [Preset] {
        match self {
            Platform::Windows | Platform::Mac | Platform::Thunderbird => &[Preset::Modern],
            Platform::Unsure => &[Preset::Modern, Preset::Compatible],
        }
    }
}

/// The file name for each preset after the first: `x.p12` → `x-compatible.p12`.
pub fn twin_file_name(stem: &str, preset: Preset) -> String {
    format!("{stem}-{}.p12", preset.as_str())
}

/// The localKeyId Shomei gives the key and its certificate: the SHA-1 of the certificate's
/// DER, as Windows and OpenSSL do, so importers pair them.
pub fn local_key_id(leaf_der: &[u8]) -> Vec<u8> {
    use sha1_011::Digest as _;
    sha1_011::Sha1::digest(leaf_der).to_vec()
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum P12Error {
    #[error("the PKCS#12 file could not be built: {0}")]
    Build(String),
    #[error("the written PKCS#12 file did not read back correctly: {0}")]
    Verify(String),
    #[error("wrong password or not a PKCS#12 file")]
    WrongPasswordOrDamaged,
    #[error("the file asks for more key-derivation work than any exporter writes")]
    TooManyIterations,
    #[error("the file uses a protection no exporter we know writes")]
    Unsupported,
}

/// The most key-derivation rounds one derivation of a file we read may ask for (Windows refuses
/// above 600,000); the whole file has a total budget too ([`MAX_TOTAL_ITERATIONS`]).
pub const MAX_READ_ITERATIONS: u64 = 1_000_000;

/// What goes into the file.
pub struct P12Contents<'a> {
    /// PKCS#8 PrivateKeyInfo DER.
    pub key_pkcs8: &'a [u8],
    /// Leaf certificate DER.
    pub leaf: &'a [u8],
    /// Intermediates (and the root, if wanted), DER, leaf-side first.
    pub chain: &'a [Vec<u8>],
    /// The name shown for the key and the leaf (the mailbox or the host name).
    pub friendly_name: &'a str,
    /// Usually the SHA-1 of the leaf certificate, as OpenSSL and Windows write it.
    pub local_key_id: &'a [u8],
}

fn random<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    OsRng.fill_bytes(&mut b);
    b
}

fn build_err<E: std::fmt::Display>(e: E) -> P12Error {
    P12Error::Build(e.to_string())
}

fn damaged<E>(_: E) -> P12Error {
    P12Error::WrongPasswordOrDamaged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(preset: Preset) -> (Vec<u8>, Vec<u8>) {
        use crate::pki::key::{CancelToken, KeySpec, generate};
        let key = generate(KeySpec::EcP256, &CancelToken::new(), &|_| {}).unwrap();
        // Any DER certificate will do for the container's mechanics.
        let leaf = include_bytes!("../../../tests/data/sample-cert.der").to_vec();
        let c = P12Contents {
            key_pkcs8: key.pkcs8_der(),
            leaf: &leaf,
            chain: &[],
            friendly_name: "taro@example.jp",
            local_key_id: &[1, 2, 3, 4],
        };
        (
            build(&c, "Kq7#mv2P!rTz", preset).unwrap(),
            key.pkcs8_der().to_vec(),
        )
    }

    #[test]
    fn round_trip_both_presets() {
        for preset in [Preset::Modern, Preset::Compatible] {
            let (bytes, key) = sample(preset);
            let s = read(&bytes, "Kq7#mv2P!rTz").unwrap();
            assert_eq!(s.key_pkcs8[0].as_slice(), key.as_slice());
            assert_eq!(s.key_friendly_names, ["taro@example.jp"]);
            assert_eq!(s.cert_friendly_names[0].as_deref(), Some("taro@example.jp"));
            assert_eq!(s.key_local_key_ids, ["01020304"]);
            assert!(read(&bytes, "wrong password!").is_err());
            let enc = s.encryption.join(";");
            match preset {
                Preset::Modern => {
                    assert_eq!(enc, "certificates: PBES2;key: PBES2");
                    assert_eq!((s.mac.as_str(), s.mac_iterations), ("HMAC-SHA256", 100_000));
                }
                Preset::Compatible => {
                    assert!(
                        enc.contains("key: pbeWithSHAAnd3-KeyTripleDES-CBC"),
                        "{enc}"
                    );
                    assert_eq!((s.mac.as_str(), s.mac_iterations), ("HMAC-SHA1", 10_000));
                }
            }
        }
    }

    #[test]
    fn empty_password_is_refused() {
        let c = P12Contents {
            key_pkcs8: &[],
            leaf: &[],
            chain: &[],
            friendly_name: "x",
            local_key_id: &[],
        };
        assert!(build(&c, "", Preset::Modern).is_err());
    }

    #[test]
    fn each_platform_gets_its_presets() {
        assert_eq!(Platform::Windows.presets(), [Preset::Modern]);
        assert_eq!(Platform::Mac.presets(), [Preset::Modern]);
        assert_eq!(Platform::Thunderbird.presets(), [Preset::Modern]);
        assert_eq!(
            Platform::Unsure.presets(),
            [Preset::Modern, Preset::Compatible]
        );
        assert_eq!(Platform::parse(" macOS "), Some(Platform::Mac));
        assert_eq!(Platform::parse("android"), None);
        assert_eq!(
            twin_file_name("taro_2026", Preset::Compatible),
            "taro_2026-compatible.p12"
        );
        assert_eq!(local_key_id(b"x").len(), 20);
    }
}
