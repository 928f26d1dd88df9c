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

/// Parses a `--lang` / `--pivot` value.
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
    output::write_all(&args.out, &run.results)?;
    let report = output::report::render(&run.results, &args.out.display().to_string());
    if args.quiet {
        if let Some(last) = report.lines().last() {
            println!("{last}");
        }
    } else {
        print!("{report}");
    }
    Ok(())
}
