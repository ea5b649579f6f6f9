//! A validated [`Request`] plus its key → a minimal, correct PKCS#10 CSR (rcgen). The CA takes
//! only the public key from it and everything else from its order form, so the CSR carries just
//! the subject, the SANs and the matching key usage / EKU — no challengePassword, no other
//! attributes that CAs reject.

use rcgen::{
    CertificateParams, DistinguishedName, DnType, DnValue, PublicKeyData, SanType,
    SignatureAlgorithm, SigningKey,
};

use crate::pki::key::{HashAlg, KeySpec, PrivateKey};
use crate::pki::profile::server_key_usages;
use crate::pki::request::{Request, printable};

/// A CSR in both encodings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Csr {
    pub der: Vec<u8>,
    pub pem: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CsrError {
    #[error("the key does not match the request's key type")]
    KeyMismatch,
    #[error("building the CSR failed: {0}")]
    Build(String),
}

/// rcgen's signing interface over our key (no native crypto backend needed). Also what the
/// tests' CA signs certificates with.
pub struct KeySigner<'a> {
    key: &'a PrivateKey,
    hash: HashAlg,
    public: Vec<u8>,
    alg: &'static SignatureAlgorithm,
}

impl PublicKeyData for KeySigner<'_> {
    fn der_bytes(&self) -> &[u8] {
        &self.public
    }
    fn algorithm(&self) -> &'static SignatureAlgorithm {
        self.alg
    }
}

impl SigningKey for KeySigner<'_> {
    fn sign(&self, msg: &[u8]) -> Result<Vec<u8>, rcgen::Error> {
        self.key
            .sign(self.hash, msg)
            .map_err(|_| rcgen::Error::RemoteKeyError)
    }
}

impl<'a> KeySigner<'a> {
    /// A signer for `key` with `hash` (ECDSA keys only with their curve's hash).
    pub fn new(key: &'a PrivateKey, hash: HashAlg) -> Result<KeySigner<'a>, CsrError> {
        Ok(KeySigner {
            key,
            hash,
            public: key.public_key_bits().map_err(|_| CsrError::KeyMismatch)?,
            alg: algorithm(key.spec(), hash).ok_or(CsrError::KeyMismatch)?,
        })
    }
}

/// rcgen's algorithm descriptor for a key and hash.
pub fn algorithm(spec: KeySpec, hash: HashAlg) -> Option<&'static SignatureAlgorithm> {
    match (spec, hash) {
        (KeySpec::EcP256, HashAlg::Sha256) => Some(&rcgen::PKCS_ECDSA_P256_SHA256),
        (KeySpec::EcP384, HashAlg::Sha384) => Some(&rcgen::PKCS_ECDSA_P384_SHA384),
        (KeySpec::EcP256 | KeySpec::EcP384, _) => None,
        (_, HashAlg::Sha256) => Some(&rcgen::PKCS_RSA_SHA256),
        (_, HashAlg::Sha384) => Some(&rcgen::PKCS_RSA_SHA384),
    }
}

fn dn_value(v: &str) -> Result<DnValue, CsrError> {
    if printable(v) {
        rcgen::string::PrintableString::try_from(v)
            .map(DnValue::PrintableString)
            .map_err(|e| CsrError::Build(e.to_string()))
    } else {
        Ok(DnValue::Utf8String(v.to_owned()))
    }
}

fn ia5(v: &str) -> Result<rcgen::string::Ia5String, CsrError> {
    rcgen::string::Ia5String::try_from(v).map_err(|e| CsrError::Build(e.to_string()))
}

/// The rcgen parameters for `req`: subject, SANs, key usage, EKU.
fn params(req: &Request) -> Result<CertificateParams, CsrError> {
    let mut p = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    match req {
        Request::Smime(r) => {
            dn.push(DnType::OrganizationName, dn_value(&r.organization)?);
            dn.push(DnType::CommonName, dn_value(&r.common_name)?);
            p.subject_alt_names = r
                .emails
                .iter()
                .map(|e| ia5(e).map(SanType::Rfc822Name))
                .collect::<Result<_, _>>()?;
            p.key_usages = r.choice.key_usages(r.key);
            p.extended_key_usages = r.choice.extended_key_usages();
        }
        Request::Server(r) => {
            // Order C, ST, L, O, CN; no OU, no emailAddress (BR).
            dn.push(DnType::CountryName, dn_value(&r.country)?);
            dn.push(DnType::StateOrProvinceName, dn_value(&r.state)?);
            dn.push(DnType::LocalityName, dn_value(&r.locality)?);
            dn.push(DnType::OrganizationName, dn_value(&r.organization)?);
            dn.push(DnType::CommonName, dn_value(&r.common_name)?);
            p.subject_alt_names = r
                .sans
                .iter()
                .map(|n| ia5(n).map(SanType::DnsName))
                .collect::<Result<_, _>>()?;
            p.key_usages = server_key_usages(r.key);
            p.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
        }
    }
    p.distinguished_name = dn;
    Ok(p)
}

/// Builds and signs the CSR for `req` with `key`.
pub fn build(req: &Request, key: &PrivateKey) -> Result<Csr, CsrError> {
    if key.spec() != req.key() {
        return Err(CsrError::KeyMismatch);
    }
    let signer = KeySigner::new(key, req.hash())?;
    let csr = params(req)?
        .serialize_request(&signer)
        .map_err(|e| CsrError::Build(e.to_string()))?;
    let pem = csr.pem().map_err(|e| CsrError::Build(e.to_string()))?;
    Ok(Csr {
        der: csr.der().to_vec(),
        pem,
    })
}
