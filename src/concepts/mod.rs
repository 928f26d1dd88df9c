//! Concepts a news sentence names (police, election, earthquake, China), found in every
//! language by a table of their spellings (`table.tsv`).
//!
//! Two translations of one sentence in different scripts share no word, and a lexicon learned
//! from one short article knows too little; but both name the same things, and what news names
//! most is a short list. A concept both sides of a bead name is an anchor as a shared number is:
//! the aligner prefers beads that share them, and the scorer tells a sentence of the unit from a
//! sentence of elsewhere by them.

use std::borrow::Cow;
use std::sync::OnceLock;

use aho_corasick::Input;
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use unicode_normalization::UnicodeNormalization;

use crate::ingest::detect::script_of;
use crate::lang::{ALL, Lang, Script};

/// The table: a concept a line, then its spellings in each language of `COLUMNS`.
const TABLE: &str = include_str!("table.tsv");

/// The languages of the table's columns after the concept's name, in order.
const COLUMNS: [Lang; 9] = [
    Lang::En,
    Lang::De,
    Lang::Fr,
    Lang::Es,
    Lang::Ja,
    Lang::Zh,
    Lang::Ko,
    Lang::Th,
    Lang::Hi,
];

/// One spelling of a concept in one language, and where a match of it must stand.
#[derive(Debug)]
struct Spelling {
    concept: u16,
    /// The match must start a word: Latin script and Devanagari, and one Hangul syllable
    /// alone, unless the spelling opens with `*` (a German compound's head: `*minister*` in
    /// `Außenminister`).
    starts_word: bool,
    /// The match must end the word too (no final `*`, in Latin script or Devanagari).
    ends_word: bool,
}

/// The spellings of one language: those written in lowercase, searched in the lowercased
/// text, and those with a capital (`US`, `EU`: the pronoun `us` is no country), searched as
/// written.
struct Matcher {
    folded: Search,
    exact: Search,
}

/// One automaton and the spellings of its patterns.
struct Search {
    automaton: NFA,
    spellings: Vec<Spelling>,
}

/// The matchers of the nine languages, in the order of `lang::ALL`, built on first use.
fn matchers() -> &'static [Matcher] {
    static MATCHERS: OnceLock<Vec<Matcher>> = OnceLock::new();
    MATCHERS.get_or_init(|| ALL.iter().map(|&lang| matcher(lang)).collect())
}

/// The table's rows, a concept each (its id is its place among them).
fn rows() -> impl Iterator<Item = &'static str> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
}

/// Builds the matcher of one language from the table.
fn matcher(lang: Lang) -> Matcher {
    let column = COLUMNS.iter().position(|&l| l == lang).unwrap_or(0) + 1;
    let (mut folded, mut exact) = (Vec::new(), Vec::new());
    for (concept, row) in rows().enumerate() {
        let cell = row.split('\t').nth(column).unwrap_or("");
        for spelling in cell.split('|').filter(|s| !s.is_empty()) {
            let (pattern, spelling) = spelling_of(spelling, concept as u16);
            if pattern.chars().any(char::is_uppercase) {
                exact.push((pattern, spelling));
            } else {
                folded.push((pattern, spelling));
            }
        }
    }
    Matcher {
        folded: search(folded),
        exact: search(exact),
    }
}

/// A table spelling as a pattern (NFKC, as the text is) and where its matches must stand.
fn spelling_of(raw: &str, concept: u16) -> (String, Spelling) {
    let inner = raw.starts_with('*');
    let open = raw.ends_with('*');
    let pattern = without_nukta(&raw.trim_matches('*').nfkc().collect::<String>()).into_owned();
    let first = pattern.chars().next().and_then(script_of);
    let last = pattern.chars().last().and_then(script_of);
    let one_syllable = pattern.chars().count() == 1;
    let starts_word = !inner
        && match first {
            Some(Script::Latin | Script::Devanagari) => true,
            Some(Script::Hangul) => one_syllable,
            _ => false,
        };
    let ends_word = !open && matches!(last, Some(Script::Latin | Script::Devanagari));
    let spelling = Spelling {
        concept,
        starts_word,
        ends_word,
    };
    (pattern, spelling)
}

fn search(entries: Vec<(String, Spelling)>) -> Search {
    let (patterns, spellings): (Vec<String>, Vec<Spelling>) = entries.into_iter().unzip();
    // A contiguous NFA, used directly (not behind `AhoCorasick`'s dynamic dispatch): every
    // sentence is searched, and an article's nine languages take turns. A DFA's tables
    // (hundreds of byte classes for CJK patterns) fall out of cache between turns: the search
    // stalled on nine of ten table reads, 10% of a 1,000-article run against 5% now.
    let automaton = NFA::new(&patterns).expect("the concept table builds an automaton");
    Search {
        automaton,
        spellings,
    }
}

