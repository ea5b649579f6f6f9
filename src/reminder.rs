//! Expiry reminders: the CA mails at 90, 60, 30, 7 and 3 days before expiry (seed 001); Shomei
//! warns on the same schedule and can put those days into the user's calendar (.ics, RFC 5545,
//! written by the `icalendar` crate).

use chrono::NaiveDate;
use icalendar::{Calendar, Component, EventLike};

use crate::i18n::{Lang, Message, tr};

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

/// A calendar with one all-day event on each reminder day still ahead, and one on the expiry day.
pub fn ics(title: &str, not_after: i64, now: i64, lang: Lang) -> String {
    let mut cal = Calendar::new();
    cal.name(&tr(
        lang,
        &Message::new("reminder-calendar").with("title", title),
    ));
    let Some(expiry) = chrono::DateTime::from_timestamp(not_after, 0).map(|d| d.date_naive())
    else {
        return cal.done().to_string();
    };
    let today = chrono::DateTime::from_timestamp(now, 0).map(|d| d.date_naive());
    let mut add = |date: NaiveDate, summary: String, uid: String| {
        if today.is_some_and(|t| date < t) {
            return;
        }
        let event = icalendar::Event::new()
            .uid(&uid)
            .summary(&summary)
            .description(&tr(
                lang,
                &Message::new("reminder-description").with("title", title),
            ))
            .all_day(date)
            .done();
        cal.push(event);
    };
    for d in WARN_DAYS {
        let date = expiry - chrono::Duration::days(d);
        add(
            date,
            tr(
                lang,
                &Message::new("reminder-before")
                    .with("title", title)
                    .num("days", d),
            ),
            format!("shomei-{}-{d}@shomei.invalid", uid_part(title, not_after)),
        );
    }
    add(
        expiry,
        tr(lang, &Message::new("reminder-expiry").with("title", title)),
        format!("shomei-{}-0@shomei.invalid", uid_part(title, not_after)),
    );
    cal.done().to_string()
}

fn uid_part(title: &str, not_after: i64) -> String {
    let t: String = title
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    format!("{t}-{not_after}")
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
    fn calendar_has_the_days_still_ahead() {
        let now = 1_800_000_000; // 2027-01-15
        let expiry = now + 40 * 86_400;
        let s = ics("taro@example.co.jp", expiry, now, Lang::En);
        assert!(s.starts_with("BEGIN:VCALENDAR"), "{s}");
        // 90 and 60 days before are already past; 30, 7, 3 and the day itself remain.
        assert_eq!(s.matches("BEGIN:VEVENT").count(), 4, "{s}");
        assert!(s.contains("taro@example.co.jp"));
        let ja = ics("taro@example.co.jp", expiry, now, Lang::Ja);
        assert!(ja.contains("有効期限"), "{ja}");
    }
}
