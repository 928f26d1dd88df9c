//! `--html FILE`: one self-contained HTML page for editors: a heatmap of divergence (sections
//! by editions), then the units side by side with their findings highlighted, with filters by
//! language and finding kind. No external resources: the page works offline.

use std::fmt::Write as _;

use crate::ArticleResult;
use crate::lang::Lang;
use crate::score::{Finding, cell_text};

use super::export::xml as esc;

/// A heatmap colour for a divergence in [0,1]: green (agree) to red (diverge).
fn heat(divergence: f64) -> String {
    let d = divergence.clamp(0.0, 1.0);
    let hue = 120.0 * (1.0 - (d * 2.5).min(1.0));
    format!("hsl({hue:.0}, 70%, 80%)")
}

const STYLE: &str = "body{font-family:sans-serif;margin:1.5em;color:#222}\
table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 6px;\
vertical-align:top;font-size:13px}th{background:#f4f4f4}.heat td.cell{text-align:center;min-width:3.5em}\
.units td{max-width:22em}.finding{background:#ffd6d6}.note{background:#fff3c4}\
.kinds span{margin-right:1em}.filters{margin:1em 0;position:sticky;top:0;background:#fff;padding:0.4em 0}\
.hidden{display:none}";

const SCRIPT: &str = "function applyFilters(){\
const langs=[...document.querySelectorAll('input.lang')].filter(b=>b.checked).map(b=>b.value);\
const kinds=[...document.querySelectorAll('input.kind')].filter(b=>b.checked).map(b=>b.value);\
const only=document.getElementById('only-findings').checked;\
document.querySelectorAll('[data-lang]').forEach(e=>e.classList.toggle('hidden',!langs.includes(e.dataset.lang)));\
document.querySelectorAll('tr.unit').forEach(r=>{const ks=(r.dataset.kinds||'').split(' ').filter(k=>k);\
const shown=!only||ks.some(k=>kinds.includes(k));r.classList.toggle('hidden',!shown);});}\
document.querySelectorAll('.filters input').forEach(b=>b.addEventListener('change',applyFilters));\
applyFilters();";

/// The whole page for the articles of a run.
pub fn page(results: &[ArticleResult], langs: &[Lang]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>concord report</title><style>{STYLE}</style></head><body>\n<h1>concord report</h1>"
    );
    filters(&mut s, langs);
    for r in results {
        article(&mut s, r, langs);
    }
    let _ = writeln!(s, "<script>{SCRIPT}</script>\n</body></html>");
    s
}

fn filters(s: &mut String, langs: &[Lang]) {
    let _ = write!(s, "<div class=\"filters\">Editions: ");
    for l in langs {
        let _ = write!(
            s,
            "<label><input type=\"checkbox\" class=\"lang\" value=\"{l}\" checked> {l}</label> "
        );
    }
    let _ = write!(s, " &nbsp; Kinds: ");
    for kind in [
        "missing",
        "extra",
        "number",
        "untranslated",
        "truncated",
        "split",
        "merged",
    ] {
        let _ = write!(
            s,
            "<label><input type=\"checkbox\" class=\"kind\" value=\"{kind}\" checked> {kind}</label> "
        );
    }
    let _ = writeln!(
        s,
        " &nbsp; <label><input type=\"checkbox\" id=\"only-findings\"> only units with findings</label></div>"
    );
}

fn article(s: &mut String, r: &ArticleResult, langs: &[Lang]) {
    let a = &r.alignment;
    let _ = writeln!(s, "<h2>{}</h2>", esc(&r.name));
    // Heatmap: sections by editions.
    let _ = write!(s, "<table class=\"heat\"><tr><th>section</th>");
    let present: Vec<Lang> = langs
        .iter()
        .copied()
        .filter(|l| a.langs().contains(l))
        .collect();
    for l in &present {
        let _ = write!(s, "<th data-lang=\"{l}\">{l}</th>");
    }
    let _ = writeln!(s, "</tr>");
    let mut sections: Vec<_> = Vec::new();
    for sc in &r.score.sections {
        if !sections.contains(&sc.section) {
            sections.push(sc.section);
        }
    }
    for section in &sections {
        let _ = write!(s, "<tr><td>{section}</td>");
        for l in &present {
            match r
                .score
                .sections
                .iter()
                .find(|x| x.section == *section && x.lang == *l)
            {
                Some(x) => {
                    let _ = write!(
                        s,
                        "<td class=\"cell\" data-lang=\"{l}\" style=\"background:{}\" title=\"coverage {:.0}%, divergence {:.2}\">{:.2}</td>",
                        heat(x.divergence),
                        100.0 * x.coverage,
                        x.divergence,
                        x.divergence
                    );
                }
                None => {
                    let _ = write!(s, "<td data-lang=\"{l}\"></td>");
                }
            }
        }
        let _ = writeln!(s, "</tr>");
    }
    let _ = writeln!(s, "</table>");
    units(s, r, &present);
}

fn units(s: &mut String, r: &ArticleResult, present: &[Lang]) {
    let a = &r.alignment;
    let _ = write!(s, "<table class=\"units\"><tr><th>unit</th>");
    for l in present {
        let _ = write!(s, "<th data-lang=\"{l}\">{l}</th>");
    }
    let _ = writeln!(s, "</tr>");
    for unit in &a.units {
        let findings: Vec<&Finding> = r
            .score
            .findings
            .iter()
            .filter(|f| f.section == unit.section && f.unit == unit.id())
            .collect();
        let kinds: Vec<&str> = findings.iter().map(|f| f.kind.name()).collect();
        let _ = write!(
            s,
            "<tr class=\"unit\" data-kinds=\"{}\"><td>{}.{}</td>",
            kinds.join(" "),
            unit.section,
            unit.id()
        );
        for l in present {
            let k = a
                .inputs
                .iter()
                .position(|i| i.edition.lang == *l)
                .unwrap_or(0);
            let mine: Vec<&&Finding> = findings.iter().filter(|f| f.lang == *l).collect();
            let class = match mine.first() {
                Some(f) if f.kind.is_defect() => " class=\"finding\"",
                Some(_) => " class=\"note\"",
                None => "",
            };
            let title: Vec<String> = mine
                .iter()
                .map(|f| format!("{} ({}): {}", f.kind.name(), f.severity.name(), f.detail))
                .collect();
            let _ = write!(
                s,
                "<td data-lang=\"{l}\"{class} title=\"{}\">{}</td>",
                esc(&title.join("\n")),
                esc(&cell_text(a, k, &unit.cells[k]))
            );
        }
        let _ = writeln!(s, "</tr>");
    }
    let _ = writeln!(s, "</table>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_go_from_green_to_red() {
        assert_eq!(heat(0.0), "hsl(120, 70%, 80%)");
        assert_eq!(heat(1.0), "hsl(0, 70%, 80%)");
        assert_eq!(
            esc("<b>\"x\" & y</b>"),
            "&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;"
        );
    }
}
