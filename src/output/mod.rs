//! Stage 5, output: the CSV files (RFC 4180, UTF-8), the dataset exports and the terminal
//! report.
//!
//! A [`Writer`] streams articles into files in a staging folder inside the output folder, in
//! the order it is given them, and moves the files into place only when all are complete: a
//! failed run leaves no half-written file under the final names, and a site of thousands of
//! articles is never held in memory at once.

pub mod export;
pub mod html;
pub mod report;

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::ArticleResult;
use crate::error::{Error, Result};
use crate::lang::{ALL, Lang};
use crate::score::{Agreement, cell_text};

/// The CSV files concord writes. `findings.csv` holds disagreements of content (defects);
/// `notes.csv`, with the same columns, differences of form (an edition that splits or merges
/// sentences) that dataset builders may want to know about. `agreement.csv` scores each edition
/// and the whole article.
pub const FILES: [&str; 6] = [
    "corpus.csv",
    "sentences.csv",
    "sections.csv",
    "findings.csv",
    "notes.csv",
    "agreement.csv",
];

/// `errors.csv`: articles a run skipped, with the reason.
pub const ERRORS_FILE: &str = "errors.csv";

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
    /// The six CSV files.
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

type CsvWriter = csv::Writer<BufWriter<File>>;

/// The two files of one Moses language pair.
type MosesFiles = ((Lang, Lang), BufWriter<File>, BufWriter<File>);

/// Streams articles into the requested files. Create it, [`Writer::write`] each article in
/// order, [`Writer::error`] each article that failed, then [`Writer::finish`].
pub struct Writer {
    dir: PathBuf,
    staging: PathBuf,
    langs: Vec<Lang>,
    exports: Exports,
    csv: Option<[CsvWriter; 6]>,
    errors: CsvWriter,
    tmx_body: Option<BufWriter<File>>,
    jsonl: Option<BufWriter<File>>,
    moses: Vec<MosesFiles>,
    pivots: Vec<Lang>,
}

fn out_err(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::output(path, e)
}

fn csv_err(path: &Path) -> impl Fn(csv::Error) -> Error + '_ {
    move |e| Error::output(path, e)
}

impl Writer {
    /// Opens the files in a staging folder inside `dir`. `langs` are the corpus columns, in site
    /// order.
    pub fn create(dir: &Path, langs: Vec<Lang>, exports: Exports) -> Result<Writer> {
        fs::create_dir_all(dir)
            .map_err(|e| Error::output(dir, format!("cannot create the folder: {e}")))?;
        let staging = dir.join(format!(".concord-partial-{}", std::process::id()));
        fs::create_dir_all(&staging).map_err(out_err(&staging))?;
        let open_csv = |name: &str| -> Result<CsvWriter> {
            let path = staging.join(name);
            let file = File::create(&path).map_err(out_err(&path))?;
            Ok(csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(BufWriter::new(file)))
        };
        let open = |name: &str| -> Result<BufWriter<File>> {
            let path = staging.join(name);
            Ok(BufWriter::new(File::create(&path).map_err(out_err(&path))?))
        };
        let wants = |f: Format| exports.formats.contains(&f);
        let csv = if wants(Format::Csv) {
            let mut files = [
                open_csv(FILES[0])?,
                open_csv(FILES[1])?,
                open_csv(FILES[2])?,
                open_csv(FILES[3])?,
                open_csv(FILES[4])?,
                open_csv(FILES[5])?,
            ];
            write_headers(&mut files, &langs).map_err(csv_err(&staging))?;
            Some(files)
        } else {
            None
        };
        let mut errors = open_csv(ERRORS_FILE)?;
        errors
            .write_record(["article", "error"])
            .map_err(csv_err(&staging))?;
        let tmx_body = if wants(Format::Tmx) {
            Some(open("corpus.tmx.body")?)
        } else {
            None
        };
        let jsonl = if wants(Format::Jsonl) {
            Some(open("corpus.jsonl")?)
        } else {
            None
        };
        let mut moses = Vec::new();
        if wants(Format::Moses) {
            for &(a, b) in &exports.pairs {
                moses.push((
                    (a, b),
                    open(&format!("corpus.{a}-{b}.{a}"))?,
                    open(&format!("corpus.{a}-{b}.{b}"))?,
                ));
            }
        }
        Ok(Writer {
            dir: dir.to_path_buf(),
            staging,
            langs,
            exports,
            csv,
            errors,
            tmx_body,
            jsonl,
            moses,
            pivots: Vec::new(),
        })
    }

