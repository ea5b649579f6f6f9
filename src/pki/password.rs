//! The PKCS#12 password policy (the CA's own rule, docs/domain.md [D1]: 12–72 characters with 3 of lowercase,
//! uppercase, digit, symbol; plus printable ASCII only, no edge spaces, nothing guessable) as a
//! per-rule check the wizard shows as a live checklist, a strength estimate, and a generator
//! whose output always passes.

use rand_core::{OsRng, RngCore};
use serde::Serialize;
use zeroize::Zeroizing;

pub const MIN_CHARS: usize = 12;
pub const MAX_CHARS: usize = 72;

/// One rule of the policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// At least 12 characters.
    MinLength,
    /// At most 72 characters.
    MaxLength,
    /// At least three of: lowercase, uppercase, digit, symbol.
    ThreeClasses,
    /// Printable half-width ASCII only (no full-width input, no control characters).
    AsciiOnly,
    /// No space at the start or the end.
    NoEdgeSpace,
    /// Not a common password and not made of the mailbox, domain or organization.
    NotGuessable,
}

impl Rule {
    pub const ALL: [Rule; 6] = [
        Rule::MinLength,
        Rule::MaxLength,
        Rule::ThreeClasses,
        Rule::AsciiOnly,
        Rule::NoEdgeSpace,
        Rule::NotGuessable,
    ];
}

/// How strong a password looks (for the meter), from 0 (weak) to 4 (very strong).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Strength(pub u8);

/// The result of checking a password: every rule's pass/fail, whether full-width input was
/// seen (the IME hint), and the strength.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Check {
    pub rules: Vec<(Rule, bool)>,
    pub full_width: bool,
    pub strength: Strength,
}

impl Check {
    pub fn passes(&self) -> bool {
        self.rules.iter().all(|(_, ok)| *ok)
    }

    pub fn passed(&self, rule: Rule) -> bool {
        self.rules.iter().any(|(r, ok)| *r == rule && *ok)
    }

    pub fn failed(&self) -> impl Iterator<Item = Rule> + '_ {
        self.rules.iter().filter(|(_, ok)| !ok).map(|(r, _)| *r)
    }
}

/// Words that make a password guessable: the user's own context.
#[derive(Clone, Debug, Default)]
pub struct Context {
    pub words: Vec<String>,
}

impl Context {
    /// Context from mailboxes (local part, domain labels) and the organization name.
    pub fn from_parts(emails: &[String], organization: &str) -> Context {
        let mut words = Vec::new();
        for e in emails {
            if let Some((local, domain)) = e.rsplit_once('@') {
                words.push(local.to_owned());
                words.extend(local.split(['.', '_', '-', '+']).map(str::to_owned));
                words.extend(domain.split('.').map(str::to_owned));
            } else {
                words.extend(e.split('.').map(str::to_owned));
            }
        }
        words.extend(
            organization
                .split(|c: char| !c.is_ascii_alphanumeric())
                .map(str::to_owned),
        );
        // Very short pieces (jp, co, a) would forbid half the alphabet.
        words.retain(|w| w.len() >= 4);
        for w in &mut words {
            w.make_ascii_lowercase();
        }
        words.sort();
        words.dedup();
        Context { words }
    }
}

/// A small list of passwords and words people reach for first (lower-case; substring match).
const BLOCKLIST: &[&str] = &[
    "password",
    "passw0rd",
    "p@ssw0rd",
    "p@ssword",
    "qwerty",
    "asdfgh",
    "zxcvbn",
    "letmein",
    "welcome",
    "admin",
    "administrator",
    "changeit",
    "changeme",
    "secret",
    "iloveyou",
    "monkey",
    "dragon",
    "master",
    "shomei",
    "digicert",
    "certificate",
    "smime",
    "12345678",
    "123456789",
    "1234567890",
    "abcdefg",
    "abc123",
    "111111",
    "000000",
    "aaaaaa",
    "himitsu",
    "pasuwado",
];

