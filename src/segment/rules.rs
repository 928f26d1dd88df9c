//! Sentence boundaries inside one block of text, by script.
//!
//! Marked scripts (Latin, CJK, Hangul, Devanagari) end sentences with punctuation; the rules
//! here decide which stops are boundaries (not abbreviations, decimals, ordinals or initials).
//! Thai has no sentence punctuation: see [`super::thai`].

use crate::ingest::detect::script_of;
use crate::ingest::sources::{CLOSERS, TERMINATORS};
use crate::lang::{Lang, Script};

/// Stops that end a sentence wherever they stand (CJK full stops, the danda).
const HARD_STOPS: &[char] = &['。', '！', '？', '｡', '।', '॥'];

/// Ordinals with a period (`14. Juli`) have at most this many digits.
const ORDINAL_MAX_DIGITS: usize = 2;

/// Brackets inside which a stop never ends the sentence (book titles, asides). ASCII parentheses
/// are left out: unbalanced ones are common in running text.
const ENCLOSING: &[(char, char)] = &[('《', '》'), ('〈', '〉'), ('（', '）')];

/// Dashes that continue a sentence after `!` or `?` (`voila! -- you have cake`); a single
/// hyphen opens a new line of dialogue or a list item instead.
const DASHES: &[&str] = &["--", "–", "—"];

/// Characters that may open a sentence besides letters and digits.
const OPENERS: &[char] = &[
    '"', '“', '‘', '«', '¿', '¡', '„', '‚', '\'', '「', '『', '-', '•', '*', '#', '@',
];

/// Splits one block of text into sentences (slices of `text`, trimmed).
pub fn split_sentences(text: &str, lang: Lang) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let markers = list_markers(text);
    // A stop inside a list marker (`1.`, `2.)`) ends no sentence; each item starts one.
    let mut cuts: Vec<usize> = boundaries(&chars, lang)
        .into_iter()
        .filter(|&c| !markers.iter().any(|m| m.start < c && c <= m.end))
        .collect();
    cuts.extend(markers.iter().skip(1).map(|m| m.start));
    if lang.info().unpunctuated_starts {
        cuts.extend(unpunctuated_ends(text, lang));
    }
    cuts.sort_unstable();
    cuts.dedup();
    // Punctuation alone (a stray `“` after `。`) is no sentence: it stays with the one before.
    let ends: Vec<usize> = cuts.iter().skip(1).copied().chain([text.len()]).collect();
    let cuts: Vec<usize> = cuts
        .iter()
        .zip(ends)
        .filter(|&(&cut, end)| text[cut..end].chars().any(char::is_alphanumeric))
        .map(|(&cut, _)| cut)
        .collect();
    for end in cuts {
        push_trimmed(&mut out, &text[start..end]);
        start = end;
    }
    push_trimmed(&mut out, &text[start..]);
    out
}

/// Fewest words on either side of a sentence end without punctuation.
const UNPUNCTUATED_MIN_WORDS: usize = 4;

/// Sentence ends without punctuation, as bulleted summaries run into the text once a page is
/// saved as text: `...attract young voters The stamp duty rise...`. A lowercase word, then a
/// capitalized sentence starter (`The`, `Los`) followed by a lowercase word: mid-sentence a
/// capitalized starter only opens a name (`told The Guardian`), whose next word is capitalized.
fn unpunctuated_ends(text: &str, lang: Lang) -> Vec<usize> {
    let starters = lang.info().sentence_starters;
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut cuts = Vec::new();
    let mut last_cut = 0;
    for k in 1..words.len().saturating_sub(1) {
        let word = words[k];
        // Cheapest tests first: this runs over every word of English, Spanish and French text.
        let capitalized = word.chars().next().is_some_and(char::is_uppercase);
        if !capitalized || !words[k - 1].ends_with(char::is_lowercase) {
            continue;
        }
        let then_lowercase = words[k + 1].starts_with(char::is_lowercase);
        let room =
            k - last_cut >= UNPUNCTUATED_MIN_WORDS && words.len() - k >= UNPUNCTUATED_MIN_WORDS;
        // One letter is a pronoun (`I`) or a grade (`grade A students`) as often as a start.
        let starter = word.chars().count() > 1 && starters.contains(&word);
        if then_lowercase && room && starter {
            cuts.push(word.as_ptr() as usize - text.as_ptr() as usize);
            last_cut = k;
        }
    }
    cuts
}

