//! Key + certificate chain → a password-protected PKCS#12 (.p12/.pfx) that opens on Windows,
//! macOS and in Thunderbird, in two presets (DOMAIN.md §5), then re-read to prove it.
//!
//! Why not `p12-keystore`'s writer: it fixes the leaf's friendlyName to the subject DN string,
//! which Thunderbird and Windows then show as the certificate's name. This module composes the
//! same RustCrypto layers that crate is built on (`pkcs12` types and KDF, `cms`, `pkcs5` PBES2,
//! `des`/`cbc`, `hmac`) following RFC 7292, so the key bag and the leaf carry the name a person
//! recognizes (the mailbox or the host name) and a matching localKeyId. Reading — also of what we
//! just wrote — is `p12-keystore`'s parser, an implementation independent of this writer.
//!
//! Why one file: the writer, the bounded reader and the presets share one table of OIDs, bag
//! layouts and iteration limits; split apart, a change to one preset could miss its reader.

use cbc::cipher::{BlockModeEncrypt, KeyIvInit, block_padding::Pkcs7};
use cms::cert::x509::attr::{Attribute, AttributeValue, Attributes};
use cms::cert::x509::spki::AlgorithmIdentifierOwned;
use cms::content_info::{CmsVersion, ContentInfo};
use cms::encrypted_data::EncryptedData;
use cms::enveloped_data::EncryptedContentInfo;
use der08::asn1::{BmpString, ObjectIdentifier, OctetString, SetOfVec};
use der08::{Any, Decode, Encode};
use hmac13::{KeyInit, Mac};
use pkcs12::pbe_params::{EncryptedPrivateKeyInfo, Pkcs12PbeParams};
use pkcs12::pfx::{Pfx, Version};
use pkcs12::safe_bag::{SafeBag, SafeContents};
use pkcs12::{CertBag, DigestInfo, MacData, kdf};
use rand_core::{OsRng, RngCore};
use serde::Serialize;

const OID_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.1");
const OID_ENCRYPTED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.6");
const OID_PBES2: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.13");
const OID_PBE_SHA_3DES: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.1.3");
const OID_SHROUDED_KEY_BAG: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.10.1.2");
const OID_FRIENDLY_NAME: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.20");
const OID_LOCAL_KEY_ID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.21");
const OID_SHA1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.14.3.2.26");
const OID_SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1");

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
    #[error("the file asks for more than {MAX_READ_ITERATIONS} key-derivation rounds")]
    TooManyIterations,
}

/// The most key-derivation rounds a file we read may ask for (Windows refuses above 600,000);
/// more would let a crafted file hang the app.
pub const MAX_READ_ITERATIONS: u64 = 1_000_000;

fn build_err<E: std::fmt::Display>(e: E) -> P12Error {
    P12Error::Build(e.to_string())
}

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

fn encrypt(
    preset: Preset,
    data: &[u8],
    password: &str,
) -> Result<(AlgorithmIdentifierOwned, Vec<u8>), P12Error> {
    let iterations = preset.iterations();
    match preset {
        Preset::Modern => {
            let salt: [u8; 16] = random();
            let params = pkcs5::pbes2::Parameters::generate_pbkdf2_sha256_aes256cbc(
                iterations,
                &salt,
                random(),
            )
            .map_err(build_err)?;
            let ct = params
                .encrypt(password.as_bytes(), data)
                .map_err(build_err)?;
            let alg = AlgorithmIdentifierOwned {
                oid: OID_PBES2,
                parameters: Some(
                    Any::from_der(&params.to_der().map_err(build_err)?).map_err(build_err)?,
                ),
            };
            Ok((alg, ct))
        }
        Preset::Compatible => {
            let salt: [u8; 16] = random();
            let rounds = iterations as i32;
            let key = zeroize::Zeroizing::new(
                kdf::derive_key_utf8::<sha1_011::Sha1>(
                    password,
                    &salt,
                    kdf::Pkcs12KeyType::EncryptionKey,
                    rounds,
                    24,
                )
                .map_err(build_err)?,
            );
            let iv = kdf::derive_key_utf8::<sha1_011::Sha1>(
                password,
                &salt,
                kdf::Pkcs12KeyType::Iv,
                rounds,
                8,
            )
            .map_err(build_err)?;
            let ct = cbc::Encryptor::<des::TdesEde3>::new_from_slices(&key, &iv)
                .map_err(build_err)?
                .encrypt_padded_vec::<Pkcs7>(data);
            let params = Pkcs12PbeParams {
                salt: OctetString::new(salt.to_vec()).map_err(build_err)?,
                iterations: rounds,
            };
            let alg = AlgorithmIdentifierOwned {
                oid: OID_PBE_SHA_3DES,
                parameters: Some(
                    Any::from_der(&params.to_der().map_err(build_err)?).map_err(build_err)?,
                ),
            };
            Ok((alg, ct))
        }
    }
}

