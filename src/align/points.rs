//! Candidate points: where in a sentence a second sentence could start, for the consensus
//! splits (`align::split`). Clause marks (`,` `;` `:` `，` `、` dashes), a stop the segmenter
//! kept inside a sentence, and places where a sentence ends without its stop: in English,
//! Spanish and French a lowercase word followed by a capitalized one (`young voters The stamp
//! duty`), a capitalized sentence starter after a lowercase word in any Latin-script language
//! (`Umfrage Eine Umfrage`), and sentence endings written without a stop
//! (`LangInfo::bare_ends`: `…を開催します先週…`, `…했다 그러나…`; a Japanese plain form before a
//! sentence starter, `LangInfo::plain_ends`: `…教えるこの方法では…`; a Chinese conjunction after
//! text without a mark, `LangInfo::bare_starts`: `…伤痛欲绝但我们…`). Each point has a kind, and
//! the callers choose which kinds they trust. Chinese text without any point may still part at
//! a seam between two of its words, where the run's lexicon says its words stop translating one
//! sentence and start translating the next (`seam_point`).

use std::ops::Range;

use super::AlignInput;
use crate::features::is_hiragana;
use crate::ingest::detect::script_of;
use crate::ingest::sources::TERMINATORS;
use crate::lang::{CutMarks, Lang, Script};

/// Largest distance between the candidate point (as a share of the sentence's characters) and
/// the share the other editions give the first of the two units (their median). Editions
/// benchmark, 0.1 -> 0.15 (with the number guard of `Votes::second_lacking`): minimum pair
/// +0.001-0.004 on seeds 1, 7, 11, 12, 13, html and plain, detection seed 7 0.800 -> 0.818,
/// false findings within 0.1; 0.2 loses detection on seed 1 (0.823 -> 0.806).
pub const SPLIT_TOLERANCE: f64 = 0.15;

/// The candidate point (byte offset of the second part) closest to `share` of the text's
/// characters, within `SPLIT_TOLERANCE`, leaving both parts `MIN_PART` characters or more.
pub(super) fn best_point(text: &str, lang: Lang, share: f64) -> Option<usize> {
    best_point_of(text, lang, share, |_| true)
}

/// As `best_point`, among the points of the kinds `keep` accepts.
pub(super) fn best_point_of(
    text: &str,
    lang: Lang,
    share: f64,
    keep: impl Fn(Point) -> bool,
) -> Option<usize> {
    let total = weight(text).max(1);
    // A point where a sentence visibly ends beats a comma or a capital nearer the share
    // (`他被告知，“…大权在握。””Flake 表示…`: the quote's end, not the comma after `告知`).
    let rank = |kind: PointKind| match kind {
        PointKind::Stop | PointKind::SentenceEnd => 0,
        PointKind::Clause | PointKind::CapitalStart => 1,
    };
    candidate_points(text, lang)
        .into_iter()
        .filter(|&p| keep(p))
        .filter(|p| weight(&text[..p.at]) >= MIN_PART && total - weight(&text[..p.at]) >= MIN_PART)
        .map(|p| {
            let distance = (weight(&text[..p.at]) as f64 / total as f64 - share).abs();
            (rank(p.kind), distance, p.at)
        })
        .filter(|&(_, distance, _)| distance <= SPLIT_TOLERANCE)
        .min_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)))
        .map(|(_, _, at)| at)
}

/// Fewest characters (a Chinese or Japanese one counting two) either part of a split keeps:
/// `Oh, what?` stays one sentence.
const MIN_PART: usize = 12;

/// What makes a candidate point one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum PointKind {
    /// After a clause mark (`,` `;` `，`): a translator may have joined two sentences there.
    Clause,
    /// After a stop the segmenter kept inside the sentence (`couler. l a affirmé`, but also
    /// `Dionisio A. Lind`).
    Stop,
    /// Where a sentence ends without its stop: a lowercase word before a capitalized sentence
    /// starter (`The`, `Die`), a sentence ending of `bare_ends`. Such a point ends a sentence
    /// unless it sits in a quotation.
    SentenceEnd,
    /// A lowercase word before a capitalized word and a lowercase one (`reveals Survey of`):
    /// a sentence that lost its stop, or a name (`after Jeremy became`).
    CapitalStart,
}

/// A place where a second sentence could start.
#[derive(Clone, Copy, Debug)]
pub(super) struct Point {
    /// Byte offset of the second part.
    pub at: usize,
    pub kind: PointKind,
}

