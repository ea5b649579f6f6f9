//! Expiry reminders: the CA mails at 90, 60, 30, 7 and 3 days before expiry (seed 001); Shomei
//! warns on the same schedule. (The calendar file with those days is written by `i18n::calendar`,
//! since its events are sentences.)

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
}
