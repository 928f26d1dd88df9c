//! What concord measures in a sentence to compare editions: its length, the numbers it states
//! (normalised across the ways languages write them) and the Latin-script names it carries.
//!
//! Used by the aligner (anchors) and the scorer (number and untranslated findings), so that both
//! read a sentence the same way.

use std::borrow::Cow;
use std::ops::Range;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

use crate::ingest::detect::{is_letter, is_word_char, script_of};
use crate::lang::{Lang, Script};

/// A number as stated in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Number {
    /// The value with its scale word applied: `8,5 Milliarden` = `85億` = 8.5e9.
    pub value: f64,
    /// The significant digits without separators and trailing zeros (`8.5 billion` → `85`),
    /// which survives scale words concord does not know.
    pub digits: String,
    /// The text as written (`8,5 Milliarden`), for findings.
    pub written: String,
    /// The kind of unit written after it, when it is one a conversion may change: an edition
    /// may write `135 km/h` where the others write `85 mph`.
    pub unit: UnitSystem,
}

/// Which system a number's unit belongs to, for conversions between editions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitSystem {
    /// No unit, or one no edition converts (`people`, `%`, `$`).
    None,
    /// `km`, `kg`, `°C`, `Kilometer`, `キロ`.
    Metric,
    /// `miles`, `feet`, `mph`, `Meilen`, `マイル`.
    Imperial,
}

impl Number {
    /// Whether two numbers state the same quantity, however written: the same value, or the
    /// same digits a scale word apart (`8.5 bn`, a scale concord does not know, = 8.5 billion).
    /// Digits a factor of 10 or 100 apart are different numbers (`$11 billion` is not
    /// `110 billion`).
    pub fn same(&self, other: &Number) -> bool {
        let (small, large) = if self.value.abs() < other.value.abs() {
            (self.value.abs(), other.value.abs())
        } else {
            (other.value.abs(), self.value.abs())
        };
        let scale = large.max(1e-9);
        (large - small) / scale < 1e-6
            || (self.digits == other.digits && large >= small * SCALE_WORD_MIN)
    }
}

/// Smallest factor between two numbers with the same digits that a scale word explains
/// (thousand); smaller factors are different numbers.
const SCALE_WORD_MIN: f64 = 1e3;

/// The measures of one sentence.
#[derive(Clone, Debug, Default)]
pub struct Features {
    /// Length in characters, not counting whitespace.
    pub len: usize,
    pub numbers: Vec<Number>,
    /// Small numbers spelled out (`six`, `六点`: `spelled_numbers`), as values: they support
    /// the digits other editions write, and a sentence that spells one does not lack it.
    pub spelled: Vec<f64>,
    /// Latin-script names and terms, lowercased (`nvidia`, `h20`, `deepseek`).
    pub names: Vec<String>,
    /// Prefixes of longer Latin-script words (`unive`, `stude`), hashed and sorted: cognates
    /// such as `universities` / `Universitäten` / `universidades` share them across languages.
    pub terms: Vec<u64>,
    /// The sentence's words, hashed, sorted, without repeats (Han and kana characters count as
    /// words): what a lexicon learned from the document pair translates.
    pub words: Vec<u64>,
    /// Letters in Latin script.
    pub latin_letters: usize,
    /// All letters.
    pub letters: usize,
    /// The consonant skeleton of a sentence in a non-Latin script (`crate::sound`), where the
    /// names of Latin-script editions are found by sound; empty for Latin script.
    pub sound: String,
    /// Sound skeletons of its names (`crate::sound::name_key`), sorted: computed once here, as
    /// every alignment pass reads them.
    pub name_keys: Vec<String>,
    /// The concepts it names (`crate::concepts`), sorted: anchors in any pair of scripts.
    pub concepts: Vec<u16>,
    /// The kinds of punctuation the sentence uses (`Marks::QUESTION`, ...): translations keep a
    /// question a question and a quotation a quotation, in every script; and the weekdays it
    /// names (`Marks::weekday`).
    pub marks: Marks,
}

/// A set of punctuation kinds and weekdays, as bits: what translations of a sentence keep,
/// whatever the script.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Marks(pub u16);

impl Marks {
    /// `?` `？`
    pub const QUESTION: u16 = 1;
    /// `!` `！`
    pub const EXCLAMATION: u16 = 2;
    /// Double quotation marks of any script: `"` `“` `”` `„` `«` `»` `「` `」` `『` `』`.
    pub const QUOTE: u16 = 4;
    /// `:` `：` before text (not in times like `5:30`).
    pub const COLON: u16 = 8;

    /// How many bits a set has: four punctuation kinds, seven weekdays.
    pub const BITS: usize = 11;
    /// The punctuation kinds (`QUESTION` .. `COLON`).
    pub const PUNCTUATION: u16 = 0b1111;

    /// The bit of a weekday, Monday 0.
    pub fn weekday(day: usize) -> u16 {
        1 << (4 + day)
    }

    /// The weekdays a text names, by the language's table (`LangInfo::weekdays`): in Latin
    /// script at a word's start, whatever its case (`samstags`), elsewhere anywhere.
    pub fn weekdays(text: &str, lang: Lang) -> Marks {
        let table = lang.info().weekdays;
        let days = table.iter().enumerate();
        let bits = if lang.script() == Script::Latin {
            // The shortest weekday name has five letters (`lunes`, `mardi`).
            let words = text
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.len() >= 5);
            words.fold(0, |m, word| {
                days.clone()
                    .filter(|(_, spellings)| {
                        spellings.iter().any(|s| starts_with_lowercase(word, s))
                    })
                    .fold(m, |m, (day, _)| m | Marks::weekday(day))
            })
        } else {
            days.filter(|(_, spellings)| spellings.iter().any(|s| text.contains(s)))
                .fold(0, |m, (day, _)| m | Marks::weekday(day))
        };
        Marks(bits)
    }

    /// The punctuation kinds alone.
    pub fn punctuation(self) -> Marks {
        Marks(self.0 & Marks::PUNCTUATION)
    }

    /// The weekdays alone.
    pub fn days(self) -> Marks {
        Marks(self.0 & !Marks::PUNCTUATION)
    }

    /// The punctuation kinds of a text.
    pub fn of(text: &str) -> Marks {
        let mut bits = 0;
        let mut prev = ' ';
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            bits |= match c {
                '?' | '？' => Marks::QUESTION,
                '!' | '！' => Marks::EXCLAMATION,
                '"' | '“' | '”' | '„' | '«' | '»' | '「' | '」' | '『' | '』' => {
                    Marks::QUOTE
                }
                ':' | '：' => {
                    let time =
                        prev.is_ascii_digit() && chars.peek().is_some_and(|n| n.is_ascii_digit());
                    if time { 0 } else { Marks::COLON }
                }
                _ => 0,
            };
            prev = c;
        }
        Marks(bits)
    }

    /// How many kinds both sets have, and how many only one of them has.
    pub fn compare(self, other: Marks) -> (u32, u32) {
        (
            (self.0 & other.0).count_ones(),
            (self.0 ^ other.0).count_ones(),
        )
    }
}

