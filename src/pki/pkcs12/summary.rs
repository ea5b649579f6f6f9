//! What a file holds and how it is protected, in the words the reports use: the budgeted
//! reader's result with hex key ids, and the protection named after the presets.

use serde::Serialize;

use super::P12Error;

/// What a PKCS#12 file holds and how it is protected (the algorithms, from its structure).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct P12Summary {
    pub key_friendly_names: Vec<String>,
    pub key_local_key_ids: Vec<String>,
    /// Leaf-first order as stored; DER of each certificate.
    #[serde(skip)]
    pub certs: Vec<Vec<u8>>,
    pub cert_friendly_names: Vec<Option<String>>,
    pub cert_local_key_ids: Vec<Option<String>>,
    #[serde(skip)]
    pub key_pkcs8: Vec<zeroize::Zeroizing<Vec<u8>>>,
    pub encryption: Vec<String>,
    pub mac: String,
    pub mac_iterations: i32,
}

/// How a .p12 is protected, in the terms of the presets: who can open it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Protection {
    /// PBES2 throughout with an HMAC-SHA256 MAC: Windows 10 1709+/11, macOS 15+, Thunderbird.
    Modern,
    /// Triple-DES with an HMAC-SHA1 MAC: also older Windows and macOS.
    Compatible,
    /// RC2-40 somewhere: old and weak; worth making again.
    Weak,
    /// Anything else (no encryption, other algorithms).
    Other,
}

impl P12Summary {
    /// Which preset's protection the file has.
    pub fn protection(&self) -> Protection {
        // Entries read "certificates: PBES2", "key: PBES2" …: the algorithm is after the colon.
        let all = |name: &str| {
            !self.encryption.is_empty()
                && self
                    .encryption
                    .iter()
                    .all(|e| e.rsplit(": ").next() == Some(name))
        };
        if self.encryption.iter().any(|e| e.contains("RC2")) {
            Protection::Weak
        } else if all("PBES2") && self.mac == "HMAC-SHA256" {
            Protection::Modern
        } else if all("pbeWithSHAAnd3-KeyTripleDES-CBC") && self.mac == "HMAC-SHA1" {
            Protection::Compatible
        } else {
            Protection::Other
        }
    }
}

pub(super) fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Opens a PKCS#12 with `password` (MAC verified, bags decrypted) under a total work budget
/// (see `read.rs`).
pub fn read(bytes: &[u8], password: &str) -> Result<P12Summary, P12Error> {
    let c = super::read::open(bytes, password)?;
    Ok(P12Summary {
        key_friendly_names: c
            .keys
            .iter()
            .filter_map(|k| k.friendly_name.clone())
            .collect(),
        key_local_key_ids: c
            .keys
            .iter()
            .filter_map(|k| k.local_key_id.as_ref().map(|id| hex(id)))
            .collect(),
        cert_friendly_names: c.certs.iter().map(|x| x.friendly_name.clone()).collect(),
        cert_local_key_ids: c
            .certs
            .iter()
            .map(|x| x.local_key_id.as_ref().map(|i| hex(i)))
            .collect(),
        certs: c.certs.into_iter().map(|x| x.der).collect(),
        key_pkcs8: c.keys.into_iter().map(|k| k.pkcs8).collect(),
        encryption: c.encryption,
        mac: c.mac,
        mac_iterations: c.mac_iterations,
    })
}
