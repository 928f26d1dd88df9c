//! The report printed on the command line: per article, a line per section with coverage and
//! divergence for each edition, then the findings. A corpus of many articles gets one summary
//! line per article instead of the section table.

use std::fmt::Write;

use crate::ArticleResult;

/// Articles up to this many get the full section table; more get a line each.
pub const FULL_REPORT_MAX: usize = 3;

/// Divergence from which a section cell shows as diverging (red), and as worth a look
/// (yellow), on a terminal.
const RED_FROM: f64 = 0.2;
const YELLOW_FROM: f64 = 0.1;

/// Paints text with an ANSI colour when `on` (the report goes to a terminal).
fn paint(text: &str, colour: &str, on: bool) -> String {
    if on {
        format!("\x1b[{colour}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

/// Renders the report for the articles of a run (the closing line is the caller's); `colour`
/// paints divergence and findings for a terminal.
pub fn render(results: &[ArticleResult], colour: bool) -> String {
    let mut s = String::new();
    if results.len() <= FULL_REPORT_MAX {
        for r in results {
            article_report(&mut s, r, colour);
        }
    } else {
        for r in results {
            let _ = writeln!(s, "{}", header_line(r));
        }
    }
    s.push('\n');
    s
}

/// Findings (defects) and notes (differences of form) over all articles.
fn counts(results: &[ArticleResult]) -> (usize, usize) {
    let all = results.iter().flat_map(|r| r.score.findings.iter());
    let defects = all.clone().filter(|f| f.kind.is_defect()).count();
    (defects, all.count() - defects)
}

/// One line about an article: its editions, pivot, units, findings and notes.
pub fn header_line(r: &ArticleResult) -> String {
    let a = &r.alignment;
    let pivot = &a.inputs[a.pivot].edition;
    let langs: Vec<&str> = a.inputs.iter().map(|i| i.edition.lang.code()).collect();
    format!(
        "{}: {} editions ({}), pivot {}{}, {} units, agreement {:.2}, {} findings, {} notes",
        r.name,
        langs.len(),
        langs.join(" "),
        pivot.lang,
        pivot
            .date
            .as_ref()
            .map(|d| format!(" (published {d})"))
            .unwrap_or_default(),
        a.units.len(),
        r.score.agreement().agreement,
        counts(std::slice::from_ref(r)).0,
        counts(std::slice::from_ref(r)).1
    )
}

fn article_report(s: &mut String, r: &ArticleResult, colour: bool) {
    let _ = writeln!(s, "{}", header_line(r));
    let langs = r.alignment.langs();
    let _ = write!(s, "{:<12}", "section");
    for l in &langs {
        let _ = write!(s, " {:>9}", l.code());
    }
    let _ = writeln!(s, "   (coverage/divergence)");
    let mut sections: Vec<_> = r.score.sections.iter().map(|x| x.section).collect();
    sections.dedup();
    let mut seen = Vec::new();
    for section in sections {
        if seen.contains(&section) {
            continue;
        }
        seen.push(section);
        let _ = write!(s, "{:<12}", section.to_string());
        for l in &langs {
            match r
                .score
                .sections
                .iter()
                .find(|x| x.section == section && x.lang == *l)
            {
                Some(x) => {
                    let cell = format!(" {:>4.0}%/{:.2}", 100.0 * x.coverage, x.divergence);
                    let code = if x.divergence >= RED_FROM {
                        "31"
                    } else if x.divergence >= YELLOW_FROM {
                        "33"
                    } else {
                        "32"
                    };
                    s.push_str(&paint(&cell, code, colour));
                }
                None => {
                    let _ = write!(s, " {:>9}", "-");
                }
            }
        }
        let _ = writeln!(s);
    }
    let (defects, notes): (Vec<_>, Vec<_>) =
        r.score.findings.iter().partition(|f| f.kind.is_defect());
    if defects.is_empty() {
        let _ = writeln!(s, "findings: none, the editions agree in content");
    } else {
        let _ = writeln!(s, "{}", paint("findings:", "1;31", colour));
        list(s, &defects);
    }
    if !notes.is_empty() {
        let _ = writeln!(s, "notes (differences of form, not of content):");
        list(s, &notes);
    }
}

fn list(s: &mut String, findings: &[&crate::score::Finding]) {
    for f in findings {
        let _ = writeln!(
            s,
            "  {:<11} unit {:<4} {}  {:<12} {:<6} {}",
            f.section.to_string(),
            f.unit,
            f.lang,
            f.kind.name(),
            f.severity.name(),
            f.detail
        );
    }
}
