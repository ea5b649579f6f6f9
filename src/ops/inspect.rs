//! Explaining any file the user holds: a CSR, certificates (PEM, DER, PKCS#7, the CA's zip) or a
//! PKCS#12. Returns typed facts; the faces render them.

use crate::pki::bundle;
use crate::pki::chain::Cert;
use crate::pki::inspect::InspectError;

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
        return Ok(inspect::inspect_pkcs12(bytes, pw, now)?);
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
