//! Password-based encryption of the bags, both ways: PBES2 (RFC 8018, PBKDF2 + AES-CBC) and the
//! PKCS#12 PBE ciphers (RFC 7292 appendix C: SHA-1 KDF, then 3DES or RC2 in CBC). The writer
//! encrypts with a preset; the reader decodes what a file asks for before any work, so the
//! budget can charge it, then decrypts. The key and IV derivation is shared by both.

use cbc::cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyIvInit, block_padding::Pkcs7};
use cms::cert::x509::spki::AlgorithmIdentifierOwned;
use der08::asn1::{BmpString, ObjectIdentifier, OctetString};
use der08::{Any, Decode, Encode};
use pkcs12::kdf::{self, Pkcs12KeyType};
use pkcs12::pbe_params::Pkcs12PbeParams;
use zeroize::Zeroizing;

use super::{P12Error, Preset, build_err, damaged, oid, random};

/// The password in the encodings RFC 7292 allows: PBES2 takes the UTF-8 bytes; the PKCS#12 KDF
/// (MAC and the legacy ciphers) takes BMPString with a two-byte terminator — or, for a file made
/// with no password at all, no bytes (OpenSSL reads both for an empty password).
#[derive(Clone)]
pub(super) struct Pass {
    pub(super) utf8: Zeroizing<Vec<u8>>,
    pub(super) bmp: Zeroizing<Vec<u8>>,
}

impl Pass {
    pub(super) fn new(password: &str) -> Result<Pass, P12Error> {
        let bmp = BmpString::from_utf8(password).map_err(|_| P12Error::WrongPasswordOrDamaged)?;
        let mut b = Zeroizing::new(bmp.into_bytes().to_vec());
        b.extend([0u8, 0u8]);
        Ok(Pass {
            utf8: Zeroizing::new(password.as_bytes().to_vec()),
            bmp: b,
        })
    }

    /// Every encoding a reader must try for `password`.
    pub(super) fn candidates(password: &str) -> Result<Vec<Pass>, P12Error> {
        let mut out = vec![Pass::new(password)?];
        if password.is_empty() {
            out.push(Pass {
                utf8: Zeroizing::new(Vec::new()),
                bmp: Zeroizing::new(Vec::new()),
            });
        }
        Ok(out)
    }
}

/// Key and IV of a PKCS#12 PBE cipher (RFC 7292 appendix B.2, SHA-1 KDF).
fn sha1_key_iv(
    pass: &Pass,
    salt: &[u8],
    rounds: i32,
    key_len: usize,
) -> (Zeroizing<Vec<u8>>, Zeroizing<Vec<u8>>) {
    let derive = |t, n| {
        Zeroizing::new(kdf::derive_key::<sha1_011::Sha1>(
            &pass.bmp, salt, t, rounds, n,
        ))
    };
    (
        derive(Pkcs12KeyType::EncryptionKey, key_len),
        derive(Pkcs12KeyType::Iv, 8),
    )
}

fn algorithm(
    oid: ObjectIdentifier,
    params_der: &[u8],
) -> Result<AlgorithmIdentifierOwned, P12Error> {
    Ok(AlgorithmIdentifierOwned {
        oid,
        parameters: Some(Any::from_der(params_der).map_err(build_err)?),
    })
}

/// Encrypts `data` as `preset` says, with fresh salt and IV: the algorithm identifier to store
/// next to it, and the ciphertext.
pub(super) fn encrypt(
    preset: Preset,
    data: &[u8],
    pass: &Pass,
) -> Result<(AlgorithmIdentifierOwned, Vec<u8>), P12Error> {
    let iterations = preset.iterations();
    let salt: [u8; 16] = random();
    match preset {
        Preset::Modern => {
            let params = pkcs5::pbes2::Parameters::generate_pbkdf2_sha256_aes256cbc(
                iterations,
                &salt,
                random(),
            )
            .map_err(build_err)?;
            let ct = params
                .encrypt(pass.utf8.as_slice(), data)
                .map_err(build_err)?;
            Ok((
                algorithm(oid::PBES2, &params.to_der().map_err(build_err)?)?,
                ct,
            ))
        }
        Preset::Compatible => {
            let rounds = iterations as i32;
            let (key, iv) = sha1_key_iv(pass, &salt, rounds, 24);
            let ct = cbc::Encryptor::<des::TdesEde3>::new_from_slices(&key, &iv)
                .map_err(build_err)?
                .encrypt_padded_vec::<Pkcs7>(data);
            let params = Pkcs12PbeParams {
                salt: OctetString::new(salt.to_vec()).map_err(build_err)?,
                iterations: rounds,
            };
            Ok((
                algorithm(oid::PBE_SHA_3DES, &params.to_der().map_err(build_err)?)?,
                ct,
            ))
        }
    }
}

/// How a file's encryption is run, decoded before any work.
pub(super) enum Cipher {
    Pbes2(Box<pkcs5::pbes2::Parameters>),
    /// A PKCS#12 PBE (SHA-1 KDF): the OID, salt and rounds.
    Pkcs12 {
        oid: ObjectIdentifier,
        salt: Vec<u8>,
        rounds: i32,
    },
}

impl Cipher {
    pub(super) fn parse(alg: &AlgorithmIdentifierOwned) -> Result<Cipher, P12Error> {
        let params = alg.parameters.as_ref().ok_or(P12Error::Unsupported)?;
        if alg.oid == oid::PBES2 {
            let p = pkcs5::pbes2::Parameters::try_from(der08::AnyRef::from(params))
                .map_err(|_| P12Error::Unsupported)?;
            // scrypt is written by no platform we serve, and its memory is another budget.
            if p.kdf.pbkdf2().is_none() {
                return Err(P12Error::Unsupported);
            }
            return Ok(Cipher::Pbes2(Box::new(p)));
        }
        if ![oid::PBE_SHA_3DES, oid::PBE_SHA_RC2_128, oid::PBE_SHA_RC2_40].contains(&alg.oid) {
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
    pub(super) fn cost(&self, tries: u64) -> (u64, u64) {
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

    pub(super) fn decrypt(&self, pass: &Pass, data: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
        let mut buf = Zeroizing::new(data.to_vec());
        let n = match self {
            Cipher::Pbes2(p) => p
                .decrypt_in_place(pass.utf8.as_slice(), &mut buf)
                .ok()?
                .len(),
            Cipher::Pkcs12 { oid, salt, rounds } => {
                let key_len = match *oid {
                    oid::PBE_SHA_3DES => 24,
                    oid::PBE_SHA_RC2_128 => 16,
                    _ => 5,
                };
                let (key, iv) = sha1_key_iv(pass, salt, *rounds, key_len);
                if *oid == oid::PBE_SHA_3DES {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_preset_decrypts_what_it_encrypts() {
        let pass = Pass::new("Kq7#mv2P!rTz").unwrap();
        let other = Pass::new("Kq7#mv2P!rTx").unwrap();
        for preset in [Preset::Modern, Preset::Compatible] {
            let (alg, ct) = encrypt(preset, b"the key", &pass).unwrap();
            let c = Cipher::parse(&alg).unwrap();
            assert_eq!(
                c.decrypt(&pass, &ct).as_deref().map(Vec::as_slice),
                Some(&b"the key"[..])
            );
            assert_ne!(
                c.decrypt(&other, &ct).as_deref().map(Vec::as_slice),
                Some(&b"the key"[..])
            );
        }
    }
}
