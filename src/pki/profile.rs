//! S/MIME profiles and usages as the CA's order page names them (docs/domain.md [D1]), the S/MIME Baseline
//! Requirements' rules on which combinations exist, and the key usage / EKU each choice implies.
//!
//! Where the CA's guide and the SBR disagree, Shomei offers only what both allow, so the hand-off
//! sheet never asks for a box the CA's page does not show and no certificate breaks the SBR:
//! the guide's table lists 個人認証 under Strict, but SBR §7.1.2.3 allows only
//! emailProtection in a Strict certificate's EKU (no clientAuth); the SBR would allow 否認防止
//! (nonRepudiation) in Strict, but the guide lists it under Multipurpose only. So Strict carries
//! no additional usage, and every additional usage needs Multipurpose — which the guide also
//! recommends "if unsure" (「どちらを選択するか不明な場合には Multipurpose」), hence the default.

use rcgen::{ExtendedKeyUsagePurpose, KeyUsagePurpose};
use serde::{Deserialize, Serialize};

use crate::pki::input::{Field, InputError, Problem};
use crate::pki::key::KeySpec;

/// プロファイルオプション: Strict (the CA page's 既定値) or Multipurpose (Shomei's default: the
/// guide's advice when unsure).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    Strict,
    #[default]
    Multipurpose,
}

impl Profile {
    pub fn parse(s: &str) -> Result<Profile, InputError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "strict" => Ok(Profile::Strict),
            "multipurpose" => Ok(Profile::Multipurpose),
            other => Err(InputError::new(
                Field::Profile,
                Problem::ProfileUnknown,
                other,
            )),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Strict => "strict",
            Profile::Multipurpose => "multipurpose",
        }
    }
}

/// 証明書の使用.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Usage {
    /// 複数目的使用 - Eメールの署名と暗号化
    #[default]
    SignAndEncrypt,
    /// Eメール署名のみ
    SignOnly,
    /// Eメール暗号化のみ
    EncryptOnly,
}

impl Usage {
    pub fn parse(s: &str) -> Result<Usage, InputError> {
        match s.trim().to_ascii_lowercase().as_str() {
            "sign-and-encrypt" => Ok(Usage::SignAndEncrypt),
            "sign-only" => Ok(Usage::SignOnly),
            "encrypt-only" => Ok(Usage::EncryptOnly),
            other => Err(InputError::new(Field::Usage, Problem::UsageUnknown, other)),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Usage::SignAndEncrypt => "sign-and-encrypt",
            Usage::SignOnly => "sign-only",
            Usage::EncryptOnly => "encrypt-only",
        }
    }

    pub fn signs(self) -> bool {
        !matches!(self, Usage::EncryptOnly)
    }

    pub fn encrypts(self) -> bool {
        !matches!(self, Usage::SignOnly)
    }
}

/// The S/MIME chain DigiCert issues RSA Secure Mail ID certificates under (docs/domain.md [D1]), as its
/// order page names it. ECDSA keys have no intermediate to pick there.
pub fn smime_chain_names(key: KeySpec) -> Option<&'static str> {
    key.is_rsa().then_some(
        "DigiCert Assured G2 SMIME RSA4096 SHA384 2024 CA1 > DigiCert Assured ID Root G2",
    )
}

/// One of the 追加の証明書使用目的, by itself (for messages that name one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Extra {
    /// 否認防止
    NonRepudiation,
    /// データの暗号化
    DataEncryption,
    /// 個人認証
    ClientAuth,
}

/// 追加の証明書使用目的.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Extras {
    /// 否認防止
    pub non_repudiation: bool,
    /// データの暗号化
    pub data_encryption: bool,
    /// 個人認証
    pub client_auth: bool,
}

/// The profile, usage and extras of one S/MIME request.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SmimeChoice {
    pub profile: Profile,
    pub usage: Usage,
    pub extras: Extras,
}

impl SmimeChoice {
    /// "Same as the product before August 2025" (docs/domain.md [D1]): Multipurpose + 個人認証.
    pub fn legacy_equivalent() -> SmimeChoice {
        SmimeChoice {
            profile: Profile::Multipurpose,
            usage: Usage::SignAndEncrypt,
            extras: Extras {
                non_repudiation: false,
                data_encryption: false,
                client_auth: true,
            },
        }
    }