fn classes(pw: &str) -> usize {
    let lower = pw.chars().any(|c| c.is_ascii_lowercase());
    let upper = pw.chars().any(|c| c.is_ascii_uppercase());
    let digit = pw.chars().any(|c| c.is_ascii_digit());
    let symbol = pw.chars().any(|c| c.is_ascii_punctuation() || c == ' ');
    [lower, upper, digit, symbol].iter().filter(|b| **b).count()
}

fn guessable(pw: &str, ctx: &Context) -> bool {
    // A copy of the password: wiped when dropped.
    let lower = Zeroizing::new(pw.to_ascii_lowercase());
    BLOCKLIST.iter().any(|w| lower.contains(w))
        || ctx.words.iter().any(|w| lower.contains(w.as_str()))
        || pw.chars().collect::<std::collections::BTreeSet<_>>().len() < 5
}

/// Checks `pw` against every rule. Never alters the password (no NFKC on passwords).
pub fn check(pw: &str, ctx: &Context) -> Check {
    let n = pw.chars().count();
    let ascii = pw.chars().all(|c| (' '..='~').contains(&c));
    let full_width = pw
        .chars()
        .any(|c| ('\u{FF01}'..='\u{FF5E}').contains(&c) || c == '\u{3000}' || !c.is_ascii());
    let guess = guessable(pw, ctx);
    let rules = vec![
        (Rule::MinLength, n >= MIN_CHARS),
        (Rule::MaxLength, n <= MAX_CHARS),
        (Rule::ThreeClasses, classes(pw) >= 3),
        (Rule::AsciiOnly, ascii),
        (
            Rule::NoEdgeSpace,
            !pw.starts_with(' ') && !pw.ends_with(' '),
        ),
        (Rule::NotGuessable, !guess),
    ];
    // The meter never praises a password the CA would refuse: while a rule fails it says weak.
    let mut strength = strength(pw, guess);
    if rules.iter().any(|(_, ok)| !ok) {
        strength = strength.min(Strength(0));
    }
    Check {
        strength,
        rules,
        full_width,
    }
}

/// A rough entropy estimate: length × log2(alphabet of the classes used), with guessable
/// passwords rated weakest.
fn strength(pw: &str, guessable: bool) -> Strength {
    if guessable || pw.is_empty() {
        return Strength(0);
    }
    let mut pool = 0u32;
    if pw.chars().any(|c| c.is_ascii_lowercase()) {
        pool += 26;
    }
    if pw.chars().any(|c| c.is_ascii_uppercase()) {
        pool += 26;
    }
    if pw.chars().any(|c| c.is_ascii_digit()) {
        pool += 10;
    }
    if pw.chars().any(|c| !c.is_ascii_alphanumeric()) {
        pool += 33;
    }
    let bits = pw.chars().count() as f64 * f64::from(pool.max(2)).log2();
    Strength(match bits {
        b if b < 40.0 => 0,
        b if b < 60.0 => 1,
        b if b < 75.0 => 2,
        b if b < 90.0 => 3,
        _ => 4,
    })
}

/// Characters the generator uses: no look-alikes (0 O o 1 l I), no quotes or backticks, and no
/// backslash (Japanese fonts draw it as ¥).
const GEN_LOWER: &str = "abcdefghijkmnpqrstuvwxyz";
const GEN_UPPER: &str = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const GEN_DIGIT: &str = "23456789";
const GEN_SYMBOL: &str = "!#$%&*+-=?@^_";

/// A uniformly random index below `n` from the OS CSPRNG, without modulo bias (rejection).
fn uniform(n: usize) -> usize {
    debug_assert!(n > 0 && n <= 256);
    let limit = 256 - (256 % n);
    loop {
        let mut b = [0u8; 1];
        OsRng.fill_bytes(&mut b);
        if (b[0] as usize) < limit {
            return b[0] as usize % n;
        }
    }
}

