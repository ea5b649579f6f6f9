//! The object identifiers of RFC 7292 (PKCS#12), RFC 8018 (PBES2) and the digests, once for the
//! writer and the reader, and the names the protection summary shows for them.

use der08::asn1::ObjectIdentifier;

const fn oid(s: &str) -> ObjectIdentifier {
    ObjectIdentifier::new_unwrap(s)
}

// Content types (RFC 5652 via RFC 7292 §4.1).
pub(super) const DATA: ObjectIdentifier = oid("1.2.840.113549.1.7.1");
pub(super) const ENCRYPTED_DATA: ObjectIdentifier = oid("1.2.840.113549.1.7.6");

// Encryption schemes (RFC 8018 §6.2, RFC 7292 appendix C).
pub(super) const PBES2: ObjectIdentifier = oid("1.2.840.113549.1.5.13");
pub(super) const PBE_SHA_3DES: ObjectIdentifier = oid("1.2.840.113549.1.12.1.3");
pub(super) const PBE_SHA_2DES: ObjectIdentifier = oid("1.2.840.113549.1.12.1.4");
pub(super) const PBE_SHA_RC2_128: ObjectIdentifier = oid("1.2.840.113549.1.12.1.5");
pub(super) const PBE_SHA_RC2_40: ObjectIdentifier = oid("1.2.840.113549.1.12.1.6");

// Bag types (RFC 7292 §4.2).
pub(super) const KEY_BAG: ObjectIdentifier = oid("1.2.840.113549.1.12.10.1.1");
pub(super) const SHROUDED_KEY_BAG: ObjectIdentifier = oid("1.2.840.113549.1.12.10.1.2");
pub(super) const CERT_BAG: ObjectIdentifier = oid("1.2.840.113549.1.12.10.1.3");
pub(super) const X509_CERT: ObjectIdentifier = oid("1.2.840.113549.1.9.22.1");

// Bag attributes (RFC 2985 §5.5).
pub(super) const FRIENDLY_NAME: ObjectIdentifier = oid("1.2.840.113549.1.9.20");
pub(super) const LOCAL_KEY_ID: ObjectIdentifier = oid("1.2.840.113549.1.9.21");

// MAC digests (RFC 7292 appendix B, RFC 9579).
pub(super) const SHA1: ObjectIdentifier = oid("1.3.14.3.2.26");
pub(super) const SHA224: ObjectIdentifier = oid("2.16.840.1.101.3.4.2.4");
pub(super) const SHA256: ObjectIdentifier = oid("2.16.840.1.101.3.4.2.1");
pub(super) const SHA384: ObjectIdentifier = oid("2.16.840.1.101.3.4.2.2");
pub(super) const SHA512: ObjectIdentifier = oid("2.16.840.1.101.3.4.2.3");

/// The name of an encryption scheme, or of a MAC by its digest, as the protection summary
/// (`P12Summary::encryption`, `mac`) and `Protection` spell it.
pub(super) fn name(oid: &ObjectIdentifier) -> String {
    match *oid {
        PBES2 => "PBES2".into(),
        PBE_SHA_3DES => "pbeWithSHAAnd3-KeyTripleDES-CBC".into(),
        PBE_SHA_2DES => "pbeWithSHAAnd2-KeyTripleDES-CBC".into(),
        PBE_SHA_RC2_128 => "pbeWithSHAAnd128BitRC2-CBC".into(),
        PBE_SHA_RC2_40 => "pbeWithSHAAnd40BitRC2-CBC".into(),
        SHA1 => "HMAC-SHA1".into(),
        SHA224 => "HMAC-SHA224".into(),
        SHA256 => "HMAC-SHA256".into(),
        SHA384 => "HMAC-SHA384".into(),
        SHA512 => "HMAC-SHA512".into(),
        other => other.to_string(),
    }
}
