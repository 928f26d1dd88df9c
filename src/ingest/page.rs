//! Finding the article inside a saved page's text: the doubled title, the date line, the body
//! with its headings, paragraphs and bullets, and the reference block; everything else (skip
//! link, menu, language list, cookie banner, back link, footer) is the site's chrome.

use super::sources::{TERMINATORS, split_glued_sources};
use super::{Block, BlockKind, PageShape, Reference, SectionId};
use crate::lang::TABLE;

/// Longest line taken as a numbered heading, in characters.
const MAX_HEADING_CHARS: usize = 500;

/// Most sentence stops inside a line taken as a numbered heading.
const MAX_HEADING_STOPS: usize = 2;

/// Bullet markers the site and common editors use at the start of a list item.
const BULLETS: &[char] = &['•', '・', '●', '◦', '▪', '‣', '-', '*'];

/// The parts of a page concord keeps.
#[derive(Debug)]
pub struct ParsedPage {
    pub title: String,
    pub date: Option<String>,
    pub blocks: Vec<Block>,
    pub reference: Option<Reference>,
    pub shape: PageShape,
    /// A URL the chrome carries (a saved page's address line).
    pub url: Option<String>,
}

/// Splits page text into the article's parts. Returns `None` when no article is left: no
/// line, or chrome lines without a sure title.
pub fn parse_page(text: &str) -> Option<ParsedPage> {
    let lines: Vec<&str> = text.lines().collect();
    let (title_at, body_from, doubled) = find_title(&lines)?;
    let title = clean_line(lines[title_at]).to_string();
    let chrome_before = lines[..title_at].iter().any(|l| !l.trim().is_empty());
    let shape = match (doubled, chrome_before) {
        (true, true) => PageShape::FullChrome,
        (true, false) => PageShape::ContentOnly,
        (false, _) => PageShape::Plain,
    };
    let url = lines[..title_at]
        .iter()
        .map(|l| l.trim().trim_start_matches("URL:").trim())
        .find(|l| (l.starts_with("http://") || l.starts_with("https://")) && !l.contains(' '))
        .map(str::to_string);
    let mut start = body_from;
    let mut date = None;
    if let Some(i) = next_nonblank(&lines, start)
        && let Some(d) = parse_date(lines[i].trim())
    {
        date = Some(d);
        start = i + 1;
    }
    let end = body_end(&lines, start);
    let (body_end_at, reference) = find_reference(&lines, start, end);
    let body = without_table_of_contents(&lines[start..body_end_at]);
    // A page may be its title alone (a brief, or an edition whose body was lost): the title
    // is still a unit every edition translates. Only where the title is sure: printed twice as
    // the site does, or the page's one line; else the page is chrome without an article.
    let blocks = parse_body(&body);
    let lone_line = lines.iter().filter(|l| !l.trim().is_empty()).count() == 1;
    if blocks.is_empty() && !doubled && !lone_line {
        return None;
    }
    Some(ParsedPage {
        title,
        date,
        blocks,
        reference,
        shape,
        url,
    })
}

/// Drops a table of contents (`目次` followed by the section headings, which the page repeats
/// later as real headings), so that its entries are not read as empty sections.
fn without_table_of_contents<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let is_label = |l: &str| {
        let t = l.trim().trim_end_matches([':', '：']);
        !t.is_empty() && TABLE.iter().any(|row| row.toc_labels.contains(&t))
    };
    let Some(label) = lines.iter().position(|l| is_label(l)) else {
        return lines.to_vec();
    };
    let entry_key = |l: &str| {
        l.trim()
            .trim_start_matches(|c: char| BULLETS.contains(&c) || c.is_whitespace())
            .to_string()
    };
    let mut end = label + 1;
    for (i, line) in lines.iter().enumerate().skip(label + 1) {
        if line.trim().is_empty() {
            continue;
        }
        let key = entry_key(line);
        let repeated = lines[i + 1..].iter().any(|later| {
            entry_key(later) == key || entry_key(later).starts_with(&format!("{key}:"))
        });
        if !repeated {
            break;
        }
        end = i + 1;
    }
    let mut kept = lines[..label].to_vec();
    kept.extend_from_slice(&lines[end..]);
    kept
}

fn clean_line(line: &str) -> &str {
    line.trim().trim_start_matches('#').trim()
}

