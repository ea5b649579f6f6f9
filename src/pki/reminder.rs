//! Expiry, reminders and what can be done when. Secure Mail ID (docs/domain.md [D1]): the CA mails at 90,
//! 60, 30, 7 and 3 days before expiry and 7 days after; a renewal can be ordered from 90 days
//! before the order expires (「更新申請はオーダー有効期限日90日前から行えます」); whether the
//! organization validation and the DCV must be done again depends on *their own* expiry, not the
//! certificate's (「申請時に組織認証およびDCVの有効期限が切れている場合には、組織認証および
//! DCVの再認証が必要になります」); a reissue revokes the old certificate 72 hours after the new
//! one is issued. Server certificates through the reseller (docs/domain.md [R1]) follow other rules: the
//! reseller mails 35 and 30 days before (90 for one the customer brought), renews by itself
//! unless cancelled, the product (品目) and the common name cannot change, and the validity is
//! computed per CA ([`server_terms`]). (The calendar file is written by `i18n::calendar`, since
//! its events are sentences.)

use time::{Date, Month};

use crate::pki::dcv::Ca;

/// Days before expiry on which to remind.
pub const WARN_DAYS: [i64; 5] = [90, 60, 30, 7, 3];

/// How close an expiry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// More than 90 days left.
    Calm,
    /// Within the given reminder threshold (90, 60, 30, 7 or 3 days).
    Within(i64),
    Expired,
}

/// The urgency of an expiry `days_left` days away.
pub fn urgency(days_left: i64) -> Urgency {
    if days_left < 0 {
        return Urgency::Expired;
    }
    WARN_DAYS
        .iter()
        .rev()
        .find(|&&d| days_left <= d)
        .map(|&d| Urgency::Within(d))
        .unwrap_or(Urgency::Calm)
}

/// Whole days from `now` to `not_after` (Unix seconds), rounded down.
pub fn days_left(not_after: i64, now: i64) -> i64 {
    (not_after - now).div_euclid(86_400)
}

/// The start-up notice names what expires within this many days (the CA's 30-day mail).
pub const NOTICE_ON_START_DAYS: i64 = 30;

/// Whether a certificate `days_left` from expiry (or past it) deserves the start-up notice.
pub fn notice_on_start(days_left: i64) -> bool {
    days_left <= NOTICE_ON_START_DAYS
}

pub use super::request::Kind;

/// Days before expiry on which the CA or reseller reminds (negative: after expiry).
pub fn schedule(kind: Kind) -> &'static [i64] {
    match kind {
        Kind::Smime => &[90, 60, 30, 7, 3, -7],
        Kind::Server => &[90, 35, 30],
    }
}

/// CertCentral takes a Secure Mail ID renewal order from this many days before the order
/// expires (docs/domain.md [D1]). Not a server rule: the reseller renews those itself (docs/domain.md [R1]).
pub const RENEWAL_OPENS_DAYS: i64 = 90;

/// Where a Secure Mail ID stands for renewal on CertCentral.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Renewal {
    /// Too early: the CA takes the renewal order from `opens` (Unix seconds).
    NotYet { opens: i64 },
    /// The renewal can be ordered now.
    Open { days_left: i64 },
    /// The certificate has expired. (Re-validation does not follow from this: it depends on the
    /// organization's and the domain's own validation expiry, docs/domain.md [D1].)
    Expired,
}

/// Secure Mail ID renewal for a certificate expiring at `not_after`, seen at `now` (Unix
/// seconds).
pub fn renewal(not_after: i64, now: i64) -> Renewal {
    let left = days_left(not_after, now);
    if not_after < now {
        Renewal::Expired
    } else if left > RENEWAL_OPENS_DAYS {
        Renewal::NotYet {
            opens: not_after - RENEWAL_OPENS_DAYS * 86_400,
        }
    } else {
        Renewal::Open { days_left: left }
    }
}

/// Hours after the reissued certificate is issued before the CA revokes the one it replaces
/// (docs/domain.md [D1], Secure Mail ID).
pub const REISSUE_REVOKES_OLD_AFTER_HOURS: i64 = 72;

/// Secure Mail ID certificates issued before this day (Unix seconds, 2025-08-01 00:00 JST) are
/// reissued through DigiCert's separate form, not CertCentral (docs/domain.md [D1]).
pub const OLD_SMIME_BEFORE: i64 = 1_753_974_000;

/// How the reseller computes a server certificate's validity (docs/domain.md [R1], 「サーバ証明書に設定
/// される有効日数は何日ですか」), as its table states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValidityRule {
    /// 発行日 + `days` days (+ 23:59:59 where `plus_last_second`), + the renewed certificate's
    /// remaining days where `plus_remaining`, + days the CA may add where `plus_ca_extra`.
    FromIssue {
        days: u16,
        plus_last_second: bool,
        plus_remaining: bool,
        plus_ca_extra: bool,
    },
    /// 更新前証明書の有効期間満了日 + `months`.
    FromPreviousExpiry { months: u8 },
}

/// One contract period (契約期間) and how its validity is computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    pub months: u8,
    pub rule: ValidityRule,
}