fn push_trimmed<'a>(out: &mut Vec<&'a str>, piece: &'a str) {
    let t = piece.trim();
    if !t.is_empty() {
        out.push(t);
    }
}

/// Whether `c` closes a sentence after its stop in `lang` (quotes, brackets; German also closes
/// its quotes with `“` and `‘`, which open quotes elsewhere).
fn is_closer(c: char, lang: Lang) -> bool {
    CLOSERS.contains(&c) || lang.info().closing_quotes.contains(&c)
}

fn is_stop(c: char) -> bool {
    TERMINATORS.contains(&c) || c == '…'
}

/// Byte offsets just after each sentence end inside the text (never at its very end).
fn boundaries(chars: &[(usize, char)], lang: Lang) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut depth = 0i32;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if ENCLOSING.iter().any(|e| e.0 == c) {
            depth += 1;
        } else if ENCLOSING.iter().any(|e| e.1 == c) || c == ')' {
            // Full-width brackets are often closed with an ASCII one: `（威尔士议会议员)`.
            depth = (depth - 1).max(0);
        }
        if !is_stop(c) {
            i += 1;
            continue;
        }
        let j = end_of_stop_run(chars, i, lang);
        match spaced_ellipsis(chars, i, j) {
            // `compounds. . . . The`: the period ends the sentence, the ellipsis opens the next.
            Some(Ellipsis::AfterPeriod) => {
                cuts.push(chars[i + 1].0);
                i = j;
                continue;
            }
            // `the thing is . . . I didn't`: a spaced ellipsis inside a sentence.
            Some(Ellipsis::Inside) => {
                i = j;
                continue;
            }
            None => {}
        }
        // A closing bracket taken into the run closes what it opened.
        depth -= chars[i..j]
            .iter()
            .filter(|p| ENCLOSING.iter().any(|e| e.1 == p.1))
            .count() as i32;
        depth = depth.max(0);
        if j < chars.len() && depth == 0 && is_boundary(chars, i, j, lang) {
            cuts.push(chars[j].0);
        }
        i = j;
    }
    cuts
}

/// What a spaced ellipsis (`. . .`) in a stop run means.
enum Ellipsis {
    /// A period glued to its word, then an ellipsis: the sentence ends at the period.
    AfterPeriod,
    /// Three spaced dots after a space: an omission inside the sentence.
    Inside,
}

fn spaced_ellipsis(chars: &[(usize, char)], i: usize, j: usize) -> Option<Ellipsis> {
    let run = &chars[i..j];
    let dots = run.iter().filter(|p| p.1 == '.').count();
    let spaced = run.iter().any(|p| is_space(p.1));
    if !spaced || dots < 3 || run.iter().any(|p| is_stop(p.1) && p.1 != '.') {
        return None;
    }
    let glued = i > 0 && !chars[i - 1].1.is_whitespace();
    let spaced_after_first = run.get(1).is_some_and(|p| is_space(p.1));
    let next_word = chars[j..].iter().map(|p| p.1).find(|c| !c.is_whitespace());
    let sentence_follows = next_word.is_some_and(char::is_uppercase);
    if glued && spaced_after_first && dots >= 4 && sentence_follows {
        Some(Ellipsis::AfterPeriod)
    } else if !glued && dots == 3 {
        Some(Ellipsis::Inside)
    } else {
        None
    }
}

/// The end of the run of stops and closers that starts at `i`: `?!`, `...`, `. . .`, `。」`,
/// `."`, and a closing quote set apart by a space (`historique. »`, `चाहिए। ”`).
fn end_of_stop_run(chars: &[(usize, char)], i: usize, lang: Lang) -> usize {
    let mut j = i + 1;
    loop {
        while j < chars.len() && is_stop(chars[j].1) {
            j += 1;
        }
        // A spaced ellipsis: `. . .`, `! ! !`.
        if j + 1 < chars.len() && is_space(chars[j].1) && is_stop(chars[j + 1].1) {
            j += 1;
            continue;
        }
        break;
    }
    while j < chars.len() && is_closer(chars[j].1, lang) && !opens_unspaced_quote(chars, j, lang) {
        j += 1;
    }
    let spaced_closer = j + 1 < chars.len()
        && is_space(chars[j].1)
        && matches!(chars[j + 1].1, '»' | '”' | '"' | '’')
        && chars.get(j + 2).is_none_or(|p| p.1.is_whitespace());
    if spaced_closer {
        j += 2;
    }
    j
}

