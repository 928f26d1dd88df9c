//! Stage 5, output: the four CSV files (RFC 4180, UTF-8) and the terminal report.
//!
//! Files are written into a temporary folder next to the output folder and moved into place
//! only when all four are complete, so a failed run leaves no half-written output.

pub mod export;
pub mod report;

use std::fs;
use std::path::{Path, PathBuf};

use crate::ArticleResult;
use crate::error::{Error, Result};
use crate::lang::{ALL, Lang};
use crate::score::cell_text;

/// The names of the files concord writes, in the order it writes them. `findings.csv` holds
/// disagreements of content (defects); `notes.csv`, with the same columns, differences of form
/// (an edition that splits or merges sentences) that dataset builders may want to know about.
pub const FILES: [&str; 5] = [
    "corpus.csv",
    "sentences.csv",
    "sections.csv",
    "findings.csv",
    "notes.csv",
];

/// The languages that have a column in the corpus: those of any article, in site order.
pub fn corpus_langs(results: &[ArticleResult]) -> Vec<Lang> {
    ALL.iter()
        .copied()
        .filter(|l| results.iter().any(|r| r.alignment.langs().contains(l)))
        .collect()
}

/// Output formats besides the CSV files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The five CSV files.
    Csv,
    /// `corpus.tmx`, TMX 1.4b.
    Tmx,
    /// `corpus.jsonl`, a JSON object per unit.
    Jsonl,
    /// `corpus.<a>-<b>.<a>` and `corpus.<a>-<b>.<b>` per language pair.
    Moses,
}

/// What to write: the formats, the language pairs of Moses files, and which units exports keep.
#[derive(Clone, Debug)]
pub struct Exports {
    pub formats: Vec<Format>,
    /// Moses pairs; empty: the pivot of the first article with every other edition.
    pub pairs: Vec<(Lang, Lang)>,
    pub filter: export::Filter,
}

impl Default for Exports {
    fn default() -> Self {
        Exports {
            formats: vec![Format::Csv],
            pairs: Vec::new(),
            filter: export::Filter::default(),
        }
    }
}

/// Writes the requested files into `dir`, replacing earlier ones only once all are written.
/// Returns the names of the files written.
pub fn write_all(dir: &Path, results: &[ArticleResult], exports: &Exports) -> Result<Vec<String>> {
    fs::create_dir_all(dir)
        .map_err(|e| Error::output(dir, format!("cannot create the folder: {e}")))?;
    let staging = staging_dir(dir);
    fs::create_dir_all(&staging).map_err(|e| Error::output(&staging, e))?;
    let written = write_files(&staging, results, exports);
    let names = match written {
        Ok(names) => names,
        Err(e) => {
            let _ = fs::remove_dir_all(&staging);
            return Err(e);
        }
    };
    for name in &names {
        let from = staging.join(name);
        let to = dir.join(name);
        if let Err(e) = fs::rename(&from, &to) {
            let _ = fs::remove_dir_all(&staging);
            return Err(Error::output(&to, e));
        }
    }
    let _ = fs::remove_dir_all(&staging);
    Ok(names)
}

fn staging_dir(dir: &Path) -> PathBuf {
    dir.join(format!(".concord-partial-{}", std::process::id()))
}

fn write_files(dir: &Path, results: &[ArticleResult], exports: &Exports) -> Result<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    let langs = corpus_langs(results);
    let filter = &exports.filter;
    for format in &exports.formats {
        match format {
            Format::Csv => {
                write_csv(&dir.join(FILES[0]), |w| write_corpus(w, results))?;
                write_csv(&dir.join(FILES[1]), |w| write_sentences(w, results))?;
                write_csv(&dir.join(FILES[2]), |w| write_sections(w, results))?;
                write_csv(&dir.join(FILES[3]), |w| write_findings(w, results, true))?;
                write_csv(&dir.join(FILES[4]), |w| write_findings(w, results, false))?;
                names.extend(FILES.iter().map(|n| n.to_string()));
            }
            Format::Tmx => names.push(write_text(
                dir,
                "corpus.tmx",
                &export::tmx(results, &langs, filter),
            )?),
            Format::Jsonl => names.push(write_text(
                dir,
                "corpus.jsonl",
                &export::jsonl(results, &langs, filter),
            )?),
            Format::Moses => {
                for (a, b) in moses_pairs(results, &exports.pairs) {
                    let (left, right) = export::moses(results, (a, b), filter);
                    names.push(write_text(dir, &format!("corpus.{a}-{b}.{a}"), &left)?);
                    names.push(write_text(dir, &format!("corpus.{a}-{b}.{b}"), &right)?);
                }
            }
        }
    }
    names.dedup();
    Ok(names)
}