/// Points where a second sentence could start: after a clause mark of the language (and the
/// spaces after it), or where a sentence ends without its stop: between a lowercase word and a
/// capitalized one in the languages whose sentences may lack their period
/// (`LangInfo::unpunctuated_starts`), before a capitalized sentence starter in the others
/// (German capitalizes nouns: `Wählern Die Erhöhung`, not `Wählern Zwanzig`), after a
/// sentence ending of `bare_ends`.
pub(super) fn candidate_points(text: &str, lang: Lang) -> Vec<Point> {
    let info = lang.info();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let spaced = lang.script() != Script::Cjk;
    let mut out = Vec::new();
    for (n, &(_, c)) in chars.iter().enumerate() {
        let next = chars.get(n + 1).map(|p| p.1);
        let mark = info.clause_marks.contains(&c);
        // A stop the segmenter did not take for a sentence end (`sinking. l a affirmé`).
        let stop = TERMINATORS.contains(&c) && next.is_some_and(char::is_whitespace);
        let after_lowercase = c.is_whitespace() && ends_lowercase(&chars[..n]);
        let point = if (mark || stop) && (!spaced || next.is_some_and(char::is_whitespace)) {
            // Digits on both sides are a number (`1,000`), not a clause.
            let digits = n > 0
                && chars[n - 1].1.is_ascii_digit()
                && next.is_some_and(|d| d.is_ascii_digit());
            let kind = if stop {
                PointKind::Stop
            } else {
                PointKind::Clause
            };
            (!digits).then_some((n + 1, kind))
        } else if after_lowercase && starts_with_starter(&chars[n + 1..], lang) {
            Some((n + 1, PointKind::SentenceEnd))
        } else if after_lowercase && info.unpunctuated_starts && lowercase_word_before(&chars[..n])
        {
            starts_sentence(&chars[n + 1..]).then_some((n + 1, PointKind::CapitalStart))
        } else if bare_end(text, &chars, n, lang)
            || plain_end(text, &chars, n, lang)
            || bare_start(text, &chars, n, lang)
        {
            Some((n + 1, PointKind::SentenceEnd))
        } else {
            None
        };
        if let Some((mut m, kind)) = point {
            while m < chars.len() && chars[m].1.is_whitespace() {
                m += 1;
            }
            if m < chars.len() {
                out.push(Point {
                    at: chars[m].0,
                    kind,
                });
            }
        }
    }
    out
}

/// Closing quotes and brackets a sentence may end on, before its lost stop (`los “sin techo”
/// El dinero`, `않고 있습니다' 그림자`).
const CLOSING_MARKS: &[char] = &['”', '"', '’', '\'', '»', '」', '』', ')', '）'];

/// Whether `chars` end on a lowercase letter, perhaps followed by closing quotes or brackets.
fn ends_lowercase(chars: &[(usize, char)]) -> bool {
    chars
        .iter()
        .rev()
        .find(|p| !CLOSING_MARKS.contains(&p.1))
        .is_some_and(|p| p.1.is_lowercase())
}

/// Whether the word `chars` end with starts lowercase (`reveals`, not the `Red` of `Red Cross
/// is`, inside a name).
fn lowercase_word_before(chars: &[(usize, char)]) -> bool {
    chars
        .iter()
        .rev()
        .take_while(|p| !p.1.is_whitespace())
        .last()
        .is_some_and(|p| p.1.is_lowercase())
}

/// Whether `chars` open with one of the language's capitalized sentence starters (`Die`,
/// `Der`, `Es`) as a word of its own.
fn starts_with_starter(chars: &[(usize, char)], lang: Lang) -> bool {
    let word: String = chars
        .iter()
        .map(|p| p.1)
        .take_while(|c| c.is_alphabetic())
        .take(STARTER_REACH)
        .collect();
    let ends_word = chars
        .get(word.chars().count())
        .is_some_and(|p| p.1.is_whitespace());
    ends_word && lang.info().sentence_starters.contains(&word.as_str())
}