impl std::ops::BitOr for Marks {
    type Output = Marks;
    fn bitor(self, other: Marks) -> Marks {
        Marks(self.0 | other.0)
    }
}

/// Whether `text` starts with `lower` (lowercase) when lowercased.
fn starts_with_lowercase(text: &str, lower: &str) -> bool {
    let mut chars = text.chars().flat_map(char::to_lowercase);
    lower.chars().all(|c| chars.next() == Some(c))
}

/// Latin letters and digits that count as one character of Chinese or Japanese text: a name
/// written in Latin letters (`Sunday Telegraph`) says in fifteen letters what the text around
/// it says in five characters.
const LATIN_PER_CJK: usize = 3;

/// A sentence's length in characters, without whitespace; in Chinese and Japanese, runs of
/// Latin letters and digits count a third.
fn length(text: &str, lang: Lang) -> usize {
    let chars = text.chars().filter(|c| !c.is_whitespace());
    if lang.script() != Script::Cjk {
        return chars.count();
    }
    let (mut len, mut latin) = (0usize, 0usize);
    for c in chars {
        if c.is_ascii_alphanumeric() {
            latin += 1;
        } else {
            len += 1 + latin.div_ceil(LATIN_PER_CJK);
            latin = 0;
        }
    }
    len + latin.div_ceil(LATIN_PER_CJK)
}

/// Measures a sentence written in `lang`.
pub fn features(text: &str, lang: Lang) -> Features {
    let norm: Cow<str> = match is_nfkc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfkc().collect()),
    };
    let names = names(&norm, lang);
    let mut f = Features {
        len: length(text, lang),
        numbers: numbers(&norm, lang),
        spelled: spelled_numbers(&norm, lang),
        name_keys: crate::sound::name_keys(&names),
        names,
        terms: terms(&norm),
        concepts: crate::concepts::concepts(&norm, lang),
        words: words(&norm),
        marks: Marks::of(&norm) | Marks::weekdays(&norm, lang),
        sound: if lang.script() == Script::Latin {
            String::new()
        } else {
            crate::sound::sentence_skeleton(&norm)
        },
        ..Features::default()
    };
    for c in norm.chars().filter(|&c| is_letter(c)) {
        f.letters += 1;
        f.latin_letters += usize::from(script_of(c) == Some(Script::Latin));
    }
    f
}

/// Characters that may separate digit groups inside one number (`1,000`, `8,5`, `1 000`).
fn is_group_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '\u{a0}' | '\u{202f}' | '\'')
}

/// Words for two to twelve, by language (value: place in the list plus two), for the languages
/// that write them as words between spaces: translators spell small numbers out (`six in the
/// morning`, `sechs Uhr`). One is left out: it is an article or a pronoun as often (`ein`,
/// `one of`).
const NUMBER_WORDS: &[(Lang, [&str; 11])] = &[
    (
        Lang::En,
        [
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve",
        ],
    ),
    (
        Lang::De,
        [
            "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
            "zwölf",
        ],
    ),
    (
        Lang::Fr,
        [
            "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
            "douze",
        ],
    ),
    (
        Lang::Es,
        [
            "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
            "doce",
        ],
    ),
    (
        Lang::Hi,
        [
            "दो",
            "तीन",
            "चार",
            "पांच",
            "छह",
            "सात",
            "आठ",
            "नौ",
            "दस",
            "ग्यारह",
            "बारह",
        ],
    ),
];

/// Han numerals two to ten (`两` is Chinese two before a counter).
const HAN_NUMERALS: &[(char, f64)] = &[
    ('二', 2.0),
    ('两', 2.0),
    ('三', 3.0),
    ('四', 4.0),
    ('五', 5.0),
    ('六', 6.0),
    ('七', 7.0),
    ('八', 8.0),
    ('九', 9.0),
    ('十', 10.0),
];

/// Counters and units a Han numeral stands before when it counts (`六点` six o'clock, `三人`
/// three people, `五回` five times), so that `一些` or `第二` are not read as numbers.
const HAN_COUNTERS: &[char] = &[
    '点', '时', '个', '名', '人', '次', '年', '天', '日', '周', '月', '岁', '歳', '位', '场', '家',
    '件', '倍', '分', '回', 'つ', '度', '局', '轮', '届', '枚', '本', '台', '辆', '艘',
];

/// Small numbers a sentence spells out rather than writes in digits (`六点`, `six`, `sechs`),
/// as values. Korean and Thai are left out: their number words hide inside other words
/// (Thai `สาม` three in `สามารถ` can).
pub fn spelled_numbers(text: &str, lang: Lang) -> Vec<f64> {
    if matches!(lang, Lang::Zh | Lang::Ja) {
        let chars: Vec<char> = text.chars().collect();
        return chars
            .windows(2)
            .enumerate()
            .filter(|(n, pair)| {
                // `十二` is no two, `第二` (second) no number.
                let before = n.checked_sub(1).map(|b| chars[b]);
                let after_numeral =
                    before.is_some_and(|b| b == '第' || HAN_NUMERALS.iter().any(|&(c, _)| c == b));
                !after_numeral && HAN_COUNTERS.contains(&pair[1])
            })
            .filter_map(|(_, pair)| HAN_NUMERALS.iter().find(|&&(c, _)| c == pair[0]))
            .map(|&(_, value)| value)
            .collect();
    }
    let Some((_, words)) = NUMBER_WORDS.iter().find(|(l, _)| *l == lang) else {
        return Vec::new();
    };
    // `two-foot`, `दो-फुट`: a hyphen joins the number to its unit.
    text.split(|c: char| !is_word_char(c) || c == '-')
        .filter(|w| !w.is_empty())
        .filter_map(|w| {
            let lower = w.to_lowercase();
            words.iter().position(|&x| x == lower)
        })
        .map(|n| n as f64 + 2.0)
        .collect()
}

