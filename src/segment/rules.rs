//! Sentence boundaries inside one block of text, by script.
//!
//! Marked scripts (Latin, CJK, Hangul, Devanagari) end sentences with punctuation; the rules
//! here decide which stops are boundaries (not abbreviations, decimals, ordinals or initials).
//! Thai has no sentence punctuation: see [`super::thai`].

use crate::ingest::sources::{CLOSERS, TERMINATORS};
use crate::lang::{Lang, Script};

/// Stops that end a sentence wherever they stand (CJK full stops, the danda).
const HARD_STOPS: &[char] = &['。', '！', '？', '｡', '।', '॥'];

/// Month names after which a German or French ordinal `14.` is a date, not a sentence end.
const ORDINAL_MAX_DIGITS: usize = 2;

/// Splits one block of text into sentences (byte ranges into `text`, trimmed).
pub fn split_sentences(text: &str, lang: Lang) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for end in boundaries(text, lang) {
        push_trimmed(&mut out, &text[start..end]);
        start = end;
    }
    push_trimmed(&mut out, &text[start..]);
    out
}

fn push_trimmed<'a>(out: &mut Vec<&'a str>, piece: &'a str) {
    let t = piece.trim();
    if !t.is_empty() {
        out.push(t);
    }
}

/// Byte offsets just after each sentence end inside `text` (never at its very end).
fn boundaries(text: &str, lang: Lang) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut cuts = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if !TERMINATORS.contains(&c) && c != '…' {
            i += 1;
            continue;
        }
        // Take the whole run of stops and closers: `?!`, `...`, `。」`, `."`.
        let mut j = i + 1;
        while j < chars.len() && (TERMINATORS.contains(&chars[j].1) || chars[j].1 == '…') {
            j += 1;
        }
        while j < chars.len() && CLOSERS.contains(&chars[j].1) {
            j += 1;
        }
        // French sets its closing guillemet apart: `historique. »`.
        if j + 1 < chars.len() && is_space(chars[j].1) && chars[j + 1].1 == '»' {
            j += 2;
        }
        if j < chars.len() && is_boundary(&chars, i, j, lang) {
            cuts.push(chars[j].0);
        }
        i = j;
    }
    cuts
}

/// Whether the stop run `chars[i..j]` ends a sentence.
fn is_boundary(chars: &[(usize, char)], i: usize, j: usize, lang: Lang) -> bool {
    let stop = chars[i].1;
    let next = chars[j].1;
    if HARD_STOPS.contains(&stop) {
        // `。` ends a sentence, but a quote it closes may run on: `「…。」と報じた`.
        let closed_quote = j > i + 1 && CLOSERS.contains(&chars[j - 1].1);
        let runs_on = matches!(next, '、' | '，' | ',') || is_hiragana(next);
        let comma = matches!(next, '、' | '，' | ',');
        return !(comma || closed_quote && runs_on);
    }
    // Latin-style stops: a space must follow, and the next word must not be lowercase.
    if !next.is_whitespace() {
        // CJK text may follow a Latin `?` or `!` without a space.
        return matches!(stop, '?' | '!') && is_cjk_or_thai(next) && lang.script() != Script::Latin;
    }
    let Some(next_word) = chars[j..].iter().map(|p| p.1).find(|c| !c.is_whitespace()) else {
        return false;
    };
    if next_word.is_lowercase() {
        return false;
    }
    if stop == '.' && j == i + 1 {
        return !is_non_final_period(chars, i, lang);
    }
    true
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

fn is_hiragana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x309F)
}

fn is_cjk_or_thai(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x9FFF | 0xAC00..=0xD7AF | 0x0E00..=0x0E7F)
}

/// The word that ends at `chars[i]` (a period), without the period.
fn word_before(chars: &[(usize, char)], i: usize) -> String {
    let mut k = i;
    while k > 0 && !chars[k - 1].1.is_whitespace() && !matches!(chars[k - 1].1, '(' | '"' | '“') {
        k -= 1;
    }
    chars[k..i].iter().map(|p| p.1).collect()
}

