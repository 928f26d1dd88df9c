//! concord aligns the language editions of one news article into a parallel corpus and tells
//! whether the editions agree.
//!
//! Data flows one way through five stages, one module each:
//! [`ingest`] (files → pages) → [`segment`] (pages → editions of numbered sentences) →
//! [`align`] (editions → N-way units) → [`score`] (units → findings and scores) →
//! [`output`] (CSV files and the report).

pub mod align;
pub mod concepts;
pub mod error;
pub mod eval;
pub mod features;
pub mod fetch;
pub mod ingest;
pub mod lang;
pub mod output;
pub mod score;
pub mod segment;
pub mod sound;

use std::path::PathBuf;

use rayon::prelude::*;

use crate::align::{Alignment, Examples, Lexicons, Weights};
use crate::error::{Error, Result};
use crate::ingest::ArticleFiles;
use crate::lang::Lang;
use crate::score::{ArticleScore, Thresholds};

/// What a run may change from the defaults.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Align every edition to this one instead of the first published.
    pub pivot: Option<Lang>,
    /// Keep editions that look like pages of another article (they are left out otherwise).
    pub force: bool,
    pub weights: Weights,
    pub thresholds: Thresholds,
    /// Word translations learned across the run's articles (`learn_lexicons`), if any.
    pub lexicons: Option<std::sync::Arc<Lexicons>>,
}

/// One article, aligned and scored.
#[derive(Debug)]
pub struct ArticleResult {
    pub name: String,
    pub alignment: Alignment,
    pub score: ArticleScore,
    /// Warnings about this article's files.
    pub notes: Vec<String>,
}

/// Runs the whole pipeline on one article's files. Editions that look like pages of another
/// article (a date days away, another address, or almost nothing aligned) are left out with a
/// note, unless `options.force`.
pub fn process_article(files: &ArticleFiles, options: &Options) -> Result<ArticleResult> {
    process(ingest::read_article(files)?, &files.dir, options)
}

/// Runs the pipeline on an article given as texts in memory: (language code, page text).
pub fn process_texts(
    name: &str,
    editions: &[(String, String)],
    options: &Options,
) -> Result<ArticleResult> {
    process(
        ingest::article_from_texts(name, editions)?,
        std::path::Path::new(name),
        options,
    )
}

fn process(
    article: ingest::Article,
    dir: &std::path::Path,
    options: &Options,
) -> Result<ArticleResult> {
    let mut notes = article.notes;
    let mut pages = article.pages;
    drop_other_articles(&mut pages, options.force, &mut notes);
    let mut alignment = align_pages(&pages, dir, options)?;
    let strays = score::stray_editions(&alignment);
    if !strays.is_empty() {
        let strays: Vec<(usize, String)> = strays
            .into_iter()
            .map(|(k, why)| {
                let lang = alignment.inputs[k].edition.lang;
                (pages.iter().position(|p| p.lang == lang).unwrap_or(k), why)
            })
            .collect();
        drop_editions(&mut pages, &strays, options.force, &mut notes);
        if !options.force {
            alignment = align_pages(&pages, dir, options)?;
        }
    }
    let score = score::score(&alignment, &options.thresholds);
    Ok(ArticleResult {
        name: article.name,
        alignment,
        score,
        notes,
    })
}

/// Leaves out (or, forced, only warns about) the pages that look like pages of another
/// article by their dates and addresses (`ingest::other_article_pages`).
fn drop_other_articles(pages: &mut Vec<ingest::Page>, force: bool, notes: &mut Vec<String>) {
    let others = ingest::other_article_pages(pages);
    drop_editions(pages, &others, force, notes);
}

/// Leaves out (or, forced, only warns about) editions that look like another article.
fn drop_editions(
    pages: &mut Vec<ingest::Page>,
    flagged: &[(usize, String)],
    force: bool,
    notes: &mut Vec<String>,
) {
    for (k, why) in flagged {
        let path = pages[*k].path.display();
        if force {
            notes.push(format!(
                "{path}: looks like a page of another article ({why}); kept (--force)"
            ));
        } else {
            notes.push(format!("{path}: looks like a page of another article ({why}); left out (use --force to keep it)"));
        }
    }
    if !force {
        let drop: Vec<usize> = flagged.iter().map(|f| f.0).collect();
        let mut k = 0;
        pages.retain(|_| {
            k += 1;
            !drop.contains(&(k - 1))
        });
    }
}

/// Segments the pages of an article and chooses the pivot edition.
fn segment_pages(
    pages: &[ingest::Page],
    dir: &std::path::Path,
    options: &Options,
) -> Result<(Vec<segment::Edition>, usize)> {
    if pages.len() < 2 {
        return Err(Error::input(
            dir,
            "fewer than two editions of one article remain; an article needs at least two",
        ));
    }
    let editions: Vec<segment::Edition> = pages.iter().map(segment::segment).collect();
    let pivot =
        align::choose_pivot(&editions, options.pivot).map_err(|msg| Error::input(dir, msg))?;
    Ok((editions, pivot))
}

/// Segments and aligns the pages of an article.
fn align_pages(
    pages: &[ingest::Page],
    dir: &std::path::Path,
    options: &Options,
) -> Result<Alignment> {
    let (editions, pivot) = segment_pages(pages, dir, options)?;
    Ok(align::align(
        editions,
        pivot,
        &options.weights,
        options.lexicons.as_deref(),
    ))
}

/// Articles a run learns its lexicons from, at most (`learn_lexicons`): a lexicon learns from
/// 4,000 sentence pairs a language pair at most (`align::lexicon`), which two hundred news
/// articles give.
pub const LEXICON_SAMPLE: usize = 200;

/// Learns word translations per language pair from the first pass of `articles` (the first
/// `LEXICON_SAMPLE`), so that every article of a run aligns with what the others taught.
/// Articles that fail to read are left to the run proper to report. Empty for one article.
pub fn learn_lexicons(articles: &[ArticleFiles], options: &Options) -> Lexicons {
    if articles.len() < 2 {
        return Lexicons::default();
    }
    let examples = articles
        .par_iter()
        .take(LEXICON_SAMPLE)
        .filter_map(|files| {
            let mut pages = ingest::read_article(files).ok()?.pages;
            drop_other_articles(&mut pages, options.force, &mut Vec::new());
            let (editions, pivot) = segment_pages(&pages, &files.dir, options).ok()?;
            Some(Examples::of_article(editions, pivot, &options.weights))
        })
        .reduce(Examples::default, Examples::join);
    Lexicons::learn(&examples)
}

/// Everything a run produced: the articles in name order and the notes for the user.
#[derive(Debug)]
pub struct Run {
    pub results: Vec<ArticleResult>,
    pub notes: Vec<String>,
}

/// Finds the articles under `paths` and processes them in parallel. Any bad article stops the
/// run with an error naming its file, before anything is written.
pub fn run(paths: &[PathBuf], options: &Options) -> Result<Run> {
    let discovery = ingest::discover(paths)?;
    let mut options = options.clone();
    if options.lexicons.is_none() {
        let lexicons = learn_lexicons(&discovery.articles, &options);
        options.lexicons = Some(std::sync::Arc::new(lexicons));
    }
    let options = &options;
    let mut results: Vec<ArticleResult> = discovery
        .articles
        .par_iter()
        .map(|files| process_article(files, options))
        .collect::<Result<Vec<_>>>()?;
    results.sort_by(|a, b| a.name.cmp(&b.name));
    let mut notes = discovery.notes;
    for r in &mut results {
        notes.append(&mut r.notes);
    }
    Ok(Run { results, notes })
}
