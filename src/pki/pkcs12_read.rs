//! Opening a PKCS#12 file someone hands us, with a total work budget.
//!
//! Every key derivation a file asks for (the MAC, each encrypted SafeContents, each shrouded key
//! bag — also those inside an encrypted SafeContents) is counted against one budget *before* it
//! is run, so a crafted file with thousands of bags is refused in milliseconds instead of hanging
//! for hours. It composes the RustCrypto layers the writer uses (`pkcs12` types and KDF, `cms`,
//! `pkcs5` PBES2 including the hmacWithSHA1 PRF, `des`/`rc2` in CBC, `hmac`), so it also opens
//! what other exporters write: PBES2 with SHA-1, the legacy 3DES/RC2 files, files without a MAC,
//! files without encryption, and files made with an empty or absent password. Decrypted key
//! material only ever lives in `Zeroizing` buffers.
//!
//! What we write is verified by `p12-keystore` (an independent reader) in `pkcs12::verify_written`.
//!
//! Why one file: the budget is only as good as its coverage — every place that derives a key is
//! here, next to the counting that must precede it, so no decryption path can escape the count.

use cbc::cipher::{BlockModeDecrypt, KeyIvInit, block_padding::Pkcs7};
use cms::cert::x509::spki::AlgorithmIdentifierOwned;
use cms::content_info::ContentInfo;
use cms::encrypted_data::EncryptedData;
use der08::asn1::{BmpString, ObjectIdentifier, OctetString};
use der08::{Any, Decode, Encode};
use hmac13::{KeyInit, Mac};
use pkcs12::kdf::{self, Pkcs12KeyType};
use pkcs12::pbe_params::{EncryptedPrivateKeyInfo, Pkcs12PbeParams};
use pkcs12::pfx::Pfx;
use pkcs12::safe_bag::{SafeBag, SafeContents};
use pkcs12::{CertBag, MacData};
use zeroize::Zeroizing;

use super::pkcs12::{MAX_READ_ITERATIONS, P12Error};

/// The most key-derivation rounds one file may ask for in total (all its bags and the MAC, and
/// every password encoding tried). The writers people meet use 2,048 (OpenSSL), 10,000 (Java),
/// 2,000 (Windows) or 100,000 (Shomei) per derivation, three to five derivations a file;
/// 3,000,000 rounds is under half a second of work here.
pub const MAX_TOTAL_ITERATIONS: u64 = 3_000_000;
/// The most bags (keys, certificates, anything) one file may hold.
pub const MAX_BAGS: usize = 256;

const OID_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.1");
const OID_ENCRYPTED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.6");
const OID_PBES2: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.13");
const OID_PBE_SHA_3DES: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.1.3");
const OID_PBE_SHA_2DES: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.1.4");
const OID_PBE_SHA_RC2_128: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.1.5");
const OID_PBE_SHA_RC2_40: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.1.6");
const OID_KEY_BAG: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.10.1.1");
const OID_SHROUDED_KEY_BAG: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.10.1.2");
const OID_CERT_BAG: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.12.10.1.3");
const OID_X509_CERT: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.22.1");
const OID_FRIENDLY_NAME: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.20");
const OID_LOCAL_KEY_ID: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.21");
const OID_SHA1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.14.3.2.26");
const OID_SHA224: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.4");
const OID_SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1");
const OID_SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.2");
const OID_SHA512: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.3");

/// One private key found in the file (PKCS#8 PrivateKeyInfo DER, wiped on drop).
pub struct ReadKey {
    pub pkcs8: Zeroizing<Vec<u8>>,
    pub friendly_name: Option<String>,
    pub local_key_id: Option<Vec<u8>>,
}

/// One certificate found in the file.
pub struct ReadCert {
    pub der: Vec<u8>,
    pub friendly_name: Option<String>,
    pub local_key_id: Option<Vec<u8>>,
}

/// Everything the file holds, and how it was protected.
pub struct Contents {
    pub keys: Vec<ReadKey>,
    pub certs: Vec<ReadCert>,
    /// e.g. `certificates: PBES2`, `key: pbeWithSHAAnd3-KeyTripleDES-CBC`.
    pub encryption: Vec<String>,
    /// `HMAC-SHA256`, … or `none`.
    pub mac: String,
    pub mac_iterations: i32,
}

