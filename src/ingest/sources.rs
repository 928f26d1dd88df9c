//! Source names the site glues to the end of a paragraph without a space
//! (`...werden kann.Techmeme`, `...狙う。Techmeme`, `...ของจีนTS2 SpaceTechmeme`).
//!
//! They are not part of the sentence: concord splits them off and keeps them as the sentence's
//! sources. Several names may follow each other (`White & Case LLPWikipedia`).

/// Characters that end a sentence in any of the site's scripts.
pub const TERMINATORS: &[char] = &['.', '!', '?', '。', '！', '？', '।', '॥', '｡'];

/// Characters that may close a sentence after its terminator (quotes, brackets).
pub const CLOSERS: &[char] = &[
    '"', '”', '’', '\'', '»', '」', '』', ')', '）', ']', '】', '〉', '》',
];

/// Longest glued tail taken as source names, in characters.
const MAX_TAIL_CHARS: usize = 60;

/// Lowercase words allowed inside a source name (`White & Case`, `X (formerly Twitter)`).
const NAME_CONNECTORS: &[&str] = &["&", "and", "of", "the", "de", "la", "du", "des", "del"];

/// Company suffixes and asides dropped from a source name (`White & Case LLP` → `White & Case`).
const NAME_SUFFIXES: &[&str] = &[" LLP", " LLC", " Inc.", " Inc", " Ltd.", " Ltd", " plc"];

/// A paragraph split into its text and the source names glued to its end.
#[derive(Debug, Clone, PartialEq)]
pub struct Glued {
    pub text: String,
    pub sources: Vec<String>,
}

/// Splits glued source names off the end of a paragraph. Returns the paragraph unchanged
/// (no sources) when its end does not look like a glued name.
pub fn split_glued_sources(paragraph: &str) -> Glued {
    let text = paragraph.trim_end();
    match glued_tail_start(text) {
        Some(start) => {
            let tail = &text[start..];
            Glued {
                text: text[..start].to_string(),
                sources: split_names(tail),
            }
        }
        None => Glued {
            text: text.to_string(),
            sources: Vec::new(),
        },
    }
}

/// Removes a source name known from another edition when it is glued to the end of `text`
/// (needed where the sentence ends in a Latin word: `...ชนะ RockiesReuters`).
pub fn strip_known_source(text: &str, known: &str) -> Option<String> {
    let trimmed = text.trim_end();
    let rest = trimmed.strip_suffix(known)?;
    let before = rest.chars().last()?;
    if before.is_whitespace() || rest.trim().is_empty() {
        return None;
    }
    Some(rest.to_string())
}

/// Byte offset where a glued tail of source names starts, if the paragraph has one.
fn glued_tail_start(text: &str) -> Option<usize> {
    if let Some(start) = glued_domain_start(text) {
        return Some(start);
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // Walk back over the candidate tail: Latin letters, digits, spaces and name punctuation.
    let mut start = chars.len();
    while start > 0 && is_tail_char(chars[start - 1].1) {
        start -= 1;
        if chars.len() - start > MAX_TAIL_CHARS {
            return None;
        }
    }
    // The tail must begin at an uppercase letter glued to what precedes it.
    while start < chars.len() && !chars[start].1.is_ascii_uppercase() {
        start += 1;
    }
    if start == 0 || start >= chars.len() {
        return None;
    }
    let before = chars[start - 1].1;
    let glued_after_sentence = TERMINATORS.contains(&before) || CLOSERS.contains(&before);
    let glued_after_script = !before.is_ascii() && !before.is_whitespace();
    if !(glued_after_sentence || glued_after_script) {
        return None;
    }
    let offset = chars[start].0;
    let tail = &text[offset..];
    if !looks_like_names(tail) || text[..offset].trim().is_empty() {
        return None;
    }
    Some(offset)
}

/// A domain glued after a sentence end (`...した。smbc-cf.com`, `...said.example.co.uk`).
fn glued_domain_start(text: &str) -> Option<usize> {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
        .last()?
        .0;
    let tail = &text[start..];
    // The sentence's own stop may have been taken into the run: `kann.smbc-cf.com`.
    let (start, tail) = match tail.find(|c: char| c.is_ascii_alphanumeric()) {
        Some(skip) => (start + skip, &tail[skip..]),
        None => return None,
    };
    let before = text[..start].chars().last()?;
    let glued = TERMINATORS.contains(&before)
        || CLOSERS.contains(&before)
        || (!before.is_ascii() && !before.is_whitespace());
    is_domain(tail).then_some(start).filter(|_| glued)
}

/// `smbc-cf.com`: lowercase labels joined by dots, ending in a top-level domain of letters.
fn is_domain(s: &str) -> bool {
    let labels: Vec<&str> = s.split('.').collect();
    let tld = labels.last().copied().unwrap_or("");
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
}

fn is_tail_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, ' ' | '&' | '(' | ')' | '-' | '@' | '\'')
}

