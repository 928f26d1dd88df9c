//! Telling an edition's language without trusting its file name alone: the site's language list
//! (it lists the eight *other* languages), then the text's scripts and function words.

use crate::lang::{ALL, Lang, Script, TABLE};

/// How an edition's language was decided, reported by `inspect` and kept in the metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangEvidence {
    /// The file name carries a language code (`de.txt`, `article.de.txt`).
    FileName,
    /// The page's address carries it (`/en/article/...`, `?lang=ja`, the site's `cn`).
    Url,
    /// The HTML page declares it (`<html lang="de">`).
    HtmlLang,
    /// The site's language list names every language but this one.
    LanguageList,
    /// The text's scripts and function words.
    Text,
}

impl LangEvidence {
    /// A short phrase for reports.
    pub fn describe(self) -> &'static str {
        match self {
            LangEvidence::FileName => "file name",
            LangEvidence::Url => "the page's address",
            LangEvidence::HtmlLang => "the page's <html lang>",
            LangEvidence::LanguageList => "the page's language list",
            LangEvidence::Text => "the text's script and words",
        }
    }
}

/// Every clue to an edition's language, strongest first.
#[derive(Debug, Default, Clone)]
pub struct Evidence {
    pub file_name: Option<Lang>,
    pub url: Option<Lang>,
    pub html_lang: Option<Lang>,
    pub language_list: Option<Lang>,
    pub text: Option<Lang>,
}

impl Evidence {
    fn ranked(&self) -> [(Option<Lang>, LangEvidence); 5] {
        [
            (self.file_name, LangEvidence::FileName),
            (self.url, LangEvidence::Url),
            (self.html_lang, LangEvidence::HtmlLang),
            (self.language_list, LangEvidence::LanguageList),
            (self.text, LangEvidence::Text),
        ]
    }

    /// The language of the strongest clue, and which clue it was.
    pub fn decide(&self) -> Option<(Lang, LangEvidence)> {
        self.ranked()
            .into_iter()
            .find_map(|(l, e)| l.map(|l| (l, e)))
    }

    /// Clues that contradict the decided language, as sentences for the user.
    pub fn conflicts(&self, decided: Lang) -> Vec<String> {
        self.ranked()
            .into_iter()
            .filter_map(|(l, e)| l.filter(|&l| l != decided).map(|l| (l, e)))
            .map(|(l, e)| format!("taken as {decided}, but {} says {l}", e.describe()))
            .collect()
    }
}

/// The language a page address names: a path segment (`/en/article/...`, `/cn/...`) or a
/// `lang=` / `hl=` query parameter.
pub fn lang_from_url(url: &str) -> Option<Lang> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    for pair in query.split('&') {
        if let Some((key, value)) = pair.split_once('=')
            && matches!(key, "lang" | "hl" | "language" | "locale")
            && let Some(lang) = Lang::from_code(value)
        {
            return Some(lang);
        }
    }
    path.split('/')
        .skip(1)
        .filter(|seg| seg.len() == 2 || seg.len() == 5)
        .find_map(Lang::from_code)
}

/// The language missing from the site's language list (`    • English`, ...), when the list
/// names exactly eight of the nine languages.
pub fn lang_from_language_list(lines: &[&str]) -> Option<Lang> {
    let mut listed = [false; 9];
    for line in lines {
        let t = line
            .trim_start()
            .trim_start_matches(['•', '・', '-', '*'])
            .trim();
        if let Some(row) = TABLE.iter().find(|row| row.native_name == t) {
            listed[row.lang as usize] = true;
        }
    }
    let missing: Vec<Lang> = ALL
        .iter()
        .copied()
        .filter(|l| !listed[*l as usize])
        .collect();
    (missing.len() == 1).then(|| missing[0])
}

/// Whether `c` is a letter, answered from the site's script ranges before the general (slow
/// for non-ASCII) Unicode table.
pub fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && (script_of(c).is_some() || c.is_alphabetic()))
}

/// Whether `c` is a letter or a digit (see [`is_letter`]).
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_digit() || is_letter(c) || (!c.is_ascii() && c.is_numeric())
}

/// Which script a character belongs to, for the scripts the site uses.
pub fn script_of(c: char) -> Option<Script> {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F => Some(Script::Latin),
        0x3040..=0x30FF | 0x3400..=0x9FFF | 0xF900..=0xFAFF => Some(Script::Cjk),
        0xAC00..=0xD7AF | 0x1100..=0x11FF | 0x3130..=0x318F => Some(Script::Hangul),
        0x0E00..=0x0E7F => Some(Script::Thai),
        0x0900..=0x097F => Some(Script::Devanagari),
        _ => None,
    }
}

fn is_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF)
}

/// Fewer letters than this are too few to tell a language by.
const MIN_LETTERS: usize = 4;

