//! Dataset exports of the corpus: JSON lines (Hugging Face `datasets` loads them as they are),
//! TMX 1.4b (translation memories), and Moses-style line-aligned text files per language pair.
//! Filters let dataset builders keep only the units they trust.

use std::fmt::Write as _;

use crate::ArticleResult;
use crate::align::Unit;
use crate::lang::Lang;
use crate::score::cell_text;

/// Which units an export keeps.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Units below this confidence are left out.
    pub min_confidence: f64,
    /// Keep only units where every edition present has exactly one sentence.
    pub one_to_one: bool,
    /// Leave out units with any finding (defect) in any edition.
    pub drop_findings: bool,
    /// Units some edition's placement is disputed in are left out.
    pub drop_disputed: bool,
}

/// A unit of an article with what the exports need.
struct Row<'a> {
    result: &'a ArticleResult,
    unit: &'a Unit,
    confidence: f64,
}

impl Row<'_> {
    /// The unit's text in `lang`, if that edition has it.
    fn text(&self, lang: Lang) -> Option<String> {
        let a = &self.result.alignment;
        let k = a.inputs.iter().position(|i| i.edition.lang == lang)?;
        let cell = &self.unit.cells[k];
        (!cell.is_empty()).then(|| cell_text(a, k, cell))
    }

    /// The languages whose place in the unit is disputed (`dispute::mark`).
    fn disputed(&self) -> Vec<&'static str> {
        let a = &self.result.alignment;
        a.inputs
            .iter()
            .zip(&self.unit.disputed)
            .filter(|(_, d)| **d)
            .map(|(input, _)| input.edition.lang.code())
            .collect()
    }

    fn id(&self) -> String {
        format!(
            "{}/{}/{}",
            self.result.name,
            self.unit.section,
            self.unit.id()
        )
    }
}

/// The units that pass the filter, in corpus order.
fn rows<'a>(results: &'a [ArticleResult], filter: &Filter) -> Vec<Row<'a>> {
    let mut out = Vec::new();
    for result in results {
        for (unit, score) in result.alignment.units.iter().zip(&result.score.units) {
            if score.confidence < filter.min_confidence {
                continue;
            }
            if filter.one_to_one && unit.cells.iter().any(|c| c.len() > 1) {
                continue;
            }
            let flagged =
                result.score.findings.iter().any(|f| {
                    f.kind.is_defect() && f.section == unit.section && f.unit == unit.id()
                });
            if filter.drop_findings && flagged {
                continue;
            }
            if filter.drop_disputed && unit.disputed.iter().any(|&d| d) {
                continue;
            }
            out.push(Row {
                result,
                unit,
                confidence: score.confidence,
            });
        }
    }
    out
}

/// `corpus.jsonl`: a line per unit, `{"translation": {"ja": ..., "en": ...}, "article",
/// "section", "unit", "confidence", "disputed"}`; an edition without the unit is `null`.
pub fn jsonl(results: &[ArticleResult], langs: &[Lang], filter: &Filter) -> String {
    let mut out = String::new();
    for row in rows(results, filter) {
        let translation: serde_json::Map<String, serde_json::Value> = langs
            .iter()
            .map(|&l| {
                (
                    l.code().to_string(),
                    row.text(l)
                        .map_or(serde_json::Value::Null, serde_json::Value::String),
                )
            })
            .collect();
        let line = serde_json::json!({
            "translation": translation,
            "article": row.result.name,
            "section": row.unit.section.to_string(),
            "unit": row.unit.id(),
            "confidence": (row.confidence * 1000.0).round() / 1000.0,
            "disputed": row.disputed(),
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// Escapes text for XML and HTML content and attributes (and drops control characters XML
/// cannot carry).
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// The `<tu>` elements of the units of some articles (the body of `corpus.tmx`).
pub fn tmx_units(results: &[ArticleResult], langs: &[Lang], filter: &Filter) -> String {
    let mut out = String::new();
    for row in rows(results, filter) {
        let _ = writeln!(out, "    <tu tuid=\"{}\">", xml(&row.id()));
        let _ = writeln!(
            out,
            "      <prop type=\"x-confidence\">{:.3}</prop>",
            row.confidence
        );
        for &lang in langs {
            if let Some(text) = row.text(lang) {
                let _ = writeln!(
                    out,
                    "      <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>",
                    lang.code(),
                    xml(&text)
                );
            }
        }
        let _ = writeln!(out, "    </tu>");
    }
    out
}

/// `corpus.tmx`: TMX 1.4b around the `<tu>` elements; the source language is the articles'
/// pivot when they share one, `*all*` otherwise.
pub fn tmx_document(pivots: &[Lang], units: &str) -> String {
    let srclang = match pivots.first() {
        Some(first) if pivots.iter().all(|p| p == first) => first.code(),
        _ => "*all*",
    };
    let mut out = String::new();
    let _ = writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    let _ = writeln!(out, "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
    let _ = writeln!(out, "<tmx version=\"1.4\">");
    let _ = writeln!(
        out,
        "  <header creationtool=\"concord\" creationtoolversion=\"{}\" segtype=\"sentence\" o-tmf=\"concord\" adminlang=\"en\" srclang=\"{srclang}\" datatype=\"plaintext\"/>",
        env!("CARGO_PKG_VERSION")
    );
    let _ = writeln!(out, "  <body>");
    out.push_str(units);
    let _ = writeln!(out, "  </body>");
    let _ = writeln!(out, "</tmx>");
    out
}

/// Moses-style files of one language pair: the two sides, a line per unit both editions have
/// (line breaks inside a unit become spaces).
pub fn moses(results: &[ArticleResult], pair: (Lang, Lang), filter: &Filter) -> (String, String) {
    let (mut a, mut b) = (String::new(), String::new());
    for row in rows(results, filter) {
        if let (Some(x), Some(y)) = (row.text(pair.0), row.text(pair.1)) {
            a.push_str(&x.replace('\n', " "));
            a.push('\n');
            b.push_str(&y.replace('\n', " "));
            b.push('\n');
        }
    }
    (a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_is_escaped() {
        assert_eq!(xml("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
    }
}
