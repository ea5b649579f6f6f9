//! Text that came from a file someone else wrote (names in certificates, zip entry names,
//! friendly names), made safe to show: control characters — terminal escape sequences, line
//! breaks, C1 controls — and the bidirectional overrides that reorder what a name appears to
//! say are written as visible `\xNN` / `\u{NNNN}` escapes. Every face (terminal, window, JSON)
//! shows the same cleaned value.

/// Whether `c` must not reach a terminal or a window as itself.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{2028}' | '\u{2029}')
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// `s` with every unsafe character escaped (a backslash stays a backslash).
pub fn clean(s: &str) -> String {
    if !s.chars().any(is_unsafe) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_unsafe(c) {
            let n = u32::from(c);
            if n < 0x100 {
                out.push_str(&format!("\\x{n:02X}"));
            } else {
                out.push_str(&format!("\\u{{{n:04X}}}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// [`clean`], but line breaks and tabs stay (for multi-line text Shomei composed itself, passed
/// through a message; the names inside were cleaned where they were read).
pub fn clean_keeping_lines(s: &str) -> String {
    s.split('\n')
        .map(|line| line.split('\t').map(clean).collect::<Vec<_>>().join("\t"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_controls_and_bidi() {
        assert_eq!(clean("Taro"), "Taro");
        assert_eq!(clean("a\u{1b}]0;pwned\u{7}b"), "a\\x1B]0;pwned\\x07b");
        assert_eq!(clean("x\u{9b}2J"), "x\\x9B2J");
        assert_eq!(clean("evil\u{202E}gpj.exe"), "evil\\u{202E}gpj.exe");
        assert_eq!(clean("line\nbreak"), "line\\x0Abreak");
        assert_eq!(clean("証明書"), "証明書");
    }
}