/// The numbers stated in NFKC text, with scale words of `lang` (and English) applied.
pub fn numbers(text: &str, lang: Lang) -> Vec<Number> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    // Where each number stands in `text` (start, end of its scale word), for the rules below.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].1.is_ascii_digit() {
            i += 1;
            continue;
        }
        if i > 0 && glues_to_digits(chars[i - 1].1) {
            while i < chars.len() && chars[i].1.is_ascii_alphanumeric() {
                i += 1;
            }
            continue;
        }
        let start = i;
        let mut group_start = i;
        while i < chars.len() {
            let c = chars[i].1;
            let next_is_digit = chars.get(i + 1).is_some_and(|c| c.1.is_ascii_digit());
            if c.is_ascii_digit() {
                i += 1;
            } else if (is_group_separator(c) && next_is_digit)
                || (c == ' '
                    && lang.info().space_groups
                    && space_group_follows(&chars, i, group_start))
            {
                i += 1;
                group_start = i;
            } else {
                break;
            }
        }
        let end_byte = chars.get(i).map_or(text.len(), |c| c.0);
        let raw = &text[chars[start].0..end_byte];
        // The minutes of a full hour (`14:00`, French `19 h 00`) state nothing of their own.
        if raw.bytes().all(|b| b == b'0') && after_hour_mark(&chars[..start]) {
            continue;
        }
        let (scale, scale_len) = scale_after(&text[end_byte..], lang);
        if let Some(mantissa) = parse_mantissa(raw, lang) {
            let written_end = end_byte + scale_len;
            let value = era_to_common(mantissa * scale, raw, lang);
            let value =
                decade_to_year(value, raw, &text[..chars[start].0], &text[end_byte..], lang);
            let digits = if value == mantissa * scale {
                significant_digits(raw)
            } else {
                significant_digits(&format!("{value}"))
            };
            out.push(Number {
                value,
                digits,
                written: text[chars[start].0..written_end].trim().to_string(),
                unit: unit_after(&text[written_end..], lang),
            });
            spans.push((chars[start].0, written_end));
        }
    }
    // `spans[i]` is where `out[i]` stands; joining decades last leaves `spans` stale after it.
    share_range_units(text, &mut out, &spans, lang);
    join_century_decades(text, &mut out, &spans, lang);
    if matches!(lang.script(), Script::Cjk | Script::Hangul) {
        return join_east_asian(text, out, lang);
    }
    out.extend(months(text, lang));
    out
}