/// Guesses the language of running text: its scripts first (kana is Japanese, Hangul Korean,
/// Thai and Devanagari their languages), then a language-identification model (whatlang)
/// restricted to the site's languages. Returns `None` for text too short to tell.
pub fn lang_from_text(text: &str) -> Option<Lang> {
    let mut counts = [0usize; 5];
    let mut kana = 0usize;
    for c in text.chars() {
        if let Some(s) = script_of(c) {
            counts[s as usize] += 1;
        }
        kana += usize::from(is_kana(c));
    }
    let total: usize = counts.iter().sum();
    if total < MIN_LETTERS {
        return None;
    }
    let (best, _) = counts.iter().enumerate().max_by_key(|(_, n)| **n)?;
    match best {
        b if b == Script::Cjk as usize => Some(if kana * 20 > counts[b] {
            Lang::Ja
        } else {
            Lang::Zh
        }),
        b if b == Script::Hangul as usize => Some(Lang::Ko),
        b if b == Script::Thai as usize => Some(Lang::Th),
        b if b == Script::Devanagari as usize => Some(Lang::Hi),
        _ => {
            let sample = sample_of(text);
            whatlang_latin(sample).or_else(|| latin_lang(sample))
        }
    }
}

/// Bytes of running text the Latin-script guess reads: a few paragraphs tell the language as
/// surely as a whole page, and a model reads a page's worth far more slowly.
const LATIN_SAMPLE_BYTES: usize = 1000;

/// The start of `text`, at most `LATIN_SAMPLE_BYTES` long, cut at a word's end.
fn sample_of(text: &str) -> &str {
    if text.len() <= LATIN_SAMPLE_BYTES {
        return text;
    }
    let mut end = LATIN_SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let cut = &text[..end];
    cut.rfind(char::is_whitespace).map_or(cut, |i| &cut[..i])
}

/// whatlang's guess among the site's Latin-script languages.
fn whatlang_latin(text: &str) -> Option<Lang> {
    let allowed = vec![
        whatlang::Lang::Eng,
        whatlang::Lang::Deu,
        whatlang::Lang::Fra,
        whatlang::Lang::Spa,
    ];
    let info = whatlang::Detector::with_allowlist(allowed).detect(text)?;
    match info.lang() {
        whatlang::Lang::Eng => Some(Lang::En),
        whatlang::Lang::Deu => Some(Lang::De),
        whatlang::Lang::Fra => Some(Lang::Fr),
        whatlang::Lang::Spa => Some(Lang::Es),
        _ => None,
    }
}

/// How many of the text's words are function words of `lang` (lowercased whole words).
pub fn function_word_count(text: &str, lang: Lang) -> usize {
    let fw = lang.info().function_words;
    text.split(|c: char| !is_letter(c))
        .filter(|w| !w.is_empty())
        .filter(|w| {
            if w.chars().any(char::is_uppercase) {
                fw.contains(&w.to_lowercase().as_str())
            } else {
                fw.contains(w)
            }
        })
        .count()
}

/// The Latin-script language whose function words the text uses most.
pub fn latin_lang(text: &str) -> Option<Lang> {
    let words: Vec<String> = text
        .split(|c: char| !is_letter(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let score = |lang: Lang| {
        let fw = lang.info().function_words;
        words.iter().filter(|w| fw.contains(&w.as_str())).count()
    };
    let mut best: Option<(Lang, usize)> = None;
    for lang in ALL.iter().copied().filter(|l| l.script() == Script::Latin) {
        let s = score(lang);
        if s > best.map_or(0, |b| b.1) {
            best = Some((lang, s));
        }
    }
    best.filter(|b| b.1 >= 2).map(|b| b.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_function_words() {
        assert_eq!(
            lang_from_text("中国はAI分野で米国を追い抜くのか。政府は基金を設立した。"),
            Some(Lang::Ja)
        );
        assert_eq!(
            lang_from_text("中国政府在四月设立了一个规模为八十五亿美元的基金。"),
            Some(Lang::Zh)
        );
        assert_eq!(
            lang_from_text("중국 정부는 4월에 85억 달러 규모의 펀드를 설립했다."),
            Some(Lang::Ko)
        );
        assert_eq!(
            lang_from_text("รัฐบาลจีนจัดตั้งกองทุนมูลค่า 8.5 พันล้านดอลลาร์"),
            Some(Lang::Th)
        );
        assert_eq!(
            lang_from_text("चीन सरकार ने अप्रैल में 8.5 अरब डॉलर का कोष बनाया।"),
            Some(Lang::Hi)
        );
        assert_eq!(
            lang_from_text(
                "Die Regierung hat den Fonds nicht mit der Industrie und dem Staat gegründet."
            ),
            Some(Lang::De)
        );
        assert_eq!(
            lang_from_text("The government set up the fund and it is the largest of its kind."),
            Some(Lang::En)
        );
    }

    #[test]
    fn languages_in_addresses() {
        assert_eq!(
            lang_from_url("https://ukiyo.example/en/article/123"),
            Some(Lang::En)
        );
        assert_eq!(
            lang_from_url("https://ukiyo.example/cn/article/123"),
            Some(Lang::Zh)
        );
        assert_eq!(
            lang_from_url("https://ukiyo.example/article/123?lang=ja"),
            Some(Lang::Ja)
        );
        assert_eq!(
            lang_from_url("https://www.nytimes.com/2025/07/16/technology/china-ai.html"),
            None
        );
    }

    #[test]
    fn the_missing_language_of_the_list() {
        let lines = [
            "    • 日本語",
            "    • English",
            "    • 中文",
            "    • Español",
            "    • Français",
            "    • 한국어",
            "    • ภาษาไทย",
            "    • हिंदी",
        ];
        assert_eq!(lang_from_language_list(&lines), Some(Lang::De));
        assert_eq!(lang_from_language_list(&lines[..5]), None);
    }
}
