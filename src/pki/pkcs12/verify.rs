//! Proving a written file: it is read back by our reader and by `p12-keystore`, an
//! implementation independent of our writer, and both must find exactly what was meant.

use super::summary::{P12Summary, hex, read};
use super::{P12Contents, P12Error};

/// Opens what we just wrote with `p12-keystore`, a reader independent of this writer. Its
/// decrypted keys are plain `Vec<u8>` inside the dependency (not wiped when dropped); the copy
/// Shomei keeps is.
fn read_independently(bytes: &[u8], password: &str) -> Result<P12Summary, P12Error> {
    let archive = p12_keystore::Pkcs12Archive::from_pkcs12(bytes, password)
        .map_err(|_| P12Error::WrongPasswordOrDamaged)?;
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
        encryption: Vec::new(),
        mac: String::new(),
        mac_iterations: 0,
    })
}

/// Re-reads written bytes and checks they hold exactly what was meant: the key, the leaf with
/// the same friendlyName and localKeyId, and the whole chain.
pub fn verify_written(
    bytes: &[u8],
    password: &str,
    c: &P12Contents<'_>,
) -> Result<P12Summary, P12Error> {
    // Both readers must agree: ours (what `inspect` uses) and an independent one.
    let s = read(bytes, password).map_err(|e| P12Error::Verify(e.to_string()))?;
    let other = read_independently(bytes, password).map_err(|e| P12Error::Verify(e.to_string()))?;
    if other.key_pkcs8 != s.key_pkcs8 || other.certs != s.certs {
        return Err(P12Error::Verify("readers disagree".into()));
    }
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
