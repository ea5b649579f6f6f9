//! The two bag attributes Shomei writes and reads (RFC 2985 §5.5.1–2, RFC 7292 §4.2):
//! friendlyName, the name a keychain shows, and localKeyId, which pairs a key with its
//! certificate.

use cms::cert::x509::attr::{Attribute, AttributeValue, Attributes};
use der08::asn1::{BmpString, ObjectIdentifier, OctetString, SetOfVec};
use der08::{Any, Decode, Encode};
use pkcs12::safe_bag::SafeBag;

use super::{P12Error, build_err, oid};

/// Both attributes, for the key bag and the leaf's certificate bag.
pub(super) fn both(friendly_name: &str, local_key_id: &[u8]) -> Result<Attributes, P12Error> {
    let mut attrs = Attributes::new();
    let name = BmpString::from_utf8(friendly_name).map_err(build_err)?;
    let id = OctetString::new(local_key_id.to_vec()).map_err(build_err)?;
    for (oid, der) in [
        (oid::FRIENDLY_NAME, name.to_der().map_err(build_err)?),
        (oid::LOCAL_KEY_ID, id.to_der().map_err(build_err)?),
    ] {
        let v = Any::from_der(&der).map_err(build_err)?;
        attrs
            .insert(Attribute {
                oid,
                values: SetOfVec::<AttributeValue>::from_iter([v]).map_err(build_err)?,
            })
            .map_err(build_err)?;
    }
    Ok(attrs)
}

fn first_value(bag: &SafeBag, oid: ObjectIdentifier) -> Option<Vec<u8>> {
    bag.bag_attributes
        .as_ref()?
        .iter()
        .find(|a| a.oid == oid)
        .and_then(|a| a.values.iter().next())
        .and_then(|v| v.to_der().ok())
}

pub(super) fn friendly_name(bag: &SafeBag) -> Option<String> {
    let der = first_value(bag, oid::FRIENDLY_NAME)?;
    BmpString::from_der(&der).ok().map(|s| s.to_string())
}

pub(super) fn local_key_id(bag: &SafeBag) -> Option<Vec<u8>> {
    let der = first_value(bag, oid::LOCAL_KEY_ID)?;
    OctetString::from_der(&der)
        .ok()
        .map(|o| o.as_bytes().to_vec())
}