fn next_nonblank(lines: &[&str], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&i| !lines[i].trim().is_empty())
}

/// The title is the first line the page prints twice in a row (the site's saved pages); a page
/// without one (plain text) starts with its title. Returns the title's line, where the body
/// starts, and whether the title was doubled.
fn find_title(lines: &[&str]) -> Option<(usize, usize, bool)> {
    let mut prev: Option<usize> = None;
    for i in 0..lines.len() {
        let line = lines[i].trim();
        if line.is_empty() {
            continue;
        }
        if let Some(p) = prev
            && lines[p].trim() == line
            && !is_bullet(lines[p])
        {
            return Some((p, i + 1, true));
        }
        prev = Some(i);
    }
    let first = next_nonblank(lines, 0)?;
    Some((first, first + 1, false))
}

/// Parses the site's date line (`2025年07月17日 11:30`) or an ISO date (`2025-07-17 11:30`) into
/// the site's form, which sorts in publication order.
pub fn parse_date(line: &str) -> Option<String> {
    let digits: Vec<u32> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().ok())
        .collect::<Option<Vec<u32>>>()?;
    let rest: String = line
        .chars()
        .filter(|c| !c.is_ascii_digit() && !c.is_whitespace())
        .collect();
    let shape_ok = matches!(
        rest.as_str(),
        "年月日:" | "年月日" | "--:" | "--" | "//:" | "//"
    );
    if !shape_ok || !(digits.len() == 3 || digits.len() == 5) || !(1900..2200).contains(&digits[0])
    {
        return None;
    }
    let (month, day) = (digits[1], digits[2]);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let time = if digits.len() == 5 {
        format!(" {:02}:{:02}", digits[3], digits[4])
    } else {
        String::new()
    };
    Some(format!("{}年{:02}月{:02}日{}", digits[0], month, day, time))
}

/// Where the body ends: at the back link (`← ...`) or the footer (`©`), whichever comes first.
fn body_end(lines: &[&str], start: usize) -> usize {
    (start..lines.len())
        .find(|&i| {
            let t = lines[i].trim();
            t.starts_with('←') || t.starts_with('©') || t.starts_with("Copyright")
        })
        .unwrap_or(lines.len())
}

/// Finds the reference block (label, referenced title, `Quelle: URL`) at the end of the body.
/// Returns where the body stops and the reference.
fn find_reference(lines: &[&str], start: usize, end: usize) -> (usize, Option<Reference>) {
    let Some(url_at) = (start..end).rev().find(|&i| source_url(lines[i]).is_some()) else {
        return (end, None);
    };
    let url = source_url(lines[url_at]).map(str::to_string);
    let mut cut = url_at;
    let mut title = None;
    if let Some(t) = (start..url_at).rev().find(|&i| !lines[i].trim().is_empty()) {
        if is_reference_label(lines[t]) {
            return (t, Some(Reference { title: None, url }));
        }
        title = Some(lines[t].trim().to_string());
        cut = t;
        if let Some(l) = (start..t).rev().find(|&i| !lines[i].trim().is_empty())
            && is_reference_label(lines[l])
        {
            cut = l;
        }
    }
    (cut, Some(Reference { title, url }))
}

/// The URL of a `Quelle: https://...` line.
fn source_url(line: &str) -> Option<&str> {
    let t = line.trim();
    let colon = t.find([':', '：'])?;
    let label = t[..colon].trim();
    let rest = t[colon..].trim_start_matches([':', '：']).trim();
    let is_label = TABLE.iter().any(|row| row.source_words.contains(&label));
    let is_url = (rest.starts_with("http://") || rest.starts_with("https://"))
        && !rest.contains(char::is_whitespace);
    (is_label && is_url).then_some(rest)
}

fn is_reference_label(line: &str) -> bool {
    let t = line.trim().trim_end_matches([':', '：']);
    TABLE.iter().any(|row| row.reference_labels.contains(&t))
}

fn is_bullet(line: &str) -> bool {
    let t = line.trim_start();
    let mut chars = t.chars();
    match chars.next() {
        Some(c) if BULLETS.contains(&c) => chars.next().is_some_and(char::is_whitespace),
        _ => false,
    }
}

