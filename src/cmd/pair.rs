//! `concord pair`: align two files of sentences, one a line, as other sentence aligners do.
//!
//! Usage: concord pair SRC TGT [--src-lang xx] [--tgt-lang yy] [--format beads|tsv]
//!
//! Examples:
//!   concord pair dev.de dev.fr --src-lang de --tgt-lang fr > dev.align
//!   concord pair ja.txt en.txt --format tsv

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use concord::align::{self, Bead, Weights};
use concord::error::{Error, Result};
use concord::ingest::{decode, detect};
use concord::lang::Lang;

/// Help text shown after the options.
pub const EXAMPLES: &str = "\
Examples:
  concord pair dev.de dev.fr --src-lang de --tgt-lang fr > dev.align
      One bead a line in the standard format: [0]:[0], [1, 2]:[3], []:[4], then the cost.
  concord pair ja.txt en.txt --format tsv
      Source text, target text and confidence, tab-separated, one bead a line.

Languages are told from the text when not given. Exit codes: 0 done, 1 bad input, 2 usage.";

/// Output formats of `concord pair`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// `[src ids]:[tgt ids]:cost`, 0-based, one bead a line.
    Beads,
    /// Source text, target text, confidence; tab-separated.
    Tsv,
}

/// Arguments of `concord pair`.
#[derive(Args, Debug)]
pub struct PairArgs {
    /// Source file, one sentence a line.
    #[arg(value_name = "SRC")]
    pub src: PathBuf,
    /// Target file, one sentence a line.
    #[arg(value_name = "TGT")]
    pub tgt: PathBuf,
    /// Source language (told from the text when omitted).
    #[arg(long, value_name = "LANG", value_parser = super::align::parse_lang)]
    pub src_lang: Option<Lang>,
    /// Target language (told from the text when omitted).
    #[arg(long, value_name = "LANG", value_parser = super::align::parse_lang)]
    pub tgt_lang: Option<Lang>,
    /// Output format.
    #[arg(long, value_enum, default_value = "beads")]
    pub format: Format,

    /// Aligner weights for tuning runs, as name=value,... (see `Weights` in src/align/pair.rs).
    #[arg(long, hide = true, value_name = "SPEC")]
    pub weights: Option<String>,
}

/// Reads a file of sentences, one a line (blank lines are kept as empty sentences so that
/// line numbers stay the ids), and its language.
fn read_sentences(path: &Path, lang: Option<Lang>) -> Result<(Vec<String>, Lang)> {
    let bytes = std::fs::read(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))?;
    let text = decode::decode(&bytes)
        .map_err(|e| Error::input(path, e))?
        .text;
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.trim_end_matches('\r').to_string())
        .collect();
    let lang = match lang.or_else(|| detect::lang_from_text(&text)) {
        Some(l) => l,
        None => {
            return Err(Error::input(
                path,
                "cannot tell the language; give it with --src-lang / --tgt-lang",
            ));
        }
    };
    Ok((lines, lang))
}

fn ids(range: &std::ops::Range<usize>) -> String {
    let ids: Vec<String> = range.clone().map(|i| i.to_string()).collect();
    format!("[{}]", ids.join(", "))
}

/// Runs `concord pair`.
pub fn run(args: &PairArgs) -> Result<()> {
    let (src, src_lang) = read_sentences(&args.src, args.src_lang)?;
    let (tgt, tgt_lang) = read_sentences(&args.tgt, args.tgt_lang)?;
    let weights = match &args.weights {
        Some(spec) => Weights::for_documents().with_overrides(spec),
        None => Weights::for_documents(),
    };
    let beads: Vec<Bead> = align::align_sentences(&src, src_lang, &tgt, tgt_lang, &weights);
    let mut out = String::new();
    for bead in &beads {
        match args.format {
            Format::Beads => out.push_str(&format!(
                "{}:{}:{:.4}\n",
                ids(&bead.pivot),
                ids(&bead.other),
                bead.cost
            )),
            Format::Tsv => {
                let join =
                    |lines: &[String], r: &std::ops::Range<usize>| lines[r.clone()].join(" ");
                let confidence = (-bead.cost.max(0.0) / 4.0).exp();
                out.push_str(&format!(
                    "{}\t{}\t{:.3}\n",
                    join(&src, &bead.pivot),
                    join(&tgt, &bead.other),
                    confidence
                ));
            }
        }
    }
    print!("{out}");
    Ok(())
}