/// Letters and digits for passwords read out over the phone: no look-alikes (0 O o 1 l I i), and
/// none whose upper and lower case sound alike spoken (c k p s u v w x y z keep one case only).
const READ_LOWER: &str = "abdefghjmnqrt";
const READ_UPPER: &str = "ABDEFGHJLMNQRT";
const READ_DIGIT: &str = "23456789";
/// The separators: one symbol everybody can name and type on any keyboard layout.
const READ_SEPARATOR: char = '-';

/// A password a person can read out: three groups of four letters and digits joined by `-`
/// (`Tq4m-7dRe-hN2a`: 14 characters, two symbols, about 61 bits from the OS CSPRNG). Every
/// group mixes cases and digits, so it always passes the CA's rule.
pub fn generate_readable() -> Zeroizing<String> {
    let all: Vec<char> = [READ_LOWER, READ_UPPER, READ_DIGIT]
        .concat()
        .chars()
        .collect();
    loop {
        let mut pw = Zeroizing::new(String::with_capacity(14));
        for group in 0..3 {
            if group > 0 {
                pw.push(READ_SEPARATOR);
            }
            for _ in 0..4 {
                pw.push(all[uniform(all.len())]);
            }
        }
        // Rejection keeps the distribution uniform over the passing passwords.
        if check(&pw, &Context::default()).passes() && classes(&pw) == 4 {
            return pw;
        }
    }
}

/// Generates a `len`-character password (clamped to 12..=72) that passes every rule.
pub fn generate(len: usize) -> Zeroizing<String> {
    let len = len.clamp(MIN_CHARS, MAX_CHARS);
    let all: Vec<char> = [GEN_LOWER, GEN_UPPER, GEN_DIGIT, GEN_SYMBOL]
        .concat()
        .chars()
        .collect();
    loop {
        let mut pw = Zeroizing::new(String::with_capacity(len));
        for _ in 0..len {
            pw.push(all[uniform(all.len())]);
        }
        // Rejection keeps the distribution uniform over the passing passwords.
        if check(&pw, &Context::default()).passes() && classes(&pw) == 4 {
            return pw;
        }
    }
}

/// The one confirmation rule: the second typing equals the first, exactly.
pub fn confirmed(password: &str, again: &str) -> bool {
    password == again
}

/// A new password (for a .p12, a key file) typed twice: the policy check, and the confirmation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPassword {
    pub check: Check,
    /// The second typing equals the first.
    pub confirmed: bool,
    /// The second typing has begun and differs (worth saying so).
    pub mismatch: bool,
}

impl NewPassword {
    pub fn acceptable(&self) -> bool {
        self.check.passes() && self.confirmed
    }
}

