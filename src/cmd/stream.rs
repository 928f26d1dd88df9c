//! `concord align --jsonl FILE`: articles as JSON lines in, units as JSON lines out, for batch
//! schedulers (Spark `rdd.pipe`, Hadoop Streaming) that shard a crawl over machines.
//!
//! Input, one article a line: `{"article": "id", "editions": {"de": "page text", ...}}`.
//! Output, one unit a line, in input order: the fields of `corpus.jsonl` (`translation`,
//! `article`, `section`, `unit`, `confidence`) and the unit's `findings`; an article that fails
//! gives one line `{"article": "id", "error": "..."}` and the run goes on.

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
        Box::new(
            std::fs::File::open(input)
                .map_err(|e| Error::input(input, format!("cannot read: {e}")))?,
        )
    };
    let mut lines = BufReader::new(reader).lines();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    loop {
        let mut chunk = Vec::new();
        for line in lines.by_ref().take(super::align::CHUNK) {
            let line = line.map_err(|e| Error::input(input, format!("cannot read: {e}")))?;
            if !line.trim().is_empty() {
                chunk.push(line);
            }
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<String> = chunk
            .par_iter()
            .map(|line| units_of(line, options, filter))
            .collect();
        for text in results {
            out.write_all(text.as_bytes())
                .map_err(|e| Error::Output(format!("standard output: {e}")))?;
        }
    }
    out.flush()
        .map_err(|e| Error::Output(format!("standard output: {e}")))
}

/// The output lines for one input line.
fn units_of(line: &str, options: &Options, filter: &Filter) -> String {
    let parsed: ArticleLine = match serde_json::from_str(line) {
        Ok(p) => p,
        Err(e) => return error_line("", &format!("not an article line: {e}")),
    };
    let editions: Vec<(String, String)> = parsed
        .editions
        .iter()
        .filter_map(|(lang, text)| text.as_str().map(|t| (lang.clone(), t.to_string())))
        .collect();
    match concord::process_texts(&parsed.article, &editions, options) {
        Ok(result) => with_findings(&result, filter),
        Err(e) => error_line(&parsed.article, &e.to_string()),
    }
}

/// The article's units as `corpus.jsonl` lines, each with the unit's findings added.
fn with_findings(result: &ArticleResult, filter: &Filter) -> String {
    let lines = export::jsonl(std::slice::from_ref(result), &ALL, filter);
    let mut out = String::new();
    for line in lines.lines() {
        let Ok(mut value) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let (section, unit) = (
            value["section"].as_str().unwrap_or("").to_string(),
            value["unit"].as_str().unwrap_or("").to_string(),
        );
        let findings: Vec<serde_json::Value> = result
            .score
            .findings
            .iter()
            .filter(|f| f.section.to_string() == section && f.unit == unit)
            .map(|f| serde_json::json!({"lang": f.lang.code(), "kind": f.kind.name(), "detail": f.detail}))
            .collect();
        value["findings"] = serde_json::Value::Array(findings);
        out.push_str(&value.to_string());
        out.push('\n');
    }
    out
}

fn error_line(article: &str, message: &str) -> String {
    format!(
        "{}\n",
        serde_json::json!({"article": article, "error": message})
    )
}