/// Whether the ASCII `"` at `chars[j]`, in Chinese or Japanese text (no space tells which side
/// it belongs to), opens a quotation: an even number of them stand before it in the block
/// (`…他说。"我们将…`) and no quotation opened with `“` is still open.
fn opens_unspaced_quote(chars: &[(usize, char)], j: usize, lang: Lang) -> bool {
    if chars[j].1 != '"' || lang.script() != Script::Cjk {
        return false;
    }
    let count = |c: char| chars[..j].iter().filter(|p| p.1 == c).count();
    // A quotation opened with `“` may be closed with `"` (`…提名）。"`).
    let curly_open = count('“') > count('”');
    count('"') % 2 == 0 && !curly_open
}

/// Whether the stop run `chars[i..j]` ends a sentence.
fn is_boundary(chars: &[(usize, char)], i: usize, j: usize, lang: Lang) -> bool {
    let stop = chars[i].1;
    let next = chars[j].1;
    if HARD_STOPS.contains(&stop) {
        return hard_stop_ends(chars, i, j, lang);
    }
    // Names spelled with `!` (`Yahoo! Research`).
    if stop == '!'
        && lang
            .info()
            .exclamation_names
            .contains(&word_before(chars, i).as_str())
    {
        return false;
    }
    let Some(at) = (j..chars.len()).find(|&k| !chars[k].1.is_whitespace()) else {
        return false;
    };
    // `"…입니다." 라고 말했다`, `“왜요?”라고 물었다`: a quoting particle after the closing quote
    // goes on, as does a short attribution (`"…입니다.” 그가 말했다.`).
    let particle_ahead: String = chars[at..]
        .iter()
        .take(PARTICLE_REACH)
        .map(|p| p.1)
        .collect();
    let closes_quote = j > i + 1 && is_closer(chars[j - 1].1, lang);
    if closes_quote
        && (starts_with_quote_particle(&particle_ahead, lang)
            || attribution_follows(chars, at, lang))
    {
        return false;
    }
    if announces_quote(chars, i, at, lang) {
        return false;
    }
    // Latin-style stops: a space must follow, and the next word must not be lowercase.
    if !next.is_whitespace() {
        return unspaced_latin_stop_ends(chars, i, j, lang);
    }
    let next_word = chars[at].1;
    let rest: String = chars[at..].iter().take(2).map(|p| p.1).collect();
    // A quote mark not followed by a word closes a quotation (`[...] ".`); French sets a space
    // inside its guillemets (`« Nous`).
    let quote_opens = chars[at + 1..]
        .iter()
        .map(|p| p.1)
        .find(|c| !is_space(*c) && !OPENERS.contains(c))
        .is_some_and(char::is_alphanumeric);
    let opens = next_word.is_alphanumeric()
        || OPENERS.contains(&next_word) && (quote_opens || !is_quote(next_word));
    if next_word.is_lowercase() || !opens || DASHES.iter().any(|d| rest.starts_with(d)) {
        return false;
    }
    let single_period = stop == '.' && chars[i..j].iter().filter(|p| is_stop(p.1)).count() == 1;
    if single_period && is_non_final_period(chars, i, lang) {
        // `at 5 a.m. Mr. Smith` goes on; `at 6 P.M. Mr. Smith then` starts anew; a lone
        // lowercase letter (`contain v. If`) is a symbol.
        let word = word_before(chars, i);
        let lowercase = word.chars().any(char::is_lowercase);
        let symbol = word.chars().count() == 1 && lowercase;
        return !symbol
            && starts_sentence(chars, j, lang)
            && !(lowercase && next_is_title(chars, j));
    }
    true
}

/// Whether a Latin stop directly followed by text ends a sentence: in CJK and Hangul text a `?`
/// or `!` may be followed without a space (`了吗?是`), and a `.` after such text too (`时间.这是`,
/// `했다.그러나`), also when a quotation opens after it (`了!“他的`). Not in Thai, which writes
/// abbreviations with periods (`พ.ศ.`).
fn unspaced_latin_stop_ends(chars: &[(usize, char)], i: usize, j: usize, lang: Lang) -> bool {
    let stop = chars[i].1;
    let next = chars[j].1;
    let opens_text = is_cjk_or_thai(next)
        || OPENERS.contains(&next) && chars.get(j + 1).is_some_and(|p| is_cjk_or_thai(p.1));
    let after_text = i > 0 && is_cjk_or_thai(chars[i - 1].1);
    match lang.script() {
        Script::Latin => false,
        Script::Cjk | Script::Hangul => {
            opens_text
                && (matches!(stop, '?' | '!')
                    || stop == '.' && (after_text || ends_latin_sentence(chars, i)))
        }
        _ => matches!(stop, '?' | '!') && is_cjk_or_thai(next),
    }
}

