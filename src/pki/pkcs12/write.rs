//! Composing the file (RFC 7292 §4–5): an encrypted SafeContents with the certificates, a
//! shrouded key bag, and a MAC over both.

use cms::cert::x509::attr::Attributes;
use cms::cert::x509::spki::AlgorithmIdentifierOwned;
use cms::content_info::{CmsVersion, ContentInfo};
use cms::encrypted_data::EncryptedData;
use cms::enveloped_data::EncryptedContentInfo;
use der08::asn1::OctetString;
use der08::{Any, Decode, Encode};
use pkcs12::pbe_params::EncryptedPrivateKeyInfo;
use pkcs12::pfx::{Pfx, Version};
use pkcs12::safe_bag::{SafeBag, SafeContents};
use pkcs12::{CertBag, DigestInfo, MacData};

use super::pbe::{self, Pass};
use super::{P12Contents, P12Error, Preset, attrs, build_err, mac, oid, random};

fn cert_bag(der: &[u8], attrs: Option<Attributes>) -> Result<SafeBag, P12Error> {
    let bag = CertBag {
        cert_id: oid::X509_CERT,
        cert_value: OctetString::new(der.to_vec()).map_err(build_err)?,
    };
    Ok(SafeBag {
        bag_id: oid::CERT_BAG,
        bag_value: bag.to_der().map_err(build_err)?,
        bag_attributes: attrs,
    })
}

fn data_content(bytes: &[u8]) -> Result<ContentInfo, P12Error> {
    Ok(ContentInfo {
        content_type: oid::DATA,
        content: Any::from_der(
            &OctetString::new(bytes.to_vec())
                .map_err(build_err)?
                .to_der()
                .map_err(build_err)?,
        )
        .map_err(build_err)?,
    })
}

fn mac_data(preset: Preset, data: &[u8], pass: &Pass) -> Result<MacData, P12Error> {
    let salt: [u8; 16] = random();
    let rounds = preset.iterations() as i32;
    let digest = match preset {
        Preset::Modern => oid::SHA256,
        Preset::Compatible => oid::SHA1,
    };
    let tag = mac::make(&digest, &pass.bmp, &salt, rounds, data)?;
    Ok(MacData {
        mac: DigestInfo {
            algorithm: AlgorithmIdentifierOwned {
                oid: digest,
                parameters: None,
            },
            digest: OctetString::new(tag).map_err(build_err)?,
        },
        mac_salt: OctetString::new(salt.to_vec()).map_err(build_err)?,
        iterations: rounds,
    })
}

/// Builds the PKCS#12 bytes: an encrypted SafeContents with the certificates (leaf with
/// friendlyName and localKeyId first), a shrouded key bag with the same friendlyName and
/// localKeyId, and a MAC over both. Refuses an empty password.
pub fn build(c: &P12Contents<'_>, password: &str, preset: Preset) -> Result<Vec<u8>, P12Error> {
    if password.is_empty() {
        return Err(P12Error::Build("empty password".into()));
    }
    // The KDF takes BMPString: a character outside it (an emoji) cannot be a PKCS#12 password.
    der08::asn1::BmpString::from_utf8(password).map_err(build_err)?;
    let pass = Pass::new(password)?;
    let mut certs: SafeContents = vec![cert_bag(
        c.leaf,
        Some(attrs::both(c.friendly_name, c.local_key_id)?),
    )?];
    for der in c.chain {
        certs.push(cert_bag(der, None)?);
    }
    let certs_der = zeroize::Zeroizing::new(certs.to_der().map_err(build_err)?);
    let (alg, ct) = pbe::encrypt(preset, &certs_der, &pass)?;
    let encrypted = EncryptedData {
        version: CmsVersion::V0,
        enc_content_info: EncryptedContentInfo {
            content_type: oid::DATA,
            content_enc_alg: alg,
            encrypted_content: Some(OctetString::new(ct).map_err(build_err)?),
        },
        unprotected_attrs: None,
    };
    let certs_ci = ContentInfo {
        content_type: oid::ENCRYPTED_DATA,
        content: Any::from_der(&encrypted.to_der().map_err(build_err)?).map_err(build_err)?,
    };

    let (alg, ct) = pbe::encrypt(preset, c.key_pkcs8, &pass)?;
    let epki = EncryptedPrivateKeyInfo {
        encryption_algorithm: alg,
        encrypted_data: OctetString::new(ct).map_err(build_err)?,
    };
    let key_bag = SafeBag {
        bag_id: oid::SHROUDED_KEY_BAG,
        bag_value: epki.to_der().map_err(build_err)?,
        bag_attributes: Some(attrs::both(c.friendly_name, c.local_key_id)?),
    };
    let keys: SafeContents = vec![key_bag];
    let keys_ci = data_content(&keys.to_der().map_err(build_err)?)?;

    let auth_safe: Vec<ContentInfo> = vec![certs_ci, keys_ci];
    let auth_safe_der = auth_safe.to_der().map_err(build_err)?;
    let mac_data = mac_data(preset, &auth_safe_der, &pass)?;
    let pfx = Pfx {
        version: Version::V3,
        auth_safe: data_content(&auth_safe_der)?,
        mac_data: Some(mac_data),
    };
    pfx.to_der().map_err(build_err)
}