fn attributes(
    friendly_name: Option<&str>,
    local_key_id: Option<&[u8]>,
) -> Result<Attributes, P12Error> {
    let mut attrs = Attributes::new();
    if let Some(name) = friendly_name {
        let v = Any::from_der(
            &BmpString::from_utf8(name)
                .map_err(build_err)?
                .to_der()
                .map_err(build_err)?,
        )
        .map_err(build_err)?;
        attrs
            .insert(Attribute {
                oid: OID_FRIENDLY_NAME,
                values: SetOfVec::<AttributeValue>::from_iter([v]).map_err(build_err)?,
            })
            .map_err(build_err)?;
    }
    if let Some(id) = local_key_id {
        let v = Any::from_der(
            &OctetString::new(id.to_vec())
                .map_err(build_err)?
                .to_der()
                .map_err(build_err)?,
        )
        .map_err(build_err)?;
        attrs
            .insert(Attribute {
                oid: OID_LOCAL_KEY_ID,
                values: SetOfVec::<AttributeValue>::from_iter([v]).map_err(build_err)?,
            })
            .map_err(build_err)?;
    }
    Ok(attrs)
}

fn cert_bag(der: &[u8], attrs: Option<Attributes>) -> Result<SafeBag, P12Error> {
    let bag = CertBag {
        cert_id: pkcs12::PKCS_12_X509_CERT_OID,
        cert_value: OctetString::new(der.to_vec()).map_err(build_err)?,
    };
    Ok(SafeBag {
        bag_id: pkcs12::PKCS_12_CERT_BAG_OID,
        bag_value: bag.to_der().map_err(build_err)?,
        bag_attributes: attrs,
    })
}

fn data_content(bytes: &[u8]) -> Result<ContentInfo, P12Error> {
    Ok(ContentInfo {
        content_type: OID_DATA,
        content: Any::from_der(
            &OctetString::new(bytes.to_vec())
                .map_err(build_err)?
                .to_der()
                .map_err(build_err)?,
        )
        .map_err(build_err)?,
    })
}

fn mac(preset: Preset, data: &[u8], password: &str) -> Result<MacData, P12Error> {
    let salt: [u8; 16] = random();
    let rounds = preset.iterations() as i32;
    let (oid, digest) = match preset {
        Preset::Modern => {
            let key = zeroize::Zeroizing::new(
                kdf::derive_key_utf8::<sha2_011::Sha256>(
                    password,
                    &salt,
                    kdf::Pkcs12KeyType::Mac,
                    rounds,
                    32,
                )
                .map_err(build_err)?,
            );
            let mut m =
                hmac13::Hmac::<sha2_011::Sha256>::new_from_slice(&key).map_err(build_err)?;
            m.update(data);
            (OID_SHA256, m.finalize().into_bytes().to_vec())
        }
        Preset::Compatible => {
            let key = zeroize::Zeroizing::new(
                kdf::derive_key_utf8::<sha1_011::Sha1>(
                    password,
                    &salt,
                    kdf::Pkcs12KeyType::Mac,
                    rounds,
                    20,
                )
                .map_err(build_err)?,
            );
            let mut m = hmac13::Hmac::<sha1_011::Sha1>::new_from_slice(&key).map_err(build_err)?;
            m.update(data);
            (OID_SHA1, m.finalize().into_bytes().to_vec())
        }
    };
    Ok(MacData {
        mac: DigestInfo {
            algorithm: AlgorithmIdentifierOwned {
                oid,
                parameters: None,
            },
            digest: OctetString::new(digest).map_err(build_err)?,
        },
        mac_salt: OctetString::new(salt.to_vec()).map_err(build_err)?,
        iterations: rounds,
    })
}