/// Whether the period at `i` ends an English sentence written into CJK or Hangul text (an
/// untranslated sentence: `…past Liverpool's Alisson Becker.周三下午…`): it follows a word of two
/// letters or more with a lowercase one, which is no abbreviation (`Inc.`, `Mr.`).
fn ends_latin_sentence(chars: &[(usize, char)], i: usize) -> bool {
    let word = word_before(chars, i);
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    word.chars().count() >= 2
        && word.chars().all(|c| script_of(c) == Some(Script::Latin))
        && word.chars().any(char::is_lowercase)
        && !is_non_final_period(chars, i, Lang::En)
}

/// Whether `rest` opens with one of the language's quoting particles, not a word that only looks
/// like one (`ところが`, however, is no `と`).
fn starts_with_quote_particle(rest: &str, lang: Lang) -> bool {
    let info = lang.info();
    info.quote_particles.iter().any(|p| rest.starts_with(p))
        && !info.particle_lookalikes.iter().any(|w| rest.starts_with(w))
}

/// Characters read after a closing quote to find a quoting particle or a word like one.
const PARTICLE_REACH: usize = 6;

/// `。` ends a sentence, but a quote it closes may run on (`「…。」と報じた`, `…。”他说。`), and a
/// comma after it continues the sentence.
fn hard_stop_ends(chars: &[(usize, char)], i: usize, j: usize, lang: Lang) -> bool {
    let next = chars[j].1;
    if matches!(next, '、' | '，' | ',') || announces_quote(chars, i, j, lang) {
        return false;
    }
    let closed_quote = j > i + 1 && is_closer(chars[j - 1].1, lang);
    if !closed_quote {
        return true;
    }
    let rest: String = chars[j..]
        .iter()
        .take(PARTICLE_REACH)
        .map(|p| p.1)
        .collect();
    !starts_with_quote_particle(&rest, lang) && !attribution_follows(chars, j, lang)
}

/// Whether the sentence ending at the stop `chars[i]` announces the quotation opening at
/// `chars[at]` (`다음과 같이 말했습니다. "…"`): the language's announcing words stand just
/// before the stop.
fn announces_quote(chars: &[(usize, char)], i: usize, at: usize, lang: Lang) -> bool {
    let introducers = lang.info().quote_introducers;
    if introducers.is_empty() || !matches!(chars[at].1, '「' | '『') && !is_quote(chars[at].1) {
        return false;
    }
    let before: String = chars[i.saturating_sub(QUOTE_INTRODUCER_REACH)..i]
        .iter()
        .map(|p| p.1)
        .collect();
    introducers.iter().any(|w| before.contains(w))
}

/// Most words a speech attribution written as a sentence of its own has (`데이비스 씨는
/// 말했다.`).
const ATTRIBUTION_MAX_WORDS: usize = 5;

/// Longest text, in characters, searched for a speech attribution after a quotation.
const ATTRIBUTION_REACH: usize = 80;

/// Whether a short speech attribution follows a closed quotation as a sentence of its own,
/// from `chars[at]` (`"…입니다.” 그가 말했다.`). An attribution *before* a quotation
/// (`데이비스 씨는 말했다. "…"`) is left a sentence: on NTREX that rule found 34 true sentence
/// ends for every 7 extra ones it removed.
fn attribution_follows(chars: &[(usize, char)], at: usize, lang: Lang) -> bool {
    let verbs = lang.info().speech_verbs;
    if verbs.is_empty() {
        return false;
    }
    let after: String = chars[at..]
        .iter()
        .map(|p| p.1)
        .take_while(|&c| !is_stop(c) && c != '\n')
        .take(ATTRIBUTION_REACH)
        .collect();
    let words: Vec<&str> = after.split_whitespace().collect();
    words.len() <= ATTRIBUTION_MAX_WORDS
        && words
            .last()
            .is_some_and(|w| verbs.iter().any(|v| w.ends_with(v)))
}

