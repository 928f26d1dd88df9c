//! Stage 1, ingest: read each edition file, strip the site's chrome, and keep what the article
//! is made of (title, date, headings, paragraphs, bullets, reference block), with the source
//! names glued to paragraph ends split off.

pub mod decode;
pub mod detect;
pub mod discover;
pub mod html;
pub mod markdown;
pub mod page;
pub mod sources;

use std::collections::BTreeSet;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::error::{Error, Result};
use crate::lang::Lang;
pub use detect::LangEvidence;
pub use discover::{ArticleFiles, Discovery, discover};

/// A section of an article, as the site numbers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SectionId {
    /// The article's title.
    Title,
    /// Text before the first numbered section (the site heads it `Einleitung: ...`).
    Intro,
    /// A numbered section `1`..`N`.
    Numbered(u32),
    /// The closing section (`Schlussfolgerung: ...`).
    Conclusion,
    /// The reference block: the referenced article's title.
    Refs,
}

impl fmt::Display for SectionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SectionId::Title => f.write_str("title"),
            SectionId::Intro => f.write_str("intro"),
            SectionId::Numbered(n) => write!(f, "{n}"),
            SectionId::Conclusion => f.write_str("conclusion"),
            SectionId::Refs => f.write_str("refs"),
        }
    }
}

/// What a block of body text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A section heading; its text is the heading without label or number.
    Heading(SectionId),
    /// A paragraph: one line of the saved page.
    Paragraph,
    /// A list item; a sentence of its own (or several).
    Bullet,
}

/// One heading, paragraph or list item of the body.
#[derive(Clone, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
    /// Source names that were glued to the end of the block (`Techmeme`).
    pub sources: Vec<String>,
}

/// The reference block: the article the edition is based on.
#[derive(Clone, Debug, Default)]
pub struct Reference {
    pub title: Option<String>,
    pub url: Option<String>,
}

/// What kind of document a file holds, decided by its content, not its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageKind {
    /// A saved page's text (or plain text).
    Text,
    Html,
    Markdown,
}

/// The site's page shapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageShape {
    /// The whole page: chrome, then the doubled title.
    FullChrome,
    /// A copy of the content only: it starts at the doubled title.
    ContentOnly,
    /// A title line and paragraphs, without the doubled title.
    Plain,
}

/// One edition as read from its file: metadata and the article's blocks, chrome removed.
#[derive(Clone, Debug)]
pub struct Page {
    pub path: PathBuf,
    pub lang: Lang,
    pub lang_evidence: LangEvidence,
    /// The encoding the file was read in (`UTF-8`, `Shift_JIS`) and how it was decided.
    pub encoding: &'static str,
    pub encoding_evidence: decode::EncodingEvidence,
    pub kind: PageKind,
    pub shape: PageShape,
    /// The page's own address, if it carries one (canonical link, address line).
    pub url: Option<String>,
    /// Warnings about this page (conflicting language evidence, a detected encoding).
    pub notes: Vec<String>,
    pub title: String,
    /// Publication date and time in the site's form (`2025年07月17日 11:30`), if printed.
    pub date: Option<String>,
    pub blocks: Vec<Block>,
    pub reference: Option<Reference>,
}

/// The editions of one article, read and checked.
#[derive(Debug)]
pub struct Article {
    pub name: String,
    pub pages: Vec<Page>,
    /// Warnings for the user (skipped files, conflicts); never fatal.
    pub notes: Vec<String>,
}

/// Text as concord keeps it: `\n` line ends, Unicode NFC.
fn normalize(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => text,
        _ => text.nfc().collect(),
    }
}

/// Reads one edition file into a [`Page`].
pub fn read_page(path: &Path) -> Result<Page> {
    let bytes = fs::read(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))?;
    page_from_bytes(&bytes, path)
}

