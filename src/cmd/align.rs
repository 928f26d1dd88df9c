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
use concord::output::export::Filter;
use concord::output::{Exports, Format};
use concord::{Options, output};

/// Help text shown after the options.
pub const EXAMPLES: &str = "\
Examples:
  concord align corpora/ai-china-investment
      Align the bundled article; write out/corpus.csv, sentences.csv, sections.csv, findings.csv.
  concord align corpora/ai-china-investment --out results --pivot en
      Align every edition to the English one instead of the first published.
  concord align site-dump/
      A folder of article folders: every article into one corpus (the `article` column).
  concord align corpora/ai-china-investment --format csv,tmx,jsonl,moses --pairs ja-en,en-de
      Also corpus.tmx, corpus.jsonl and Moses files per pair.
  concord align site-dump/ --format jsonl --min-confidence 0.8 --one-to-one --drop-findings
      Only confident 1-1 units without findings, for a training set.

An article folder holds one file per edition, named by language: ja.txt en.txt de.txt ...
(or article.de.txt). Files that are not editions (gold.json, EXPECTED.md, README) are skipped.
Exit codes: 0 done, 1 bad input or output, 2 usage.";

/// Arguments of `concord align`.
#[derive(Args, Debug)]
pub struct AlignArgs {
    /// Article folders (one file per edition), or folders of article folders.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Folder to write corpus.csv, sentences.csv, sections.csv and findings.csv into.
    #[arg(long, default_value = "out", value_name = "DIR")]
    pub out: PathBuf,

    /// Align every edition to this edition (ja en zh es fr ko de th hi) instead of the one
    /// published first.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub pivot: Option<Lang>,

    /// Output formats, comma-separated: csv (the five CSV files), tmx (corpus.tmx, TMX 1.4b),
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

    /// Keep editions that look like pages of another article (by default they are left out
    /// with a warning).
    #[arg(long)]
    pub force: bool,

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
    let mut options = Options {
        pivot: args.pivot,
        force: args.force,
        ..Options::default()
    };
    if let Some(spec) = &args.weights {
        options.weights = options.weights.clone().with_overrides(spec);
    }
    let run = concord::run(&args.paths, &options)?;
    for note in &run.notes {
        eprintln!("note: {note}");
    }
    let exports = Exports {
        formats: args.format.iter().flatten().copied().collect(),
        pairs: args.pairs.iter().flatten().flatten().copied().collect(),
        filter: Filter {
            min_confidence: args.min_confidence,
            one_to_one: args.one_to_one,
            drop_findings: args.drop_findings,
        },
    };
    let files = output::write_all(&args.out, &run.results, &exports)?;
    let report = output::report::render(&run.results, &args.out.display().to_string(), &files);
    if args.quiet {
        if let Some(last) = report.lines().last() {
            println!("{last}");
        }
    } else {
        print!("{report}");
    }
    Ok(())
}