/// How many characters before a stop announcing words may stand (`次のように付け加えた。`).
const QUOTE_INTRODUCER_REACH: usize = 16;

/// Whether the word starting after `chars[j]` commonly opens a sentence (`The`, `However`,
/// `Mr.`): then a period after an abbreviation or initial ends the sentence after all
/// (`in the U.S. How about you?`).
fn starts_sentence(chars: &[(usize, char)], j: usize, lang: Lang) -> bool {
    let word: String = chars[j..]
        .iter()
        .map(|p| p.1)
        .skip_while(|c| c.is_whitespace())
        .take_while(|c| c.is_alphabetic())
        .collect();
    lang.info().sentence_starters.contains(&word.as_str())
}

/// Titles that begin a name (`Mr.`, `Dr.`): they start a sentence only after an abbreviation
/// written in capitals.
const TITLES: &[&str] = &["Mr", "Mrs", "Ms", "Dr"];

fn next_is_title(chars: &[(usize, char)], j: usize) -> bool {
    let word: String = chars[j..]
        .iter()
        .map(|p| p.1)
        .skip_while(|c| c.is_whitespace())
        .take_while(|c| c.is_alphabetic())
        .collect();
    TITLES.contains(&word.as_str())
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '«' | '„' | '‚' | '\'')
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

fn is_cjk_or_thai(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x9FFF | 0xAC00..=0xD7AF | 0x0E00..=0x0E7F)
}

/// The word that ends at `chars[i]` (a period), without the period.
fn word_before(chars: &[(usize, char)], i: usize) -> String {
    // CJK and Hangul text, and their full-width punctuation (from U+3000), end a Latin word
    // written into it (`名字，P.`).
    let in_word =
        |c: char| !c.is_whitespace() && !matches!(c, '(' | '"' | '“' | '[') && (c as u32) < 0x3000;
    let mut k = i;
    while k > 0 && in_word(chars[k - 1].1) {
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
    // A capital letter alone is an initial (`P. Diddy`), not the page abbreviation `p.`.
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    if initial {
        return true;
    }
    let lower = word.to_lowercase();
    if info
        .number_abbreviations
        .iter()
        .any(|a| a.to_lowercase() == lower)
    {
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
    // Initials and internal-period abbreviations: `J.`, `U.S.`, `e.g.`, Hindi `पी.`.
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true;
    }
    let devanagari_initial = lang.script() == Script::Devanagari && word.chars().count() <= 2;
    if devanagari_initial || word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
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

/// A list marker at `at`: `1.`, `1)`, `1.)`, `a.`, `a)`, after an optional bullet; returns the
/// item number (letters count from 1) and the byte length of the marker with its space.
fn list_marker(text: &str, at: usize) -> Option<(u32, usize)> {
    let rest = &text[at..];
    let bullet_len = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '•' | '⁃' | '-' | '*'))
        .map_or(0, |c| c.len_utf8());
    let body = rest[bullet_len..].trim_start();
    let skipped = rest.len() - body.len();
    let digits: String = body.chars().take_while(char::is_ascii_digit).collect();
    let (number, len) = if !digits.is_empty() && digits.len() <= 2 {
        (digits.parse().ok()?, digits.len())
    } else {
        let c = body.chars().next()?;
        if !c.is_ascii_lowercase() {
            return None;
        }
        (c as u32 - 'a' as u32 + 1, 1)
    };
    let after = &body[len..];
    let marker = [".)", ")", "."].iter().find(|m| after.starts_with(**m))?;
    let tail = &after[marker.len()..];
    if !tail.starts_with(' ')
        || !digits.is_empty()
            && marker == &"."
            && tail.trim_start().starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    Some((number, skipped + len + marker.len()))
}

