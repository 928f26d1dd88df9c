//! `concord inspect`: show what concord reads in edition files, before aligning anything.
//!
//! Usage: concord inspect FILE... [--sentences]
//!
//! Examples:
//!   concord inspect corpora/ai-china-investment/de.txt
//!   concord inspect page1.html --sentences

use std::path::PathBuf;

use clap::Args;

use concord::error::{Error, Result};
use concord::ingest::{self, Page, PageKind, PageShape};
use concord::segment::{self, Edition, Role};

/// Help text shown after the options.
pub const EXAMPLES: &str = "\
Examples:
  concord inspect corpora/ai-china-investment/de.txt
      Encoding, language and why, page shape, title, date, sections and sources.
  concord inspect page1.html --sentences
      The same, then every sentence with its id (S.N; S.0 is the heading).

Exit codes: 0 every file read, 1 a file could not be read (the others are still shown), 2 usage.";

/// Arguments of `concord inspect`.
#[derive(Args, Debug)]
pub struct InspectArgs {
    /// Edition files: saved page text, HTML or Markdown, in any common encoding.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// List every sentence with its id and sources.
    #[arg(long)]
    pub sentences: bool,
}

/// Runs `concord inspect`.
pub fn run(args: &InspectArgs) -> Result<()> {
    let mut failed = Vec::new();
    for (i, path) in args.files.iter().enumerate() {
        if i > 0 {
            println!();
        }
        match ingest::read_page(path) {
            Ok(page) => print!("{}", describe(&page, args.sentences)),
            Err(e) => {
                eprintln!("concord: {e}");
                failed.push(path.display().to_string());
            }
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(Error::Input(format!(
            "could not read {}",
            failed.join(", ")
        )))
    }
}

fn kind_name(kind: PageKind) -> &'static str {
    match kind {
        PageKind::Text => "page text",
        PageKind::Html => "HTML",
        PageKind::Markdown => "Markdown",
    }
}

fn shape_name(shape: PageShape) -> &'static str {
    match shape {
        PageShape::FullChrome => "full page (site chrome, doubled title)",
        PageShape::ContentOnly => "content only (starts at the doubled title)",
        PageShape::Plain => "plain (title line and paragraphs)",
    }
}

/// What `inspect` prints for one page.
pub fn describe(page: &Page, sentences: bool) -> String {
    let edition = segment::segment(page);
    let mut out = format!("{}\n", page.path.display());
    let field = |out: &mut String, name: &str, value: &str| {
        out.push_str(&format!("  {name:<10} {value}\n"));
    };
    field(
        &mut out,
        "encoding",
        &format!("{} ({})", page.encoding, page.encoding_evidence.describe()),
    );
    field(
        &mut out,
        "kind",
        &format!("{}, {}", kind_name(page.kind), shape_name(page.shape)),
    );
    field(
        &mut out,
        "language",
        &format!("{} (from {})", page.lang, page.lang_evidence.describe()),
    );
    field(&mut out, "title", &page.title);
    field(&mut out, "date", page.date.as_deref().unwrap_or("-"));
    field(&mut out, "url", page.url.as_deref().unwrap_or("-"));
    if let Some(reference) = &page.reference {
        let title = reference.title.as_deref().unwrap_or("-");
        let url = reference.url.as_deref().unwrap_or("-");
        field(&mut out, "reference", &format!("{title} <{url}>"));
    }
    field(&mut out, "sources", &sources(&edition).join(", "));
    for note in &page.notes {
        field(&mut out, "note", note);
    }
    out.push_str(&sections(&edition));
    if sentences {
        for s in &edition.sentences {
            let sources = if s.sources.is_empty() {
                String::new()
            } else {
                format!("  [{}]", s.sources.join("; "))
            };
            out.push_str(&format!("    {:<14} {}{}\n", s.id, s.text, sources));
        }
    }
    out
}

/// Source names in first-seen order (the reference URL is not one).
fn sources(edition: &Edition) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for s in edition
        .sentences
        .iter()
        .filter(|s| s.role != Role::Reference)
    {
        for name in &s.sources {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
    names
}

/// One line per section: its id, sentence count (heading not counted) and heading.
fn sections(edition: &Edition) -> String {
    let mut out = String::from("  sections\n");
    for id in edition.sections() {
        let all: Vec<_> = edition.section(id).collect();
        let heading = all
            .iter()
            .find(|s| matches!(s.role, Role::Heading | Role::Title))
            .map_or("", |s| s.text.as_str());
        let count = all.iter().filter(|s| s.role != Role::Heading).count();
        out.push_str(&format!(
            "    {:<12} {:>3} sentence(s)  {}\n",
            id.to_string(),
            count,
            heading
        ));
    }
    out
}