/// Checks a new password typed twice against the policy for `context`.
pub fn check_new(password: &str, again: &str, context: &Context) -> NewPassword {
    let confirmed = confirmed(password, again);
    NewPassword {
        check: check(password, context),
        confirmed,
        mismatch: !again.is_empty() && !confirmed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(pw: &str, r: Rule) -> bool {
        check(pw, &Context::default()).passed(r)
    }

    #[test]
    fn length_boundaries() {
        assert!(!rule("Abcdefgh1jk", Rule::MinLength)); // 11
        assert!(rule("Abcdefgh1jkm", Rule::MinLength)); // 12
        let s72 = format!("Aa1{}", "x".repeat(69));
        let s73 = format!("Aa1{}", "x".repeat(70));
        assert!(rule(&s72, Rule::MaxLength));
        assert!(!rule(&s73, Rule::MaxLength));
    }

    #[test]
    fn class_boundaries() {
        assert!(!rule("abcdefghijkmn2", Rule::ThreeClasses)); // 2 classes
        assert!(rule("abcdefghijkM2", Rule::ThreeClasses)); // 3
        assert!(rule("abcdefghij!M2", Rule::ThreeClasses)); // 4
    }

    #[test]
    fn full_width_is_flagged_for_the_ime_hint() {
        let c = check("Ａｂｃｄｅｆｇ１２３４５！", &Context::default());
        assert!(c.full_width);
        assert!(!c.passed(Rule::AsciiOnly));
        assert!(!check("Tokyo-Tower-2026", &Context::default()).full_width);
    }

    #[test]
    fn edges_and_context() {
        assert!(!rule(" Abcdefgh12!x", Rule::NoEdgeSpace));
        assert!(!rule("MyPassword123!", Rule::NotGuessable));
        let ctx = Context::from_parts(&["taro.yamada@example.co.jp".into()], "Example Co., Ltd.");
        assert!(!check("Yamada-2026-xyz", &ctx).passed(Rule::NotGuessable));
        assert!(!check("Example!2026zz", &ctx).passed(Rule::NotGuessable));
        assert!(check("Kq7#mv2P!rTz", &ctx).passes());
    }

    #[test]
    fn generated_passwords_always_pass() {
        for _ in 0..500 {
            let pw = generate(16);
            assert_eq!(pw.len(), 16);
            assert!(check(&pw, &Context::default()).passes(), "{}", *pw);
            assert!(!pw.contains(['\\', '0', 'O', 'o', '1', 'l', 'I', '"', '\'', '`']));
        }
        assert_eq!(generate(3).len(), MIN_CHARS);
    }

    #[test]
    fn readable_passwords_pass_and_can_be_read_out() {
        for _ in 0..500 {
            let pw = generate_readable();
            assert_eq!(pw.len(), 14, "{}", *pw);
            let c = check(&pw, &Context::default());
            assert!(c.passes(), "{}", *pw);
            assert!(c.strength >= Strength(3), "{}", *pw);
            let groups: Vec<&str> = pw.split('-').collect();
            assert_eq!(groups.len(), 3, "{}", *pw);
            assert!(
                groups
                    .iter()
                    .all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_alphanumeric()))
            );
            assert!(!pw.contains(['0', 'O', 'o', '1', 'l', 'I', 'i', 'c', 'C', 's', 'S']));
        }
    }

    #[test]
    fn the_meter_never_says_strong_while_a_rule_fails() {
        // Long and varied, but with a space at the end: refused, so rated weak.
        let c = check("Kq7#mv2P!rTz-Wx9&nb4L ", &Context::default());
        assert!(!c.passes());
        assert_eq!(c.strength, Strength(0));
        // Two classes only.
        let c = check("abcdefghijkmnpqrstuvwx2345", &Context::default());
        assert!(!c.passes());
        assert_eq!(c.strength, Strength(0));
        // The same length with every rule met is strong.
        assert!(check("Kq7#mv2P!rTz-Wx9&nb4L", &Context::default()).strength >= Strength(3));
    }

    #[test]
    fn uniform_is_unbiased_enough() {
        let mut counts = [0u32; 61];
        for _ in 0..61_000 {
            counts[uniform(61)] += 1;
        }
        assert!(counts.iter().all(|c| (800..1200).contains(c)), "{counts:?}");
    }

    #[test]
    fn a_new_password_needs_the_rule_and_the_same_second_typing() {
        let ctx = Context::from_parts(&["taro@example.co.jp".to_owned()], "Example");
        let ok = check_new("Kq7#mv2P!rTz", "Kq7#mv2P!rTz", &ctx);
        assert!(ok.acceptable() && ok.confirmed && !ok.mismatch);
        let typing = check_new("Kq7#mv2P!rTz", "", &ctx);
        assert!(!typing.acceptable() && !typing.mismatch);
        let differ = check_new("Kq7#mv2P!rTz", "Kq7#mv2P!rTZ", &ctx);
        assert!(!differ.acceptable() && differ.mismatch);
        let weak = check_new("password", "password", &ctx);
        assert!(weak.confirmed && !weak.acceptable());
        assert!(confirmed("a", "a") && !confirmed("a", "A"));
    }
}