/// The list markers of a block that opens with one (`1) The first item 2) The second item`):
/// the first, and each following marker in sequence, as byte ranges.
fn list_markers(text: &str) -> Vec<std::ops::Range<usize>> {
    let Some((first, first_len)) = list_marker(text, 0) else {
        return Vec::new();
    };
    let mut markers = Vec::new();
    markers.push(0..first_len);
    let mut expected = first + 1;
    let mut from = first_len;
    while let Some((at, len)) = text[from..]
        .match_indices(' ')
        .map(|(k, _)| from + k + 1)
        .find_map(|at| {
            list_marker(text, at)
                .filter(|m| m.0 == expected)
                .map(|m| (at, m.1))
        })
    {
        markers.push(at..at + len);
        from = at + len;
        expected += 1;
    }
    markers
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
    fn abbreviations_that_end_a_sentence() {
        assert_eq!(
            split("I live in the U.S. How about you?", Lang::En).len(),
            2
        );
        assert_eq!(
            split(
                "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
                Lang::En
            )
            .len(),
            2
        );
        assert_eq!(
            split(
                "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
                Lang::En
            )
            .len(),
            2
        );
        assert_eq!(
            split("He met Dr. Smith in the U.S. on Monday.", Lang::En).len(),
            1
        );
    }

    #[test]
    fn lists_ellipses_and_dashes() {
        assert_eq!(
            split("1.) The first item 2.) The second item", Lang::En),
            vec!["1.) The first item", "2.) The second item"]
        );
        assert_eq!(
            split("a. The first item b. The second item", Lang::En).len(),
            2
        );
        assert_eq!(
            split("1. The first item. 2. The second item.", Lang::En),
            vec!["1. The first item.", "2. The second item."]
        );
        assert_eq!(
            split("I mean . . . what I'm saying. Next one.", Lang::En).len(),
            2
        );
        assert_eq!(
            split("Mix it and -- voila! -- you have cake.", Lang::En).len(),
            1
        );
    }

    #[test]
    fn a_lost_stop_before_a_sentence_starter() {
        assert_eq!(
            split(
                "The move will neutralise the drive to attract young voters The stamp duty rise will be levied on buyers.",
                Lang::En
            ),
            vec![
                "The move will neutralise the drive to attract young voters",
                "The stamp duty rise will be levied on buyers."
            ]
        );
        // A capitalized starter that opens a name, the pronoun `I` and German nouns stay.
        assert_eq!(
            split(
                "The minister told The Guardian that he would resign soon.",
                Lang::En
            )
            .len(),
            1
        );
        assert_eq!(
            split(
                "If I complete all aspects in Period 1 and if I complete them all.",
                Lang::En
            )
            .len(),
            1
        );
        assert_eq!(
            split(
                "Die Regierung hat heute den Plan Die Partei lehnt ihn ab.",
                Lang::De
            )
            .len(),
            1
        );
        assert_eq!(
            split(
                "La reforma llegará pronto al parlamento Los diputados votarán el martes.",
                Lang::Es
            )
            .len(),
            2
        );
    }

    #[test]
    fn quotes_by_language() {
        assert_eq!(
            split("我们走吧。“好的”他说。", Lang::Zh),
            vec!["我们走吧。", "“好的”他说。"]
        );
        assert_eq!(
            split("「これは歴史的な瞬間です。」このアプリは便利だ。", Lang::Ja).len(),
            2
        );
        assert_eq!(split("彼は「行く。」と言った。", Lang::Ja).len(), 1);
        assert_eq!(
            split("Er sagte: ‚Er ist Rassist.‘ Also gut.", Lang::De).len(),
            2
        );
        assert_eq!(
            split("我们去看《摔跤吧！爸爸》好吗？好！", Lang::Zh).len(),
            2
        );
        assert_eq!(
            split(
                "\"재난입니다.” 라고 대변인이 말했습니다. 그는 갔다.",
                Lang::Ko
            ),
            vec!["\"재난입니다.” 라고 대변인이 말했습니다.", "그는 갔다."]
        );
        assert_eq!(
            split("\"재난입니다.” 대변인이 말했습니다.", Lang::Ko).len(),
            1,
            "a short attribution stays with its quotation"
        );
        assert_eq!(
            split("धैर्य रखना चाहिए। ” ऐसा लग रहा था।", Lang::Hi),
            vec!["धैर्य रखना चाहिए। ”", "ऐसा लग रहा था।"]
        );
    }

    /// Korean and Japanese sentences that run on into or out of a quotation.
    #[test]
    fn quotations_that_run_on() {
        let cases: &[(&str, Lang, &[&str])] = &[
            (
                "대변인은 다음과 같이 말했습니다. '정책이 아닙니다.' 그는 갔다.",
                Lang::Ko,
                &[
                    "대변인은 다음과 같이 말했습니다. '정책이 아닙니다.'",
                    "그는 갔다.",
                ],
            ),
            (
                "彼は次のように述べた。「結果は良い。」次の日。",
                Lang::Ja,
                &["彼は次のように述べた。「結果は良い。」", "次の日。"],
            ),
            (
                "“존중해야 합니다.” 그가 말했다. 비가 왔다.",
                Lang::Ko,
                &["“존중해야 합니다.” 그가 말했다.", "비가 왔다."],
            ),
            // A long sentence after a quotation is not an attribution.
            (
                "“존중해야 합니다.” 그는 어제 많은 사과를 샀다고 말했다. 비가 왔다.",
                Lang::Ko,
                &[
                    "“존중해야 합니다.”",
                    "그는 어제 많은 사과를 샀다고 말했다.",
                    "비가 왔다.",
                ],
            ),
            (
                "그녀는 “왜요?”라고 물어봤다. 그는 갔다.",
                Lang::Ko,
                &["그녀는 “왜요?”라고 물어봤다.", "그는 갔다."],
            ),
        ];
        for (text, lang, expected) in cases {
            assert_eq!(split(text, *lang), *expected, "{text}");
        }
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
            split("「秘密にした。」ところが大統領は違った。", Lang::Ja),
            vec!["「秘密にした。」", "ところが大統領は違った。"]
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

    #[test]
    fn initials_inside_any_script() {
        for (text, lang) in [
            ("He is known as P. Diddy now.", Lang::En),
            ("他有各种名字，Puff Daddy、P. Diddy 或Diddy。", Lang::Zh),
            ("퍼프 대디(P. Diddy)와 같이 알려져 있습니다.", Lang::Ko),
        ] {
            assert_eq!(split(text, lang), vec![text]);
        }
        // The page abbreviation still ends a sentence unless a number follows.
        assert_eq!(split("See p. 5 for more.", Lang::En).len(), 1);
    }

    #[test]
    fn punctuation_alone_is_no_sentence() {
        assert_eq!(
            split("是一场飓风。“自从 1950 年以来。", Lang::Zh),
            vec!["是一场飓风。", "“自从 1950 年以来。"]
        );
        assert_eq!(split("是一场飓风。“", Lang::Zh), vec!["是一场飓风。“"]);
    }

    #[test]
    fn latin_stops_and_quotes_without_spaces_in_cjk_and_hangul() {
        let cases: &[(&str, Lang, &[&str])] = &[
            (
                "还有五周时间.这是很大的竞选之一。",
                Lang::Zh,
                &["还有五周时间.", "这是很大的竞选之一。"],
            ),
            (
                "我被咬了!“他的锁骨被撕开。",
                Lang::Zh,
                &["我被咬了!", "“他的锁骨被撕开。"],
            ),
            // An ASCII quote after `。` opens the next quotation unless one is open.
            (
                "他说。\"我们将要开战。\"几百万人将会送命。",
                Lang::Zh,
                &["他说。", "\"我们将要开战。\"", "几百万人将会送命。"],
            ),
            (
                "앞까지 갔다.그러자 골이 들어갔다.",
                Lang::Ko,
                &["앞까지 갔다.", "그러자 골이 들어갔다."],
            ),
            // A short attribution after a closed quotation stays with it.
            (
                "“我们不是种族主义者。”他对《邮报》说道。“但是你愿意吗？”",
                Lang::Zh,
                &[
                    "“我们不是种族主义者。”他对《邮报》说道。",
                    "“但是你愿意吗？”",
                ],
            ),
            // A quotation opened with `“` and closed with `"`.
            (
                "他说民主党正在“抵抗。\"你们都看到了。",
                Lang::Zh,
                &["他说民主党正在“抵抗。\"", "你们都看到了。"],
            ),
            // Decimals stay.
            ("增长了3.5%。", Lang::Zh, &["增长了3.5%。"]),
            // An English sentence left in Chinese text ends at its period; an abbreviation
            // does not.
            (
                "It was past Alisson Becker.周三下午三点比赛。",
                Lang::Zh,
                &["It was past Alisson Becker.", "周三下午三点比赛。"],
            ),
            (
                "他们起诉了Apple Inc.公司。",
                Lang::Zh,
                &["他们起诉了Apple Inc.公司。"],
            ),
        ];
        for (text, lang, sentences) in cases {
            assert_eq!(split(text, *lang), sentences.to_vec(), "{text}");
        }
    }
}