/// The validity per contract period at `ca`, as docs/domain.md [R1] states it; empty where no source does
/// (CertCentral ordered directly).
pub fn server_terms(ca: Ca) -> &'static [Term] {
    match ca {
        // 「デジサート・ジャパン社 1年 発行日+365日23時間59分59秒+更新元証明書の残有効日数+α」
        Ca::DigiCertReseller => &[Term {
            months: 12,
            rule: ValidityRule::FromIssue {
                days: 365,
                plus_last_second: true,
                plus_remaining: true,
                plus_ca_extra: true,
            },
        }],
        // 「サイバートラスト社 6ヶ月 更新前証明書の有効期間満了日+6ヶ月 / 1年 …+1年」
        Ca::Cybertrust => &[
            Term {
                months: 6,
                rule: ValidityRule::FromPreviousExpiry { months: 6 },
            },
            Term {
                months: 12,
                rule: ValidityRule::FromPreviousExpiry { months: 12 },
            },
        ],
        // 「GMOグローバルサイン社 6ヶ月 発行日+214日+更新元証明書の残有効日数 / 1年 発行日+397日」
        Ca::GlobalSign => &[
            Term {
                months: 6,
                rule: ValidityRule::FromIssue {
                    days: 214,
                    plus_last_second: false,
                    plus_remaining: true,
                    plus_ca_extra: false,
                },
            },
            Term {
                months: 12,
                rule: ValidityRule::FromIssue {
                    days: 397,
                    plus_last_second: false,
                    plus_remaining: false,
                    plus_ca_extra: false,
                },
            },
        ],
        Ca::CertCentral => &[],
    }
}

/// The longest validity a TLS server certificate issued on `today` may have, in days. Not in [D1]
/// or [R1]: CA/Browser Forum ballot SC-081 (398 days, then 200 from 2026-03-15, 100 from
/// 2027-03-15, 47 from 2029-03-15). [R1]'s table predates it, so the sheet shows both.
pub fn tls_max_days(today: Date) -> u16 {
    let on = |y, m, d| Date::from_calendar_date(y, m, d).unwrap_or(Date::MAX);
    if today >= on(2029, Month::March, 15) {
        47
    } else if today >= on(2027, Month::March, 15) {
        100
    } else if today >= on(2026, Month::March, 15) {
        200
    } else {
        398
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_validity_per_ca_as_the_reseller_states_it() {
        let dc = server_terms(Ca::DigiCertReseller);
        assert_eq!(dc.len(), 1);
        assert_eq!(dc[0].months, 12);
        assert!(matches!(
            dc[0].rule,
            ValidityRule::FromIssue {
                days: 365,
                plus_last_second: true,
                plus_remaining: true,
                plus_ca_extra: true
            }
        ));
        let gs = server_terms(Ca::GlobalSign);
        assert!(matches!(
            gs[0].rule,
            ValidityRule::FromIssue { days: 214, .. }
        ));
        assert!(matches!(
            gs[1].rule,
            ValidityRule::FromIssue {
                days: 397,
                plus_remaining: false,
                ..
            }
        ));
        assert_eq!(
            server_terms(Ca::Cybertrust)[0].rule,
            ValidityRule::FromPreviousExpiry { months: 6 }
        );
        assert!(server_terms(Ca::CertCentral).is_empty());
        let d = |y, m, day| Date::from_calendar_date(y, m, day).unwrap();
        assert_eq!(tls_max_days(d(2026, Month::March, 14)), 398);
        assert_eq!(tls_max_days(d(2026, Month::March, 15)), 200);
        assert_eq!(tls_max_days(d(2027, Month::March, 15)), 100);
        assert_eq!(tls_max_days(d(2029, Month::March, 15)), 47);
    }

    #[test]
    fn urgency_follows_the_cas_schedule() {
        assert_eq!(urgency(200), Urgency::Calm);
        assert_eq!(urgency(91), Urgency::Calm);
        assert_eq!(urgency(90), Urgency::Within(90));
        assert_eq!(urgency(61), Urgency::Within(90));
        assert_eq!(urgency(60), Urgency::Within(60));
        assert_eq!(urgency(8), Urgency::Within(30));
        assert_eq!(urgency(7), Urgency::Within(7));
        assert_eq!(urgency(3), Urgency::Within(3));
        assert_eq!(urgency(0), Urgency::Within(3));
        assert_eq!(urgency(-1), Urgency::Expired);
        assert_eq!(days_left(86_400 * 10 + 5, 0), 10);
        assert_eq!(days_left(0, 1), -1);
    }

    #[test]
    fn the_start_notice_follows_the_cas_thirty_day_mail() {
        assert!(notice_on_start(30) && notice_on_start(0) && notice_on_start(-5));
        assert!(!notice_on_start(31));
        assert!(WARN_DAYS.contains(&NOTICE_ON_START_DAYS));
    }

    #[test]
    fn renewal_opens_ninety_days_before_and_needs_validation_after_expiry() {
        let day = 86_400;
        let expiry = 1_800_000_000;
        assert_eq!(
            renewal(expiry, expiry - 100 * day),
            Renewal::NotYet {
                opens: expiry - 90 * day
            }
        );
        assert_eq!(
            renewal(expiry, expiry - 90 * day),
            Renewal::Open { days_left: 90 }
        );
        assert_eq!(renewal(expiry, expiry - 1), Renewal::Open { days_left: 0 });
        assert_eq!(renewal(expiry, expiry + 1), Renewal::Expired);
        assert!(schedule(Kind::Smime).contains(&-7));
        assert!(!schedule(Kind::Server).contains(&-7));
        // 2025-08-01 00:00 JST is 2025-07-31 15:00 UTC.
        assert_eq!(
            time::OffsetDateTime::from_unix_timestamp(OLD_SMIME_BEFORE)
                .unwrap()
                .to_offset(time::UtcOffset::from_hms(9, 0, 0).unwrap())
                .date()
                .to_string(),
            "2025-08-01"
        );
    }
}