    /// Appends one article to every file.
    pub fn write(&mut self, r: &ArticleResult) -> Result<()> {
        let staging = self.staging.clone();
        if let Some(files) = &mut self.csv {
            write_article_csv(files, r, &self.langs).map_err(csv_err(&staging))?;
        }
        let one = std::slice::from_ref(r);
        let filter = &self.exports.filter;
        if let Some(w) = &mut self.tmx_body {
            w.write_all(export::tmx_units(one, &self.langs, filter).as_bytes())
                .map_err(out_err(&staging))?;
        }
        if let Some(w) = &mut self.jsonl {
            w.write_all(export::jsonl(one, &self.langs, filter).as_bytes())
                .map_err(out_err(&staging))?;
        }
        for (pair, a, b) in &mut self.moses {
            let (left, right) = export::moses(one, *pair, filter);
            a.write_all(left.as_bytes()).map_err(out_err(&staging))?;
            b.write_all(right.as_bytes()).map_err(out_err(&staging))?;
        }
        self.pivots
            .push(r.alignment.inputs[r.alignment.pivot].edition.lang);
        Ok(())
    }

    /// Records an article that failed, for `errors.csv`.
    pub fn error(&mut self, article: &str, message: &str) -> Result<()> {
        let staging = self.staging.clone();
        self.errors
            .write_record([article, message])
            .map_err(csv_err(&staging))
    }

    /// Gives up: removes the staging folder, leaving earlier output as it was.
    pub fn abort(self) {
        let _ = fs::remove_dir_all(&self.staging);
    }

    /// Completes the files and moves them into the output folder. Returns their names.
    pub fn finish(mut self) -> Result<Vec<String>> {
        let result = self.complete();
        let _ = fs::remove_dir_all(&self.staging);
        result
    }

    fn complete(&mut self) -> Result<Vec<String>> {
        let staging = self.staging.clone();
        let mut names: Vec<String> = Vec::new();
        if let Some(files) = &mut self.csv {
            for (w, name) in files.iter_mut().zip(FILES) {
                w.flush().map_err(out_err(&staging))?;
                names.push(name.to_string());
            }
        }
        self.errors.flush().map_err(out_err(&staging))?;
        names.push(ERRORS_FILE.to_string());
        if let Some(mut body) = self.tmx_body.take() {
            body.flush().map_err(out_err(&staging))?;
            drop(body);
            let body_path = staging.join("corpus.tmx.body");
            let units = fs::read_to_string(&body_path).map_err(out_err(&body_path))?;
            let tmx = export::tmx_document(&self.pivots, &units);
            fs::write(staging.join("corpus.tmx"), tmx).map_err(out_err(&staging))?;
            fs::remove_file(&body_path).map_err(out_err(&body_path))?;
            names.push("corpus.tmx".to_string());
        }
        if let Some(w) = &mut self.jsonl {
            w.flush().map_err(out_err(&staging))?;
            names.push("corpus.jsonl".to_string());
        }
        for ((a, b), left, right) in &mut self.moses {
            left.flush().map_err(out_err(&staging))?;
            right.flush().map_err(out_err(&staging))?;
            names.push(format!("corpus.{a}-{b}.{a}"));
            names.push(format!("corpus.{a}-{b}.{b}"));
        }
        for name in &names {
            let to = self.dir.join(name);
            fs::rename(staging.join(name), &to).map_err(out_err(&to))?;
        }
        Ok(names)
    }
}

/// Writes every article at once (a run that holds its results).
pub fn write_all(dir: &Path, results: &[ArticleResult], exports: &Exports) -> Result<Vec<String>> {
    let mut exports = exports.clone();
    if exports.pairs.is_empty() {
        exports.pairs = default_pairs(
            results
                .first()
                .map(|r| r.alignment.inputs[r.alignment.pivot].edition.lang),
            &corpus_langs(results),
        );
    }
    let mut writer = Writer::create(dir, corpus_langs(results), exports)?;
    for r in results {
        writer.write(r)?;
    }
    writer.finish()
}

