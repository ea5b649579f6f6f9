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
//! What we write is also read by `p12-keystore` (an independent reader) in `verify.rs`.
//!
//! Why the walk is one function: the budget is only as good as its coverage — every place that
//! runs a derivation (`mac::matches`, `Cipher::decrypt`) is called from here, after the counting
//! that must precede it, so no decryption path can escape the count.

use cms::content_info::ContentInfo;
use cms::encrypted_data::EncryptedData;
use der08::asn1::OctetString;
use der08::{Any, Decode, Encode};
use pkcs12::CertBag;
use pkcs12::pbe_params::EncryptedPrivateKeyInfo;
use pkcs12::pfx::Pfx;
use pkcs12::safe_bag::SafeContents;
use zeroize::Zeroizing;

use super::attrs::{friendly_name, local_key_id};
use super::pbe::{Cipher, Pass};
use super::{MAX_READ_ITERATIONS, P12Error, damaged, mac, oid};

/// The most key-derivation rounds one file may ask for in total (all its bags and the MAC, and
/// every password encoding tried). The writers people meet use 2,048 (OpenSSL), 10,000 (Java),
/// 2,000 (Windows) or 100,000 (Shomei) per derivation, three to five derivations a file;
/// 3,000,000 rounds is under half a second of work here.
pub const MAX_TOTAL_ITERATIONS: u64 = 3_000_000;
/// The most bags (keys, certificates, anything) one file may hold.
pub const MAX_BAGS: usize = 256;

/// One private key found in the file (PKCS#8 PrivateKeyInfo DER, wiped on drop).
pub(super) struct ReadKey {
    pub pkcs8: Zeroizing<Vec<u8>>,
    pub friendly_name: Option<String>,
    pub local_key_id: Option<Vec<u8>>,
}

/// One certificate found in the file.
pub(super) struct ReadCert {
    pub der: Vec<u8>,
    pub friendly_name: Option<String>,
    pub local_key_id: Option<Vec<u8>>,
}

