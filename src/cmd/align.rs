//! `concord align`: align the editions of one article (or of many) into a parallel corpus and
//! report whether they agree.
//!
//! Usage: concord align PATH... [--out DIR] [--pivot LANG] [--force]
//!
//! Examples:
//!   concord align corpora/ai-china-investment
//!   concord align corpora/ai-china-investment --out results --pivot en
//!   concord align site-dump/            # a folder of article folders: one corpus

use std::path::PathBuf;

use clap::Args;

use concord::error::Result;
use concord::lang::Lang;
use std::io::IsTerminal;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use concord::error::Error;
use concord::ingest;
use concord::output::export::Filter;
use concord::output::report;
use concord::output::{Exports, Format, Writer};
use concord::{ArticleResult, Options, output};

/// Help text shown after the options.
pub const EXAMPLES: &str = "\
Examples:
  concord align corpora/ai-china-investment
      Align the bundled article; write out/corpus.csv, sentences.csv, sections.csv, findings.csv,
      notes.csv, agreement.csv.
  concord align corpora/ai-china-investment --out results --pivot en
      Align every edition to the English one instead of the first published.
  concord align site-dump/
      A folder of article folders: every article into one corpus (the `article` column),
      aligned with the word translations learned across them (--isolated: each on its own).
  concord align corpora/ai-china-investment --format csv,tmx,jsonl,moses --pairs ja-en,en-de
      Also corpus.tmx, corpus.jsonl and Moses files per pair.
  concord align site-dump/ --format jsonl --min-confidence 0.8 --one-to-one --drop-findings
      Only confident 1-1 units without findings, for a training set.
  concord align site-dump/ --format moses --pairs en-de --drop-disputed
      Leave out units where aligning an edition to the original alone disagrees with the
      consensus of all editions (the corpus's `disputed` column).
  concord align corpora/ai-china-investment --html report.html
      Also a page for editors: a divergence heatmap and the units with findings highlighted.
  cat articles.jsonl | concord align --jsonl - > units.jsonl
      Articles as JSON lines in ({\"article\": id, \"editions\": {\"de\": text, ...}}), units out:
      the form Spark's rdd.pipe and Hadoop Streaming use.

An article folder holds one file per edition, named by language: ja.txt en.txt de.txt ...
(or article.de.txt). Files that are not editions (gold.json, EXPECTED.md, README) are skipped.
Exit codes: 0 done, 1 bad input or output, 2 usage.";

/// Arguments of `concord align`.
#[derive(Args, Debug)]
pub struct AlignArgs {
    /// Article folders (one file per edition), or folders of article folders.
    #[arg(required_unless_present = "jsonl", value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Read articles as JSON lines from FILE (`-`: standard input), one
    /// `{"article": id, "editions": {"de": text, ...}}` a line, and write the units as JSON lines
    /// to standard output, in input order, so that Spark (`rdd.pipe`), Hadoop Streaming or any
    /// batch scheduler can shard a crawl over machines.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["paths", "out", "format", "html"])]
    pub jsonl: Option<PathBuf>,

    /// Folder to write corpus.csv, sentences.csv, sections.csv, findings.csv, notes.csv and
    /// agreement.csv into.
    #[arg(long, default_value = "out", value_name = "DIR")]
    pub out: PathBuf,

    /// Align every edition to this edition (ja en zh es fr ko de th hi) instead of the one
    /// published first.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub pivot: Option<Lang>,

    /// Output formats, comma-separated: csv (the six CSV files), tmx (corpus.tmx, TMX 1.4b),
    /// jsonl (corpus.jsonl, for Hugging Face datasets), moses (corpus.<a>-<b>.<a>/.<b>).
    #[arg(long, default_value = "csv", value_name = "LIST", value_parser = parse_formats)]
    pub format: Vec<Vec<Format>>,

    /// Language pairs of the Moses files, comma-separated (default: the pivot with each other
    /// edition).
    #[arg(long, value_name = "PAIRS", value_parser = parse_pairs)]
    pub pairs: Option<Vec<Vec<(Lang, Lang)>>>,

    /// Exports (tmx, jsonl, moses) keep only units at least this confident.
    #[arg(long, default_value_t = 0.0, value_name = "X")]
    pub min_confidence: f64,

    /// Exports keep only units where every edition has exactly one sentence.
    #[arg(long)]
    pub one_to_one: bool,

    /// Exports leave out units with a finding in any edition.
    #[arg(long)]
    pub drop_findings: bool,

    /// Exports leave out units where aligning an edition to the original alone places its
    /// sentence elsewhere (the corpus's `disputed` column is not empty).
    #[arg(long)]
    pub drop_disputed: bool,

    /// Also write one self-contained HTML page: a heatmap of divergence (sections by editions)
    /// and the units side by side with findings highlighted, filterable by language and kind.
    /// Meant for a few articles: it holds them in memory.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,

    /// Stop at the first article that fails (by default a failed article of a corpus is listed
    /// in errors.csv and skipped).
    #[arg(long)]
    pub fail_fast: bool,

    /// Worker threads (default: one per core). The output is the same whatever the number.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,

    /// Keep editions that look like pages of another article (by default they are left out
    /// with a warning).
    #[arg(long)]
    pub force: bool,

    /// Align each article on its own. By default, with two articles or more, concord first
    /// learns which words translate each other from the first 200 articles and aligns every
    /// article with that: better alignments and findings, but an article's rows then depend a
    /// little on the others of the run.
    #[arg(long)]
    pub isolated: bool,

    /// Print only the summary line, not the section table and findings.
    #[arg(long, short)]
    pub quiet: bool,

    /// Aligner weights for tuning runs, as name=value,... (see `Weights` in src/align/pair.rs).
    #[arg(long, hide = true, value_name = "SPEC")]
    pub weights: Option<String>,
}

/// Parses `--format csv,tmx,...`.
fn parse_formats(s: &str) -> std::result::Result<Vec<Format>, String> {
    s.split(',')
        .map(|f| match f.trim() {
            "csv" => Ok(Format::Csv),
            "tmx" => Ok(Format::Tmx),
            "jsonl" => Ok(Format::Jsonl),
            "moses" => Ok(Format::Moses),
            other => Err(format!(
                "unknown format `{other}`; use csv, tmx, jsonl, moses"
            )),
        })
        .collect()
}

/// Parses `--pairs en-de,ja-en`.
fn parse_pairs(s: &str) -> std::result::Result<Vec<(Lang, Lang)>, String> {
    s.split(',')
        .map(|p| {
            let (a, b) = p
                .split_once('-')
                .ok_or_else(|| format!("`{p}` is not a pair such as en-de"))?;
            Ok((parse_lang(a)?, parse_lang(b)?))
        })
        .collect()
}

/// Parses a `--lang` / `--pivot` value (`de`, `zh-CN`, the site's `cn`).
pub fn parse_lang(s: &str) -> std::result::Result<Lang, String> {
    Lang::from_code(s)
        .ok_or_else(|| format!("unknown language `{s}`; use one of ja en zh es fr ko de th hi"))
}

/// Runs `concord align`.
pub fn run(args: &AlignArgs) -> Result<()> {
    let started = Instant::now();
    if let Some(threads) = args.threads {
        // Only fails when a pool exists already, which a single run never builds.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build_global();
    }
    let mut options = Options {
        pivot: args.pivot,
        force: args.force,
        ..Options::default()
    };
    if let Some(spec) = &args.weights {
        options.weights = options.weights.clone().with_overrides(spec);
    }
    if let Some(input) = &args.jsonl {
        return super::stream::run(input, &options, &filter(args));
    }
    let discovery = ingest::discover(&args.paths)?;
    for note in &discovery.notes {
        eprintln!("note: {note}");
    }
    let langs = discovery.langs_hint();
    let mut pairs: Vec<(Lang, Lang)> = args.pairs.iter().flatten().flatten().copied().collect();
    if pairs.is_empty() {
        pairs = output::default_pairs(args.pivot.or(langs.first().copied()), &langs);
    }
    let exports = Exports {
        formats: args.format.iter().flatten().copied().collect(),
        pairs,
        filter: filter(args),
    };
    let total = discovery.articles.len();
    if !args.isolated {
        let lexicons = concord::learn_lexicons(&discovery.articles, &options);
        options.lexicons = Some(std::sync::Arc::new(lexicons));
    }
    // One article: an error is the run's error and nothing is written. Many: a failed article
    // is listed in errors.csv and skipped, unless --fail-fast.
    let fail_fast = args.fail_fast || total == 1;
    let progress = progress_bar(total, args.quiet);
    let mut writer: Option<Writer> = None;
    let mut kept: Vec<ArticleResult> = Vec::new();
    let mut summary = Summary::default();
    for chunk in discovery.articles.chunks(CHUNK) {
        let results: Vec<Result<ArticleResult>> = chunk
            .par_iter()
            .map(|files| concord::process_article(files, &options))
            .collect();
        for (files, result) in chunk.iter().zip(results) {
            progress.inc(1);
            match result {
                Ok(r) => {
                    for note in &r.notes {
                        progress.suspend(|| eprintln!("note: {note}"));
                    }
                    if writer.is_none() {
                        writer = Some(Writer::create(&args.out, langs.clone(), exports.clone())?);
                    }
                    if let Some(w) = writer.as_mut() {
                        w.write(&r)?;
                    }
                    summary.add(&r);
                    if total <= report::FULL_REPORT_MAX || args.html.is_some() {
                        kept.push(r);
                    } else if !args.quiet {
                        summary.lines.push(report::header_line(&r));
                    }
                }
                Err(e) if fail_fast => {
                    progress.finish_and_clear();
                    if let Some(w) = writer.take() {
                        w.abort();
                    }
                    return Err(e);
                }
                Err(e) => {
                    progress.suspend(|| eprintln!("concord: {}: {e}", files.name));
                    if writer.is_none() {
                        writer = Some(Writer::create(&args.out, langs.clone(), exports.clone())?);
                    }
                    if let Some(w) = writer.as_mut() {
                        w.error(&files.name, &e.to_string())?;
                    }
                    summary.failed += 1;
                }
            }
        }
    }
    progress.finish_and_clear();
    let files = match writer {
        Some(w) => w.finish()?,
        None => Vec::new(),
    };
    if let Some(path) = &args.html {
        write_html(path, &kept, &langs)?;
    }
    let kept: &[ArticleResult] = if total <= report::FULL_REPORT_MAX {
        &kept
    } else {
        &[]
    };
    print_report(args, kept, &summary, &files, started);
    if summary.failed > 0 {
        return Err(Error::Input(format!(
            "{} of {total} article(s) failed and were skipped; their reasons are in {}",
            summary.failed,
            args.out.join(output::ERRORS_FILE).display()
        )));
    }
    Ok(())
}

/// Writes the HTML report next to its final name, then moves it there.
fn write_html(path: &std::path::Path, results: &[ArticleResult], langs: &[Lang]) -> Result<()> {
    let page = output::html::page(results, langs);
    let partial = path.with_extension("html.partial");
    std::fs::write(&partial, page).map_err(|e| Error::output(&partial, e))?;
    std::fs::rename(&partial, path).map_err(|e| Error::output(path, e))
}

/// The units exports keep, from the command line.
fn filter(args: &AlignArgs) -> Filter {
    Filter {
        min_confidence: args.min_confidence,
        one_to_one: args.one_to_one,
        drop_findings: args.drop_findings,
        drop_disputed: args.drop_disputed,
    }
}

/// Articles processed in parallel at a time: enough to keep every core busy, few enough to
/// keep memory bounded whatever the size of the site.
pub const CHUNK: usize = 64;

/// What the run adds up to, for the closing line.
#[derive(Default)]
struct Summary {
    articles: usize,
    editions: usize,
    units: usize,
    findings: usize,
    notes: usize,
    failed: usize,
    /// A line per article, for runs too large for the full report.
    lines: Vec<String>,
}

impl Summary {
    fn add(&mut self, r: &ArticleResult) {
        self.articles += 1;
        self.editions += r.alignment.inputs.len();
        self.units += r.alignment.units.len();
        let defects = r
            .score
            .findings
            .iter()
            .filter(|f| f.kind.is_defect())
            .count();
        self.findings += defects;
        self.notes += r.score.findings.len() - defects;
    }
}

/// A progress bar on standard error when it is a terminal (and not `--quiet`).
fn progress_bar(total: usize, quiet: bool) -> ProgressBar {
    if quiet || total < 2 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{bar:40} {pos}/{len} articles, {per_sec}, {eta} left")
    {
        bar.set_style(style);
    }
    bar
}

fn print_report(
    args: &AlignArgs,
    kept: &[ArticleResult],
    summary: &Summary,
    files: &[String],
    started: Instant,
) {
    let mut out = String::new();
    if !args.quiet {
        if kept.is_empty() {
            for line in &summary.lines {
                out.push_str(line);
                out.push('\n');
            }
        } else {
            out.push_str(&report::render(kept, std::io::stdout().is_terminal()));
        }
    }
    let failed = if summary.failed > 0 {
        format!(", {} failed", summary.failed)
    } else {
        String::new()
    };
    out.push_str(&format!(
        "{} article(s), {} editions, {} units, {} findings, {} notes{failed} in {:.1} s; wrote {} to {}\n",
        summary.articles,
        summary.editions,
        summary.units,
        summary.findings,
        summary.notes,
        started.elapsed().as_secs_f64(),
        files.join(" "),
        args.out.display()
    ));
    print!("{out}");
}