/// The password in the encodings RFC 7292 allows: PBES2 takes the UTF-8 bytes; the PKCS#12 KDF
/// (MAC and the legacy ciphers) takes BMPString with a two-byte terminator — or, for a file made
/// with no password at all, no bytes (OpenSSL reads both for an empty password).
#[derive(Clone)]
struct Pass {
    utf8: Zeroizing<Vec<u8>>,
    bmp: Zeroizing<Vec<u8>>,
}

fn passes(password: &str) -> Result<Vec<Pass>, P12Error> {
    let bmp = BmpString::from_utf8(password).map_err(|_| P12Error::WrongPasswordOrDamaged)?;
    let mut b = Zeroizing::new(bmp.into_bytes().to_vec());
    b.extend([0u8, 0u8]);
    let mut out = vec![Pass {
        utf8: Zeroizing::new(password.as_bytes().to_vec()),
        bmp: b,
    }];
    if password.is_empty() {
        out.push(Pass {
            utf8: Zeroizing::new(Vec::new()),
            bmp: Zeroizing::new(Vec::new()),
        });
    }
    Ok(out)
}

/// Counts key-derivation rounds against the budget before they are run.
struct Budget {
    spent: u64,
}

impl Budget {
    /// Charges `derivations` derivations of `rounds` each.
    fn charge(&mut self, (rounds, derivations): (u64, u64)) -> Result<(), P12Error> {
        if rounds > MAX_READ_ITERATIONS {
            return Err(P12Error::TooManyIterations);
        }
        self.spent = self
            .spent
            .saturating_add(rounds.saturating_mul(derivations));
        if self.spent > MAX_TOTAL_ITERATIONS {
            return Err(P12Error::TooManyIterations);
        }
        Ok(())
    }
}

fn damaged<E>(_: E) -> P12Error {
    P12Error::WrongPasswordOrDamaged
}

fn alg_name(oid: &ObjectIdentifier) -> String {
    match *oid {
        OID_PBES2 => "PBES2".into(),
        OID_PBE_SHA_3DES => "pbeWithSHAAnd3-KeyTripleDES-CBC".into(),
        OID_PBE_SHA_2DES => "pbeWithSHAAnd2-KeyTripleDES-CBC".into(),
        OID_PBE_SHA_RC2_128 => "pbeWithSHAAnd128BitRC2-CBC".into(),
        OID_PBE_SHA_RC2_40 => "pbeWithSHAAnd40BitRC2-CBC".into(),
        OID_SHA1 => "HMAC-SHA1".into(),
        OID_SHA224 => "HMAC-SHA224".into(),
        OID_SHA256 => "HMAC-SHA256".into(),
        OID_SHA384 => "HMAC-SHA384".into(),
        OID_SHA512 => "HMAC-SHA512".into(),
        other => other.to_string(),
    }
}

/// How an encryption algorithm is run, decoded before any work.
enum Cipher {
    Pbes2(Box<pkcs5::pbes2::Parameters>),
    /// A PKCS#12 PBE (SHA-1 KDF): the OID, salt and rounds.
    Pkcs12 {
        oid: ObjectIdentifier,
        salt: Vec<u8>,
        rounds: i32,
    },
}

impl Cipher {
    fn parse(alg: &AlgorithmIdentifierOwned) -> Result<Cipher, P12Error> {
        let params = alg.parameters.as_ref().ok_or(P12Error::Unsupported)?;
        if alg.oid == OID_PBES2 {
            let p = pkcs5::pbes2::Parameters::try_from(der08::AnyRef::from(params))
                .map_err(|_| P12Error::Unsupported)?;
            // scrypt is written by no platform we serve, and its memory is another budget.
            if p.kdf.pbkdf2().is_none() {
                return Err(P12Error::Unsupported);
            }
            return Ok(Cipher::Pbes2(Box::new(p)));
        }
        if ![OID_PBE_SHA_3DES, OID_PBE_SHA_RC2_128, OID_PBE_SHA_RC2_40].contains(&alg.oid) {
            return Err(P12Error::Unsupported);
        }
        let p = Pkcs12PbeParams::from_der(&params.to_der().map_err(damaged)?).map_err(damaged)?;
        if p.iterations < 1 {
            return Err(P12Error::WrongPasswordOrDamaged);
        }
        Ok(Cipher::Pkcs12 {
            oid: alg.oid,
            salt: p.salt.as_bytes().to_vec(),
            rounds: p.iterations,
        })
    }