/// Turns body lines into blocks: every non-empty line is a heading, a bullet or a paragraph.
/// The site's cookie banner as raw translation keys (`cookie_banner_title`, ...).
fn is_cookie_key(line: &str) -> bool {
    line.split_whitespace().next().is_some_and(|w| {
        w.contains('_')
            && w.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            && w.contains("cookie")
    })
}

/// A line that is only one of the site's interface labels (any language), a cookie key, or the
/// logo line: chrome, not article.
fn is_chrome(line: &str) -> bool {
    let t = line
        .trim()
        .trim_start_matches(|c: char| {
            BULLETS.contains(&c)
                || c == '←'
                || c.is_whitespace()
                || !c.is_alphanumeric() && !c.is_ascii()
        })
        .trim();
    is_cookie_key(t)
        || t.contains("ukiyo journal")
        || TABLE.iter().any(|row| row.chrome_labels.contains(&t))
}

fn parse_body(lines: &[&str]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut last_number = 0u32;
    for line in lines {
        let t = line.trim();
        if t.is_empty() || t == "\u{a0}" || is_chrome(t) {
            continue;
        }
        if let Some((id, text)) = heading(t, last_number) {
            if let SectionId::Numbered(n) = id {
                last_number = n;
            }
            blocks.push(Block {
                kind: BlockKind::Heading(id),
                text: text.to_string(),
                sources: Vec::new(),
            });
            continue;
        }
        let (kind, text) = if is_bullet(t) {
            (BlockKind::Bullet, t.chars().skip(1).collect::<String>())
        } else {
            (BlockKind::Paragraph, t.to_string())
        };
        let glued = split_glued_sources(text.trim());
        if glued.text.trim().is_empty() {
            continue;
        }
        blocks.push(Block {
            kind,
            text: glued.text.trim().to_string(),
            sources: glued.sources,
        });
    }
    blocks
}

/// Recognises a heading line: `Einleitung: ...`, `Schlussfolgerung: ...`, or a numbered one
/// (`1 Title`, `1. Title`, `1) Title`, `1-1 Title`) whose number follows the previous one.
fn heading(line: &str, last_number: u32) -> Option<(SectionId, &str)> {
    if let Some(text) = labelled(line, |row| row.intro_words) {
        return Some((SectionId::Intro, text));
    }
    if let Some(text) = labelled(line, |row| row.conclusion_words) {
        return Some((SectionId::Conclusion, text));
    }
    numbered_heading(line, last_number)
}

fn labelled(
    line: &str,
    words: impl Fn(&crate::lang::LangInfo) -> &'static [&'static str],
) -> Option<&str> {
    let colon = line.find([':', '：'])?;
    let label = line[..colon].trim();
    let found = TABLE.iter().any(|row| words(row).contains(&label));
    if !found {
        return None;
    }
    let text = line[colon..].trim_start_matches([':', '：']).trim();
    Some(text)
}