/// Moses pairs when none are asked for: the pivot with every other language.
pub fn default_pairs(pivot: Option<Lang>, langs: &[Lang]) -> Vec<(Lang, Lang)> {
    let Some(pivot) = pivot else {
        return Vec::new();
    };
    langs
        .iter()
        .copied()
        .filter(|&l| l != pivot)
        .map(|l| (pivot, l))
        .collect()
}

/// A score as written in the CSV files: three decimals.
fn fixed(x: f64) -> String {
    format!("{x:.3}")
}

fn write_headers(files: &mut [CsvWriter; 6], langs: &[Lang]) -> csv::Result<()> {
    let mut corpus: Vec<String> = [
        "article",
        "section",
        "unit",
        "confidence",
        "divergence",
        "disputed",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for lang in langs {
        corpus.push(lang.code().to_string());
        corpus.push(format!("{}_ids", lang.code()));
    }
    files[0].write_record(&corpus)?;
    files[1].write_record(["article", "lang", "section", "sentence", "text", "sources"])?;
    files[2].write_record([
        "article",
        "section",
        "lang",
        "heading",
        "sentences",
        "aligned",
        "coverage",
        "divergence",
    ])?;
    let header = [
        "article", "section", "unit", "lang", "kind", "severity", "detail",
    ];
    files[3].write_record(header)?;
    files[4].write_record(header)?;
    files[5].write_record([
        "article",
        "lang",
        "sentences",
        "coverage",
        "divergence",
        "agreement",
    ])
}

fn write_article_csv(
    files: &mut [CsvWriter; 6],
    r: &ArticleResult,
    langs: &[Lang],
) -> csv::Result<()> {
    let [corpus, sentences, sections, findings, notes, agreement] = files;
    write_corpus(corpus, r, langs)?;
    write_sentences(sentences, r)?;
    write_sections(sections, r)?;
    write_findings(findings, r, true)?;
    write_findings(notes, r, false)?;
    write_agreement(agreement, r)
}

/// `agreement.csv`: a row per edition, then the article's row with lang `all`.
fn write_agreement(w: &mut CsvWriter, r: &ArticleResult) -> csv::Result<()> {
    let editions = r.score.edition_agreements();
    let article = Agreement::mean(&editions.iter().map(|(_, a)| *a).collect::<Vec<_>>());
    let rows = editions.iter().map(|(l, a)| (l.code(), *a));
    for (lang, a) in rows.chain([("all", article)]) {
        w.write_record([
            r.name.as_str(),
            lang,
            &a.sentences.to_string(),
            &fixed(a.coverage),
            &fixed(a.divergence),
            &fixed(a.agreement),
        ])?;
    }
    Ok(())
}

/// `corpus.csv`: a row per unit; per edition its text and sentence ids.
fn write_corpus(w: &mut CsvWriter, r: &ArticleResult, langs: &[Lang]) -> csv::Result<()> {
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
            disputed(a, unit),
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
    Ok(())
}

/// The languages of the editions whose place in a unit the alignment to the original alone
/// disputes, space-separated.
fn disputed(a: &crate::align::Alignment, unit: &crate::align::nway::Unit) -> String {
    a.inputs
        .iter()
        .zip(&unit.disputed)
        .filter(|(_, d)| **d)
        .map(|(input, _)| input.edition.lang.code())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `sentences.csv`: every sentence of every edition with its id and glued sources.
fn write_sentences(w: &mut CsvWriter, r: &ArticleResult) -> csv::Result<()> {
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
    Ok(())
}

/// `sections.csv`: coverage and divergence per section and edition.
fn write_sections(w: &mut CsvWriter, r: &ArticleResult) -> csv::Result<()> {
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
    Ok(())
}

/// `findings.csv` (defects) or `notes.csv` (differences of form): one row per finding.
fn write_findings(w: &mut CsvWriter, r: &ArticleResult, defects: bool) -> csv::Result<()> {
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
            f.severity.name(),
            &f.detail,
        ])?;
    }
    Ok(())
}
