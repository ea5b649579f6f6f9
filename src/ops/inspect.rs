//! Explaining any file the user holds: a CSR, certificates (PEM, DER, PKCS#7, the CA's zip) or a
//! PKCS#12. Returns typed facts; the faces render them.

use crate::pki::bundle;
use crate::pki::chain::{Cert, sha256_hex};
use crate::pki::inspect::InspectError;
use crate::pki::pkcs12 as p12;

use super::Error;

/// Inspects any file the user may hold: a CSR, certificates (PEM, DER, PKCS#7, the CA's zip) or
/// a PKCS#12 (which needs `p12_password`). `now` is Unix seconds, for validity findings.
pub fn inspect_file(
    name: &str,
    bytes: &[u8],
    p12_password: Option<&str>,
    now: i64,
) -> Result<crate::pki::inspect::Inspection, Error> {
    use crate::pki::inspect::{self, Inspection};
    if inspect::is_pkcs12(bytes) {
        let pw = p12_password.ok_or(Error::PasswordMissing)?;
        let summary = p12::read(bytes, pw)?;
        let certs: Vec<Cert> = summary
            .certs
            .iter()
            .filter_map(|d| Cert::parse(d))
            .collect();
        let has_key = !summary.key_pkcs8.is_empty();
        let (mut key, mut key_bits, spki) = summary
            .key_pkcs8
            .first()
            .map(|k| inspect::private_key_facts(k))
            .unwrap_or_default();
        // The key may belong to any certificate of the file: the leaf, or a CA certificate
        // shipped with its own key.
        let key_certificate = spki
            .as_ref()
            .and_then(|s| certs.iter().position(|c| &c.spki_der == s));
        let key_matches_certificate = match (&spki, has_key) {
            (Some(_), _) => Some(key_certificate.is_some()),
            (None, false) => Some(false),
            (None, true) => None,
        };
        if let Some(i) = key_certificate {
            // The certificate's own description of the same public key.
            key = certs[i].key.clone();
            key_bits = certs[i].key_bits;
        }
        return Ok(Inspection::Pkcs12 {
            summary,
            has_key,
            key,
            key_bits,
            key_spki_sha256: spki.as_deref().map(sha256_hex),
            key_matches_certificate,
            key_certificate,
            key_matches_leaf: key_matches_certificate.unwrap_or(false),
            certificates: inspect::cert_views(certs, now),
        });
    }
    match inspect::inspect(bytes) {
        Ok(i) => return Ok(i),
        Err(InspectError::Unrecognized) => {}
        Err(e) => return Err(e.into()),
    }
    let found = bundle::read_files(&[(name.to_owned(), bytes.to_vec())])?;
    let certs: Vec<Cert> = found.iter().filter_map(|f| Cert::parse(&f.der)).collect();
    Ok(Inspection::Certificates {
        certificates: inspect::cert_views(certs, now),
    })
}