    /// One attempt's cost: rounds per derivation, and how many derivations.
    fn cost(&self, tries: u64) -> (u64, u64) {
        match self {
            Cipher::Pbes2(p) => (
                p.kdf
                    .pbkdf2()
                    .map_or(u64::MAX, |k| u64::from(k.iteration_count)),
                tries,
            ),
            // Key and IV are two derivations.
            Cipher::Pkcs12 { rounds, .. } => {
                (u64::try_from(*rounds).unwrap_or(u64::MAX), 2 * tries)
            }
        }
    }

    fn decrypt(&self, pass: &Pass, data: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
        let mut buf = Zeroizing::new(data.to_vec());
        let n = match self {
            Cipher::Pbes2(p) => p
                .decrypt_in_place(pass.utf8.as_slice(), &mut buf)
                .ok()?
                .len(),
            Cipher::Pkcs12 { oid, salt, rounds } => {
                let key_len = match *oid {
                    OID_PBE_SHA_3DES => 24,
                    OID_PBE_SHA_RC2_128 => 16,
                    _ => 5,
                };
                let derive = |t, n| {
                    Zeroizing::new(kdf::derive_key::<sha1_011::Sha1>(
                        &pass.bmp, salt, t, *rounds, n,
                    ))
                };
                let key = derive(Pkcs12KeyType::EncryptionKey, key_len);
                let iv = derive(Pkcs12KeyType::Iv, 8);
                if *oid == OID_PBE_SHA_3DES {
                    cbc::Decryptor::<des::TdesEde3>::new_from_slices(&key, &iv)
                        .ok()?
                        .decrypt_padded::<Pkcs7>(&mut buf)
                        .ok()?
                        .len()
                } else {
                    cbc::Decryptor::<rc2::Rc2>::new_from_slices(&key, &iv)
                        .ok()?
                        .decrypt_padded::<Pkcs7>(&mut buf)
                        .ok()?
                        .len()
                }
            }
        };
        buf.truncate(n);
        Some(buf)
    }
}

fn mac_matches(m: &MacData, pass: &Pass, data: &[u8]) -> Result<bool, P12Error> {
    let salt = m.mac_salt.as_bytes();
    let rounds = m.iterations;
    let expected = m.mac.digest.as_bytes();
    macro_rules! check {
        ($h:ty, $n:expr) => {{
            let key = Zeroizing::new(kdf::derive_key::<$h>(
                &pass.bmp,
                salt,
                Pkcs12KeyType::Mac,
                rounds,
                $n,
            ));
            let mut mac = hmac13::Hmac::<$h>::new_from_slice(&key).map_err(damaged)?;
            mac.update(data);
            Ok(mac.verify_slice(expected).is_ok())
        }};
    }
    match m.mac.algorithm.oid {
        OID_SHA1 => check!(sha1_011::Sha1, 20),
        OID_SHA224 => check!(sha2_011::Sha224, 28),
        OID_SHA256 => check!(sha2_011::Sha256, 32),
        OID_SHA384 => check!(sha2_011::Sha384, 48),
        OID_SHA512 => check!(sha2_011::Sha512, 64),
        _ => Err(P12Error::Unsupported),
    }
}

/// The inside of a bag's `[0] EXPLICIT` value.
fn explicit(v: &[u8]) -> Result<Vec<u8>, P12Error> {
    if v.first() == Some(&0xA0) {
        Ok(Any::from_der(v).map_err(damaged)?.value().to_vec())
    } else {
        Ok(v.to_vec())
    }
}

fn attribute(bag: &SafeBag, oid: ObjectIdentifier) -> Option<Vec<u8>> {
    bag.bag_attributes
        .as_ref()?
        .iter()
        .find(|a| a.oid == oid)
        .and_then(|a| a.values.iter().next())
        .and_then(|v| v.to_der().ok())
}

