//! `concord segment`: split text into sentences, one a line, or as JSON with offsets.
//!
//! Usage: concord segment [FILE|-] [--lang LANG] [--format lines|json]
//!
//! Examples:
//!   concord segment article.txt --lang de
//!   cat page.txt | concord segment - --lang th --format json

use std::io::Read;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use concord::error::{Error, Result};
use concord::ingest::{decode, detect};
use concord::lang::Lang;
use concord::segment;

/// Help text shown after the options.
pub const EXAMPLES: &str = "\
Examples:
  concord segment article.txt --lang de
      One sentence a line. Every line end of the input ends a sentence.
  cat page.txt | concord segment - --lang th --format json
      A JSON array of {\"start\", \"end\", \"text\"}; start and end count characters (Unicode
      scalar values) from the start of the input, end exclusive.

Without --lang, the language is told from the text. Exit codes: 0 done, 1 bad input, 2 usage.";

/// Output formats of `concord segment`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// One sentence a line.
    Lines,
    /// A JSON array of sentences with character offsets into the input.
    Json,
    /// The pieces the aligner sees (for Thai, phrases between spaces), one a line, each after
    /// the cost of a sentence end right after it (tab-separated).
    Pieces,
}

/// Arguments of `concord segment`.
#[derive(Args, Debug)]
pub struct SegmentArgs {
    /// The text to split (any common encoding); `-` or nothing reads standard input.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// The text's language: ja en zh es fr ko de th hi (told from the text when omitted).
    #[arg(long, value_name = "LANG", value_parser = super::align::parse_lang)]
    pub lang: Option<Lang>,

    /// Output format.
    #[arg(long, value_enum, default_value = "lines")]
    pub format: Format,
}

fn read_input(file: &Option<PathBuf>) -> Result<(String, PathBuf)> {
    let (bytes, name) = match file {
        Some(path) if path.as_os_str() != "-" => {
            let bytes =
                std::fs::read(path).map_err(|e| Error::input(path, format!("cannot read: {e}")))?;
            (bytes, path.clone())
        }
        _ => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::Input(format!("standard input: cannot read: {e}")))?;
            (bytes, PathBuf::from("<stdin>"))
        }
    };
    let decoded = decode::decode(&bytes).map_err(|e| Error::input(&name, e))?;
    Ok((decoded.text, name))
}

/// Runs `concord segment`.
pub fn run(args: &SegmentArgs) -> Result<()> {
    let (text, name) = read_input(&args.file)?;
    let lang = match args.lang.or_else(|| detect::lang_from_text(&text)) {
        Some(lang) => lang,
        None => {
            return Err(Error::input(
                &name,
                "cannot tell the language; give it with --lang",
            ));
        }
    };
    let spans = segment::sentence_spans(&text, lang);
    match args.format {
        Format::Lines => {
            let mut out = String::with_capacity(text.len() + spans.len());
            for span in spans {
                out.push_str(&text[span]);
                out.push('\n');
            }
            print!("{out}");
        }
        Format::Json => println!("{}", json(&text, &spans)),
        Format::Pieces => {
            let mut out = String::new();
            for line in text.lines() {
                for piece in segment::split_block(line, lang) {
                    out.push_str(&format!("{:.2}\t{}\n", piece.break_cost, piece.text));
                }
            }
            print!("{out}");
        }
    }
    Ok(())
}

/// The sentences as a JSON array with character offsets.
fn json(text: &str, spans: &[std::ops::Range<usize>]) -> String {
    let mut out = String::from("[");
    let mut chars_before = 0;
    let mut bytes_seen = 0;
    for (i, span) in spans.iter().enumerate() {
        chars_before += text[bytes_seen..span.start].chars().count();
        let start = chars_before;
        let end = start + text[span.clone()].chars().count();
        chars_before = end;
        bytes_seen = span.end;
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            "\n  {{\"start\": {start}, \"end\": {end}, \"text\": {}}}",
            json_string(&text[span.clone()])
        ));
    }
    out.push_str("\n]");
    out
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