    /// Refuses what the profile, the usage or the key type cannot carry (SBR §7.1.2.3).
    pub fn check(&self, key: KeySpec) -> Result<(), InputError> {
        let x = self.extras;
        let refuse = |p| Err(InputError::new(Field::Extras, p, ""));
        if self.profile == Profile::Strict && x.non_repudiation {
            return refuse(Problem::NeedsMultipurpose {
                extra: Extra::NonRepudiation,
            });
        }
        if self.profile == Profile::Strict && x.data_encryption {
            return refuse(Problem::NeedsMultipurpose {
                extra: Extra::DataEncryption,
            });
        }
        if self.profile == Profile::Strict && x.client_auth {
            return refuse(Problem::NeedsMultipurpose {
                extra: Extra::ClientAuth,
            });
        }
        if x.data_encryption && !self.usage.encrypts() {
            return refuse(Problem::DataEncryptionNeedsEncryption);
        }
        if x.non_repudiation && !self.usage.signs() {
            return refuse(Problem::NonRepudiationNeedsSigning);
        }
        if x.data_encryption && !key.is_rsa() {
            return refuse(Problem::DataEncryptionNeedsRsa);
        }
        Ok(())
    }

    /// The same choice with every extra the profile, usage or key cannot carry unticked — what a
    /// form shows after the user changes one of them (a box is greyed out, never silently kept).
    pub fn fitted(self, key: KeySpec) -> SmimeChoice {
        let allowed = SmimeChoice::allowed_extras(self.profile, self.usage, key);
        let x = self.extras;
        SmimeChoice {
            extras: Extras {
                non_repudiation: x.non_repudiation && allowed.non_repudiation,
                data_encryption: x.data_encryption && allowed.data_encryption,
                client_auth: x.client_auth && allowed.client_auth,
            },
            ..self
        }
    }

    /// Which extras the UI may offer for this profile and usage (the rest are greyed out).
    pub fn allowed_extras(profile: Profile, usage: Usage, key: KeySpec) -> Extras {
        Extras {
            non_repudiation: profile == Profile::Multipurpose && usage.signs(),
            data_encryption: profile == Profile::Multipurpose && usage.encrypts() && key.is_rsa(),
            client_auth: profile == Profile::Multipurpose,
        }
    }

    /// keyUsage bits: signing → digitalSignature (+contentCommitment); encryption →
    /// keyEncipherment for RSA or keyAgreement for ECDSA (+dataEncipherment, RSA Multipurpose).
    pub fn key_usages(&self, key: KeySpec) -> Vec<KeyUsagePurpose> {
        let mut ku = Vec::new();
        if self.usage.signs() {
            ku.push(KeyUsagePurpose::DigitalSignature);
            if self.extras.non_repudiation {
                ku.push(KeyUsagePurpose::ContentCommitment);
            }
        }
        if self.usage.encrypts() {
            ku.push(if key.is_rsa() {
                KeyUsagePurpose::KeyEncipherment
            } else {
                KeyUsagePurpose::KeyAgreement
            });
            if self.extras.data_encryption {
                ku.push(KeyUsagePurpose::DataEncipherment);
            }
        }
        ku
    }

    /// extKeyUsage: emailProtection, plus clientAuth for 個人認証.
    pub fn extended_key_usages(&self) -> Vec<ExtendedKeyUsagePurpose> {
        let mut eku = vec![ExtendedKeyUsagePurpose::EmailProtection];
        if self.extras.client_auth {
            eku.push(ExtendedKeyUsagePurpose::ClientAuth);
        }
        eku
    }
}