/// Builds the PKCS#12 bytes: an encrypted SafeContents with the certificates (leaf with
/// friendlyName and localKeyId first), a shrouded key bag with the same friendlyName and
/// localKeyId, and a MAC over both. Refuses an empty password.
pub fn build(c: &P12Contents<'_>, password: &str, preset: Preset) -> Result<Vec<u8>, P12Error> {
    if password.is_empty() {
        return Err(P12Error::Build("empty password".into()));
    }
    let mut certs: SafeContents = vec![cert_bag(
        c.leaf,
        Some(attributes(Some(c.friendly_name), Some(c.local_key_id))?),
    )?];
    for der in c.chain {
        certs.push(cert_bag(der, None)?);
    }
    let certs_der = zeroize::Zeroizing::new(certs.to_der().map_err(build_err)?);
    let (alg, ct) = encrypt(preset, &certs_der, password)?;
    let encrypted = EncryptedData {
        version: CmsVersion::V0,
        enc_content_info: EncryptedContentInfo {
            content_type: OID_DATA,
            content_enc_alg: alg,
            encrypted_content: Some(OctetString::new(ct).map_err(build_err)?),
        },
        unprotected_attrs: None,
    };
    let certs_ci = ContentInfo {
        content_type: OID_ENCRYPTED_DATA,
        content: Any::from_der(&encrypted.to_der().map_err(build_err)?).map_err(build_err)?,
    };

    let (alg, ct) = encrypt(preset, c.key_pkcs8, password)?;
    let epki = EncryptedPrivateKeyInfo {
        encryption_algorithm: alg,
        encrypted_data: OctetString::new(ct).map_err(build_err)?,
    };
    let key_bag = SafeBag {
        bag_id: OID_SHROUDED_KEY_BAG,
        bag_value: epki.to_der().map_err(build_err)?,
        bag_attributes: Some(attributes(Some(c.friendly_name), Some(c.local_key_id))?),
    };
    let keys: SafeContents = vec![key_bag];
    let keys_ci = data_content(&keys.to_der().map_err(build_err)?)?;

    let auth_safe: Vec<ContentInfo> = vec![certs_ci, keys_ci];
    let auth_safe_der = auth_safe.to_der().map_err(build_err)?;
    let mac_data = mac(preset, &auth_safe_der, password)?;
    let pfx = Pfx {
        version: Version::V3,
        auth_safe: data_content(&auth_safe_der)?,
        mac_data: Some(mac_data),
    };
    pfx.to_der().map_err(build_err)
}

/// What a PKCS#12 file holds, as read by `p12-keystore` (and the algorithms, from its structure).
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
        let all =
            |name: &str| !self.encryption.is_empty() && self.encryption.iter().all(|e| e == name);
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

fn alg_name(oid: &ObjectIdentifier) -> String {
    match oid.to_string().as_str() {
        "1.2.840.113549.1.5.13" => "PBES2".into(),
        "1.2.840.113549.1.12.1.3" => "pbeWithSHAAnd3-KeyTripleDES-CBC".into(),
        "1.2.840.113549.1.12.1.6" => "pbeWithSHAAnd40BitRC2-CBC".into(),
        "1.3.14.3.2.26" => "HMAC-SHA1".into(),
        "2.16.840.1.101.3.4.2.1" => "HMAC-SHA256".into(),
        other => other.into(),
    }
}