fn friendly_name(bag: &SafeBag) -> Option<String> {
    let der = attribute(bag, OID_FRIENDLY_NAME)?;
    BmpString::from_der(&der).ok().map(|s| s.to_string())
}

fn local_key_id(bag: &SafeBag) -> Option<Vec<u8>> {
    let der = attribute(bag, OID_LOCAL_KEY_ID)?;
    OctetString::from_der(&der)
        .ok()
        .map(|o| o.as_bytes().to_vec())
}

/// A SafeContents, and whether it was encrypted (for the protection summary).
struct Safe {
    bags: SafeContents,
    encrypted_with: Option<String>,
}

/// The shrouded key bags' ciphers in `bags`, decoded (no work yet).
fn shrouded(bags: &SafeContents) -> Result<Vec<(usize, Cipher, Vec<u8>)>, P12Error> {
    let mut out = Vec::new();
    for (i, bag) in bags.iter().enumerate() {
        if bag.bag_id == OID_SHROUDED_KEY_BAG {
            let epki =
                EncryptedPrivateKeyInfo::from_der(&explicit(&bag.bag_value)?).map_err(damaged)?;
            out.push((
                i,
                Cipher::parse(&epki.encryption_algorithm)?,
                epki.encrypted_data.as_bytes().to_vec(),
            ));
        }
    }
    Ok(out)
}

/// The PFX of a file in DER, or in BER as NSS (Firefox, Thunderbird) writes it.
pub fn parse_pfx(bytes: &[u8]) -> Option<Pfx> {
    Pfx::from_der(bytes)
        .ok()
        .or_else(|| Pfx::from_der(&crate::pki::ber::to_der(bytes)?).ok())
}

/// DER of a BER encoding (the bytes as they are when they are DER or not BER at all). The MAC
/// is always checked over the bytes as stored.
fn der_of(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    match crate::pki::ber::to_der(bytes) {
        Some(d) if d != bytes => std::borrow::Cow::Owned(d),
        _ => std::borrow::Cow::Borrowed(bytes),
    }
}