/// keyUsage of a TLS server certificate: digitalSignature (+keyEncipherment for RSA).
pub fn server_key_usages(key: KeySpec) -> Vec<KeyUsagePurpose> {
    let mut ku = vec![KeyUsagePurpose::DigitalSignature];
    if key.is_rsa() {
        ku.push(KeyUsagePurpose::KeyEncipherment);
    }
    ku
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(profile: Profile, usage: Usage, extras: Extras) -> SmimeChoice {
        SmimeChoice {
            profile,
            usage,
            extras,
        }
    }

    #[test]
    fn strict_refuses_multipurpose_extras() {
        let c = choice(
            Profile::Strict,
            Usage::SignAndEncrypt,
            Extras {
                data_encryption: true,
                ..Default::default()
            },
        );
        assert!(matches!(
            c.check(KeySpec::Rsa2048).unwrap_err().problem,
            Problem::NeedsMultipurpose { .. }
        ));
        let c = choice(
            Profile::Strict,
            Usage::SignAndEncrypt,
            Extras {
                client_auth: true,
                ..Default::default()
            },
        );
        assert!(c.check(KeySpec::Rsa2048).is_err());
        assert!(
            SmimeChoice::legacy_equivalent()
                .check(KeySpec::Rsa2048)
                .is_ok()
        );
    }

    #[test]
    fn key_usage_bits_follow_usage_and_key() {
        let c = choice(
            Profile::Multipurpose,
            Usage::SignAndEncrypt,
            Extras {
                non_repudiation: true,
                data_encryption: true,
                client_auth: true,
            },
        );
        assert_eq!(
            c.key_usages(KeySpec::Rsa2048),
            vec![
                KeyUsagePurpose::DigitalSignature,
                KeyUsagePurpose::ContentCommitment,
                KeyUsagePurpose::KeyEncipherment,
                KeyUsagePurpose::DataEncipherment
            ]
        );
        let c = choice(Profile::Strict, Usage::EncryptOnly, Extras::default());
        assert_eq!(
            c.key_usages(KeySpec::EcP256),
            vec![KeyUsagePurpose::KeyAgreement]
        );
    }

    #[test]
    fn allowed_extras_match_check() {
        for profile in [Profile::Strict, Profile::Multipurpose] {
            for usage in [Usage::SignAndEncrypt, Usage::SignOnly, Usage::EncryptOnly] {
                for key in KeySpec::ALL {
                    let a = SmimeChoice::allowed_extras(profile, usage, key);
                    for bits in 0..8u8 {
                        let x = Extras {
                            non_repudiation: bits & 1 != 0,
                            data_encryption: bits & 2 != 0,
                            client_auth: bits & 4 != 0,
                        };
                        let within = (!x.non_repudiation || a.non_repudiation)
                            && (!x.data_encryption || a.data_encryption)
                            && (!x.client_auth || a.client_auth);
                        let c = choice(profile, usage, x);
                        assert_eq!(c.check(key).is_ok(), within, "{c:?} {key:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn fitted_unticks_only_what_cannot_be_carried() {
        let all = Extras {
            non_repudiation: true,
            data_encryption: true,
            client_auth: true,
        };
        let strict = SmimeChoice {
            profile: Profile::Strict,
            usage: Usage::SignAndEncrypt,
            extras: all,
        };
        let f = strict.fitted(KeySpec::Rsa2048);
        // Strict carries no additional usage (where the guide and the SBR agree).
        assert_eq!(f.extras, Extras::default());
        assert!(f.check(KeySpec::Rsa2048).is_ok());
        let multi = SmimeChoice {
            profile: Profile::Multipurpose,
            ..strict
        };
        assert_eq!(multi.fitted(KeySpec::Rsa2048).extras, all);
        assert!(!multi.fitted(KeySpec::EcP256).extras.data_encryption);
        for profile in [Profile::Strict, Profile::Multipurpose] {
            for usage in [Usage::SignAndEncrypt, Usage::SignOnly, Usage::EncryptOnly] {
                for key in KeySpec::ALL {
                    let c = SmimeChoice {
                        profile,
                        usage,
                        extras: all,
                    };
                    assert!(c.fitted(key).check(key).is_ok(), "{c:?} {key:?}");
                }
            }
        }
        assert!(smime_chain_names(KeySpec::Rsa4096).is_some());
        assert!(smime_chain_names(KeySpec::EcP384).is_none());
    }
}