/// A shrouded key bag's EncryptedPrivateKeyInfo (the decoder keeps the `[0] EXPLICIT` wrapper).
fn bag_epki(bag: &SafeBag) -> Option<EncryptedPrivateKeyInfo> {
    let v = &bag.bag_value;
    if v.first() == Some(&0xA0) {
        EncryptedPrivateKeyInfo::from_der(Any::from_der(v).ok()?.value()).ok()
    } else {
        EncryptedPrivateKeyInfo::from_der(v).ok()
    }
}

/// The key-derivation rounds an encryption AlgorithmIdentifier asks for (`None`: unknown or
/// unacceptable, e.g. scrypt, which no platform we serve writes).
fn iterations_of(alg: &AlgorithmIdentifierOwned) -> Option<u64> {
    let params = alg.parameters.as_ref()?;
    if alg.oid == OID_PBES2 {
        let p = pkcs5::pbes2::Parameters::try_from(der08::AnyRef::from(params)).ok()?;
        match p.kdf {
            pkcs5::pbes2::Kdf::Pbkdf2(k) => Some(u64::from(k.iteration_count)),
            _ => None,
        }
    } else {
        let p = Pkcs12PbeParams::from_der(&params.to_der().ok()?).ok()?;
        u64::try_from(p.iterations).ok()
    }
}

/// Refuses files whose key derivations would take unbounded time, before any is run.
fn check_work(bytes: &[u8]) -> Result<(), P12Error> {
    let too_many = |n: Option<u64>| n.is_none_or(|n| n > MAX_READ_ITERATIONS);
    let Ok(pfx) = Pfx::from_der(bytes) else {
        return Ok(()); // not parseable here: the reader will refuse it
    };
    if let Some(m) = &pfx.mac_data
        && too_many(u64::try_from(m.iterations).ok())
    {
        return Err(P12Error::TooManyIterations);
    }
    let Some(safes) = pfx
        .auth_safe
        .content
        .to_der()
        .ok()
        .and_then(|d| OctetString::from_der(&d).ok())
        .and_then(|o| Vec::<ContentInfo>::from_der(o.as_bytes()).ok())
    else {
        return Ok(());
    };
    for ci in safes {
        let Ok(ci_der) = ci.content.to_der() else {
            continue;
        };
        if ci.content_type == OID_ENCRYPTED_DATA {
            if let Ok(ed) = EncryptedData::from_der(&ci_der)
                && too_many(iterations_of(&ed.enc_content_info.content_enc_alg))
            {
                return Err(P12Error::TooManyIterations);
            }
        } else if let Ok(os) = OctetString::from_der(&ci_der)
            && let Ok(bags) = SafeContents::from_der(os.as_bytes())
        {
            for bag in bags.iter().filter(|b| b.bag_id == OID_SHROUDED_KEY_BAG) {
                if let Some(epki) = bag_epki(bag)
                    && too_many(iterations_of(&epki.encryption_algorithm))
                {
                    return Err(P12Error::TooManyIterations);
                }
            }
        }
    }
    Ok(())
}