/// A period that does not end a sentence: after an abbreviation, an initial, or (in German and
/// French) an ordinal number such as `14. Juli`.
fn is_non_final_period(chars: &[(usize, char)], i: usize, lang: Lang) -> bool {
    let word = word_before(chars, i);
    if word.is_empty() {
        return false;
    }
    let info = lang.info();
    let abbreviations = info.abbreviations;
    if abbreviations.contains(&word.as_str()) {
        return true;
    }
    if info.number_abbreviations.contains(&word.as_str()) {
        let next = chars[i + 1..]
            .iter()
            .map(|p| p.1)
            .find(|c| !c.is_whitespace());
        return next.is_some_and(|c| c.is_ascii_digit());
    }
    // `z. B.`: the two-word form ends in a one-letter word after another one-letter word.
    let two_words = two_word_abbreviation(chars, i, &word);
    if two_words.is_some_and(|w| abbreviations.contains(&w.as_str())) {
        return true;
    }
    // Initials and internal-period abbreviations: `J.`, `U.S.`, `e.g.`.
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    // Ordinals: `14. Juli`, `am 3. Oktober`, `14. Fünfjahresplan`.
    let ordinal_lang = info.decimal == ',' && lang != Lang::Es;
    let digits = word.chars().all(|c| c.is_ascii_digit());
    ordinal_lang && digits && word.len() <= ORDINAL_MAX_DIGITS
}

fn two_word_abbreviation(chars: &[(usize, char)], i: usize, word: &str) -> Option<String> {
    if word.chars().count() != 1 {
        return None;
    }
    let start = i.checked_sub(word.chars().count() + 1)?;
    if !chars[start].1.is_whitespace() || start == 0 || chars[start - 1].1 != '.' {
        return None;
    }
    let first = word_before(chars, start - 1);
    Some(format!("{first}. {word}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str, lang: Lang) -> Vec<&str> {
        split_sentences(text, lang)
    }

    #[test]
    fn latin_abbreviations_decimals_and_ordinals() {
        assert_eq!(
            split(
                "Der Fonds hat 8,5 Mrd. Dollar. Er wurde am 14. Juli im 14. Fünfjahresplan genannt. Ende.",
                Lang::De
            ),
            vec![
                "Der Fonds hat 8,5 Mrd. Dollar.",
                "Er wurde am 14. Juli im 14. Fünfjahresplan genannt.",
                "Ende."
            ]
        );
        assert_eq!(
            split(
                "Dr. Smith met Mr. J. Doe in the U.S. on Monday. They talked.",
                Lang::En
            ),
            vec![
                "Dr. Smith met Mr. J. Doe in the U.S. on Monday.",
                "They talked."
            ]
        );
        assert_eq!(
            split("Das gilt z. B. für Peking. Und dann?", Lang::De),
            vec!["Das gilt z. B. für Peking.", "Und dann?"]
        );
        assert_eq!(split("It costs $8.5 billion. Really.", Lang::En).len(), 2);
        assert_eq!(split("He enlisted on Sept. 5 in Iraq.", Lang::En).len(), 1);
        assert_eq!(split("He enlisted in Sept. He was 26.", Lang::En).len(), 2);
        assert_eq!(
            split("Es war am 3. Okt. 2018 in Nr. 5 der Straße.", Lang::De).len(),
            1
        );
        assert_eq!(split("Vive en EE. UU. desde 2010.", Lang::Es).len(), 1);
    }

    #[test]
    fn quotes_close_after_the_stop() {
        assert_eq!(
            split("He said: \"It works.\" Then he left.", Lang::En),
            vec!["He said: \"It works.\"", "Then he left."]
        );
        assert_eq!(
            split("\"Is it?\" she asked. Yes.", Lang::En),
            vec!["\"Is it?\" she asked.", "Yes."]
        );
    }

    #[test]
    fn french_guillemets_close_after_a_space() {
        assert_eq!(
            split(
                "Il a dit : « C'est historique. » Harris a précisé.",
                Lang::Fr
            ),
            vec!["Il a dit : « C'est historique. »", "Harris a précisé."]
        );
    }

    #[test]
    fn cjk_and_devanagari() {
        assert_eq!(
            split(
                "中国は85億ドルを投じた。「追い抜くのか。」と報じた。次だ！",
                Lang::Ja
            ),
            vec![
                "中国は85億ドルを投じた。",
                "「追い抜くのか。」と報じた。",
                "次だ！"
            ]
        );
        assert_eq!(
            split("8.5 billionドルの基金だ。Techmemeが報じた。", Lang::Ja),
            vec!["8.5 billionドルの基金だ。", "Techmemeが報じた。"]
        );
        assert_eq!(
            split("यह 8.5 अरब डॉलर है। दूसरा वाक्य।", Lang::Hi),
            vec!["यह 8.5 अरब डॉलर है।", "दूसरा वाक्य।"]
        );
        assert_eq!(
            split("중국은 85억 달러를 투자했다. 두 번째 문장이다.", Lang::Ko),
            vec!["중국은 85억 달러를 투자했다.", "두 번째 문장이다."]
        );
    }
}