/// The Moses pairs to write: those asked for, or the first article's pivot with every other
/// edition of the corpus.
fn moses_pairs(results: &[ArticleResult], asked: &[(Lang, Lang)]) -> Vec<(Lang, Lang)> {
    if !asked.is_empty() {
        return asked.to_vec();
    }
    let Some(first) = results.first() else {
        return Vec::new();
    };
    let pivot = first.alignment.inputs[first.alignment.pivot].edition.lang;
    corpus_langs(results)
        .into_iter()
        .filter(|&l| l != pivot)
        .map(|l| (pivot, l))
        .collect()
}

fn write_text(dir: &Path, name: &str, text: &str) -> Result<String> {
    let path = dir.join(name);
    fs::write(&path, text).map_err(|e| Error::output(&path, e))?;
    Ok(name.to_string())
}

type CsvWriter = csv::Writer<fs::File>;

fn write_csv(path: &Path, body: impl FnOnce(&mut CsvWriter) -> csv::Result<()>) -> Result<()> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_path(path)
        .map_err(|e| Error::output(path, e))?;
    body(&mut writer).map_err(|e| Error::output(path, e))?;
    writer.flush().map_err(|e| Error::output(path, e))
}

/// A score as written in the CSV files: three decimals.
fn fixed(x: f64) -> String {
    format!("{x:.3}")
}

/// `corpus.csv`: a row per unit; per edition its text and sentence ids.
fn write_corpus(w: &mut CsvWriter, results: &[ArticleResult]) -> csv::Result<()> {
    let langs = corpus_langs(results);
    let mut header: Vec<String> = ["article", "section", "unit", "confidence", "divergence"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    for lang in &langs {
        header.push(lang.code().to_string());
        header.push(format!("{}_ids", lang.code()));
    }
    w.write_record(&header)?;
    for r in results {
        let a = &r.alignment;
        let column_of: Vec<Option<usize>> = langs
            .iter()
            .map(|l| a.inputs.iter().position(|i| i.edition.lang == *l))
            .collect();
        for (unit, score) in a.units.iter().zip(&r.score.units) {
            let mut row = vec![
                r.name.clone(),
                unit.section.to_string(),
                unit.id(),
                fixed(score.confidence),
                fixed(score.divergence),
            ];
            for col in &column_of {
                match col {
                    Some(k) => {
                        let cell = &unit.cells[*k];
                        let sentences = &a.inputs[*k].edition.sentences;
                        row.push(cell_text(a, *k, cell));
                        row.push(
                            cell.iter()
                                .map(|&i| sentences[i].id.as_str())
                                .collect::<Vec<_>>()
                                .join("+"),
                        );
                    }
                    None => {
                        row.push(String::new());
                        row.push(String::new());
                    }
                }
            }
            w.write_record(&row)?;
        }
    }
    Ok(())
}

/// `sentences.csv`: every sentence of every edition with its id and glued sources.
fn write_sentences(w: &mut CsvWriter, results: &[ArticleResult]) -> csv::Result<()> {
    w.write_record(["article", "lang", "section", "sentence", "text", "sources"])?;
    for r in results {
        for input in &r.alignment.inputs {
            let e = &input.edition;
            for s in &e.sentences {
                let section = s.section.to_string();
                let sources = s.sources.join("; ");
                w.write_record([
                    r.name.as_str(),
                    e.lang.code(),
                    &section,
                    &s.id,
                    &s.text,
                    &sources,
                ])?;
            }
        }
    }
    Ok(())
}

/// `sections.csv`: coverage and divergence per section and edition.
fn write_sections(w: &mut CsvWriter, results: &[ArticleResult]) -> csv::Result<()> {
    w.write_record([
        "article",
        "section",
        "lang",
        "heading",
        "sentences",
        "aligned",
        "coverage",
        "divergence",
    ])?;
    for r in results {
        for s in &r.score.sections {
            w.write_record([
                r.name.as_str(),
                &s.section.to_string(),
                s.lang.code(),
                &s.heading,
                &s.sentences.to_string(),
                &s.aligned.to_string(),
                &fixed(s.coverage),
                &fixed(s.divergence),
            ])?;
        }
    }
    Ok(())
}

/// `findings.csv` (defects) or `notes.csv` (differences of form): one row per finding.
fn write_findings(w: &mut CsvWriter, results: &[ArticleResult], defects: bool) -> csv::Result<()> {
    w.write_record(["article", "section", "unit", "lang", "kind", "detail"])?;
    for r in results {
        for f in r
            .score
            .findings
            .iter()
            .filter(|f| f.kind.is_defect() == defects)
        {
            w.write_record([
                r.name.as_str(),
                &f.section.to_string(),
                &f.unit,
                f.lang.code(),
                f.kind.name(),
                &f.detail,
            ])?;
        }
    }
    Ok(())
}