/// Whether a sentence ending of the language's `bare_ends` closes at char `n` and what follows
/// starts something new: in Chinese and Japanese script anything but hiragana (a particle or
/// inflection goes on: `ますが`) and punctuation, elsewhere a space and then a letter or quote.
fn bare_end(text: &str, chars: &[(usize, char)], n: usize, lang: Lang) -> bool {
    let end = chars.get(n + 1).map_or(text.len(), |p| p.0);
    // Outside Chinese and Japanese script, closing quotes may follow the ending (`있습니다' `).
    let ending = if lang.script() == Script::Cjk {
        &text[..end]
    } else {
        text[..end].trim_end_matches(CLOSING_MARKS)
    };
    if !lang.info().bare_ends.iter().any(|e| ending.ends_with(e)) {
        return false;
    }
    let new_start = |c: char| c.is_alphanumeric() || OPENING_MARKS.contains(&c);
    match chars.get(n + 1).map(|p| p.1) {
        Some(next) if lang.script() == Script::Cjk => !is_hiragana(next) && new_start(next),
        Some(next) => next.is_whitespace() && chars.get(n + 2).is_some_and(|p| new_start(p.1)),
        None => false,
    }
}

/// Whether a plain form of `LangInfo::plain_ends` closes at char `n` and a sentence starter
/// follows at once: `…教える | この方法では…`. (A Latin letter or an opening quote after it
/// opens a relative clause's noun as often: `負かしたAIシステム`, the AI system that beat.)
fn plain_end(text: &str, chars: &[(usize, char)], n: usize, lang: Lang) -> bool {
    let info = lang.info();
    let Some(&(next_at, _)) = chars.get(n + 1) else {
        return false;
    };
    let before = &text[..next_at];
    let rest = &text[next_at..];
    info.plain_ends.iter().any(|e| before.ends_with(e))
        && info.sentence_starters.iter().any(|w| rest.starts_with(w))
}

/// Whether a word of `LangInfo::bare_starts` follows char `n`, a letter: `…伤痛欲绝 | 但我们…`.
fn bare_start(text: &str, chars: &[(usize, char)], n: usize, lang: Lang) -> bool {
    let Some(&(next_at, _)) = chars.get(n + 1) else {
        return false;
    };
    chars[n].1.is_alphanumeric()
        && lang
            .info()
            .bare_starts
            .iter()
            .any(|w| text[next_at..].starts_with(w))
}

/// Quotes and brackets that open a sentence.
const OPENING_MARKS: &[char] = &['「', '『', '（', '(', '"', '“', '‘', '\''];

/// Characters read to find the first two words of a possible sentence start.
const STARTER_REACH: usize = 64;

/// Whether `chars` open like a sentence whose period was lost: a capitalized word of two
/// letters or more, then a lowercase word (`The stamp duty`, not `May.` or `I`), as the
/// segmenter's rule for such ends asks.
fn starts_sentence(chars: &[(usize, char)]) -> bool {
    let words: Vec<String> = chars
        .iter()
        .take(STARTER_REACH)
        .map(|p| p.1)
        .collect::<String>()
        .split_whitespace()
        .take(2)
        .map(str::to_string)
        .collect();
    let [first, second] = &words[..] else {
        return false;
    };
    // An opening quote may stand before the first word (`night "What my son`).
    let first = first.trim_start_matches(['"', '“', '‘', '\'', '«', '¿', '¡']);
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    // `A` opens sentences; other single capitals (`I`, initials) say nothing.
    let capitalized = first.chars().next().is_some_and(char::is_uppercase)
        && (letters >= 2 || first == "A")
        && first.chars().skip(1).all(|c| !c.is_uppercase());
    capitalized && second.chars().next().is_some_and(char::is_lowercase)
}

/// The point of edition `k`'s `text` nearest `share` where a sentence ends without its stop:
/// a sentence starter or a bare ending, or a capitalized word that no edition of another
/// language writes (a name would be: `after Jeremy became`).
pub(super) fn bare_point(inputs: &[AlignInput], k: usize, text: &str, share: f64) -> Option<usize> {
    let lang = inputs[k].edition.lang;
    let sentence_end = |p: Point| match p.kind {
        PointKind::SentenceEnd => !open_word_before(&text[..p.at], lang),
        PointKind::CapitalStart => {
            !open_word_before(&text[..p.at], lang)
                && !names_date(&text[p.at..], lang)
                && !names_elsewhere(inputs, k, &text[p.at..])
        }
        PointKind::Clause | PointKind::Stop => false,
    };
    best_point_of(text, lang, share, sentence_end)
}

/// Whether `rest` opens with a weekday or month name (`Palu on Friday, officials said`):
/// capitalized mid-sentence.
fn names_date(rest: &str, lang: Lang) -> bool {
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let info = lang.info();
    info.weekdays
        .iter()
        .chain(info.months)
        .flat_map(|spellings| spellings.iter())
        .any(|&name| name.eq_ignore_ascii_case(&word))
}

