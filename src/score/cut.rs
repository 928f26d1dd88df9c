//! Sentence ends that show a translation was cut short: a machine translation that stopped
//! mid-sentence and was closed with a stop ends on a word no finished sentence ends on
//! (`…a su.`, `…처음으로.`, `…ตัวเต็.`). The `truncated` rule asks for less of a shortfall when
//! a sentence ends so; the marks per language are data in [`crate::lang::LangInfo::cut_marks`].

use crate::lang::CutMarks;

/// Closing quotes and brackets that may follow a sentence's stop.
const CLOSERS: &[char] = &['"', '\'', '”', '’', '」', '』', ')', '）', '»', '“'];

/// Stops that close a sentence in a script with spaces between words.
const STOPS: &[char] = &['.', '।'];

/// Whether `sentence` ends the way only a sentence cut short does in its language.
pub fn cut_short(sentence: &str, marks: &CutMarks) -> bool {
    let text = sentence.trim_end().trim_end_matches(CLOSERS);
    // Thai cells are pieces the aligner joined, which may part an aside anywhere.
    if !matches!(marks, CutMarks::NoStop(_)) && unclosed_bracket(sentence) {
        return true;
    }
    match marks {
        CutMarks::OpenWords(words) => last_word(text).is_some_and(|w| words.contains(&w.as_str())),
        CutMarks::OpenParticles(particles) => {
            before_stop(text, &['。']).is_some_and(|c| particles.contains(&c))
        }
        CutMarks::FinalSyllables(finals) => before_stop(&without_final_aside(text), &['.'])
            .is_some_and(|c| is_hangul_syllable(c) && !finals.contains(&c)),
        CutMarks::NoStop(abbreviations) => stray_period(sentence, abbreviations),
        CutMarks::Unknown => false,
    }
}

/// Whether a bracket opened in the text is still open at its end (`…Drought Monitor (run by
/// the U.S.`): the sentence was cut inside the aside.
fn unclosed_bracket(text: &str) -> bool {
    let mut depth = 0i32;
    for c in text.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' if depth > 0 => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// The text with an aside in brackets right before its final stop taken out (`퍼프
/// 대디(Puff Daddy), P.디디(P. Diddy).` -> `…P.디디.`): the word that ends the sentence stands
/// before the aside.
fn without_final_aside(text: &str) -> String {
    let Some(body) = text.strip_suffix('.') else {
        return text.to_string();
    };
    let trimmed = body.trim_end();
    let Some(inner) = trimmed.strip_suffix([')', '）']) else {
        return text.to_string();
    };
    match inner.rfind(['(', '（']) {
        Some(open) => format!("{}.", inner[..open].trim_end()),
        None => text.to_string(),
    }
}

/// Share of an edition's sentences that must end with one stop before a sentence closed with
/// another reads as cut short.
const USUAL_STOP_SHARE: f64 = 0.8;

/// The stop most of an edition's sentences end with (`।` in Hindi), if at least
/// `USUAL_STOP_SHARE` of those ending with a stop use it.
pub fn usual_stop<'a>(sentences: impl Iterator<Item = &'a str>) -> Option<char> {
    let mut counts: Vec<(char, usize)> = Vec::new();
    for text in sentences {
        let Some(stop) = final_stop(text) else {
            continue;
        };
        match counts.iter_mut().find(|(c, _)| *c == stop) {
            Some((_, n)) => *n += 1,
            None => counts.push((stop, 1)),
        }
    }
    let all: usize = counts.iter().map(|(_, n)| n).sum();
    let &(stop, n) = counts.iter().max_by_key(|(_, n)| *n)?;
    (n as f64 >= USUAL_STOP_SHARE * all as f64).then_some(stop)
}

/// Whether a sentence closes with a period where its edition closes sentences with another
/// stop (`…मामला अलास्का.` in a Hindi edition of `।`): a translation cut short and closed by
/// whatever stopped it.
pub fn odd_stop(sentence: &str, usual: Option<char>) -> bool {
    let Some(usual) = usual else {
        return false;
    };
    // A short word before it is an abbreviation the segmenter ended a sentence at (`सेन.`).
    let text = sentence.trim_end().trim_end_matches(CLOSERS);
    final_stop(sentence) == Some('.')
        && usual != '.'
        && last_word(text).is_some_and(|w| w.chars().count() >= ODD_STOP_MIN_WORD)
}

/// Fewest characters the word before an odd period has: shorter ones are abbreviations.
const ODD_STOP_MIN_WORD: usize = 4;

/// The stop a sentence ends with, before closing quotes and brackets (`.`, `।`, `。`); not `?`
/// or `!`, which any edition uses now and then.
fn final_stop(text: &str) -> Option<char> {
    let last = text
        .trim_end()
        .trim_end_matches(CLOSERS)
        .chars()
        .next_back()?;
    ['.', '।', '。'].contains(&last).then_some(last)
}

/// The character right before the final stop, if the text ends with one of `stops`.
fn before_stop(text: &str, stops: &[char]) -> Option<char> {
    let mut chars = text.chars().rev();
    let stop = chars.next()?;
    if !stops.contains(&stop) {
        return None;
    }
    chars.next()
}

/// The lowercased word before the final stop (`su` in `…referencias a su.`).
fn last_word(text: &str) -> Option<String> {
    let body = text.strip_suffix(STOPS)?;
    let word = body.rsplit(char::is_whitespace).next()?;
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    (!word.is_empty()).then(|| word.to_lowercase())
}

fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// Whether a period follows a word of a script without stops (Thai), other than an
/// abbreviation's (`ดร.`, `ก.ย.`) or the hour's `น.` after a number (`11.00 น.`): after Thai
/// letters or a number (`มัธยม 20.`), as a cut leaves it; not after a list number opening the
/// text (`1.`). (After a Latin word too: editions benchmark, one more planted truncation found
/// for 0.8-1.0 more false findings per 1,000 cells on every set: `Mrs.`, `U.S.`.)
fn stray_period(text: &str, abbreviations: &[&str]) -> bool {
    let chars: Vec<char> = text.chars().collect();
    (1..chars.len()).any(|i| {
        let closes = chars.get(i + 1).is_none_or(|c| c.is_whitespace());
        if chars[i] != '.' || !closes {
            return false;
        }
        let start = chars[..i]
            .iter()
            .rposition(|c| c.is_whitespace())
            .map_or(0, |p| p + 1);
        let (before, word) = (&chars[..start], &chars[start..i]);
        let opens_text = before.iter().all(|c| c.is_whitespace());
        let number = !word.is_empty() && word.iter().all(char::is_ascii_digit) && !opens_text;
        let word: String = word.iter().collect();
        (is_thai_letter(chars[i - 1]) || number)
            && !abbreviations.iter().any(|a| word.ends_with(a))
            && !hour_mark(before, &word)
    })
}

/// `น.` after a number: the Thai hour (`11.00 น.`).
fn hour_mark(before: &[char], word: &str) -> bool {
    let previous = before.iter().rev().find(|c| !c.is_whitespace());
    word == "น" && previous.is_some_and(|c| c.is_ascii_digit())
}

fn is_thai_letter(c: char) -> bool {
    ('\u{0E01}'..='\u{0E4E}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn cut(lang: Lang, text: &str) -> bool {
        cut_short(text, &lang.info().cut_marks)
    }

    #[test]
    fn a_period_in_an_edition_of_dandas_ends_a_cut() {
        let hindi = [
            "यह मामला अदालत में है।",
            "उन्होंने कहा कि वह जाएंगे।",
            "मौसम अच्छा था।",
        ];
        let usual = usual_stop(hindi.iter().copied());
        assert_eq!(usual, Some('।'));
        assert!(odd_stop("वर्तमान में यह मामला अलास्का.", usual));
        assert!(!odd_stop("यह मामला अदालत में है।", usual));
        assert!(!odd_stop("अपने दोस्त, डेमोक्रेटिक सेन.", usual));
        // An edition that closes with periods throughout has nothing odd about one.
        let english = ["It rained.", "He left.", "Why?"];
        assert!(!odd_stop("He was.", usual_stop(english.iter().copied())));
    }

    #[test]
    fn sentences_cut_before_their_end() {
        for (lang, text) in [
            (
                Lang::Es,
                "El presidente hizo referencias a la situación de Kavanaugh, su.",
            ),
            (
                Lang::Fr,
                "Les médicaments que les médecins lui avaient administrés pour.",
            ),
            (Lang::En, "Thom Browne also revealed a."),
            (Lang::De, "Die Polizei sucht nach Zeugen des."),
            (Lang::Hi, "भूकंप के बाद पालू के."),
            (Lang::Ko, "찰스 코란은 후반 닐슨이 던디가 처음으로."),
            (Lang::Ja, "首相は記者会見で新しい計画を。"),
            (Lang::Th, "มันเป็นงานที่ยากเข็ญมาก แต่การฟื้นตัวเต็."),
            (Lang::Th, "การสำรวจนักเรียนโรงเรียนมัธยม 20."),
            (Lang::Th, "โบสถ์แห่งเดียวที่ชนะวิคตอเรีย คร. พันโทบามหลวง"),
            (
                Lang::En,
                "According to the Drought Monitor (run by the U.S.",
            ),
            (
                Lang::Ko,
                "숀 콤스(Sean Combs)는 퍼프 대디(Puff Daddy), P.디디(P. Diddy).",
            ),
        ] {
            assert!(cut(lang, text), "{lang:?}: {text}");
        }
    }

    #[test]
    fn finished_sentences_are_not_cut() {
        for (lang, text) in [
            (Lang::En, "They were allowed back in."),
            (Lang::En, "\"I don't want to,\" she told her."),
            (Lang::De, "Er kam gestern mit."),
            (Lang::De, "Er war genau das."),
            (Lang::Fr, "« C’est fini », a-t-il déclaré."),
            (Lang::Es, "Así es."),
            (Lang::Ko, "그는 이렇게 말했다."),
            (Lang::Ko, "정말 그래요?"),
            (Lang::Ja, "首相は計画を発表した。"),
            (Lang::Zh, "这是很重要的。"),
            (Lang::Th, "ให้การของดร. คริสทีน บลาซีย์ ฟอร์ด"),
            (Lang::Th, "เมื่อ 11.00 น. การแถลงข่าว"),
            (Lang::Th, "ทหารในเดือน ก.ย."),
            (Lang::Th, "วิ่ง 300 กม. ทางตะวันตก"),
            (Lang::Th, "1. การสำรวจนักเรียน"),
            (Lang::Th, "จอร์จ ดับเบิลยู. บุช ได้หยิบโทรศัพท์"),
            (
                Lang::En,
                "The monitor is run by the government (the U.S. Drought Monitor).",
            ),
            (Lang::Ko, "그는 숀 콤스(Sean Combs)를 만났다(사진)."),
        ] {
            assert!(!cut(lang, text), "{lang:?}: {text}");
        }
    }
}
