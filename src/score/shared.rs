//! Words a sentence shares with the other editions of its unit: cognates and names between
//! Latin-script editions (`Regierung` / `régulation` do not match, `Brexit` / `Brexit` and
//! `agreement` / `agreed` do), names in Latin letters inside other scripts, Han characters
//! between Chinese and Japanese. A translation shares some; a sentence taken from elsewhere
//! shares none, which tells an added sentence from a translator's split when lengths cannot.

use std::collections::HashSet;

use crate::lang::{Lang, Script};

/// Letters a Latin-script word needs to count: `the`, `und`, `les` are no evidence.
const MIN_WORD_LETTERS: usize = 4;

/// Letters at the start that make two Latin-script words one (`government` /
/// `gouvernement` do not, `Kavanaugh` / `Kavanaughs` and `referendum` / `referéndum` do).
const COGNATE_PREFIX: usize = 5;

/// Fewest words (Latin script) or Han characters a sentence needs before its share says
/// anything.
const MIN_WORDS: usize = 2;
const MIN_HAN: usize = 4;

/// What the other editions of a unit write, as an edition of one language can share it.
pub struct Pool {
    lang: Lang,
    words: HashSet<String>,
    han: HashSet<char>,
}

impl Pool {
    /// The words and Han characters of `others` (language, text) an edition in `lang` could
    /// share: editions of other languages only.
    pub fn of<'a>(lang: Lang, others: impl Iterator<Item = (Lang, &'a str)>) -> Pool {
        let mut pool = Pool {
            lang,
            words: HashSet::new(),
            han: HashSet::new(),
        };
        for (other, text) in others.filter(|(l, _)| *l != lang) {
            pool.words.extend(word_keys(text));
            if other.script() == Script::Cjk {
                pool.han.extend(text.chars().filter(|&c| is_han(c)));
            }
        }
        pool
    }

    /// The share of `text`'s words (Latin script) or Han characters (Chinese, Japanese) the
    /// other editions write; None for other scripts or a text too short to tell.
    pub fn share(&self, text: &str) -> Option<f64> {
        match self.lang.script() {
            Script::Latin => {
                let keys = word_keys(text);
                let hits = keys.iter().filter(|k| self.words.contains(*k)).count();
                (keys.len() >= MIN_WORDS).then(|| hits as f64 / keys.len() as f64)
            }
            Script::Cjk if !self.han.is_empty() => {
                let han: Vec<char> = text.chars().filter(|&c| is_han(c)).collect();
                let hits = han.iter().filter(|c| self.han.contains(c)).count();
                (han.len() >= MIN_HAN).then(|| hits as f64 / han.len() as f64)
            }
            _ => None,
        }
    }
}

/// The Latin-script words of a text long enough to count, folded to ASCII lowercase and cut to
/// `COGNATE_PREFIX` letters.
fn word_keys(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= MIN_WORD_LETTERS)
        .filter(|w| {
            w.chars()
                .all(|c| c.is_ascii_alphabetic() || latin_letter(c))
        })
        .map(|w| {
            any_ascii::any_ascii(w)
                .to_lowercase()
                .chars()
                .take(COGNATE_PREFIX)
                .collect()
        })
        .collect()
}

/// Latin letters beyond ASCII (`é`, `ß`, `ñ`).
fn latin_letter(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// A Han character (CJK Unified Ideographs).
fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translations_share_words_and_a_sentence_from_elsewhere_none() {
        let others = [
            (
                Lang::En,
                "The referendum on Macedonia's name failed on Sunday.",
            ),
            (
                Lang::Es,
                "El referéndum sobre el nombre de Macedonia fracasó el domingo.",
            ),
            (
                Lang::Ja,
                "マケドニアの国名に関する国民投票は日曜日に不成立となった。",
            ),
        ];
        let fr = Pool::of(Lang::Fr, others.iter().copied());
        assert!(
            fr.share("Le référendum sur le nom de la Macédoine a échoué.")
                .unwrap()
                > 0.3
        );
        assert_eq!(
            fr.share("Le taux de chômage dépasse les vingt pour cent."),
            Some(0.0)
        );
        // Too few words to tell.
        assert_eq!(fr.share("Il a dit."), None);
        let zh = Pool::of(Lang::Zh, others.iter().copied());
        assert!(zh.share("马其顿国名公投周日未获通过。").unwrap() > 0.3);
        assert_eq!(zh.share("它们会主动伤害人类。"), Some(0.0));
        // Korean shares no script with the others: nothing to tell.
        assert_eq!(
            Pool::of(Lang::Ko, others.iter().copied()).share("국민투표는 실패했다."),
            None
        );
    }
}
