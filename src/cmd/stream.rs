//! `concord align --jsonl FILE`: articles as JSON lines in, units as JSON lines out, for batch
//! schedulers (Spark `rdd.pipe`, Hadoop Streaming) that shard a crawl over machines.
//!
//! Input, one article a line: `{"article": "id", "editions": {"de": "page text", ...}}` (page
//! text, HTML or Markdown, already decoded: JSON carries text, not bytes).
//! Output, one unit a line, in input order: the fields of `corpus.jsonl` (`translation` with all
//! nine languages, `null` where an edition lacks the unit or the article lacks the edition;
//! `article`, `section`, `unit`, `confidence`, `disputed`), the unit's `findings` (defects) and
//! `notes` (split, merged), and the article's `agreement` (as in agreement.csv's `all` row). An input line that fails (not UTF-8, not JSON, a bad article) gives one line
//! `{"article": "id", "line": n, "error": "..."}` and the run goes on.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;

use rayon::prelude::*;
use serde::Deserialize;

use concord::error::{Error, Result};
use concord::lang::ALL;
use concord::output::export::{self, Filter};
use concord::{ArticleResult, Options};

/// One input line.
#[derive(Deserialize)]
struct ArticleLine {
    article: String,
    editions: serde_json::Map<String, serde_json::Value>,
}

/// Runs the JSON-lines mode.
pub fn run(input: &Path, options: &Options, filter: &Filter) -> Result<()> {
    let reader: Box<dyn Read> = if input.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        let file = std::fs::File::open(input)
            .map_err(|e| Error::input(input, format!("cannot read: {e}")))?;
        Box::new(file)
    };
    let mut lines = BufReader::new(reader).split(b'\n').enumerate();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    loop {
        let mut chunk: Vec<(usize, Vec<u8>)> = Vec::new();
        for (n, line) in lines.by_ref().take(super::align::CHUNK) {
            let line = line.map_err(|e| Error::input(input, format!("cannot read: {e}")))?;
            if !line.iter().all(u8::is_ascii_whitespace) {
                chunk.push((n + 1, line));
            }
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<String> = chunk
            .par_iter()
            .map(|(n, line)| match std::str::from_utf8(line) {
                Ok(text) => units_of(*n, text, options, filter),
                Err(e) => error_line("", *n, &format!("not UTF-8: {e}")),
            })
            .collect();
        for text in results {
            out.write_all(text.as_bytes())
                .map_err(|e| Error::Output(format!("standard output: {e}")))?;
        }
    }
    out.flush()
        .map_err(|e| Error::Output(format!("standard output: {e}")))
}

/// The output lines for input line number `n`.
fn units_of(n: usize, line: &str, options: &Options, filter: &Filter) -> String {
    let parsed: ArticleLine = match serde_json::from_str(line) {
        Ok(p) => p,
        Err(e) => return error_line("", n, &format!("not an article line: {e}")),
    };
    let mut editions: Vec<(String, String)> = Vec::new();
    for (lang, text) in &parsed.editions {
        match text.as_str() {
            Some(t) => editions.push((lang.clone(), t.to_string())),
            None => {
                let why = format!("edition `{lang}` is not a string of page text");
                return error_line(&parsed.article, n, &why);
            }
        }
    }
    match concord::process_texts(&parsed.article, &editions, options) {
        Ok(result) => unit_lines(&result, filter),
        Err(e) => error_line(&parsed.article, n, &e.to_string()),
    }
}

/// The article's units as `corpus.jsonl` lines, each with its findings and notes added.
fn unit_lines(result: &ArticleResult, filter: &Filter) -> String {
    let lines = export::jsonl(std::slice::from_ref(result), &ALL, filter);
    let agreement = (result.score.agreement().agreement * 1000.0).round() / 1000.0;
    let mut out = String::new();
    for line in lines.lines() {
        let Ok(mut value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let section = value["section"].as_str().unwrap_or("").to_string();
        let unit = value["unit"].as_str().unwrap_or("").to_string();
        let here = |defects: bool| -> Vec<serde_json::Value> {
            result
                .score
                .findings
                .iter()
                .filter(|f| f.section.to_string() == section && f.unit == unit)
                .filter(|f| f.kind.is_defect() == defects)
                .map(|f| serde_json::json!({"lang": f.lang.code(), "kind": f.kind.name(), "severity": f.severity.name(), "detail": f.detail}))
                .collect()
        };
        value["findings"] = serde_json::Value::Array(here(true));
        value["notes"] = serde_json::Value::Array(here(false));
        value["agreement"] = serde_json::json!(agreement);
        out.push_str(&value.to_string());
        out.push('\n');
    }
    out
}

fn error_line(article: &str, line: usize, message: &str) -> String {
    let value = serde_json::json!({"article": article, "line": line, "error": message});
    format!("{value}\n")
}