/// Whether the text before a number ends with an hour mark: `14:` or French `19 h ` / `19h`.
fn after_hour_mark(before: &[(usize, char)]) -> bool {
    let mut rest = before.iter().rev().map(|p| p.1).skip_while(|c| *c == ' ');
    match rest.next() {
        Some(':') => before.last().is_some_and(|p| p.1 == ':'),
        Some('h') => rest.find(|c| *c != ' ').is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// The first number of a range takes the unit written after the second (`3 to 6 inches`,
/// `entre 7 y 15 centímetros`): the range words of the language, or a dash, between them.
fn share_range_units(text: &str, numbers: &mut [Number], spans: &[(usize, usize)], lang: Lang) {
    for n in 1..numbers.len() {
        let between = text[spans[n - 1].1..spans[n].0].trim();
        let ranged = lang.info().range_words.contains(&between);
        if ranged && numbers[n - 1].unit == UnitSystem::None {
            numbers[n - 1].unit = numbers[n].unit;
        }
    }
}

/// A century and its decade written as two numbers (`20世纪80年代`, `20 世纪 30 年代`) are one
/// year: (century − 1) · 100 + decade, as `the 1980s` states it.
fn join_century_decades(
    text: &str,
    numbers: &mut Vec<Number>,
    spans: &[(usize, usize)],
    lang: Lang,
) {
    let Some((century, decade)) = lang.info().century_decade else {
        return;
    };
    let mut n = numbers.len();
    while n >= 2 {
        n -= 1;
        let between: String = text[spans[n - 1].1..spans[n].0]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let closes = text[spans[n].1..].trim_start().starts_with(decade);
        let (c, d) = (numbers[n - 1].value, numbers[n].value);
        if between == century && closes && (1.0..=21.0).contains(&c) && d < 100.0 {
            let year = (c - 1.0) * 100.0 + d;
            numbers[n - 1] = Number {
                value: year,
                digits: significant_digits(&format!("{year}")),
                written: text[spans[n - 1].0..spans[n].1].to_string(),
                unit: UnitSystem::None,
            };
            numbers.remove(n);
            n -= 1;
        }
    }
}

/// Most characters between a month name and its day (`14. Juli`, `14 de julio`, `July 14`).
const MONTH_DAY_GAP: usize = 4;

/// The months a text names next to a day number, as numbers (`14. Juli` states 7, as `7月14日`
/// does): dates then compare across languages. A month name without a day (`Theresa May`, `la
/// marcha de marzo`) states nothing.
fn months(text: &str, lang: Lang) -> Vec<Number> {
    let mut out = Vec::new();
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    for (index, spellings) in lang.info().months.iter().enumerate() {
        for name in spellings.iter() {
            for (at, _) in text.match_indices(name) {
                let end = at + name.len();
                let whole_word = !text[..at].ends_with(char::is_alphabetic)
                    && !text[end..].starts_with(char::is_alphabetic);
                if whole_word && (day_before(&text[..at]) || day_after(&text[end..])) {
                    let month = index as f64 + 1.0;
                    out.push(Number {
                        value: month,
                        digits: (index + 1).to_string(),
                        written: name.to_string(),
                        unit: UnitSystem::None,
                    });
                }
            }
        }
    }
    out
}

/// Whether a day number (1-31) ends within `MONTH_DAY_GAP` characters before a month name.
fn day_before(before: &str) -> bool {
    let digits = digits_within(before.chars().rev());
    is_day(&digits.chars().rev().collect::<String>())
}

/// Whether a day number (1-31) starts within `MONTH_DAY_GAP` characters after a month name.
fn day_after(after: &str) -> bool {
    is_day(&digits_within(after.chars()))
}

/// The run of digits that begins within `MONTH_DAY_GAP` characters of `chars`, in their order.
fn digits_within(chars: impl Iterator<Item = char>) -> String {
    let mut chars = chars.peekable();
    let mut skipped = 0;
    while chars.next_if(|c| !c.is_ascii_digit()).is_some() {
        skipped += 1;
        if skipped > MONTH_DAY_GAP {
            return String::new();
        }
    }
    chars.take_while(char::is_ascii_digit).collect()
}

fn is_day(digits: &str) -> bool {
    digits.len() <= 2 && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

/// Scales below this multiply a part of a number; from it on they close a group (`万`, `억`).
const GROUP_SCALE: f64 = 1e4;

/// Joins the parts of an East Asian number written in pieces: `3천 5백만` (3,000 + 500) × 10,000,
/// `1万5000` = 15,000. A part that ends in a scale word continues with the next part when it
/// follows at once or after one space.
fn join_east_asian(text: &str, parts: Vec<Number>, lang: Lang) -> Vec<Number> {
    let mut out: Vec<Number> = Vec::new();
    let mut search_from = 0;
    let mut open: Option<Group> = None;
    for part in parts {
        let Some(at) = text[search_from..]
            .find(&part.written)
            .map(|i| i + search_from)
        else {
            out.extend(open.take().map(|g| g.close(text, lang)));
            out.push(part);
            continue;
        };
        let end = at + part.written.len();
        search_from = end;
        let continues = open.as_ref().is_some_and(|g| {
            let gap = &text[g.end..at];
            g.scaled && gap.chars().count() <= 1 && gap.chars().all(char::is_whitespace)
        });
        if !continues {
            out.extend(open.take().map(|g| g.close(text, lang)));
        }
        let group = open.get_or_insert(Group {
            start: at,
            end,
            total: 0.0,
            section: 0.0,
            digits: String::new(),
            scaled: false,
        });
        let (mantissa, small, large) = east_asian_parts(&part);
        group.section += mantissa * small;
        if let Some(large) = large {
            group.total += group.section * large;
            group.section = 0.0;
        }
        group.end = end;
        group.digits.push_str(&part.digits);
        group.scaled = small > 1.0 || large.is_some();
    }
    out.extend(open.take().map(|g| g.close(text, lang)));
    out
}

/// An East Asian number being joined from its parts.
struct Group {
    start: usize,
    end: usize,
    total: f64,
    section: f64,
    digits: String,
    /// Whether the last part ended in a scale word (so another part may follow).
    scaled: bool,
}

impl Group {
    fn close(self, text: &str, lang: Lang) -> Number {
        Number {
            value: self.total + self.section,
            digits: self.digits.trim_end_matches('0').to_string(),
            written: text[self.start..self.end].to_string(),
            unit: unit_after(&text[self.end..], lang),
        }
    }
}

/// A part's mantissa, its small multiplier (`백` in `5백만`) and its group scale (`만`), read
/// from its value and how it is written.
fn east_asian_parts(part: &Number) -> (f64, f64, Option<f64>) {
    let digits_end = part
        .written
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || is_group_separator(*c)))
        .map_or(part.written.len(), |(i, _)| i);
    let mantissa = part.value / scale_of(&part.written[digits_end..]).max(1.0);
    let mut small = 1.0;
    let mut large = None;
    for c in part.written[digits_end..].trim().chars() {
        let m = scale_of(&c.to_string());
        if m >= GROUP_SCALE {
            large = Some(m);
        } else if m > 1.0 {
            small *= m;
        }
    }
    (mantissa, small, large)
}

/// The multiplier of East Asian scale characters (`百万` = 1e6), 1 when none.
fn scale_of(word: &str) -> f64 {
    word.trim()
        .chars()
        .map(|c| match c {
            '十' | '십' => 1e1,
            '百' | '백' => 1e2,
            '千' | '천' => 1e3,
            '万' | '만' => 1e4,
            '億' | '亿' | '억' => 1e8,
            '兆' | '조' => 1e12,
            _ => 1.0,
        })
        .product()
}

/// A letter glued before a digit makes it part of a name (`H20`, `COVID-19` keeps `19`).
fn glues_to_digits(c: char) -> bool {
    c.is_ascii_alphabetic()
}

fn significant_digits(raw: &str) -> String {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let trimmed = digits.trim_start_matches('0').trim_end_matches('0');
    if trimmed.is_empty() {
        "0".to_string()
    } else {
        trimmed.to_string()
    }
}

/// Metric unit symbols every language writes after numbers.
/// (NFKC writes the ordinal sign of `27 ºC` as `o`.)
const METRIC_SYMBOLS: &[&str] = &[
    "km/h", "km²", "km", "cm", "mm", "kg", "m²", "m", "°C", "ºC", "oC", "°",
];

/// Imperial unit symbols written after numbers in every language.
const IMPERIAL_SYMBOLS: &[&str] = &["mph", "°F", "oF", "ft", "lb"];

/// The unit system of the unit that opens `rest` (the text right after a number): a symbol
/// that ends there (`km`, not `kmph`) or one of the language's unit words.
fn unit_after(rest: &str, lang: Lang) -> UnitSystem {
    let rest = rest.trim_start();
    let symbol = |symbols: &[&str]| {
        symbols.iter().any(|u| {
            rest.strip_prefix(u)
                .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
        })
    };
    let word = |words: &[&str]| words.iter().any(|u| rest.starts_with(u));
    let info = lang.info();
    if symbol(IMPERIAL_SYMBOLS) || word(info.imperial_units) {
        UnitSystem::Imperial
    } else if symbol(METRIC_SYMBOLS) || word(info.metric_units) {
        UnitSystem::Metric
    } else {
        UnitSystem::None
    }
}

/// Factors between imperial and metric units that editions convert between: mile→km,
/// inch→cm, foot→m, foot→cm (`two-foot wide` = `60 Zentimeter`), pound→kg, and a difference of
/// temperatures °F→°C (`10 degrees above average` = `6 Grad über dem Durchschnitt`).
const UNIT_FACTORS: &[f64] = &[1.609_344, 2.54, 0.304_8, 30.48, 0.453_592, 5.0 / 9.0];

/// Relative error a rounded conversion may carry (`85 mph` → `135 km/h` is 1.3% off,
/// `200 miles` → `300 km` 6.8%), and the absolute one (`3 inches` → `7 cm`).
const CONVERSION_TOLERANCE: (f64, f64) = (0.07, 1.0);

/// Whether `converted` (a metric quantity) is `original` (an imperial one) in other units
/// (`135 km/h` for `85 mph`, `27 ºC` for `80 degrees`).
pub fn converted(converted: &Number, original: &Number) -> bool {
    if converted.unit != UnitSystem::Metric || original.unit != UnitSystem::Imperial {
        return false;
    }
    let (x, y) = (converted.value, original.value);
    let (relative, absolute) = CONVERSION_TOLERANCE;
    let close = |expected: f64| (x - expected).abs() <= (relative * expected.abs()).max(absolute);
    UNIT_FACTORS.iter().any(|f| close(y * f)) || close((y - 32.0) * 5.0 / 9.0)
}

/// Whether two numbers state one time or year in two conventions: the 12- and 24-hour clock
/// (`7시` in the evening, `19:30`) and a two-digit year (`los años 80`, `the 1980s`).
pub fn same_in_other_convention(a: &Number, b: &Number) -> bool {
    let (lo, hi) = if a.value <= b.value {
        (a.value, b.value)
    } else {
        (b.value, a.value)
    };
    let whole = lo.fract() == 0.0 && hi.fract() == 0.0;
    let clock = (1.0..=12.0).contains(&lo) && hi - lo == 12.0;
    let short_year = (1900.0..2100.0).contains(&hi) && lo >= 10.0 && lo == hi % 100.0;
    whole && (clock || short_year)
}

/// Whether the space at `at` separates digit groups (`4 700`): the group before it has one to
/// three digits and exactly three digits follow.
fn space_group_follows(chars: &[(usize, char)], at: usize, group_start: usize) -> bool {
    let before = at - group_start;
    let digits_after = chars[at + 1..]
        .iter()
        .take_while(|c| c.1.is_ascii_digit())
        .count();
    (1..=3).contains(&before) && digits_after == 3
}

/// A year of another era as a Common Era year (Thai `2561` = 2018); other numbers unchanged.
fn era_to_common(value: f64, raw: &str, lang: Lang) -> f64 {
    let Some((first, last, ahead)) = lang.info().era_years else {
        return value;
    };
    let is_year = raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit());
    if is_year && (first as f64..=last as f64).contains(&value) {
        value - ahead as f64
    } else {
        value
    }
}

