//! A test CA shaped like DigiCert's (docs/domain.md [D1]; root → intermediate → leaf; the leaf's extensions come from
//! the order's profile, not from the CSR), and the ways CAs pack what they send.

use std::io::Write;
use std::path::{Path, PathBuf};

use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa,
    Issuer, KeyIdMethod, KeyUsagePurpose, PublicKeyData, SanType, SignatureAlgorithm,
};
use sha2::{Digest, Sha256};
use shomei::pki::csr::{KeySigner, algorithm};
use shomei::pki::key::{CancelToken, HashAlg, KeySpec, PrivateKey, generate};
use time::{Duration, OffsetDateTime};
use x509_parser::prelude::FromDer;

use crate::common::{python, tool};

fn key_id(bits: &[u8]) -> KeyIdMethod {
    KeyIdMethod::PreSpecified(Sha256::digest(bits)[..20].to_vec())
}

pub struct Ca {
    pub root_der: Vec<u8>,
    pub inter_key: PrivateKey,
    pub inter_params: CertificateParams,
    pub inter_der: Vec<u8>,
}

fn ca_params(cn: &str, key: &PrivateKey) -> CertificateParams {
    let mut p = CertificateParams::default();
    let mut dn = DistinguishedName::new();
    dn.push(DnType::CountryName, "US");
    dn.push(DnType::OrganizationName, "Test Cert Inc");
    dn.push(DnType::CommonName, cn);
    p.distinguished_name = dn;
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    p.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    p.key_identifier_method = key_id(&key.public_key_bits().unwrap());
    p.serial_number = Some(rcgen::SerialNumber::from_slice(
        &Sha256::digest(key.public_key_bits().unwrap())[..12],
    ));
    p.not_before = OffsetDateTime::now_utc() - Duration::days(3650);
    p.not_after = OffsetDateTime::now_utc() + Duration::days(3650);
    p
}

fn new_key(spec: KeySpec) -> PrivateKey {
    generate(spec, &CancelToken::new(), &|_| {}).unwrap()
}

impl Ca {
    /// Root "Test Assured ID Root G2" → intermediate "Test Assured G2 SMIME RSA SHA384 CA1".
    pub fn new() -> Ca {
        let root_key = new_key(KeySpec::Rsa2048);
        let root_params = ca_params("Test Assured ID Root G2", &root_key);
        let root_der = root_params
            .self_signed(&KeySigner::new(&root_key, HashAlg::Sha256).unwrap())
            .unwrap()
            .der()
            .to_vec();
        let inter_key = new_key(KeySpec::Rsa2048);
        let mut inter_params = ca_params("Test Assured G2 SMIME RSA SHA384 CA1", &inter_key);
        inter_params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
        inter_params.use_authority_key_identifier_extension = true;
        let issuer = Issuer::new(
            root_params.clone(),
            KeySigner::new(&root_key, HashAlg::Sha256).unwrap(),
        );
        let inter_der = inter_params
            .signed_by(
                &KeySigner::new(&inter_key, HashAlg::Sha384).unwrap(),
                &issuer,
            )
            .unwrap()
            .der()
            .to_vec();
        Ca {
            root_der,
            inter_key,
            inter_params,
            inter_der,
        }
    }

    /// Issues a leaf for the public key in `csr_pem`, with the profile's extensions.
    pub fn issue(&self, csr_pem: &str, order: &Order) -> Vec<u8> {
        let (_, pem) = x509_parser::pem::parse_x509_pem(csr_pem.as_bytes()).unwrap();
        let (_, csr) =
            x509_parser::certification_request::X509CertificationRequest::from_der(&pem.contents)
                .unwrap();
        let spki = &csr.certification_request_info.subject_pki;
        let bits = spki.subject_public_key.data.to_vec();
        let alg: &'static SignatureAlgorithm =
            match spki.algorithm.algorithm.to_id_string().as_str() {
                "1.2.840.113549.1.1.1" => algorithm(KeySpec::Rsa2048, HashAlg::Sha256).unwrap(),
                _ => match bits.len() {
                    65 => algorithm(KeySpec::EcP256, HashAlg::Sha256).unwrap(),
                    _ => algorithm(KeySpec::EcP384, HashAlg::Sha384).unwrap(),
                },
            };
        let subject = SubjectKey { bits, alg };
        let mut p = CertificateParams::default();
        let mut dn = DistinguishedName::new();
        if let Some(o) = &order.org {
            dn.push(DnType::OrganizationName, o.as_str());
        }
        dn.push(DnType::CommonName, order.cn.as_str());
        p.distinguished_name = dn;
        p.subject_alt_names = order
            .emails
            .iter()
            .map(|e| SanType::Rfc822Name(e.as_str().try_into().unwrap()))
            .chain(
                order
                    .dns
                    .iter()
                    .map(|d| SanType::DnsName(d.as_str().try_into().unwrap())),
            )
            .collect();
        p.key_usages = order.ku.clone();
        p.extended_key_usages = order.eku.clone();
        p.is_ca = IsCa::ExplicitNoCa;
        p.use_authority_key_identifier_extension = true;
        p.key_identifier_method = key_id(&subject.bits);
        p.serial_number = Some(rcgen::SerialNumber::from_slice(
            &Sha256::digest(&subject.bits)[..16],
        ));
        p.not_before = order.not_before;
        p.not_after = order.not_after;
        let issuer = Issuer::new(
            self.inter_params.clone(),
            KeySigner::new(&self.inter_key, HashAlg::Sha384).unwrap(),
        );
        p.signed_by(&subject, &issuer).unwrap().der().to_vec()
    }
}

