//! Expiry, reminders and what can be done when: the CA mails at 90, 60, 30, 7 and 3 days before
//! a Secure Mail ID expires and 7 days after (docs/domain.md [D1]); the reseller mails about a server
//! certificate 35 and 30 days before (90 for one the customer brought; docs/domain.md [R1]). A renewal can
//! be ordered from 90 days before the order expires (docs/domain.md [D1]); after expiry the organization
//! validation and DCV must be done again. A reissue replaces a valid certificate and the old one
//! is revoked 72 hours after the new one is issued (docs/domain.md [D1], Secure Mail ID). (The calendar file
//! is written by `i18n::calendar`, since its events are sentences.)

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

/// Which reminder schedule applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Smime,
    Server,
}

/// Days before expiry on which the CA or reseller reminds (negative: after expiry).
pub fn schedule(kind: Kind) -> &'static [i64] {
    match kind {
        Kind::Smime => &[90, 60, 30, 7, 3, -7],
        Kind::Server => &[90, 35, 30],
    }
}

/// The CA takes renewal orders from this many days before the order expires (docs/domain.md [D1]).
pub const RENEWAL_OPENS_DAYS: i64 = 90;

/// Where a certificate stands for renewal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Renewal {
    /// Too early: the CA takes the renewal order from `opens` (Unix seconds).
    NotYet { opens: i64 },
    /// The renewal can be ordered now.
    Open { days_left: i64 },
    /// Expired: organization validation and DCV must be done again before the CA issues.
    Expired,
}

/// Renewal for a certificate expiring at `not_after`, seen at `now` (Unix seconds).
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

#[cfg(test)]
mod tests {
    use super::*;

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
