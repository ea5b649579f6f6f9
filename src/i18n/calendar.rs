//! The expiry reminders as a calendar file (.ics, RFC 5545, written by the `icalendar` crate):
//! one all-day event on each of the CA's reminder days still ahead, and one on the expiry day.
//! It lives with the sentences because every event is one.

use chrono::NaiveDate;
use icalendar::{Calendar, Component, EventLike};

use crate::i18n::{Lang, Message, say};
use crate::pki::reminder::{Kind, schedule};

/// A calendar with one all-day event on each reminder day of `kind`'s schedule still ahead
/// (for a Secure Mail ID also 7 days after expiry, when the CA mails once more), and one on the
/// expiry day.
pub fn ics(title: &str, kind: Kind, not_after: i64, now: i64, lang: Lang) -> String {
    let mut cal = Calendar::new();
    cal.name(&say(
        lang,
        Message::new("reminder-calendar").with("title", title),
    ));
    let Some(expiry) = chrono::DateTime::from_timestamp(not_after, 0).map(|d| d.date_naive())
    else {
        return cal.done().to_string();
    };
    let today = chrono::DateTime::from_timestamp(now, 0).map(|d| d.date_naive());
    // A Secure Mail ID is renewed by ordering again (docs/domain.md [D1]); a server certificate through the
    // reseller renews by itself unless cancelled (docs/domain.md [R1]), so its events say that instead.
    let description = say(
        lang,
        Message::new(match kind {
            Kind::Smime => "reminder-description",
            Kind::Server => "reminder-description-server",
        })
        .with("title", title),
    );
    let mut add = |date: NaiveDate, summary: String, uid: String| {
        if today.is_some_and(|t| date < t) {
            return;
        }
        let event = icalendar::Event::new()
            .uid(&uid)
            .summary(&summary)
            .description(&description)
            .all_day(date)
            .done();
        cal.push(event);
    };
    for &d in schedule(kind) {
        let date = expiry - chrono::Duration::days(d);
        let summary = if d >= 0 {
            Message::new("reminder-before")
                .with("title", title)
                .num("days", d)
        } else {
            Message::new("reminder-after")
                .with("title", title)
                .num("days", -d)
        };
        add(
            date,
            say(lang, &summary),
            format!("shomei-{}-{d}@shomei.invalid", uid_part(title, not_after)),
        );
    }
    add(
        expiry,
        say(lang, Message::new("reminder-expiry").with("title", title)),
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
    fn calendar_has_the_days_still_ahead() {
        let now = 1_800_000_000; // 2027-01-15
        let expiry = now + 40 * 86_400;
        let s = ics("taro@example.co.jp", Kind::Smime, expiry, now, Lang::En);
        assert!(s.starts_with("BEGIN:VCALENDAR"), "{s}");
        // 90 and 60 days before are already past; 30, 7, 3, the day itself and the CA's mail
        // 7 days after remain.
        assert_eq!(s.matches("BEGIN:VEVENT").count(), 5, "{s}");
        assert!(s.contains("7 days ago"), "{s}");
        let server = ics("www.example.jp", Kind::Server, expiry, now, Lang::En);
        // 35 and 30 days before (the reseller's mails) and the day itself.
        assert_eq!(server.matches("BEGIN:VEVENT").count(), 3, "{server}");
        assert!(s.contains("taro@example.co.jp"));
        let ja = ics("taro@example.co.jp", Kind::Smime, expiry, now, Lang::Ja);
        assert!(ja.contains("有効期限"), "{ja}");
        // Each kind's events say how that kind renews.
        let unfold = |s: &str| s.replace("\r\n ", "");
        let server_ja = unfold(&ics("www.example.jp", Kind::Server, expiry, now, Lang::Ja));
        assert!(server_ja.contains("自動的に更新"), "{server_ja}");
        assert!(!unfold(&ja).contains("自動的に更新"), "{ja}");
    }
}
