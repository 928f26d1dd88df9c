//! concord aligns the language editions of one news article into a parallel corpus and tells
//! whether the editions agree.
//!
//! Data flows one way through five stages, one module each:
//! [`ingest`] (files → pages) → [`segment`] (pages → editions of numbered sentences) →
//! [`align`] (editions → N-way units) → [`score`] (units → findings and scores) →
//! [`output`] (CSV files and the report).

pub mod align;
pub mod error;
pub mod features;
pub mod ingest;
pub mod lang;
pub mod output;
pub mod score;
pub mod segment;

use std::path::PathBuf;

use rayon::prelude::*;

use crate::align::{Alignment, Weights};
use crate::error::{Error, Result};
use crate::ingest::ArticleFiles;
use crate::lang::Lang;
use crate::score::{ArticleScore, Thresholds};

/// What a run may change from the defaults.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Align every edition to this one instead of the first published.
    pub pivot: Option<Lang>,
    pub weights: Weights,
    pub thresholds: Thresholds,
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

/// Runs the whole pipeline on one article's files.
pub fn process_article(files: &ArticleFiles, options: &Options) -> Result<ArticleResult> {
    let article = ingest::read_article(files)?;
    let editions: Vec<segment::Edition> = article.pages.iter().map(segment::segment).collect();
    let pivot = align::choose_pivot(&editions, options.pivot)
        .map_err(|msg| Error::input(&files.dir, msg))?;
    let alignment = align::align(editions, pivot, &options.weights);
    let score = score::score(&alignment, &options.thresholds);
    Ok(ArticleResult {
        name: article.name,
        alignment,
        score,
        notes: article.notes,
    })
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