/// Whether `before` ends on a word no sentence ends on (`LangInfo::cut_marks`: an article, a
/// preposition, as in `on Friday, officials`, `the Olympics and`).
fn open_word_before(before: &str, lang: Lang) -> bool {
    let CutMarks::OpenWords(words) = lang.info().cut_marks else {
        return false;
    };
    let word = before
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .to_lowercase();
    words.contains(&word.as_str())
}

/// Whether the capitalized word that opens `rest` stands in an edition of another language
/// than edition `k`'s: then it is a name (`Jeremy`), which translations keep, not the first
/// word of a sentence (`Survey`), which they translate. A word of the other edition's own
/// language there (`En` opens Spanish sentences as French ones) says nothing.
fn names_elsewhere(inputs: &[AlignInput], k: usize, rest: &str) -> bool {
    let word: String = rest
        .trim_start_matches(OPENING_MARKS)
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let lang = inputs[k].edition.lang;
    let lower = word.to_lowercase();
    inputs
        .iter()
        .filter(|input| input.edition.lang != lang)
        .filter(|input| {
            let info = input.edition.lang.info();
            !info.sentence_starters.contains(&word.as_str())
                && !info.function_words.contains(&lower.as_str())
        })
        .flat_map(|input| &input.edition.sentences)
        .any(|s| {
            s.text.match_indices(word.as_str()).any(|(i, _)| {
                let before = s.text[..i].chars().next_back();
                let after = s.text[i + word.len()..].chars().next();
                !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
            })
        })
}

/// Where Chinese text without a candidate point (`…投票支持在英国拒税…`: no mark at all) parts
/// into the translations of two sentences: the boundary between words (`chinese_words`), within
/// `SPLIT_TOLERANCE` of `share` and leaving both parts `MIN_PART`, with the most words before it
/// that lean to the first sentence and after it that lean to the second, net of those that lean
/// the other way (`lean` of a word and its hash: 1 for a word that translates a word of the first
/// sentence only, -1 of the second only, 0 else); among equals, one before a sentence starter
/// (`在`, `但`, `这`), then the one nearest `share`. None where no word leans: length alone would
/// cut a sentence anywhere. (Japanese has no dictionary here, and its phrase ends, after a
/// particle, fall inside sentences as often as between them.)
pub(super) fn seam_point(text: &str, share: f64, lean: impl Fn(&str, u64) -> i32) -> Option<usize> {
    let mut words: Vec<(Range<usize>, i32)> = Vec::new();
    crate::features::each_word(text, |range, word| {
        let lean = lean(&text[range.clone()], word);
        words.push((range, lean));
    });
    let tokens: Vec<(Range<usize>, i32)> = chinese_words(text)
        .into_iter()
        .map(|token| {
            let lean = agreed_lean(words.iter().filter(|(r, _)| token.contains(&r.start)));
            (token, lean)
        })
        .collect();
    let total = weight(text).max(1);
    let total_lean: i32 = tokens.iter().map(|t| t.1).sum();
    let starters = Lang::Zh.info().sentence_starters;
    // The words are contiguous from the start: what stands before a word is summed on the way.
    let (mut first, mut ahead) = (0, 0);
    let mut best: Option<(i32, bool, f64, usize)> = None;
    for (next, lean) in &tokens {
        let at = next.start;
        let distance = (first as f64 / total as f64 - share).abs();
        let before = text[..at].chars().next_back();
        let opens = text[at..]
            .chars()
            .next()
            .is_some_and(|c| seam_between(before, c));
        // The words before lean to the first sentence, net of those after to the second.
        let score = 2 * ahead - total_lean;
        let fits = first >= MIN_PART && total - first >= MIN_PART && distance <= SPLIT_TOLERANCE;
        if opens && fits && score >= 1 {
            let starter = starters.contains(&&text[next.clone()]);
            if best.is_none_or(|(s, o, d, _)| {
                (score, starter) > (s, o) || ((score, starter) == (s, o) && distance < d)
            }) {
                best = Some((score, starter, distance, at));
            }
        }
        first += weight(&text[next.clone()]);
        ahead += lean;
    }
    best.map(|(_, _, _, at)| at)
}

/// Chinese particles, which close the word before them and never open a sentence: no seam
/// falls before one (`尸体干净 | 的水资源`).
const CHINESE_PARTICLES: &[char] = &[
    '的', '了', '地', '得', '着', '过', '吗', '呢', '吧', '啊', '么', '们',
];

