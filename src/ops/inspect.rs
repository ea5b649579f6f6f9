//! Explaining any file the user holds: a CSR, certificates (PEM, DER, PKCS#7, the CA's zip) or a
//! PKCS#12. Returns typed facts; the faces render them.

use crate::pki::bundle;
use crate::pki::chain::{Cert, Role};
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
        let (key, spki) = match summary
            .key_pkcs8
            .first()
            .map(|k| crate::pki::key::PrivateKey::from_pkcs8_der(k))
        {
            Some(Ok(k)) => (k.spec().display().to_owned(), k.spki_der().ok()),
            _ => (String::new(), None),
        };
        let key_matches_leaf = spki.is_some_and(|s| {
            certs
                .iter()
                .any(|c| c.role() == Role::Leaf && c.spki_der == s)
        });
        return Ok(Inspection::Pkcs12 {
            summary,
            key,
            key_matches_leaf,
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