struct SubjectKey {
    bits: Vec<u8>,
    alg: &'static SignatureAlgorithm,
}

impl PublicKeyData for SubjectKey {
    fn der_bytes(&self) -> &[u8] {
        &self.bits
    }
    fn algorithm(&self) -> &'static SignatureAlgorithm {
        self.alg
    }
}

/// What was ordered on the CA's page.
pub struct Order {
    pub cn: String,
    pub org: Option<String>,
    pub emails: Vec<String>,
    pub dns: Vec<String>,
    pub ku: Vec<KeyUsagePurpose>,
    pub eku: Vec<ExtendedKeyUsagePurpose>,
    pub not_before: OffsetDateTime,
    pub not_after: OffsetDateTime,
}

impl Order {
    /// Secure Mail ID, Strict, 複数目的使用 (sign + encrypt), one year.
    pub fn smime(email: &str, org: &str) -> Order {
        Order {
            cn: email.into(),
            org: Some(org.into()),
            emails: vec![email.into()],
            dns: vec![],
            ku: vec![
                KeyUsagePurpose::DigitalSignature,
                KeyUsagePurpose::KeyEncipherment,
            ],
            eku: vec![ExtendedKeyUsagePurpose::EmailProtection],
            not_before: OffsetDateTime::now_utc() - Duration::days(1),
            not_after: OffsetDateTime::now_utc() + Duration::days(365),
        }
    }
}

impl Order {
    /// A TLS server certificate for `names` (the first is the CN), 200 days.
    pub fn server(names: &[&str]) -> Order {
        Order {
            cn: names[0].into(),
            org: Some("Example Co., Ltd.".into()),
            emails: vec![],
            dns: names.iter().map(|n| (*n).to_owned()).collect(),
            ku: vec![
                KeyUsagePurpose::DigitalSignature,
                KeyUsagePurpose::KeyEncipherment,
            ],
            eku: vec![ExtendedKeyUsagePurpose::ServerAuth],
            not_before: OffsetDateTime::now_utc() - Duration::days(1),
            not_after: OffsetDateTime::now_utc() + Duration::days(200),
        }
    }
}

pub fn pem(der: &[u8]) -> String {
    use base64::Engine;
    let b = base64::engine::general_purpose::STANDARD.encode(der);
    let mut s = "-----BEGIN CERTIFICATE-----\n".to_owned();
    for c in b.as_bytes().chunks(64) {
        s.push_str(std::str::from_utf8(c).unwrap());
        s.push('\n');
    }
    s + "-----END CERTIFICATE-----\n"
}

/// The CA's mail: a zip with TrustedRoot.crt, DigiCertCA.crt and `<leaf_name>` (PEM).
pub fn zip(path: &Path, entries: &[(&str, Vec<u8>)]) {
    let f = std::fs::File::create(path).unwrap();
    let mut z = zip::ZipWriter::new(f);
    let opts = zip::write::SimpleFileOptions::default();
    for (name, data) in entries {
        z.start_file(*name, opts).unwrap();
        z.write_all(data).unwrap();
    }
    z.finish().unwrap();
}

/// A zip whose entry names are CP932 bytes without the UTF-8 flag (Japanese Windows), made by
/// Python's zipfile (cp437 round trip keeps the raw bytes).
pub fn zip_cp932(path: &Path, entries: &[(&str, Vec<u8>)], dir: &Path) {
    let mut args = vec![
        "-c".to_owned(),
        "import sys, zipfile\n\
         out = sys.argv[1]\n\
         with zipfile.ZipFile(out, 'w') as z:\n\
         \x20   for i in range(2, len(sys.argv), 2):\n\
         \x20       name = sys.argv[i].encode('cp932').decode('cp437')\n\
         \x20       z.write(sys.argv[i + 1], arcname=name)\n"
            .to_owned(),
        path.to_str().unwrap().to_owned(),
    ];
    for (i, (name, data)) in entries.iter().enumerate() {
        let p: PathBuf = dir.join(format!("entry{i}.bin"));
        std::fs::write(&p, data).unwrap();
        args.push((*name).to_owned());
        args.push(p.to_str().unwrap().to_owned());
    }
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    tool(&python(), &a);
}

/// PKCS#7 certs-only via OpenSSL, DER or PEM, certificates in the order given.
pub fn p7b(path: &Path, certs_pem: &[&str], der: bool, scratch: &Path) {
    let bundle = scratch.join("p7-in.pem");
    std::fs::write(&bundle, certs_pem.concat()).unwrap();
    tool(
        "openssl",
        &[
            "crl2pkcs7",
            "-nocrl",
            "-certfile",
            bundle.to_str().unwrap(),
            "-outform",
            if der { "DER" } else { "PEM" },
            "-out",
            path.to_str().unwrap(),
        ],
    );
}