/// Everything the file holds, and how it was protected.
pub(super) struct Contents {
    pub keys: Vec<ReadKey>,
    pub certs: Vec<ReadCert>,
    /// e.g. `certificates: PBES2`, `key: pbeWithSHAAnd3-KeyTripleDES-CBC`.
    pub encryption: Vec<String>,
    /// `HMAC-SHA256`, … or `none`.
    pub mac: String,
    pub mac_iterations: i32,
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

/// The inside of a bag's `[0] EXPLICIT` value.
fn explicit(v: &[u8]) -> Result<Vec<u8>, P12Error> {
    if v.first() == Some(&0xA0) {
        Ok(Any::from_der(v).map_err(damaged)?.value().to_vec())
    } else {
        Ok(v.to_vec())
    }
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
        if bag.bag_id == oid::SHROUDED_KEY_BAG {
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
pub(super) fn open(bytes: &[u8], password: &str) -> Result<Contents, P12Error> {
    let pfx = parse_pfx(bytes).ok_or(P12Error::WrongPasswordOrDamaged)?;
    if pfx.auth_safe.content_type != oid::DATA {
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
    let candidates = Pass::candidates(password)?;
    let mut budget = Budget { spent: 0 };
    let mut plain: Vec<SafeContents> = Vec::new();
    let mut encrypted: Vec<(Cipher, Vec<u8>, String)> = Vec::new();
    let mut bag_count = 0usize;
    // The SafeContents in file order: (encrypted?, index in `plain` or `encrypted`).
    let mut order: Vec<(bool, usize)> = Vec::new();
    for ci in &cis {
        let der = ci.content.to_der().map_err(damaged)?;
        if ci.content_type == oid::DATA {
            let os = OctetString::from_der(&der).map_err(damaged)?;
            let bags = SafeContents::from_der(&der_of(os.as_bytes())).map_err(damaged)?;
            bag_count += bags.len();
            order.push((false, plain.len()));
            plain.push(bags);
        } else if ci.content_type == oid::ENCRYPTED_DATA {
            let ed = EncryptedData::from_der(&der).map_err(damaged)?;
            let alg = &ed.enc_content_info.content_enc_alg;
            let data = ed
                .enc_content_info
                .encrypted_content
                .as_ref()
                .map(|o| o.as_bytes().to_vec())
                .unwrap_or_default();
            order.push((true, encrypted.len()));
            encrypted.push((Cipher::parse(alg)?, data, oid::name(&alg.oid)));
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
            let (salt, rounds) = (m.mac_salt.as_bytes(), m.iterations);
            let expected = m.mac.digest.as_bytes();
            let digest = &m.mac.algorithm.oid;
            if mac::matches(digest, &p.bmp, salt, rounds, auth_safe.as_bytes(), expected)? {
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
            .map_or_else(|| "none".to_owned(), |m| oid::name(&m.mac.algorithm.oid)),
        mac_iterations: pfx.mac_data.as_ref().map_or(0, |m| m.iterations),
    };
    for safe in &safes {
        let with_certs = safe.bags.iter().any(|b| b.bag_id == oid::CERT_BAG);
        if with_certs {
            out.encryption.push(format!(
                "certificates: {}",
                safe.encrypted_with.as_deref().unwrap_or("none")
            ));
        }
        for bag in safe.bags.iter() {
            match bag.bag_id {
                oid::CERT_BAG => {
                    let cb = CertBag::from_der(&explicit(&bag.bag_value)?).map_err(damaged)?;
                    if cb.cert_id == oid::X509_CERT {
                        out.certs.push(ReadCert {
                            der: cb.cert_value.as_bytes().to_vec(),
                            friendly_name: friendly_name(bag),
                            local_key_id: local_key_id(bag),
                        });
                    }
                }
                oid::KEY_BAG => {
                    out.keys.push(ReadKey {
                        pkcs8: Zeroizing::new(explicit(&bag.bag_value)?),
                        friendly_name: friendly_name(bag),
                        local_key_id: local_key_id(bag),
                    });
                    out.encryption.push("key: none".to_owned());
                }
                oid::SHROUDED_KEY_BAG => {
                    let epki = EncryptedPrivateKeyInfo::from_der(&explicit(&bag.bag_value)?)
                        .map_err(damaged)?;
                    let c = Cipher::parse(&epki.encryption_algorithm)?;
                    out.keys.push(ReadKey {
                        pkcs8: decrypt(&c, epki.encrypted_data.as_bytes(), &is_key)?,
                        friendly_name: friendly_name(bag),
                        local_key_id: local_key_id(bag),
                    });
                    out.encryption.push(format!(
                        "key: {}",
                        oid::name(&epki.encryption_algorithm.oid)
                    ));
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
    use cms::cert::x509::spki::AlgorithmIdentifierOwned;
    use cms::content_info::CmsVersion;
    use cms::enveloped_data::EncryptedContentInfo;
    use pkcs12::pbe_params::Pkcs12PbeParams;
    use pkcs12::safe_bag::SafeBag;

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
                oid: oid::PBE_SHA_3DES,
                parameters: Some(Any::from_der(&params.to_der().unwrap()).unwrap()),
            },
            encrypted_data: os(&[0u8; 64]),
        };
        SafeBag {
            bag_id: oid::SHROUDED_KEY_BAG,
            bag_value: epki.to_der().unwrap(),
            bag_attributes: None,
        }
    }

    fn data(bytes: &[u8]) -> ContentInfo {
        ContentInfo {
            content_type: oid::DATA,
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
            let r = open(&bytes, "any password");
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
            open(&bytes, "x"),
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
                content_type: oid::DATA,
                content_enc_alg: AlgorithmIdentifierOwned {
                    oid: oid::PBES2,
                    parameters: Some(Any::from_der(&params.to_der().unwrap()).unwrap()),
                },
                encrypted_content: Some(os(&ct)),
            },
            unprotected_attrs: None,
        };
        let ci = ContentInfo {
            content_type: oid::ENCRYPTED_DATA,
            content: Any::from_der(&ed.to_der().unwrap()).unwrap(),
        };
        let t0 = std::time::Instant::now();
        assert!(matches!(
            open(&pfx(vec![ci]), "pw"),
            Err(P12Error::TooManyIterations)
        ));
        assert!(t0.elapsed().as_millis() < 500, "{:?}", t0.elapsed());
    }

    #[test]
    fn one_derivation_over_the_cap_is_refused() {
        let bags: SafeContents = vec![costly_bag(1_000_001)];
        let bytes = pfx(vec![data(&bags.to_der().unwrap())]);
        assert!(matches!(
            open(&bytes, "x"),
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
                oid: oid::PBES2,
                parameters: Some(Any::from_der(&params.to_der().unwrap()).unwrap()),
            },
            encrypted_data: os(&ct),
        };
        let bag = SafeBag {
            bag_id: oid::SHROUDED_KEY_BAG,
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
            let c = open(&bytes, pw).unwrap();
            assert_eq!(c.keys.len(), 1);
            assert_eq!(c.keys[0].pkcs8.as_slice(), key.as_slice(), "{pw:?}");
            assert_eq!(c.mac, "none");
        }
        let (bytes, _) = sha1_prf_file("Kq7#mv2P!rTz");
        assert!(open(&bytes, "wrong").is_err());
    }
}
