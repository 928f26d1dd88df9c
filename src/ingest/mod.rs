//! Stage 1, ingest: read each edition file, strip the site's chrome, and keep what the article
//! is made of (title, date, headings, paragraphs, bullets, reference block), with the source
//! names glued to paragraph ends split off.

pub mod detect;
pub mod discover;
pub mod html;
pub mod page;
pub mod sources;

use std::collections::BTreeSet;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

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

/// One edition as read from its file: metadata and the article's blocks, chrome removed.
#[derive(Clone, Debug)]
pub struct Page {
    pub path: PathBuf,
    pub lang: Lang,
    pub lang_evidence: LangEvidence,
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

/// Reads a file as UTF-8 text: BOM removed, line ends normalised, NFC. Empty, binary and
/// non-UTF-8 files are errors that name the file.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::input(
            path,
            "the file is empty; save the edition's page text into it",
        ));
    }
    let control = bytes.iter().filter(|&&b| b == 0 || (b < 9)).count();
    if control > 0 {
        return Err(Error::input(
            path,
            "looks binary (it holds NUL or control bytes); give the page saved as text or HTML",
        ));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::input(
            path,
            format!("is not valid UTF-8 ({e}); re-save the page as UTF-8 text"),
        )
    })?;
    Ok(text
        .replace("\r\n", "\n")
        .replace('\r', "\n")
        .nfc()
        .collect())
}

/// Reads one edition file into a [`Page`].
pub fn read_page(path: &Path) -> Result<Page> {
    let raw = read_text(path)?;
    let (text, html_lang) = if html::looks_like_html(&raw) {
        let page = html::html_to_text(&raw);
        (page.text, page.lang.as_deref().and_then(Lang::from_code))
    } else {
        (raw, None)
    };
    let parsed = page::parse_page(&text).ok_or_else(|| {
        Error::input(
            path,
            "no article body found (no title and paragraphs after the chrome)",
        )
    })?;
    let lines: Vec<&str> = text.lines().collect();
    let body_text: String = parsed
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let (lang, lang_evidence) = if let Some(l) = discover::lang_from_file_name(path) {
        (l, LangEvidence::FileName)
    } else if let Some(l) = html_lang {
        (l, LangEvidence::HtmlLang)
    } else if let Some(l) = detect::lang_from_language_list(&lines) {
        (l, LangEvidence::LanguageList)
    } else if let Some(l) = detect::lang_from_text(&body_text) {
        (l, LangEvidence::Text)
    } else {
        return Err(Error::input(
            path,
            "cannot tell the edition's language; name the file after it (de.txt, article.ja.txt)",
        ));
    };
    Ok(Page {
        path: path.to_path_buf(),
        lang,
        lang_evidence,
        title: parsed.title,
        date: parsed.date,
        blocks: parsed.blocks,
        reference: parsed.reference,
    })
}

/// Reads all edition files of one article. Fails when fewer than two editions remain or when
/// two files claim the same language (the error names both).
pub fn read_article(files: &ArticleFiles) -> Result<Article> {
    let mut pages: Vec<Page> = Vec::new();
    let mut notes = Vec::new();
    for path in &files.files {
        let page = read_page(path)?;
        if let Some(other) = pages.iter().find(|p| p.lang == page.lang) {
            return Err(Error::input(
                path,
                format!(
                    "is a second {} edition besides {}; keep one file per language",
                    page.lang,
                    other.path.display()
                ),
            ));
        }
        if page.lang_evidence == LangEvidence::FileName
            && let Some(text_lang) = detect::lang_from_text(&first_blocks_text(&page))
            && text_lang != page.lang
            && !(text_lang.script() == crate::lang::Script::Latin
                && page.lang.script() == crate::lang::Script::Latin)
        {
            notes.push(format!(
                "{}: the file name says {}, but the text reads as {}",
                path.display(),
                page.lang,
                text_lang
            ));
        }
        pages.push(page);
    }
    if pages.len() < 2 {
        return Err(Error::input(
            &files.dir,
            format!(
                "holds {} edition(s); an article needs at least two editions to align",
                pages.len()
            ),
        ));
    }
    pages.sort_by_key(|p| p.lang);
    harmonize_sources(&mut pages);
    Ok(Article {
        name: files.name.clone(),
        pages,
        notes,
    })
}

fn first_blocks_text(page: &Page) -> String {
    page.blocks
        .iter()
        .take(12)
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
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
