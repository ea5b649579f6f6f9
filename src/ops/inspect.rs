//! Explaining any file the user holds: a CSR, certificates (PEM, DER, PKCS#7, the CA's zip) or a
//! PKCS#12. Returns typed facts; the faces render them.

use crate::pki::bundle;
use crate::pki::cert::lenient;
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
        return match p12_password {
            Some(pw) => Ok(inspect::inspect_pkcs12(bytes, pw, now)?),
            // No password given: a file made with an empty (or no) password opens as it is;
            // any other asks for its password.
            None => match inspect::inspect_pkcs12(bytes, "", now) {
                Err(crate::pki::pkcs12::P12Error::WrongPasswordOrDamaged) => {
                    Err(Error::PasswordMissing)
                }
                other => Ok(other?),
            },
        };
    }
    match inspect::inspect(bytes) {
        Ok(i) => return Ok(i),
        Err(InspectError::Unrecognized) => {}
        Err(e) => return Err(e.into()),
    }
    // Certificates that break a rule are read too, each rule a finding (`pki::cert::lenient`).
    let found = bundle::read_files_for_inspect(&[(name.to_owned(), bytes.to_vec())])?;
    let certs: Vec<_> = found.iter().filter_map(|f| lenient::read(&f.der)).collect();
    Ok(Inspection::Certificates {
        certificates: inspect::quirky_cert_views(certs, now),
    })
}