/// Whether a tail reads as one or more names: every word capitalised, a number, a connector,
/// or inside parentheses.
fn looks_like_names(tail: &str) -> bool {
    let mut in_parens = false;
    let mut words = 0;
    for word in tail.split_whitespace() {
        words += 1;
        if word.starts_with('(') {
            in_parens = true;
        }
        let first = word.trim_start_matches('(').chars().next().unwrap_or(' ');
        let ok = in_parens
            || first.is_ascii_uppercase()
            || first.is_ascii_digit()
            || first == '@'
            || NAME_CONNECTORS.contains(&word);
        if word.ends_with(')') {
            in_parens = false;
        }
        if !ok {
            return false;
        }
    }
    (1..=8).contains(&words)
}

/// Splits `TS2 SpaceTechmeme` into `TS2 Space`, `Techmeme`: names meet where a lowercase
/// letter or `)` is followed by an uppercase one, or an acronym by a capitalised word.
fn split_names(tail: &str) -> Vec<String> {
    let chars: Vec<char> = tail.chars().collect();
    let mut names = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && c.is_ascii_uppercase() && starts_new_name(&chars, i) {
            names.push(std::mem::take(&mut current));
        }
        current.push(c);
    }
    names.push(current);
    names
        .iter()
        .map(|n| clean_name(n))
        .filter(|n| !n.is_empty())
        .collect()
}

fn starts_new_name(chars: &[char], i: usize) -> bool {
    let prev = chars[i - 1];
    if prev.is_ascii_lowercase() || prev == ')' {
        return true;
    }
    // `LLPWikipedia`: an acronym of two or more capitals, then a capitalised word.
    let next_lower = chars.get(i + 1).is_some_and(|c| c.is_ascii_lowercase());
    let acronym_before = i >= 2 && prev.is_ascii_uppercase() && chars[i - 2].is_ascii_uppercase();
    next_lower && acronym_before
}

fn clean_name(name: &str) -> String {
    let mut name = name.trim().to_string();
    if let Some(open) = name.find(" (")
        && name.ends_with(')')
    {
        name.truncate(open);
    }
    for suffix in NAME_SUFFIXES {
        if let Some(stripped) = name.strip_suffix(suffix) {
            name = stripped.to_string();
        }
    }
    name.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> (String, Vec<String>) {
        let g = split_glued_sources(s);
        (g.text, g.sources)
    }

    #[test]
    fn latin_sentence_with_one_source() {
        let (text, sources) = split("...entwickelt werden kann.Techmeme");
        assert_eq!(text, "...entwickelt werden kann.");
        assert_eq!(sources, vec!["Techmeme"]);
    }

    #[test]
    fn several_sources_in_a_row() {
        assert_eq!(
            split("fungiert.White & Case LLPWikipedia").1,
            vec!["White & Case", "Wikipedia"]
        );
        assert_eq!(
            split("ab.TS2 SpaceTechmeme").1,
            vec!["TS2 Space", "Techmeme"]
        );
        assert_eq!(
            split("loben.X (formerly Twitter)Techmeme").1,
            vec!["X", "Techmeme"]
        );
        assert_eq!(split("fördert\".RAND").1, vec!["RAND"]);
    }

    #[test]
    fn cjk_thai_and_devanagari() {
        assert_eq!(
            split("狙う。Techmeme"),
            ("狙う。".into(), vec!["Techmeme".into()])
        );
        assert_eq!(split("ของจีนReuters").1, vec!["Reuters"]);
        assert_eq!(split("गया।AP").1, vec!["AP"]);
    }

    #[test]
    fn glued_domains() {
        assert_eq!(
            split("融資を始めた。smbc-cf.com"),
            ("融資を始めた。".into(), vec!["smbc-cf.com".into()])
        );
        assert_eq!(
            split("Le fonds a été créé.smbc-cf.com").1,
            vec!["smbc-cf.com"]
        );
        assert!(split("Visit example.com").1.is_empty());
        assert!(split("It costs 8.5").1.is_empty());
    }

    #[test]
    fn ordinary_sentence_ends_are_kept() {
        assert!(split("He works at NVIDIA.").1.is_empty());
        assert!(split("Sie sprach mit Jensen Huang").1.is_empty());
        assert!(split("in the U.S.").1.is_empty());
        assert!(split("สนาม Denver").1.is_empty());
        assert!(split("Reuters").1.is_empty());
    }

    #[test]
    fn known_source_after_latin_word() {
        assert_eq!(
            strip_known_source("ชนะ RockiesReuters", "Reuters").as_deref(),
            Some("ชนะ Rockies")
        );
        assert_eq!(strip_known_source("ชนะ Reuters", "Reuters"), None);
    }
}
