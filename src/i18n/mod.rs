//! The one place that turns typed values into sentences, for both faces. Every user-facing
//! sentence lives in `i18n/{ja,en}.ftl` (Project Fluent); this module embeds the catalogues at
//! build time and turns a [`Message`] (an id plus typed arguments) into text.
//!
//! The core (`pki`, `vault`) and the use cases (`ops`) never name a message: `describe` maps
//! their errors, notices, findings and labels to messages, `report` renders the longer texts
//! (inspection, import, hand-off sheet) and `calendar` the reminder file. Tests check that the
//! catalogues have the same ids and that every id the code names exists.

pub mod calendar;
pub mod describe;
pub mod names;
pub mod report;
pub mod sheet;
pub mod trust;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The English catalogue, as shipped.
pub const EN_FTL: &str = include_str!("../../i18n/en.ftl");
/// The Japanese catalogue, as shipped.
pub const JA_FTL: &str = include_str!("../../i18n/ja.ftl");

/// A language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    /// Every language Shomei speaks, in the order the language switch shows them. Adding one:
    /// a variant here, its catalogue in `i18n/`, and its arm in `code`/`parse`/`catalogue`.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// `SHOMEI_LANG` (`ja`/`en`) wins; otherwise Japanese when the OS locale is Japanese.
    pub fn detect() -> Lang {
        if let Ok(v) = std::env::var("SHOMEI_LANG")
            && let Some(lang) = Lang::parse(&v)
        {
            return lang;
        }
        match sys_locale::get_locale() {
            Some(l) if l.to_ascii_lowercase().starts_with("ja") => Lang::Ja,
            _ => Lang::En,
        }
    }

    /// `ja`, `ja_JP.UTF-8`, `en-US` … → a language we speak.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        if s.starts_with("ja") {
            Some(Lang::Ja)
        } else if s.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// The catalogue's source, as shipped.
    pub fn catalogue(self) -> &'static str {
        match self {
            Lang::Ja => JA_FTL,
            Lang::En => EN_FTL,
        }
    }
}

/// Which face shows a message. A sentence may say different things in each: the window names
/// its buttons and screens, the command line its options and environment variables — never the
/// other's. Catalogue entries select on `$face` (`cli` or `window`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Face {
    Window,
    Cli,
}

impl Face {
    fn code(self) -> &'static str {
        match self {
            Face::Window => "window",
            Face::Cli => "cli",
        }
    }
}

static CLI_FACE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Called once by the command line at start: from then on this process speaks as the CLI.
/// (A process is one face: `main` picks the wizard or the CLI.)
pub fn speak_as(face: Face) {
    CLI_FACE.store(face == Face::Cli, std::sync::atomic::Ordering::Relaxed);
}

fn current_face() -> Face {
    if CLI_FACE.load(std::sync::atomic::Ordering::Relaxed) {
        Face::Cli
    } else {
        Face::Window
    }
}

/// One argument of a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Str(String),
    Num(i64),
    /// Another message, rendered in the same language first (e.g. a field's name).
    Msg(Box<Message>),
}

/// A message id with its arguments, rendered later in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.args.push((name, Arg::Str(value.into())));
        self
    }

    /// A file or folder, as the OS writes its name.
    pub fn path(self, name: &'static str, value: impl AsRef<std::path::Path>) -> Message {
        self.with(name, value.as_ref().display().to_string())
    }

    pub fn num(mut self, name: &'static str, value: i64) -> Message {
        self.args.push((name, Arg::Num(value)));
        self
    }

    pub fn msg(mut self, name: &'static str, value: Message) -> Message {
        self.args.push((name, Arg::Msg(Box::new(value))));
        self
    }
}

/// Anything Shomei can say: a message id, a [`Message`] with its arguments, or a typed value
/// from the core or the use cases that explains itself (an error, a finding, a choice). All of
/// it is rendered one way, [`say`].
pub trait Localized {
    fn message(&self) -> Message;
}

impl Localized for Message {
    fn message(&self) -> Message {
        self.clone()
    }
}

/// A message id without arguments.
impl Localized for &'static str {
    fn message(&self) -> Message {
        Message::new(self)
    }
}

impl<T: Localized + ?Sized> Localized for &T {
    fn message(&self) -> Message {
        (**self).message()
    }
}

fn build(lang: Lang, src: &'static str) -> FluentBundle<FluentResource> {
    let res = match FluentResource::try_new(src.to_owned()) {
        Ok(r) => r,
        // A syntax error in a shipped catalogue is caught by the i18n tests; keep what parsed.
        Err((r, _errors)) => r,
    };
    let id = lang
        .code()
        .parse::<unic_langid::LanguageIdentifier>()
        .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // U+2068/U+2069 isolation marks break exact strings, terminals and the clipboard.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(res);
    bundle
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    BUNDLES[i].get_or_init(|| build(lang, lang.catalogue()))
}

/// The one way to render: what `x` says, in `lang`, as this process's face speaks —
/// `say(lang, "app-title")`, `say(lang, &message)`, `say(lang, &error)`. An unknown id renders as
/// the id itself (the tests forbid that).
pub fn say(lang: Lang, x: impl Localized) -> String {
    say_as(lang, current_face(), x)
}

/// What `x` says in `lang` as `face` speaks (the tests of each face's wording).
pub fn say_as(lang: Lang, face: Face, x: impl Localized) -> String {
    render(lang, face, &x.message())
}

fn render(lang: Lang, face: Face, msg: &Message) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(msg.id).and_then(|m| m.value()) else {
        return msg.id.to_owned();
    };
    let mut args = FluentArgs::new();
    args.set("face", FluentValue::from(face.code()));
    for (name, arg) in &msg.args {
        let value = match arg {
            // Values may come from files someone else wrote: no terminal control sequence
            // reaches a face (line breaks and tabs of our own multi-line values stay).
            Arg::Str(s) => FluentValue::from(crate::pki::text::clean_keeping_lines(s)),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Msg(m) => FluentValue::from(render(lang, face, m)),
        };
        args.set(*name, value);
    }
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned()
}

/// The message ids defined in a catalogue's source (for the parity tests).
pub fn ids_in(src: &str) -> Vec<String> {
    let res = match FluentResource::try_new(src.to_owned()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    res.entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            fluent_syntax::ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_parse_without_errors() {
        for lang in Lang::ALL {
            assert!(FluentResource::try_new(lang.catalogue().to_owned()).is_ok());
        }
    }

    #[test]
    fn catalogues_have_the_same_ids() {
        let mut first = ids_in(Lang::ALL[0].catalogue());
        first.sort();
        assert!(first.len() > 20);
        for lang in Lang::ALL {
            let mut ids = ids_in(lang.catalogue());
            ids.sort();
            assert_eq!(ids, first, "{lang:?}");
        }
    }

    #[test]
    fn renders_arguments_without_isolation_marks() {
        let m = Message::new("err-field-prefix")
            .msg("field", Message::new("field-email"))
            .with("problem", "x");
        let en = say(Lang::En, &m);
        assert!(!en.contains('\u{2068}'));
        assert!(en.contains("Email address"), "{en}");
        let ja = say(Lang::Ja, &m);
        assert!(ja.contains("メールアドレス"), "{ja}");
    }

    #[test]
    fn parse_locale_names() {
        assert_eq!(Lang::parse("ja_JP.UTF-8"), Some(Lang::Ja));
        assert_eq!(Lang::parse("en-US"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
