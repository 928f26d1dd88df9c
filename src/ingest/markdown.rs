//! Markdown editions: headings, lists and inline markup turned into the line layout of a saved
//! page's text. The first heading is the title; later headings are section headings, numbered
//! in order when the Markdown does not number them.

use crate::lang::TABLE;

/// Whether text reads as Markdown: headings marked with `#`, or emphasis and links in Markdown
/// syntax on several lines.
pub fn looks_like_markdown(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(str::trim_start).collect();
    let headings = lines.iter().filter(|l| heading_level(l).is_some()).count();
    let inline = lines
        .iter()
        .filter(|l| l.contains("](") || l.starts_with("**") || l.starts_with("> "))
        .count();
    headings >= 2 || (headings >= 1 && inline >= 1)
}

fn heading_level(line: &str) -> Option<usize> {
    let level = line.chars().take_while(|&c| c == '#').count();
    ((1..=6).contains(&level) && line[level..].starts_with(' ')).then_some(level)
}

/// Converts Markdown to page text.
pub fn markdown_to_text(text: &str) -> String {
    let mut out = Vec::new();
    let mut seen_title = false;
    let mut section = 0u32;
    for line in text.lines() {
        let trimmed = line.trim();
        if let Some(level) = heading_level(trimmed) {
            let heading = inline(trimmed[level..].trim());
            if !seen_title {
                seen_title = true;
                out.push(heading);
            } else {
                out.push(section_heading(&heading, &mut section));
            }
        } else if let Some(item) = list_item(trimmed) {
            out.push(format!("  • {}", inline(item)));
        } else {
            out.push(inline(trimmed.trim_start_matches('>').trim()));
        }
    }
    out.join("\n")
}

/// A section heading line: kept as it is when numbered (`1. Title`) or labelled
/// (`Einleitung: ...`), numbered in order otherwise.
fn section_heading(heading: &str, section: &mut u32) -> String {
    let digits: String = heading.chars().take_while(char::is_ascii_digit).collect();
    if let Ok(n) = digits.parse::<u32>() {
        *section = n;
        return heading.to_string();
    }
    let label = heading.split([':', '：']).next().unwrap_or("").trim();
    let labelled = TABLE
        .iter()
        .any(|row| row.intro_words.contains(&label) || row.conclusion_words.contains(&label));
    if labelled {
        return heading.to_string();
    }
    *section += 1;
    format!("{section} {heading}")
}

/// The text of a list item (`- x`, `* x`, `1. x`).
fn list_item(line: &str) -> Option<&str> {
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return Some(rest);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 3 {
        return line[digits..].strip_prefix(". ");
    }
    None
}

/// Inline markup removed: emphasis, code, links (their text kept), images (dropped).
fn inline(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let image = open > 0 && rest[..open].ends_with('!');
        let Some(close) = rest[open..].find("](").map(|i| open + i) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|i| close + i) else {
            break;
        };
        out.push_str(&rest[..if image { open - 1 } else { open }]);
        if !image {
            out.push_str(&rest[open + 1..close]);
        }
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out.replace("**", "").replace("__", "").replace('`', "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_page_lines() {
        let md = "# Der Titel\n\n## Einleitung: Worum es geht\n\nEin **fetter** Satz mit [Link](https://x.y).\n\n\
                  ## Der Fonds\n\n- Punkt eins\n- Punkt zwei\n\n## 3. Drittens\n\nText.";
        assert!(looks_like_markdown(md));
        let text = markdown_to_text(md);
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            vec![
                "Der Titel",
                "Einleitung: Worum es geht",
                "Ein fetter Satz mit Link.",
                "1 Der Fonds",
                "  • Punkt eins",
                "  • Punkt zwei",
                "3. Drittens",
                "Text."
            ]
        );
    }

    #[test]
    fn page_text_is_not_markdown() {
        assert!(!looks_like_markdown(
            "Zum Hauptinhalt springen\n  • Alle Artikel\n1 Der Fonds"
        ));
    }
}