/// First decade of the 1900s a two-digit decade stands for (`80` = 1980); below it, `20` may
/// as well be the 2020s.
const DECADE_FROM: f64 = 30.0;

/// A decade written by its last two digits with the language's marks (`les années 80`,
/// `80er`, `80년대`) as the year that opens it, 1980.
fn decade_to_year(value: f64, raw: &str, before: &str, after: &str, lang: Lang) -> f64 {
    let two_digit_decade = raw.len() == 2 && value % 10.0 == 0.0 && value >= DECADE_FROM;
    if !two_digit_decade {
        return value;
    }
    let (words_before, words_after) = lang.info().decade_marks;
    let before = before
        .trim_end()
        .trim_end_matches(['\'', '’'])
        .to_lowercase();
    // `20世纪80年代` is read whole (`join_century_decades`).
    let after_century = lang
        .info()
        .century_decade
        .is_some_and(|(century, _)| before.ends_with(century));
    if after_century {
        return value;
    }
    let marked = words_before.iter().any(|w| before.ends_with(w))
        || words_after.iter().any(|w| {
            after.starts_with(w) && !after[w.len()..].starts_with(char::is_alphanumeric)
                || lang.script() != Script::Latin && after.trim_start().starts_with(w)
        });
    if marked { 1900.0 + value } else { value }
}

/// Reads `1,000.5` / `1.000,5` / `8,5` / `1 000` by the language's decimal separator: a
/// separator followed by exactly three digits is a thousands separator unless it is the
/// language's decimal mark and the only separator.
fn parse_mantissa(raw: &str, lang: Lang) -> Option<f64> {
    let decimal = lang.info().decimal;
    let is_sep = |c: char| c == ' ' || is_group_separator(c);
    let groups: Vec<&str> = raw.split(is_sep).collect();
    let seps: Vec<char> = raw.chars().filter(|c| is_sep(*c)).collect();
    if seps.is_empty() {
        return raw.parse().ok();
    }
    let last_sep = *seps.last()?;
    let last_group = groups.last()?;
    let all_same = seps.iter().all(|c| *c == last_sep);
    let thousands_shape = last_group.len() == 3;
    let is_decimal = if seps.len() == 1 {
        last_sep == decimal || !thousands_shape
    } else {
        !all_same && last_sep != seps[0]
    };
    let mut int_part: String = String::new();
    let n = groups.len();
    let int_groups = if is_decimal {
        &groups[..n - 1]
    } else {
        &groups[..]
    };
    for g in int_groups {
        int_part.push_str(g);
    }
    let text = if is_decimal {
        format!("{int_part}.{last_group}")
    } else {
        int_part
    };
    text.parse().ok()
}

/// The multiplier of a scale word right after a number (`Milliarden`, `億`), and the bytes it
/// takes, or (1, 0).
fn scale_after(rest: &str, lang: Lang) -> (f64, usize) {
    let skipped = rest.len() - rest.trim_start().len();
    if skipped > 3 {
        return (1.0, 0);
    }
    let Some((mut mult, mut len)) = scale_word_at(&rest[skipped..], lang) else {
        return (1.0, 0);
    };
    // East Asian scale words stack: `5백만` is 5 × 100 × 10,000.
    if matches!(lang.script(), Script::Cjk | Script::Hangul) {
        while let Some((m, l)) =
            scale_word_at(&rest[skipped + len..], lang).filter(|_| mult < GROUP_SCALE)
        {
            mult *= m;
            len += l;
        }
    }
    (mult, skipped + len)
}

/// The longest scale word of `lang` at the start of `text`: its multiplier and byte length.
fn scale_word_at(text: &str, lang: Lang) -> Option<(f64, usize)> {
    let mut best: Option<(&str, f64)> = None;
    for &(word, mult) in lang.info().scale_words {
        let matches = text.starts_with(word)
            && text[word.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_ascii_alphabetic() || script_of(c) != Some(Script::Latin));
        if matches && best.is_none_or(|b| word.len() > b.0.len()) {
            best = Some((word, mult));
        }
    }
    best.map(|(word, mult)| (mult, word.len()))
}