/// Reads an edition from its bytes; `path` names it in messages and may carry its language.
/// Never panics, whatever the bytes.
pub fn page_from_bytes(bytes: &[u8], path: &Path) -> Result<Page> {
    let decoded = decode::decode(bytes).map_err(|e| Error::input(path, e))?;
    let raw = normalize(&decoded.text);
    let (kind, text, html_meta) = if html::looks_like_html(&raw) {
        let page = html::html_to_text(&raw);
        let meta = (page.lang, page.url);
        (PageKind::Html, page.text, Some(meta))
    } else if markdown::looks_like_markdown(&decoded.text) {
        (
            PageKind::Markdown,
            markdown::markdown_to_text(&decoded.text),
            None,
        )
    } else {
        (PageKind::Text, decoded.text.clone(), None)
    };
    let parsed = page::parse_page(&text).ok_or_else(|| {
        Error::input(
            path,
            "no article found (no title and paragraphs after the chrome)",
        )
    })?;
    let (html_lang, html_url) = html_meta.unwrap_or((None, None));
    let url = html_url.or_else(|| parsed.url.clone());
    let lines: Vec<&str> = text.lines().collect();
    let body: String = parsed
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let evidence = detect::Evidence {
        file_name: discover::lang_from_file_name(path),
        url: url.as_deref().and_then(detect::lang_from_url),
        html_lang: html_lang.as_deref().and_then(Lang::from_code),
        language_list: detect::lang_from_language_list(&lines),
        text: detect::lang_from_text(&body),
    };
    let Some((lang, lang_evidence)) = evidence.decide() else {
        return Err(Error::input(
            path,
            "cannot tell the edition's language; name the file after it (de.txt, article.ja.txt)",
        ));
    };
    let mut notes: Vec<String> = evidence
        .conflicts(lang)
        .into_iter()
        .map(|c| format!("{}: {c}", path.display()))
        .collect();
    if decoded.evidence != decode::EncodingEvidence::Utf8 {
        notes.push(format!(
            "{}: read as {} ({})",
            path.display(),
            decoded.encoding,
            decoded.evidence.describe()
        ));
    }
    Ok(Page {
        path: path.to_path_buf(),
        lang,
        lang_evidence,
        encoding: decoded.encoding,
        encoding_evidence: decoded.evidence,
        kind,
        shape: parsed.shape,
        url,
        notes,
        title: parsed.title,
        date: parsed.date,
        blocks: parsed.blocks,
        reference: parsed.reference,
    })
}

/// Reads all edition files of one article. Fails when fewer than two editions remain or when
/// two files claim the same language (the error names both).
pub fn read_article(files: &ArticleFiles) -> Result<Article> {
    let pages = files
        .files
        .iter()
        .map(|path| read_page(path))
        .collect::<Result<Vec<Page>>>()?;
    assemble(files.name.clone(), &files.dir, pages)
}

/// Reads an article given as texts in memory (`concord align --jsonl`): each edition's text
/// with its language code, as the page text, HTML or Markdown the files would hold.
pub fn article_from_texts(name: &str, editions: &[(String, String)]) -> Result<Article> {
    let dir = Path::new(name);
    let mut pages = Vec::new();
    for (code, text) in editions {
        let lang = Lang::from_code(code).ok_or_else(|| {
            Error::input(
                dir,
                format!("unknown language `{code}`; use ja en zh es fr ko de th hi"),
            )
        })?;
        pages.push(page_from_bytes(
            text.as_bytes(),
            &dir.join(format!("{lang}.txt")),
        )?);
    }
    assemble(name.to_string(), dir, pages)
}

