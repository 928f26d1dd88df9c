//! `concord eval`: score sentence alignments (bead files) against gold alignments with strict
//! and lax precision, recall and F1, micro-averaged over the file pairs.
//!
//! Usage: concord eval --gold GOLD... --test TEST... [--json]
//!
//! Examples:
//!   concord eval --gold dev.defr --test dev.align
//!   concord eval --gold a.gold b.gold --test a.align b.align --json

use std::path::Path;
use std::path::PathBuf;

use clap::error::ErrorKind;
use clap::{Args, Command};

use concord::error::{Error, Result};
use concord::eval::{self, Bead, Counts, Metrics};

/// Help text shown after the options.
pub const EXAMPLES: &str = "\
Examples:
  concord pair dev.de dev.fr --src-lang de --tgt-lang fr > dev.align
  concord eval --gold dev.defr --test dev.align
      Strict and lax precision, recall and F1 as a table.
  concord eval --gold a.gold b.gold --test a.align b.align --json
      Gold and test files pair up in order; counts are summed over the pairs before dividing.

Bead files hold one bead a line: [0]:[0], [1, 2]:[3], []:[4] (0-based sentence ids; a third
field such as a cost, and blank lines, are ignored). A strict hit is an exact bead; a lax hit
shares a sentence link. Null beads (1-0, 0-1) count for precision only; duplicates count once.
The definitions are those of the Vecalign paper (Thompson & Koehn 2019).

Exit codes: 0 done, 1 bad input, 2 usage.";

/// Arguments of `concord eval`.
#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Gold alignments, one bead file per document pair.
    #[arg(short = 'g', long, value_name = "GOLD", num_args = 1.., required = true)]
    pub gold: Vec<PathBuf>,
    /// Alignments to score, one bead file per gold file, in the same order.
    #[arg(short = 't', long, value_name = "TEST", num_args = 1.., required = true)]
    pub test: Vec<PathBuf>,
    /// Print one JSON object (the six metrics and the summed counts) instead of the table.
    #[arg(long)]
    pub json: bool,
}

/// Reads and parses one bead file; errors name the file, the line and the format.
fn read_beads(path: &Path) -> Result<Vec<Bead>> {
    let bytes = std::fs::read(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::input(
            path,
            "not UTF-8 text; give a bead file, one bead a line such as [1, 2]:[3]",
        )
    })?;
    eval::parse_beads(&text).map_err(|e| {
        Error::input(
            path,
            format!("{e}; write one bead a line as [src ids]:[tgt ids], e.g. [1, 2]:[3] or []:[4]"),
        )
    })
}

/// The metrics and counts as one JSON object, keys as `score_beads.py --json` writes them.
fn json(m: &Metrics, c: &Counts) -> String {
    format!(
        "{{\n \"precision_strict\": {:?},\n \"recall_strict\": {:?},\n \"f1_strict\": {:?},\n \
         \"precision_lax\": {:?},\n \"recall_lax\": {:?},\n \"f1_lax\": {:?},\n \"counts\": {{\n  \
         \"p_n\": {},\n  \"p_strict\": {},\n  \"p_lax\": {},\n  \"r_n\": {},\n  \"r_strict\": {},\n  \
         \"r_lax\": {}\n }}\n}}",
        m.precision_strict,
        m.recall_strict,
        m.f1_strict,
        m.precision_lax,
        m.recall_lax,
        m.f1_lax,
        c.p_n,
        c.p_strict,
        c.p_lax,
        c.r_n,
        c.r_strict,
        c.r_lax
    )
}

/// `1 gold file`, `2 gold files`.
fn files(n: usize, kind: &str) -> String {
    format!("{n} {kind} file{}", if n == 1 { "" } else { "s" })
}

/// Runs `concord eval`. Unequal numbers of gold and test files are a usage error (exit 2).
pub fn run(args: &EvalArgs) -> Result<()> {
    if args.gold.len() != args.test.len() {
        let mut cmd = EvalArgs::augment_args(Command::new("concord eval"));
        cmd.error(
            ErrorKind::WrongNumberOfValues,
            format!(
                "{} but {}; give one test file per gold file, in the same order",
                files(args.gold.len(), "gold"),
                files(args.test.len(), "test")
            ),
        )
        .exit();
    }
    let mut total = Counts::default();
    for (gold, test) in args.gold.iter().zip(&args.test) {
        let gold_beads = read_beads(gold)?;
        let test_beads = read_beads(test)?;
        total += eval::counts(&test_beads, &gold_beads);
    }
    let metrics = total.metrics();
    if args.json {
        println!("{}", json(&metrics, &total));
    } else {
        println!("{}", metrics.table());
    }
    Ok(())
}