/// Latin-script names and terms a sentence carries: tokens with a capital or a digit (not the
/// sentence's first word in Latin-script languages), lowercased.
pub fn names(text: &str, lang: Lang) -> Vec<String> {
    let latin = lang.script() == Script::Latin;
    let mut out = Vec::new();
    let words = text
        .split(|c: char| !(is_word_char(c) || c == '-'))
        .map(|t| t.trim_matches('-'))
        .filter(|t| !t.is_empty());
    for (k, word) in words.enumerate() {
        // Runs of ASCII letters and digits: `NVIDIAのH20チップ` holds `NVIDIA` and `H20`.
        let runs = word
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
            .filter(|r| !r.is_empty());
        for run in runs {
            let whole_word = run.len() == word.len();
            let has_letter = run.chars().any(|c| c.is_ascii_alphabetic());
            let marked = run
                .chars()
                .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
            let keep = if latin {
                whole_word && marked && k > 0
            } else {
                true
            };
            if keep && has_letter && run.len() >= 2 {
                out.push(run.to_ascii_lowercase());
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Length of the word prefix kept as a term.
const TERM_PREFIX: usize = 5;

/// Prefixes of the Latin-script words of at least [`TERM_PREFIX`] letters, lowercased, sorted,
/// without repeats.
pub fn terms(text: &str) -> Vec<u64> {
    let mut out: Vec<u64> = text
        .split(|c: char| !is_letter(c))
        .filter(|w| {
            w.chars().count() >= TERM_PREFIX
                && w.chars().all(|c| script_of(c) == Some(Script::Latin))
        })
        .map(|w| {
            term_hash(
                &w.chars()
                    .take(TERM_PREFIX)
                    .collect::<String>()
                    .to_lowercase(),
            )
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The words of NFKC text, lowercased and hashed: runs of letters and digits, except that each
/// Han or kana character is a word of its own (Chinese and Japanese write no spaces).
pub fn words(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    each_word(text, |_, hash| out.push(hash));
    out.sort_unstable();
    out.dedup();
    out
}

/// Calls `found` with the byte range and hash of each word of NFKC text, in order, as `words`
/// reads them (a Thai phrase once for each of its grams, with the phrase's range): where in a
/// sentence the words that translate another sentence's words stand (`align::points`).
pub fn each_word(text: &str, mut found: impl FnMut(Range<usize>, u64)) {
    let mut word = String::new();
    let mut start = 0;
    let mut class = WordClass::Other;
    for (at, c) in text.char_indices() {
        let next = WordClass::of(c);
        if next != class || next == WordClass::Ideograph {
            flush_word(&mut word, start, &mut found);
            start = at;
        }
        match next {
            WordClass::Ideograph => {
                found(at..at + c.len_utf8(), term_hash(c.encode_utf8(&mut [0; 4])));
            }
            WordClass::Katakana | WordClass::Letter => word.push(c),
            WordClass::Hiragana | WordClass::Other => {}
        }
        class = next;
    }
    flush_word(&mut word, start, &mut found);
}

/// Hands the word gathered so far (`word`, starting at byte `start`) to `found`, as `each_word`
/// reads it, and clears it: a Thai phrase as its grams, another word of two letters or more (or
/// with a digit) stemmed and lowercased.
fn flush_word(word: &mut String, start: usize, found: &mut impl FnMut(Range<usize>, u64)) {
    let range = start..start + word.len();
    if is_thai(word) {
        thai_grams(word).for_each(|gram| found(range.clone(), term_hash(gram)));
    } else if word.chars().count() >= 2 || word.chars().any(|c| c.is_ascii_digit()) {
        found(range, term_hash(&stem(word).to_lowercase()));
    }
    word.clear();
}

/// How a character takes part in a word (`words`).
/// Whether a character is hiragana, which in Japanese carries particles and inflections.
pub fn is_hiragana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x309F)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WordClass {
    /// A Han character: a word of its own.
    Ideograph,
    /// Katakana: a run is a word (`トランプ`, a loanword or name).
    Katakana,
    /// Hiragana carries grammar, which translates into no particular word: left out.
    Hiragana,
    /// Letters and digits of the other scripts, words between spaces and punctuation.
    Letter,
    Other,
}

impl WordClass {
    fn of(c: char) -> WordClass {
        match c as u32 {
            _ if is_hiragana(c) => WordClass::Hiragana,
            0x30A0..=0x30FF => WordClass::Katakana,
            _ => match script_of(c) {
                Some(Script::Cjk) => WordClass::Ideograph,
                // Thai and Devanagari vowel signs are marks, not letters, but belong to words.
                Some(Script::Thai | Script::Devanagari) => WordClass::Letter,
                _ if is_word_char(c) => WordClass::Letter,
                _ => WordClass::Other,
            },
        }
    }
}

/// Characters in a Thai gram (`thai_grams`).
const THAI_GRAM: usize = 3;

fn is_thai(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| script_of(c) == Some(Script::Thai))
}

/// Thai writes phrases without spaces between words, so a space-separated "word" is a phrase
/// that seldom recurs: its runs of three characters (about a syllable) stand in for words.
/// On NTREX, against the phrases themselves, they tell a sentence's translation from its
/// neighbour's where the phrases could not (ko-th: 1,668 right and 31 wrong against 1,255 and
/// 22, the rest undecided).
fn thai_grams(word: &str) -> impl Iterator<Item = &str> {
    let starts: Vec<usize> = word
        .char_indices()
        .map(|(i, _)| i)
        .chain([word.len()])
        .collect();
    let n = starts.len() - 1;
    let grams = if n >= THAI_GRAM {
        n + 1 - THAI_GRAM
    } else {
        usize::from(n >= 2)
    };
    (0..grams).map(move |k| &word[starts[k]..starts[(k + THAI_GRAM).min(n)]])
}

/// The part of a word a lexicon keeps: a Korean word without its particle (`중국은`, `중국의`
/// -> `중국`).
fn stem(word: &str) -> &str {
    let syllables = word.chars().count();
    let hangul = word.chars().all(|c| script_of(c) == Some(Script::Hangul));
    if hangul && syllables >= 3 {
        let end = word.char_indices().nth(2).map_or(word.len(), |(i, _)| i);
        &word[..end]
    } else {
        word
    }
}

/// A stable 64-bit hash of a term (FNV-1a), so that terms compare as integers.
fn term_hash(term: &str) -> u64 {
    term.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether two names are the same name, allowing inflection (`Chinas`/`China`) and small
/// spelling differences.
pub fn same_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    // Inflected forms share their start and differ by a few letters at most; checking that
    // first spares the string similarity on almost every pair.
    let close_length = a.len().abs_diff(b.len()) <= 3;
    if a.len() < 4 || b.len() < 4 || !close_length || a.as_bytes()[..3] != b.as_bytes()[..3] {
        return false;
    }
    strsim::jaro_winkler(a, b) >= 0.93
}

/// How many names of `a` have a counterpart in `b`.
pub fn shared_names(a: &[String], b: &[String]) -> usize {
    a.iter()
        .filter(|x| b.iter().any(|y| same_name(x, y)))
        .count()
}

/// How many numbers of `a` have a counterpart in `b`.
pub fn shared_numbers(a: &[Number], b: &[Number]) -> usize {
    a.iter().filter(|x| b.iter().any(|y| x.same(y))).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hashed(list: &[&str]) -> Vec<u64> {
        let mut out: Vec<u64> = list.iter().map(|w| term_hash(w)).collect();
        out.sort_unstable();
        out
    }

    #[test]
    fn hours_ranges_and_decades() {
        assert_eq!(values("prévu pour 19 h 00 ce soir", Lang::Fr), vec![19.0]);
        assert_eq!(values("à 19h00", Lang::Fr), vec![19.0]);
        assert_eq!(values("他们于20世纪80年代在耶鲁", Lang::Zh), vec![1980.0]);
        assert_eq!(values("在 20 世纪 30 年代由此撤出", Lang::Zh), vec![1930.0]);
        assert_eq!(values("20世纪的人", Lang::Zh), vec![20.0]);
        let units = |text: &str, lang: Lang| -> Vec<UnitSystem> {
            numbers(text, lang).iter().map(|n| n.unit).collect()
        };
        assert_eq!(
            units("entre 7 y 15 centímetros de lluvia", Lang::Es),
            vec![UnitSystem::Metric, UnitSystem::Metric]
        );
        assert_eq!(
            units("totals of 3 to 6 inches, and 5 people", Lang::En),
            vec![UnitSystem::Imperial, UnitSystem::Imperial, UnitSystem::None]
        );
    }

    #[test]
    fn words_a_lexicon_learns() {
        // Han characters one by one, katakana runs whole, hiragana left out.
        assert_eq!(
            words("トランプ大統領は"),
            hashed(&["トランプ", "大", "統", "領"])
        );
        // Korean particles left out of longer words: `중국은` and `중국의` are `중국`.
        assert_eq!(words("중국은 중국의 중국"), hashed(&["중국"]));
        // Thai phrases as runs of three characters.
        assert_eq!(words("ประเทศ"), hashed(&["ประ", "ระเ", "เทศ", "ะเท"]));
        assert_eq!(words("ไป"), hashed(&["ไป"]));
        // Latin words lowercased; one letter is no word, a digit is.
        assert_eq!(words("Trump a 5"), hashed(&["trump", "5"]));
    }

    fn values(text: &str, lang: Lang) -> Vec<f64> {
        numbers(text, lang).iter().map(|n| n.value).collect()
    }

    #[test]
    fn the_same_amount_in_every_language() {
        let expected = 8.5e9;
        for (text, lang) in [
            ("8.5 billion dollars", Lang::En),
            ("8,5 Milliarden Dollar", Lang::De),
            ("8,5 milliards de dollars", Lang::Fr),
            ("8,5 mil millones de dólares", Lang::Es),
            ("85億ドル", Lang::Ja),
            ("8.5 billionドル", Lang::Ja),
            ("85亿美元", Lang::Zh),
            ("85억 달러", Lang::Ko),
            ("8.5 พันล้านดอลลาร์", Lang::Th),
            ("8.5 अरब डॉलर", Lang::Hi),
        ] {
            assert_eq!(values(text, lang), vec![expected], "{text}");
        }
    }

    #[test]
    fn separators_are_not_differences() {
        assert_eq!(values("1,000 people", Lang::En), vec![1000.0]);
        assert_eq!(values("1.000 Menschen", Lang::De), vec![1000.0]);
        assert_eq!(values("2.75 and 8,5", Lang::En), vec![2.75, 8.5]);
        assert_eq!(values("8,5 und 3.000.000", Lang::De), vec![8.5, 3e6]);
        assert_eq!(
            values("１２３", Lang::Ja),
            Vec::<f64>::new(),
            "callers pass NFKC text"
        );
        let f = features("全角の１２３人", Lang::Ja);
        assert_eq!(f.numbers[0].value, 123.0);
    }

    #[test]
    fn east_asian_numbers_in_parts() {
        assert_eq!(values("3천 5백만 달러", Lang::Ko), vec![3.5e7]);
        assert_eq!(values("1万5000人", Lang::Ja), vec![15000.0]);
        assert_eq!(values("85億ドルと500億", Lang::Ja), vec![8.5e9, 5e10]);
        assert_eq!(values("2025年7月14日", Lang::Ja), vec![2025.0, 7.0, 14.0]);
        let n = &numbers("3천 5백만 달러", Lang::Ko)[0];
        assert_eq!((n.written.as_str(), n.digits.as_str()), ("3천 5백만", "35"));
    }

    #[test]
    fn spaced_thousands_full_hours_and_buddhist_years() {
        // NFKC has turned the page's non-breaking space into a plain one.
        assert_eq!(values("4 700 habitants", Lang::Fr), vec![4700.0]);
        assert_eq!(values("379 800 personnes", Lang::Fr), vec![379800.0]);
        assert_eq!(values("in 2018 500 people", Lang::En), vec![2018.0, 500.0]);
        assert_eq!(
            values("en 2018 500 personnes", Lang::Fr),
            vec![2018.0, 500.0]
        );
        assert_eq!(values("Um 14:00 Uhr", Lang::De), vec![14.0]);
        assert_eq!(values("ปี 2561 มี 300 คน", Lang::Th), vec![2018.0, 300.0]);
        assert_eq!(values("in 2561", Lang::En), vec![2561.0]);
    }

    #[test]
    fn a_date_states_its_month_in_every_language() {
        let sorted = |text: &str, lang: Lang| {
            let mut v = values(text, lang);
            v.sort_by(f64::total_cmp);
            v
        };
        for (text, lang) in [
            ("am 14. Juli 2025", Lang::De),
            ("on July 14, 2025", Lang::En),
            ("le 14 juillet 2025", Lang::Fr),
            ("el 14 de julio de 2025", Lang::Es),
            ("2025年7月14日", Lang::Ja),
            ("14 กรกฎาคม 2025", Lang::Th),
            ("14 जुलाई 2025", Lang::Hi),
        ] {
            assert_eq!(sorted(text, lang), vec![7.0, 14.0, 2025.0], "{text}");
        }
        assert_eq!(values("Theresa May said", Lang::En), Vec::<f64>::new());
        assert_eq!(
            values("in May 2017", Lang::En),
            vec![2017.0],
            "a year is no day"
        );
    }

    fn first(text: &str, lang: Lang) -> Number {
        numbers(text, lang).remove(0)
    }

    #[test]
    fn conversions_between_units_are_the_same_quantity() {
        let mph = first("winds of 85 mph", Lang::En);
        assert!(converted(&first("vents à 135 km/h", Lang::Fr), &mph));
        assert!(converted(&first("mit 136 km/h", Lang::De), &mph));
        assert!(converted(
            &first("fast 27 oC", Lang::De),
            &first("80 degrees", Lang::En)
        ));
        assert!(converted(
            &first("7 centímetros", Lang::Es),
            &first("3 inches", Lang::En)
        ));
        // A difference of temperatures converts without the 32° offset.
        assert!(converted(
            &first("etwa 6 Grad über dem Durchschnitt", Lang::De),
            &first("about 10 degrees above average", Lang::En)
        ));
        // A changed number in the same unit is no conversion, nor is a number without unit.
        assert!(!converted(
            &first("330 km", Lang::En),
            &first("300 km", Lang::En)
        ));
        assert!(!converted(
            &first("5 km", Lang::En),
            &first("2 people", Lang::En)
        ));
        assert!(!converted(&first("240 km/h", Lang::Fr), &mph));
    }

    #[test]
    fn times_and_years_in_other_conventions() {
        let n = |v: f64| Number {
            value: v,
            digits: String::new(),
            written: String::new(),
            unit: UnitSystem::None,
        };
        assert!(same_in_other_convention(&n(7.0), &n(19.0)));
        assert!(same_in_other_convention(&n(80.0), &n(1980.0)));
        assert!(!same_in_other_convention(&n(7.0), &n(17.0)));
        assert!(!same_in_other_convention(&n(81.0), &n(1980.0)));
    }

    #[test]
    fn punctuation_kinds_in_every_script() {
        let q = Marks(Marks::QUESTION);
        assert_eq!(Marks::of("Why?"), q);
        assert_eq!(Marks::of("なぜですか？"), q);
        assert_eq!(
            Marks::of("「いじめられたよ。」"),
            Marks(Marks::QUOTE),
            "Japanese brackets quote"
        );
        assert_eq!(
            Marks::of("« Non ! »"),
            Marks(Marks::QUOTE | Marks::EXCLAMATION)
        );
        assert_eq!(Marks::of("at 5:30 Uhr"), Marks(0), "a time has no colon");
        assert_eq!(Marks::of("Er sagte: Nein."), Marks(Marks::COLON));
        let (shared, apart) = Marks::of("\"Why?\"").compare(Marks::of("“为什么？”"));
        assert_eq!((shared, apart), (2, 0));
    }

    #[test]
    fn decades_by_their_last_two_digits() {
        let year = |text: &str, lang: Lang| numbers(text, lang)[0].value;
        assert_eq!(year("dans les années 80", Lang::Fr), 1980.0);
        assert_eq!(year("en los años 80", Lang::Es), 1980.0);
        assert_eq!(year("in den 80er Jahren", Lang::De), 1980.0);
        assert_eq!(year("80年代に", Lang::Ja), 1980.0);
        assert_eq!(year("80년대에", Lang::Ko), 1980.0);
        assert_eq!(year("20世纪80年代", Lang::Zh), 1980.0);
        // Ages and amounts stay what they are.
        assert_eq!(year("tenía 80 años", Lang::Es), 80.0);
        assert_eq!(year("in their 80s", Lang::En), 80.0);
    }

    #[test]
    fn weekdays_in_every_language() {
        let saturday = Marks(Marks::weekday(5));
        for (text, lang) in [
            ("The vote was held on Saturday.", Lang::En),
            ("Die Abstimmung fand samstags statt.", Lang::De),
            ("El voto se celebró el sábado.", Lang::Es),
            ("投票は土曜日に行われた。", Lang::Ja),
            ("投票于周六举行。", Lang::Zh),
            ("투표는 토요일에 실시되었다.", Lang::Ko),
            ("การลงคะแนนจัดขึ้นเมื่อวันเสาร์", Lang::Th),
            ("मतदान शनिवार को हुआ।", Lang::Hi),
        ] {
            assert_eq!(features(text, lang).marks.days(), saturday, "{text}");
        }
        assert_eq!(Marks::weekdays("Sundance festival", Lang::En).0, 0);
    }

    #[test]
    fn a_changed_digit_is_a_different_number() {
        let a = &numbers("85억 달러", Lang::Ko)[0];
        let b = &numbers("58억 달러", Lang::Ko)[0];
        assert!(!a.same(b));
        let c = &numbers("$8.5 billion", Lang::En)[0];
        assert!(a.same(c));
        // Same digits a factor of ten apart: two numbers, not one written two ways.
        let eleven = &numbers("$11 billion", Lang::En)[0];
        let hundred_ten = &numbers("110 billion cubic meters", Lang::En)[0];
        assert!(!eleven.same(hundred_ten));
        // Same digits a scale word apart: `bn` is no scale concord knows.
        let unknown_scale = &numbers("$8.5 bn", Lang::En)[0];
        assert!(unknown_scale.same(c));
    }

    #[test]
    fn small_numbers_spelled_out() {
        assert_eq!(spelled_numbers("当时是周日早上六点，", Lang::Zh), vec![6.0]);
        assert!(spelled_numbers("一些人说第二次", Lang::Zh).is_empty());
        assert_eq!(
            spelled_numbers("But it's six in the morning", Lang::En),
            vec![6.0]
        );
        assert_eq!(spelled_numbers("Es ist sechs Uhr.", Lang::De), vec![6.0]);
        assert_eq!(spelled_numbers("a two-foot wide brim", Lang::En), vec![2.0]);
        assert!(spelled_numbers("สามารถทำได้", Lang::Th).is_empty());
    }

    #[test]
    fn latin_names_in_chinese_and_japanese_count_a_third() {
        // 他说 + Sunday Telegraph (15 letters: 5) + 报道 = 9.
        assert_eq!(length("他说Sunday Telegraph报道", Lang::Zh), 9);
        assert_eq!(length("NVIDIAのH20", Lang::Ja), 2 + 1 + 1);
        assert_eq!(length("Sunday Telegraph", Lang::En), 15);
        assert_eq!(length("선데이 텔레그래프 Sunday", Lang::Ko), 14);
    }

    #[test]
    fn cognates_share_terms() {
        let en = terms("more free public universities for students");
        let de = terms("weiterer kostenloser öffentlicher Universitäten für Studenten");
        let unive = term_hash("unive");
        assert!(en.contains(&unive) && de.contains(&unive));
        assert!(terms("中国はAI分野で").is_empty());
    }

    #[test]
    fn names_in_latin_and_other_scripts() {
        assert_eq!(names("NVIDIAのH20チップ", Lang::Ja), vec!["h20", "nvidia"]);
        assert_eq!(
            names("Die Firma NVIDIA verkauft H20-Chips", Lang::De),
            vec!["firma", "h20-chips", "nvidia"]
        );
        assert!(same_name("pekings", "peking"));
        assert!(!same_name("h20", "h100"));
        assert!(same_name("deepseek", "deepseek"));
    }
}