/// Which algorithms protect the bags (for `inspect` and the tests' assertions).
fn algorithms(bytes: &[u8]) -> Option<(Vec<String>, String, i32)> {
    let pfx = Pfx::from_der(bytes).ok()?;
    let mac = pfx
        .mac_data
        .as_ref()
        .map(|m| (alg_name(&m.mac.algorithm.oid), m.iterations));
    let inner = OctetString::from_der(&pfx.auth_safe.content.to_der().ok()?).ok()?;
    let safes: Vec<ContentInfo> = Vec::from_der(inner.as_bytes()).ok()?;
    let mut enc = Vec::new();
    for ci in safes {
        if ci.content_type == OID_ENCRYPTED_DATA {
            let ed = EncryptedData::from_der(&ci.content.to_der().ok()?).ok()?;
            enc.push(format!(
                "certificates: {}",
                alg_name(&ed.enc_content_info.content_enc_alg.oid)
            ));
        } else if ci.content_type == OID_DATA {
            let os = OctetString::from_der(&ci.content.to_der().ok()?).ok()?;
            let bags: SafeContents = Vec::from_der(os.as_bytes()).ok()?;
            for bag in bags {
                if bag.bag_id == OID_SHROUDED_KEY_BAG {
                    let epki = bag_epki(&bag)?;
                    enc.push(format!("key: {}", alg_name(&epki.encryption_algorithm.oid)));
                }
            }
        }
    }
    let (mac, iters) = mac.unwrap_or_else(|| ("none".into(), 0));
    Some((enc, mac, iters))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Opens a PKCS#12 with `password` (MAC verified, bags decrypted) using `p12-keystore`.
pub fn read(bytes: &[u8], password: &str) -> Result<P12Summary, P12Error> {
    check_work(bytes)?;
    let archive = p12_keystore::Pkcs12Archive::from_pkcs12(bytes, password)
        .map_err(|_| P12Error::WrongPasswordOrDamaged)?;
    let (encryption, mac, mac_iterations) = algorithms(bytes).unwrap_or_default();
    Ok(P12Summary {
        key_friendly_names: archive
            .keys
            .iter()
            .filter_map(|k| k.friendly_name.clone())
            .collect(),
        key_local_key_ids: archive
            .keys
            .iter()
            .filter_map(|k| k.local_key_id.as_ref().map(|id| hex(&id.0)))
            .collect(),
        key_pkcs8: archive
            .keys
            .iter()
            .map(|k| zeroize::Zeroizing::new(k.key.as_der().to_vec()))
            .collect(),
        certs: archive
            .certs
            .iter()
            .map(|c| c.cert.as_der().to_vec())
            .collect(),
        cert_friendly_names: archive
            .certs
            .iter()
            .map(|c| c.friendly_name.clone())
            .collect(),
        cert_local_key_ids: archive
            .certs
            .iter()
            .map(|c| c.local_key_id.as_ref().map(|i| hex(i)))
            .collect(),
        encryption,
        mac,
        mac_iterations,
    })
}

/// Re-reads written bytes and checks they hold exactly what was meant: the key, the leaf with
/// the same friendlyName and localKeyId, and the whole chain.
pub fn verify_written(
    bytes: &[u8],
    password: &str,
    c: &P12Contents<'_>,
) -> Result<P12Summary, P12Error> {
    let s = read(bytes, password).map_err(|e| P12Error::Verify(e.to_string()))?;
    let fail = |what: &str| Err(P12Error::Verify(what.to_owned()));
    if s.key_pkcs8.len() != 1 || s.key_pkcs8[0].as_slice() != c.key_pkcs8 {
        return fail("key");
    }
    if s.key_friendly_names != [c.friendly_name.to_owned()]
        || s.key_local_key_ids != [hex(c.local_key_id)]
    {
        return fail("key attributes");
    }
    let Some(i) = s.certs.iter().position(|d| d.as_slice() == c.leaf) else {
        return fail("leaf");
    };
    if s.cert_friendly_names[i].as_deref() != Some(c.friendly_name)
        || s.cert_local_key_ids[i].as_deref() != Some(hex(c.local_key_id).as_str())
    {
        return fail("leaf attributes");
    }
    if s.certs.len() != 1 + c.chain.len() || !c.chain.iter().all(|d| s.certs.contains(d)) {
        return fail("chain");
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(preset: Preset) -> (Vec<u8>, Vec<u8>) {
        use crate::pki::key::{CancelToken, KeySpec, generate};
        let key = generate(KeySpec::EcP256, &CancelToken::new(), &|_| {}).unwrap();
        // Any DER certificate will do for the container's mechanics.
        let leaf = include_bytes!("../../tests/data/sample-cert.der").to_vec();
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