/// The concepts `text` (NFKC) names in `lang`, as sorted ids without repeats.
pub fn concepts(text: &str, lang: Lang) -> Vec<u16> {
    let Some(matcher) = ALL.iter().position(|&l| l == lang).map(|i| &matchers()[i]) else {
        return Vec::new();
    };
    let text = without_nukta(text);
    let lower = text.to_lowercase();
    let mut out = matches(&matcher.folded, &lower);
    out.extend(matches(&matcher.exact, &text));
    out.sort_unstable();
    out.dedup();
    out
}

/// Devanagari's nukta (`फ़` = `फ` + `़`), which Hindi writers add or leave out for the same
/// word (`फ़्लोरिडा`, `फ्लोरिडा`): neither text nor spellings keep it.
fn without_nukta(text: &str) -> Cow<'_, str> {
    if text.contains(NUKTA) {
        Cow::Owned(text.chars().filter(|&c| c != NUKTA).collect())
    } else {
        Cow::Borrowed(text)
    }
}

const NUKTA: char = '\u{93C}';

/// The concepts of one search's spellings found in `text`.
fn matches(search: &Search, text: &str) -> Vec<u16> {
    search
        .automaton
        .try_find_overlapping_iter(Input::new(text))
        .expect("a standard-match automaton searches with overlaps")
        .filter_map(|m| {
            let spelling = &search.spellings[m.pattern().as_usize()];
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            let first = text[m.start()..].chars().next();
            let last = text[..m.end()].chars().next_back();
            let fits = (!spelling.starts_word || boundary(before, first))
                && (!spelling.ends_word || boundary(after, last));
            fits.then_some(spelling.concept)
        })
        .collect()
}

/// Whether `outside` (the character next to a match, if any) leaves the word that `inside`
/// (the match's character at that edge) belongs to: not a letter or digit of the same script.
fn boundary(outside: Option<char>, inside: Option<char>) -> bool {
    let Some(c) = outside else {
        return true;
    };
    let same_script = script_of(c).is_some() && script_of(c) == inside.and_then(script_of);
    let word_char = c.is_alphanumeric() || (c as u32 & !0x7F) == 0x0900;
    !(c.is_ascii_digit() || same_script && word_char)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The concept id of a table row, by its name.
    fn id(name: &str) -> u16 {
        rows()
            .position(|l| l.split('\t').next() == Some(name))
            .unwrap_or_else(|| panic!("no concept {name}")) as u16
    }

    #[test]
    fn every_row_has_a_cell_for_every_language() {
        for row in rows() {
            assert_eq!(row.split('\t').count(), COLUMNS.len() + 1, "{row}");
        }
    }

    #[test]
    fn one_sentence_in_nine_languages_names_the_same_concepts() {
        let sentences = [
            (Lang::En, "Police said the earthquake hit China on Monday."),
            (
                Lang::De,
                "Die Polizei sagte, das Erdbeben habe China getroffen.",
            ),
            (
                Lang::Fr,
                "La police a déclaré que le séisme avait frappé la Chine.",
            ),
            (Lang::Es, "La policía dijo que el terremoto sacudió China."),
            (Lang::Ja, "警察によると、地震は月曜日に中国を襲った。"),
            (Lang::Zh, "警方说，周一中国发生了地震。"),
            (Lang::Ko, "경찰은 지진이 월요일 중국을 강타했다고 밝혔다."),
            (Lang::Th, "ตำรวจกล่าวว่าแผ่นดินไหวถล่มจีนเมื่อวันจันทร์"),
            (Lang::Hi, "पुलिस ने कहा कि सोमवार को भूकंप ने चीन को हिला दिया।"),
        ];
        let want = {
            let mut v = vec![id("police"), id("earthquake"), id("china")];
            v.sort_unstable();
            v
        };
        for (lang, text) in sentences {
            let nfkc: String = text.nfkc().collect();
            assert_eq!(concepts(&nfkc, lang), want, "{lang:?}: {text}");
        }
    }

    #[test]
    fn words_that_merely_contain_a_spelling_name_nothing() {
        for (lang, text) in [
            // `eu` inside `Reuters`, `ai` inside `said`, `tor` inside `Doktor`.
            (Lang::En, "Reuters said so."),
            (Lang::De, "Der Doktor kam."),
            (Lang::Ja, "ロイター通信が伝えた。"),
            // `आग` (fire) inside `आगे` (ahead).
            (Lang::Hi, "उसने कहा कि वह आगे बढ़ेंगे।"),
        ] {
            assert_eq!(concepts(text, lang), Vec::<u16>::new(), "{lang:?}: {text}");
        }
    }
}
