//! `concord pair`: align two files of sentences, one a line, as other sentence aligners do.
//!
//! Usage: concord pair SRC TGT [--src-lang xx] [--tgt-lang yy] [--format beads|tsv]
//!        concord pair --batch LIST [--src-lang xx] [--tgt-lang yy] [--format beads|tsv]
//!
//! Examples:
//!   concord pair dev.de dev.fr --src-lang de --tgt-lang fr > dev.align
//!   concord pair ja.txt en.txt --format tsv
//!   concord pair --batch pairs.tsv --src-lang en --tgt-lang zh

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
  concord pair --batch pairs.tsv --src-lang en --tgt-lang zh
      Many document pairs, one `SRC<TAB>TGT<TAB>OUT` a line: each is aligned, then aligned
      again with the word translations learned from the whole batch (short documents alone
      give too little to learn from); each OUT gets its beads.

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
    #[arg(value_name = "SRC", required_unless_present = "batch")]
    pub src: Option<PathBuf>,
    /// Target file, one sentence a line.
    #[arg(value_name = "TGT", required_unless_present = "batch")]
    pub tgt: Option<PathBuf>,
    /// Align many document pairs listed in FILE (`-`: standard input), one
    /// `SRC<TAB>TGT<TAB>OUT` a line, learning word translations from the whole batch.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["src", "tgt"])]
    pub batch: Option<PathBuf>,
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
    let weights = match &args.weights {
        Some(spec) => Weights::for_documents().with_overrides(spec),
        None => Weights::for_documents(),
    };
    if let Some(list) = &args.batch {
        return run_batch(list, args, &weights);
    }
    let (Some(src_path), Some(tgt_path)) = (&args.src, &args.tgt) else {
        return Err(Error::Input(
            "give SRC and TGT, or --batch FILE".to_string(),
        ));
    };
    let (src, src_lang) = read_sentences(src_path, args.src_lang)?;
    let (tgt, tgt_lang) = read_sentences(tgt_path, args.tgt_lang)?;
    let beads: Vec<Bead> = align::align_sentences(&src, src_lang, &tgt, tgt_lang, &weights);
    print!("{}", render(&beads, &src, &tgt, args.format));
    Ok(())
}

/// One line of a batch list: source, target and output paths.
struct BatchEntry {
    src: PathBuf,
    tgt: PathBuf,
    out: PathBuf,
}

/// Reads a batch list: `SRC<TAB>TGT<TAB>OUT` a line; blank lines and `#` comments skipped.
fn read_batch(list: &Path) -> Result<Vec<BatchEntry>> {
    let text = if list == Path::new("-") {
        std::io::read_to_string(std::io::stdin())
            .map_err(|e| Error::input(list, format!("cannot read: {e}")))?
    } else {
        std::fs::read_to_string(list)
            .map_err(|e| Error::input(list, format!("cannot read: {e}")))?
    };
    let mut entries = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [src, tgt, out] = fields[..] else {
            return Err(Error::input(
                list,
                format!(
                    "line {}: expected SRC<TAB>TGT<TAB>OUT, found {} field(s)",
                    n + 1,
                    fields.len()
                ),
            ));
        };
        entries.push(BatchEntry {
            src: src.into(),
            tgt: tgt.into(),
            out: out.into(),
        });
    }
    if entries.is_empty() {
        return Err(Error::input(list, "lists no document pairs"));
    }
    Ok(entries)
}

/// `concord pair --batch`: reads every pair first (a bad file stops the run before anything is
/// written), aligns the batch, then writes each output next to its final name and moves it
/// there.
fn run_batch(list: &Path, args: &PairArgs, weights: &Weights) -> Result<()> {
    let entries = read_batch(list)?;
    // An output folder that does not exist would fail half way through the writing.
    for e in &entries {
        let folder = e.out.parent().filter(|p| !p.as_os_str().is_empty());
        if folder.is_some_and(|f| !f.is_dir()) {
            return Err(Error::input(
                &e.out,
                "its folder does not exist; create it or change the batch list",
            ));
        }
    }
    let mut docs = Vec::with_capacity(entries.len());
    for e in &entries {
        let (src, src_lang) = read_sentences(&e.src, args.src_lang)?;
        let (tgt, tgt_lang) = read_sentences(&e.tgt, args.tgt_lang)?;
        docs.push(align::DocumentPair {
            src,
            src_lang,
            tgt,
            tgt_lang,
        });
    }
    let beads = align::align_batch(&docs, weights);
    for ((e, doc), beads) in entries.iter().zip(&docs).zip(&beads) {
        let text = render(beads, &doc.src, &doc.tgt, args.format);
        let partial = e.out.with_extension("partial");
        std::fs::write(&partial, text).map_err(|err| Error::output(&partial, err))?;
        std::fs::rename(&partial, &e.out).map_err(|err| Error::output(&e.out, err))?;
    }
    Ok(())
}

/// The beads in the chosen output format.
fn render(beads: &[Bead], src: &[String], tgt: &[String], format: Format) -> String {
    let mut out = String::new();
    for bead in beads {
        match format {
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
                    join(src, &bead.pivot),
                    join(tgt, &bead.other),
                    confidence
                ));
            }
        }
    }
    out
}