fn numbered_heading(line: &str, last_number: u32) -> Option<(SectionId, &str)> {
    let digits_end = line.find(|c: char| !c.is_ascii_digit())?;
    if digits_end == 0 || digits_end > 2 {
        return None;
    }
    let number: u32 = line[..digits_end].parse().ok()?;
    let rest = &line[digits_end..];
    // `1 Title`, `1. Title`, `1) Title`, `1-1 Title`.
    let rest = rest
        .strip_prefix(['.', ')', '）'])
        .or_else(|| {
            rest.strip_prefix('-')
                .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()))
        })
        .unwrap_or(rest);
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let text = rest.trim();
    // Sections are numbered in order; one may be missing (an edition that dropped a heading).
    let sequential = number > last_number && number <= last_number + 2;
    let short = text.chars().count() <= MAX_HEADING_CHARS && !text.is_empty();
    // A heading is one line of a sentence or two (machine-translated headings keep the stops of
    // their source); a paragraph that starts with a number (`5 people died. ...`) runs longer.
    let stops = text
        .trim_end_matches(|c: char| TERMINATORS.contains(&c) || c.is_whitespace())
        .matches(['。', '।', '!', '?', '！', '？'])
        .count()
        + text.trim_end_matches(['.', ' ']).matches(". ").count();
    let ends_like_sentence = stops > MAX_HEADING_STOPS;
    (sequential && short && !ends_like_sentence).then_some((SectionId::Numbered(number), text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_of_contents_is_not_read_as_sections() {
        let page = "Titel\n\nTitel\n\nInhaltsverzeichnis\n1 Der Fonds\n2 Die Politik\n\n\
                    Einleitung: Worum es geht\n\nErster Satz.\n\n1 Der Fonds\n\nText eins.\n\n\
                    2 Die Politik\n\nText zwei.";
        let parsed = parse_page(page).unwrap();
        let headings: Vec<SectionId> = parsed
            .blocks
            .iter()
            .filter_map(|b| match b.kind {
                BlockKind::Heading(id) => Some(id),
                _ => None,
            })
            .collect();
        assert_eq!(
            headings,
            vec![
                SectionId::Intro,
                SectionId::Numbered(1),
                SectionId::Numbered(2)
            ]
        );
        assert_eq!(parsed.shape, PageShape::ContentOnly);
    }

    #[test]
    fn interface_labels_are_chrome_in_every_language() {
        assert!(is_chrome("  • 🔑 ログイン"));
        assert!(is_chrome("← Zurück zur Artikelliste"));
        assert!(is_chrome(
            "cookie_banner_message Datenschutzrichtlinie cookie_banner_and"
        ));
        assert!(is_chrome("ข้ามไปที่เนื้อหาหลัก"));
        assert!(!is_chrome(
            "Die Anmelden-Taste wurde entfernt, sagte der Sprecher."
        ));
    }

    #[test]
    fn dates_in_site_and_iso_form() {
        assert_eq!(
            parse_date("2025年07月17日 11:30").as_deref(),
            Some("2025年07月17日 11:30")
        );
        assert_eq!(
            parse_date("2025-7-17 02:50").as_deref(),
            Some("2025年07月17日 02:50")
        );
        assert_eq!(parse_date("Der 8,5 Milliarden Dollar"), None);
        assert_eq!(parse_date("2025年13月01日"), None);
    }

    #[test]
    fn numbered_headings_in_all_forms() {
        assert!(matches!(
            numbered_heading("1 Der Fonds", 0),
            Some((SectionId::Numbered(1), "Der Fonds"))
        ));
        assert!(numbered_heading("2. The fund", 1).is_some());
        assert!(numbered_heading("3) Le fonds", 2).is_some());
        assert!(numbered_heading("4-1 基金", 3).is_some());
        assert!(numbered_heading("11 Szenarien für 2030: Vorherrschaft?", 10).is_some());
        // A paragraph that starts with a number is not a heading.
        assert!(numbered_heading("8,5 Milliarden Dollar sind wenig.", 11).is_none());
        assert!(numbered_heading("2030 wird alles anders", 3).is_none());
        assert!(
            numbered_heading("7 Menschen starben", 3).is_none(),
            "not the next number"
        );
        assert!(
            numbered_heading("5 people died. The storm went on. It rained. More.", 4).is_none()
        );
        assert!(numbered_heading("4 所以我认为这是个很棒的产品。”", 3).is_some());
        assert!(numbered_heading("1. नेशनल्स के बाद कोई वजह नहीं थी।", 0).is_some());
    }

    #[test]
    fn chrome_is_stripped_and_body_kept() {
        let page = "Zum Hauptinhalt springen\n  • Alle Artikel\ncookie_banner_title\n\n\
                    Ein Titel hier\n\nEin Titel hier\n\n2025年07月17日 11:30\n\n\
                    Einleitung: Worum es geht\n\nErster Satz. Zweiter Satz.Techmeme\n\n\n\
                    1 Erster Abschnitt\n\nText hier.\n\n\
                    Referenzartikel\n\nChina investiert\nQuelle: https://example.com/a\n\n\
                    ← Zurück zur Artikelliste\n\n© Copyright x";
        let parsed = parse_page(page).unwrap();
        assert_eq!(parsed.title, "Ein Titel hier");
        assert_eq!(parsed.date.as_deref(), Some("2025年07月17日 11:30"));
        assert_eq!(parsed.blocks.len(), 4);
        assert_eq!(parsed.blocks[1].sources, vec!["Techmeme"]);
        let reference = parsed.reference.unwrap();
        assert_eq!(reference.title.as_deref(), Some("China investiert"));
        assert_eq!(reference.url.as_deref(), Some("https://example.com/a"));
    }
}
