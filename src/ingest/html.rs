//! HTML pages: the page is parsed with a real HTML parser (html5ever through `scraper`) and
//! turned into the line layout of a saved page's text, so that one page reader serves both.
//!
//! Scripts, styles, navigation, header, footer and forms are dropped. Headings, paragraphs and
//! list items become lines of their own (list items as `  • ` bullets). The article element (or
//! `main`, or the body) is the part kept.

use scraper::{ElementRef, Html, Node, Selector};

/// Elements whose content is never article text.
const DROPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "form", "button", "svg",
    "iframe", "aside", "select", "head",
];

/// Elements that start a line of their own.
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "time",
    "tr",
    "td",
    "th",
    "dd",
    "dt",
    "figcaption",
    "br",
    "hr",
];

/// An HTML page as lines of text, with what its markup declares.
#[derive(Debug, Default)]
pub struct HtmlText {
    /// The page as a saved page's text: one block a line, blank lines between blocks.
    pub text: String,
    /// The `lang` attribute of `<html>`, if any.
    pub lang: Option<String>,
    /// The document's `<title>`.
    pub title: Option<String>,
    /// The page's own address: `<link rel="canonical">` or `<meta property="og:url">`.
    pub url: Option<String>,
}

/// Whether text looks like an HTML document rather than page text (decided by content).
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.contains("<body")
        || head.contains("<head")
}

/// Converts an HTML page to page text.
pub fn html_to_text(html: &str) -> HtmlText {
    let doc = Html::parse_document(html);
    let root = doc.root_element();
    let lang = root.value().attr("lang").map(str::to_string);
    let title = Selector::parse("title")
        .ok()
        .and_then(|sel| doc.select(&sel).next())
        .map(|t| collapse(&t.text().collect::<String>()));
    let url = [
        ("link[rel=canonical]", "href"),
        ("meta[property=\"og:url\"]", "content"),
    ]
    .iter()
    .filter_map(|(css, attr)| {
        let sel = Selector::parse(css).ok()?;
        doc.select(&sel)
            .next()?
            .value()
            .attr(attr)
            .map(str::to_string)
    })
    .next();
    let body = ["article", "main"]
        .iter()
        .filter_map(|name| Selector::parse(name).ok())
        .find_map(|sel| doc.select(&sel).next())
        .or_else(|| densest_block(&doc))
        .unwrap_or(root);
    let mut lines = Vec::new();
    let mut current = String::new();
    walk(body, &mut lines, &mut current);
    flush(&mut lines, &mut current, "");
    HtmlText {
        text: lines.join("\n\n"),
        lang,
        title,
        url,
    }
}

/// Without an `article` or `main` element, the element whose own paragraphs and headings hold
/// the most text: the article's container rather than the page's.
fn densest_block(doc: &Html) -> Option<ElementRef<'_>> {
    let containers = Selector::parse("div, section, td, body").ok()?;
    let text_blocks = Selector::parse("p, h1, h2, h3, li").ok()?;
    doc.select(&containers)
        .map(|el| {
            let text: usize = el
                .select(&text_blocks)
                .map(|p| p.text().map(|t| t.trim().chars().count()).sum::<usize>())
                .sum();
            (text, el)
        })
        .filter(|(text, _)| *text > 0)
        // The deepest container with most of the text: a parent that only adds chrome around
        // it loses to it (document order puts parents before their children).
        .fold(
            None,
            |best: Option<(usize, usize, ElementRef)>, (text, el)| match best {
                Some((max, _, _)) if text * 10 < max * DENSEST_SHARE => best,
                Some((max, _, _)) => Some((max.max(text), text, el)),
                None => Some((text, text, el)),
            },
        )
        .map(|(_, _, el)| el)
}

/// A container keeps the article when it holds at least this many tenths of the page's text.
const DENSEST_SHARE: usize = 6;

fn walk(element: ElementRef, lines: &mut Vec<String>, current: &mut String) {
    let name = element.value().name();
    if DROPPED.contains(&name) {
        return;
    }
    let block = BLOCKS.contains(&name);
    if block {
        flush(lines, current, "");
    }
    if name == "li" {
        current.push_str("• ");
    }
    for child in element.children() {
        match child.value() {
            Node::Text(text) => current.push_str(text),
            Node::Element(_) => {
                if let Some(el) = ElementRef::wrap(child) {
                    walk(el, lines, current);
                }
            }
            _ => {}
        }
    }
    if block {
        let indent = if name == "li" { "  " } else { "" };
        flush(lines, current, indent);
    }
}

fn flush(lines: &mut Vec<String>, current: &mut String, indent: &str) {
    let text = collapse(current);
    if !text.is_empty() && text != "•" {
        lines.push(format!("{indent}{text}"));
    }
    current.clear();
}

/// Collapses runs of whitespace (including newlines inside a paragraph) to single spaces.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_blocks_become_lines() {
        let html = "<!DOCTYPE html><html lang=\"de\"><head><title>T | site</title><style>p{}</style></head>\
            <body><nav><li>Menü</li></nav><main><article><h1>Der Titel</h1><p class=\"title\">Der Titel</p>\
            <time>2025年07月17日 11:30</time><h2>1 Erster Abschnitt</h2><p>Ein Satz.\n Noch einer.</p>\
            <ul><li>Punkt eins</li></ul><script>var x;</script></article><a href=\"/\">← Zurück</a></main>\
            <footer>© Copyright</footer></body></html>";
        let page = html_to_text(html);
        assert_eq!(page.lang.as_deref(), Some("de"));
        assert_eq!(page.title.as_deref(), Some("T | site"));
        let lines: Vec<&str> = page.text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines,
            vec![
                "Der Titel",
                "Der Titel",
                "2025年07月17日 11:30",
                "1 Erster Abschnitt",
                "Ein Satz. Noch einer.",
                "  • Punkt eins"
            ]
        );
    }

    #[test]
    fn without_article_the_densest_block_is_kept() {
        let html = "<html><body><div class=\"menu\"><p>Alle Artikel</p><p>Anmelden</p></div>\
            <div class=\"content\"><h1>Der Titel</h1><p>Ein langer erster Absatz mit vielen Worten darin.</p>\
            <p>Ein zweiter Absatz, ebenso lang wie der erste und voller Worte.</p></div>\
            <div class=\"foot\"><p>Kontakt</p></div></body></html>";
        let page = html_to_text(html);
        assert!(page.text.starts_with("Der Titel"), "{}", page.text);
        assert!(!page.text.contains("Kontakt") && !page.text.contains("Anmelden"));
    }

    #[test]
    fn html_is_told_by_content() {
        assert!(looks_like_html("<!DOCTYPE html>\n<html>"));
        assert!(looks_like_html("  <html lang=\"ja\">"));
        assert!(!looks_like_html("Zum Hauptinhalt springen\nukiyo journal"));
    }
}