/// Checks and orders the pages of one article: one page per language, at least two.
fn assemble(name: String, dir: &Path, pages: Vec<Page>) -> Result<Article> {
    let mut kept: Vec<Page> = Vec::new();
    let mut notes = Vec::new();
    for page in pages {
        if let Some(other) = kept.iter().find(|p| p.lang == page.lang) {
            return Err(Error::input(
                &page.path,
                format!(
                    "is a second {} edition besides {}; keep one file per language",
                    page.lang,
                    other.path.display()
                ),
            ));
        }
        notes.extend(page.notes.iter().cloned());
        kept.push(page);
    }
    if kept.len() < 2 {
        return Err(Error::input(
            dir,
            format!(
                "holds {} edition(s); an article needs at least two editions to align",
                kept.len()
            ),
        ));
    }
    kept.sort_by_key(|p| p.lang);
    harmonize_sources(&mut kept);
    Ok(Article {
        name,
        pages: kept,
        notes,
    })
}

/// The site glues the same source names in every edition. A name found glued in one edition is
/// split off wherever another edition still ends a block with it (Thai sentences that end in a
/// Latin word hide the seam: `...ชนะ RockiesReuters`).
pub fn harmonize_sources(pages: &mut [Page]) {
    let known: BTreeSet<String> = pages
        .iter()
        .flat_map(|p| p.blocks.iter().flat_map(|b| b.sources.iter().cloned()))
        .collect();
    for page in pages.iter_mut() {
        for block in page
            .blocks
            .iter_mut()
            .filter(|b| b.kind != BlockKind::Heading(SectionId::Title))
        {
            if !block.sources.is_empty() || matches!(block.kind, BlockKind::Heading(_)) {
                continue;
            }
            for name in &known {
                if let Some(rest) = sources::strip_known_source(&block.text, name) {
                    block.text = rest;
                    block.sources.push(name.clone());
                    break;
                }
            }
        }
    }
}

/// Days since year 0 of a site date (`2025年07月17日 ...`), close enough to compare dates.
fn day_number(date: &str) -> Option<i64> {
    let digits: Vec<i64> = date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .take(3)
        .map(|s| s.parse().ok())
        .collect::<Option<Vec<i64>>>()?;
    let [y, m, d] = digits[..] else { return None };
    Some(y * 372 + m * 31 + d)
}

/// Editions published further than this many days from the others belong to another article.
const MAX_DAYS_APART: i64 = 3;

/// The last path segment of a page address, without language segments (`/en/article/slug`).
fn slug(url: &str) -> Option<String> {
    let path = url.split_once("://").map_or(url, |(_, r)| r);
    let path = path.split(['?', '#']).next().unwrap_or(path);
    path.split('/')
        .skip(1)
        .filter(|seg| !seg.is_empty() && Lang::from_code(seg).is_none())
        .last()
        .map(str::to_string)
}

/// Editions that look like pages of another article than the others: a publication date days
/// away from the others', or an address whose slug differs from the others'. Each comes with
/// the reason, for the warning.
pub fn other_article_pages(pages: &[Page]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let days: Vec<Option<i64>> = pages
        .iter()
        .map(|p| p.date.as_deref().and_then(day_number))
        .collect();
    let mut known: Vec<i64> = days.iter().flatten().copied().collect();
    known.sort();
    if known.len() >= 3 {
        let median = known[known.len() / 2];
        for (k, day) in days.iter().enumerate() {
            if let Some(day) = day
                && (day - median).abs() > MAX_DAYS_APART
            {
                let date = pages[k].date.clone().unwrap_or_default();
                out.push((
                    k,
                    format!("published {date}, days away from the other editions"),
                ));
            }
        }
    }
    let slugs: Vec<Option<String>> = pages
        .iter()
        .map(|p| p.url.as_deref().and_then(slug))
        .collect();
    let present: Vec<&String> = slugs.iter().flatten().collect();
    if present.len() >= 3 {
        let majority = present
            .iter()
            .max_by_key(|s| present.iter().filter(|t| t == s).count())
            .map(|s| s.to_string());
        for (k, slug) in slugs.iter().enumerate() {
            if let (Some(slug), Some(majority)) = (slug, &majority)
                && slug != majority
                && !out.iter().any(|o| o.0 == k)
            {
                out.push((
                    k,
                    format!("its address names `{slug}`, the others `{majority}`"),
                ));
            }
        }
    }
    out
}