/// Opens `bytes` with `password`. Refuses, before any key derivation, a file that would need
/// more than [`MAX_TOTAL_ITERATIONS`] rounds or holds more than [`MAX_BAGS`] bags.
pub fn read(bytes: &[u8], password: &str) -> Result<Contents, P12Error> {
    let pfx = parse_pfx(bytes).ok_or(P12Error::WrongPasswordOrDamaged)?;
    if pfx.auth_safe.content_type != OID_DATA {
        return Err(P12Error::Unsupported); // public-key integrity mode: nobody writes it
    }
    let auth_safe = OctetString::from_der(&pfx.auth_safe.content.to_der().map_err(damaged)?)
        .map_err(damaged)?;
    let cis: Vec<ContentInfo> = Vec::from_der(&der_of(auth_safe.as_bytes())).map_err(damaged)?;
    if cis.len() > MAX_BAGS {
        return Err(P12Error::TooManyIterations);
    }

    // 1. Everything visible without a password: the MAC, the encrypted SafeContents, the
    //    shrouded key bags of the plain ones. Charged before any of it is run.
    let candidates = passes(password)?;
    let mut budget = Budget { spent: 0 };
    let mut plain: Vec<SafeContents> = Vec::new();
    let mut encrypted: Vec<(Cipher, Vec<u8>, String)> = Vec::new();
    let mut bag_count = 0usize;
    // The SafeContents in file order: (encrypted?, index in `plain` or `encrypted`).
    let mut order: Vec<(bool, usize)> = Vec::new();
    for ci in &cis {
        let der = ci.content.to_der().map_err(damaged)?;
        if ci.content_type == OID_DATA {
            let os = OctetString::from_der(&der).map_err(damaged)?;
            let bags = SafeContents::from_der(&der_of(os.as_bytes())).map_err(damaged)?;
            bag_count += bags.len();
            order.push((false, plain.len()));
            plain.push(bags);
        } else if ci.content_type == OID_ENCRYPTED_DATA {
            let ed = EncryptedData::from_der(&der).map_err(damaged)?;
            let alg = &ed.enc_content_info.content_enc_alg;
            let data = ed
                .enc_content_info
                .encrypted_content
                .as_ref()
                .map(|o| o.as_bytes().to_vec())
                .unwrap_or_default();
            order.push((true, encrypted.len()));
            encrypted.push((Cipher::parse(alg)?, data, alg_name(&alg.oid)));
        } else {
            return Err(P12Error::Unsupported); // enveloped (public-key privacy) mode
        }
        if bag_count > MAX_BAGS {
            return Err(P12Error::TooManyIterations);
        }
    }
    let plain_shrouded: Vec<_> = plain.iter().map(shrouded).collect::<Result<_, _>>()?;
    // Without a MAC to tell which password encoding is right, each is tried everywhere.
    let tries = if pfx.mac_data.is_some() {
        1
    } else {
        candidates.len() as u64
    };
    if let Some(m) = &pfx.mac_data {
        let rounds = u64::try_from(m.iterations).map_err(damaged)?;
        budget.charge((rounds, candidates.len() as u64))?;
    }
    for (c, _, _) in &encrypted {
        budget.charge(c.cost(tries))?;
    }
    for (_, c, _) in plain_shrouded.iter().flatten() {
        budget.charge(c.cost(tries))?;
    }

    // 2. The MAC picks the password encoding.
    let mut chosen: Vec<Pass> = candidates.clone();
    if let Some(m) = &pfx.mac_data {
        if m.iterations < 1 {
            return Err(P12Error::WrongPasswordOrDamaged);
        }
        let mut found = None;
        for p in &candidates {
            if mac_matches(m, p, auth_safe.as_bytes())? {
                found = Some(p.clone());
                break;
            }
        }
        chosen = vec![found.ok_or(P12Error::WrongPasswordOrDamaged)?];
    }
    // Without a MAC a wrong encoding may still unpad by chance: the result must also parse.
    let decrypt = |c: &Cipher,
                   data: &[u8],
                   valid: &dyn Fn(&[u8]) -> bool|
     -> Result<Zeroizing<Vec<u8>>, P12Error> {
        chosen
            .iter()
            .filter_map(|p| c.decrypt(p, data))
            .find(|plain| valid(plain))
            .ok_or(P12Error::WrongPasswordOrDamaged)
    };
    let is_safe = |b: &[u8]| SafeContents::from_der(&der_of(b)).is_ok();
    let is_key = |b: &[u8]| <pkcs8::PrivateKeyInfo as pkcs8::der::Decode>::from_der(b).is_ok();

    // 3. The encrypted SafeContents; their shrouded bags are charged before they are opened.
    let mut opened: Vec<Option<Safe>> = Vec::new();
    for (c, data, name) in &encrypted {
        let inner = decrypt(c, data, &is_safe)?;
        // A plain key bag may sit in here: the DER copy is wiped too.
        let inner_der = Zeroizing::new(der_of(&inner).into_owned());
        let bags = SafeContents::from_der(&inner_der).map_err(damaged)?;
        bag_count += bags.len();
        if bag_count > MAX_BAGS {
            return Err(P12Error::TooManyIterations);
        }
        for (_, c, _) in shrouded(&bags)? {
            budget.charge(c.cost(tries))?;
        }
        opened.push(Some(Safe {
            bags,
            encrypted_with: Some(name.clone()),
        }));
    }
    let mut plain: Vec<Option<SafeContents>> = plain.into_iter().map(Some).collect();
    let safes: Vec<Safe> = order
        .iter()
        .filter_map(|&(enc, i)| {
            if enc {
                opened.get_mut(i).and_then(Option::take)
            } else {
                plain.get_mut(i).and_then(Option::take).map(|bags| Safe {
                    bags,
                    encrypted_with: None,
                })
            }
        })
        .collect();

    // 4. The bags.
    let mut out = Contents {
        keys: Vec::new(),
        certs: Vec::new(),
        encryption: Vec::new(),
        mac: pfx
            .mac_data
            .as_ref()
            .map_or_else(|| "none".to_owned(), |m| alg_name(&m.mac.algorithm.oid)),
        mac_iterations: pfx.mac_data.as_ref().map_or(0, |m| m.iterations),
    };
    for safe in &safes {
        let with_certs = safe.bags.iter().any(|b| b.bag_id == OID_CERT_BAG);
        if with_certs {
            out.encryption.push(format!(
                "certificates: {}",
                safe.encrypted_with.as_deref().unwrap_or("none")
            ));
        }
        for bag in safe.bags.iter() {
            match bag.bag_id {
                OID_CERT_BAG => {
                    let cb = CertBag::from_der(&explicit(&bag.bag_value)?).map_err(damaged)?;
                    if cb.cert_id == OID_X509_CERT {
                        out.certs.push(ReadCert {
                            der: cb.cert_value.as_bytes().to_vec(),
                            friendly_name: friendly_name(bag),
                            local_key_id: local_key_id(bag),
                        });
                    }
                }
                OID_KEY_BAG => {
                    out.keys.push(ReadKey {
                        pkcs8: Zeroizing::new(explicit(&bag.bag_value)?),
                        friendly_name: friendly_name(bag),
                        local_key_id: local_key_id(bag),
                    });
                    out.encryption.push("key: none".to_owned());
                }
                OID_SHROUDED_KEY_BAG => {
                    let epki = EncryptedPrivateKeyInfo::from_der(&explicit(&bag.bag_value)?)
                        .map_err(damaged)?;
                    let c = Cipher::parse(&epki.encryption_algorithm)?;
                    out.keys.push(ReadKey {
                        pkcs8: decrypt(&c, epki.encrypted_data.as_bytes(), &is_key)?,
                        friendly_name: friendly_name(bag),
                        local_key_id: local_key_id(bag),
                    });
                    out.encryption
                        .push(format!("key: {}", alg_name(&epki.encryption_algorithm.oid)));
                }
                _ => {}
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use cms::content_info::CmsVersion;
    use cms::enveloped_data::EncryptedContentInfo;

    fn os(b: &[u8]) -> OctetString {
        OctetString::new(b.to_vec()).unwrap()
    }

    /// A shrouded key bag asking for `rounds` (its ciphertext is junk: only the count matters
    /// to the budget, which must refuse before any derivation).
    fn costly_bag(rounds: i32) -> SafeBag {
        let params = Pkcs12PbeParams {
            salt: os(&[7; 8]),
            iterations: rounds,
        };
        let epki = EncryptedPrivateKeyInfo {
            encryption_algorithm: AlgorithmIdentifierOwned {
                oid: OID_PBE_SHA_3DES,
                parameters: Some(Any::from_der(&params.to_der().unwrap()).unwrap()),
            },
            encrypted_data: os(&[0u8; 64]),
        };
        SafeBag {
            bag_id: OID_SHROUDED_KEY_BAG,
            bag_value: epki.to_der().unwrap(),
            bag_attributes: None,
        }
    }

    fn data(bytes: &[u8]) -> ContentInfo {
        ContentInfo {
            content_type: OID_DATA,
            content: Any::from_der(&os(bytes).to_der().unwrap()).unwrap(),
        }
    }

    fn pfx(safes: Vec<ContentInfo>) -> Vec<u8> {
        Pfx {
            version: pkcs12::pfx::Version::V3,
            auth_safe: data(&safes.to_der().unwrap()),
            mac_data: None,
        }
        .to_der()
        .unwrap()
    }

    #[test]
    fn many_costly_bags_are_refused_before_any_work() {
        // Each bag is within the per-derivation cap; together they are not (the crafted file
        // of the issue: 60,000 such bags, two hours of work).
        for n in [3usize, 200] {
            let bags: SafeContents = (0..n).map(|_| costly_bag(1_000_000)).collect();
            let bytes = pfx(vec![data(&bags.to_der().unwrap())]);
            let t0 = std::time::Instant::now();
            let r = read(&bytes, "any password");
            assert!(matches!(r, Err(P12Error::TooManyIterations)), "{n} bags");
            assert!(
                t0.elapsed().as_millis() < 500,
                "{n} bags: {:?}",
                t0.elapsed()
            );
        }
    }

    #[test]
    fn too_many_bags_are_refused() {
        let bags: SafeContents = (0..MAX_BAGS + 1).map(|_| costly_bag(1)).collect();
        let bytes = pfx(vec![data(&bags.to_der().unwrap())]);
        assert!(matches!(
            read(&bytes, "x"),
            Err(P12Error::TooManyIterations)
        ));
    }

    #[test]
    fn costly_bags_inside_an_encrypted_safe_are_refused_before_they_are_opened() {
        let inner: SafeContents = (0..3).map(|_| costly_bag(1_000_000)).collect();
        let salt = [1u8; 16];
        let params =
            pkcs5::pbes2::Parameters::generate_pbkdf2_sha256_aes256cbc(1000, &salt, [2u8; 16])
                .unwrap();
        let ct = params.encrypt(b"pw", &inner.to_der().unwrap()).unwrap();
        let ed = EncryptedData {
            version: CmsVersion::V0,
            enc_content_info: EncryptedContentInfo {
                content_type: OID_DATA,
                content_enc_alg: AlgorithmIdentifierOwned {
                    oid: OID_PBES2,
                    parameters: Some(Any::from_der(&params.to_der().unwrap()).unwrap()),
                },
                encrypted_content: Some(os(&ct)),
            },
            unprotected_attrs: None,
        };
        let ci = ContentInfo {
            content_type: OID_ENCRYPTED_DATA,
            content: Any::from_der(&ed.to_der().unwrap()).unwrap(),
        };
        let t0 = std::time::Instant::now();
        assert!(matches!(
            read(&pfx(vec![ci]), "pw"),
            Err(P12Error::TooManyIterations)
        ));
        assert!(t0.elapsed().as_millis() < 500, "{:?}", t0.elapsed());
    }

    #[test]
    fn one_derivation_over_the_cap_is_refused() {
        let bags: SafeContents = vec![costly_bag(1_000_001)];
        let bytes = pfx(vec![data(&bags.to_der().unwrap())]);
        assert!(matches!(
            read(&bytes, "x"),
            Err(P12Error::TooManyIterations)
        ));
    }

    /// A key bag under PBES2 with the hmacWithSHA1 PRF (older exporters), no MAC.
    fn sha1_prf_file(password: &str) -> (Vec<u8>, Vec<u8>) {
        use crate::pki::key::{CancelToken, KeySpec, generate};
        let key = generate(KeySpec::EcP256, &CancelToken::new(), &|_| {}).unwrap();
        let mut kdf = pkcs5::pbes2::Pbkdf2Params::hmac_sha256(2048, &[3u8; 16]).unwrap();
        kdf.prf = pkcs5::pbes2::Pbkdf2Prf::HmacWithSha1;
        let params = pkcs5::pbes2::Parameters {
            kdf: kdf.into(),
            encryption: pkcs5::pbes2::EncryptionScheme::Aes256Cbc { iv: [4u8; 16] },
        };
        let ct = params
            .encrypt(password.as_bytes(), key.pkcs8_der())
            .unwrap();
        let epki = EncryptedPrivateKeyInfo {
            encryption_algorithm: AlgorithmIdentifierOwned {
                oid: OID_PBES2,
                parameters: Some(Any::from_der(&params.to_der().unwrap()).unwrap()),
            },
            encrypted_data: os(&ct),
        };
        let bag = SafeBag {
            bag_id: OID_SHROUDED_KEY_BAG,
            bag_value: epki.to_der().unwrap(),
            bag_attributes: None,
        };
        let bags: SafeContents = vec![bag];
        (
            pfx(vec![data(&bags.to_der().unwrap())]),
            key.pkcs8_der().to_vec(),
        )
    }

    #[test]
    fn pbes2_with_the_sha1_prf_and_empty_passwords_open() {
        for pw in ["Kq7#mv2P!rTz", ""] {
            let (bytes, key) = sha1_prf_file(pw);
            let c = read(&bytes, pw).unwrap();
            assert_eq!(c.keys.len(), 1);
            assert_eq!(c.keys[0].pkcs8.as_slice(), key.as_slice(), "{pw:?}");
            assert_eq!(c.mac, "none");
        }
        let (bytes, _) = sha1_prf_file("Kq7#mv2P!rTz");
        assert!(read(&bytes, "wrong").is_err());
    }
}