/// How a word of several characters leans (Chinese `投票` of `投` and `票`): as all its
/// characters do when they agree and none is neutral, else not at all (`支` of `支持`, support,
/// leans to a sentence about paying, `支払`, where `持` leans to neither).
fn agreed_lean<'a>(mut parts: impl Iterator<Item = &'a (Range<usize>, i32)>) -> i32 {
    let first = parts.next().map_or(0, |p| p.1);
    if parts.all(|p| p.1 == first) {
        first
    } else {
        0
    }
}

/// Chinese text's words, in order, as byte ranges, by jieba's dictionary (loaded once, the
/// first time a sentence needs it) and its model of words the dictionary lacks: a seam cuts
/// neither `西弗吉尼亚` nor `支持` nor the name `德怀尔` in two.
fn chinese_words(text: &str) -> Vec<Range<usize>> {
    static JIEBA: std::sync::OnceLock<jieba_rs::Jieba> = std::sync::OnceLock::new();
    let jieba = JIEBA.get_or_init(jieba_rs::Jieba::new);
    let mut out: Vec<Range<usize>> = Vec::new();
    for token in jieba.cut(text, true) {
        let start = out.last().map_or(0, |r| r.end);
        out.push(start..start + token.word.len());
    }
    out
}

/// How much text weighs in a sentence's length for the split points (`char_weight`).
fn weight(part: &str) -> usize {
    part.chars().map(char_weight).sum()
}

/// How much a character weighs in a sentence's length for the split points: a Chinese or
/// Japanese one two, a space none, any other one.
fn char_weight(c: char) -> usize {
    if c.is_whitespace() {
        0
    } else if script_of(c) == Some(Script::Cjk) {
        2
    } else {
        1
    }
}

/// Whether a sentence could end after `before` and the next start with `next` in text written
/// without spaces: not before a mark that closes or goes on (`，`, `”`) or a Chinese particle
/// (`CHINESE_PARTICLES`), not after an opening mark, not after a digit (`8分`: a measure word
/// follows its number).
fn seam_between(before: Option<char>, next: char) -> bool {
    let after_opening_or_digit =
        before.is_some_and(|b| OPENING_MARKS.contains(&b) || b.is_ascii_digit());
    let goes_on = !next.is_alphanumeric() && !OPENING_MARKS.contains(&next);
    !after_opening_or_digit && !goes_on && !CHINESE_PARTICLES.contains(&next)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str, lang: Lang) -> Vec<&str> {
        candidate_points(text, lang)
            .into_iter()
            .map(|p| &text[p.at..])
            .collect()
    }

    /// A lean from two lists of words: those of the first sentence's translation, those of the
    /// second's.
    fn lean_by<'a>(first: &'a [&str], second: &'a [&str]) -> impl Fn(&str, u64) -> i32 + 'a {
        move |word, _| first.contains(&word) as i32 - second.contains(&word) as i32
    }

    #[test]
    fn a_chinese_sentence_without_marks_parts_where_its_words_change_sentence() {
        // `…年轻选民的投票支持` translates the first sentence, `在英国拒税…印花税` the second;
        // `支持` leans to neither, and `在` opens sentences.
        let text = "此举或将影响科尔宾成功获得年轻选民的投票支持在英国拒税的这一部分人将被征收更高的印花税";
        let at = seam_point(text, 0.4, lean_by(&["选", "民", "投", "票"], &["英", "税"]));
        assert_eq!(
            at.map(|at| &text[at..]),
            Some("在英国拒税的这一部分人将被征收更高的印花税")
        );
        // No seam before a particle, even where the share falls there.
        let text = "每分钟都有救护车送来尸体干净的水资源非常稀缺";
        let at = seam_point(
            text,
            0.64,
            lean_by(&["救", "护", "车", "尸", "体"], &["稀", "缺"]),
        );
        assert!(
            !text[at.unwrap()..].starts_with('的'),
            "{}",
            &text[at.unwrap()..]
        );
        // A name stays whole: not `西弗吉尼 | 亚` even where the share falls inside it.
        let text = "您可以通过YouTube现场直播观看特朗普西弗吉尼亚在线集会特朗普可能宣布本周的事宜";
        let at = seam_point(text, 0.45, lean_by(&["YouTube"], &["宣", "布"])).unwrap();
        assert!(!text[..at].ends_with("西弗吉尼"), "{}", &text[at..]);
    }

    #[test]
    fn no_seam_without_a_word_that_leans() {
        let text = "此举或将影响科尔宾成功获得年轻选民的投票支持在英国拒税的这一部分人将被征收更高的印花税";
        assert_eq!(seam_point(text, 0.5, |_, _| 0), None);
        // Nor where the words lean the wrong way round.
        let wrong_way = lean_by(&["英", "国", "拒", "税"], &["选", "民", "投", "票"]);
        assert_eq!(seam_point(text, 0.5, wrong_way), None);
    }

    #[test]
    fn clause_marks_and_lost_periods_are_candidates() {
        assert_eq!(
            parts("It rose 1,000 points, the most since May.", Lang::En),
            vec!["the most since May."]
        );
        assert_eq!(
            parts("to attract young voters The stamp duty rise", Lang::En),
            vec!["The stamp duty rise"]
        );
        assert_eq!(
            parts(
                "was charged last night \"What my own son is going through",
                Lang::En
            ),
            vec!["\"What my own son is going through"]
        );
        assert_eq!(
            parts("and then reinjected A trial vaccine", Lang::En),
            vec!["A trial vaccine"]
        );
        // Inside a name: the word before is capitalized.
        assert_eq!(
            parts("said the Indonesian Red Cross is racing to help", Lang::En),
            Vec::<&str>::new()
        );
        // A stop the segmenter kept inside the sentence (the next word is lowercase).
        assert_eq!(
            parts("avion en train de couler. l a affirmé", Lang::Fr),
            vec!["l a affirmé"]
        );
        // German capitalizes nouns: only a sentence starter after a lowercase word.
        assert_eq!(
            parts("den Haushalt gebilligt Zwanzig Prozent", Lang::De),
            Vec::<&str>::new()
        );
        assert_eq!(
            parts("den Haushalt gebilligt Der Rat", Lang::De),
            vec!["Der Rat"]
        );
        // The sentence may end on a closing quote before its lost stop.
        assert_eq!(
            parts(
                "se destinarán a los “sin techo” El dinero adicional",
                Lang::Es
            ),
            vec!["El dinero adicional"]
        );
        assert_eq!(parts("他们在后台欺负我，他们说", Lang::Zh), vec!["他们说"]);
        // Chinese `、` separates list items only.
        assert_eq!(parts("没有、没有", Lang::Zh), Vec::<&str>::new());
    }

    #[test]
    fn sentence_endings_without_a_stop_are_candidates() {
        // (text, language, the second sentence where one starts; "" for none)
        let cases = [
            ("予算を承認しました市長は述べた", Lang::Ja, "市長は述べた"),
            // A particle after the ending goes on; a quoted word inside a sentence is no end.
            ("承認しましたが市長は「予算」と述べた", Lang::Ja, ""),
            ("예산을 승인했다 시장은 말했다", Lang::Ko, "시장은 말했다"),
            (
                "'고려하지 않고 있습니다' 그림자 내각은",
                Lang::Ko,
                "그림자 내각은",
            ),
            ("गिरफ्तार किया गया उन्होंने कहा", Lang::Hi, "उन्होंने कहा"),
            // A plain form before a sentence starter, not before the noun of a relative clause.
            (
                "細胞を認識するよう教えるこの方法では細胞を抽出する",
                Lang::Ja,
                "この方法では細胞を抽出する",
            ),
            ("棋士を負かしたAIシステムを作成した", Lang::Ja, ""),
            // A Chinese conjunction after text without a mark, not an adverb inside a sentence.
            (
                "这令我们伤痛欲绝但我们都必须振作起来",
                Lang::Zh,
                "但我们都必须振作起来",
            ),
            ("罗斯也因此角色荣获奇幻剧艾美奖", Lang::Zh, ""),
        ];
        for (text, lang, second) in cases {
            let want: Vec<&str> = [second].into_iter().filter(|s| !s.is_empty()).collect();
            assert_eq!(parts(text, lang), want, "{text}");
        }
    }

    #[test]
    fn the_point_nearest_the_other_editions_boundary_wins() {
        let text = "The council approved the budget on Monday, the mayor said, and left town.";
        let at = best_point(text, Lang::En, 0.55).unwrap();
        assert_eq!(&text[at..], "the mayor said, and left town.");
        // Nothing within the tolerance: no split.
        assert_eq!(best_point(text, Lang::En, 0.2), None);
        // A part too short to be a sentence: no split.
        assert_eq!(best_point("Oh, what is it?", Lang::En, 0.2), None);
    }
}
