//! Scores a sentence alignment against a gold alignment: strict and lax precision, recall and
//! F1 over beads, as in the Vecalign paper (Thompson & Koehn 2019), which follows the Bleualign
//! evaluation (Sennrich & Volk 2011). `concord eval` prints them; the definitions match
//! `../shared/bench/score_beads.py`.
//!
//! A bead pairs the sorted source and target sentence ids it joins, in the standard format, one
//! bead a line: `[0]:[0]`, `[1, 2]:[3]`, `[]:[4]` (an optional third `:`-field such as a cost
//! is ignored; blank lines are ignored). Per document pair, beads empty on both sides are
//! dropped and duplicate beads count once; the links of a set of beads are the pairs `(s, t)`
//! with `s` on the source side and `t` on the target side of one bead (a 1-0 or 0-1 bead has
//! none).
//!
//! - Precision is over every test bead, null beads included: a strict hit is a gold bead; a lax
//!   hit is a strict hit or a bead with some `(s, t)` among the gold links (so a null bead is a
//!   lax hit only when it is a gold bead).
//! - Recall is over the gold beads with both sides non-empty, against the test beads with both
//!   sides non-empty: a strict hit is such a test bead; a lax hit is a strict hit or a bead with
//!   some `(s, t)` among those test beads' links.
//! - Counts are summed over the document pairs before dividing (micro-average);
//!   `F1 = 2PR / (P + R)`, and any `0 / 0` is 0.

use std::collections::HashSet;
use std::ops::AddAssign;

/// One bead: the source sentence ids and the target sentence ids it aligns, each sorted.
pub type Bead = (Vec<usize>, Vec<usize>);

/// Reads beads in the standard format, one a line. The ids of each side are sorted (as written,
/// duplicates kept); a third `:`-field and blank lines are ignored. An error names the line
/// (1-based) and what is wrong with it.
pub fn parse_beads(text: &str) -> Result<Vec<Bead>, String> {
    let mut beads = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.is_empty() {
            continue;
        }
        let at = |what: String| format!("line {}: {what}", n + 1);
        let mut parts = line.split(':').map(str::trim).filter(|p| !p.is_empty());
        let (Some(src), Some(tgt)) = (parts.next(), parts.next()) else {
            return Err(at(format!(
                "expected a bead `[src ids]:[tgt ids]`, got `{}`",
                shorten(line)
            )));
        };
        let src = parse_side(src).map_err(|e| at(format!("{e} in `{}`", shorten(line))))?;
        let tgt = parse_side(tgt).map_err(|e| at(format!("{e} in `{}`", shorten(line))))?;
        beads.push((src, tgt));
    }
    Ok(beads)
}

/// One side of a bead, `[]` or `[3]` or `[1, 2]` (a trailing comma is allowed), sorted.
fn parse_side(side: &str) -> Result<Vec<usize>, String> {
    let Some(inner) = side.strip_prefix('[').and_then(|s| s.strip_suffix(']')) else {
        return Err(format!(
            "a side must be a list of sentence ids in brackets such as [1, 2], not `{}`",
            shorten(side)
        ));
    };
    let inner = inner.trim();
    let (inner, trailing_comma) = match inner.strip_suffix(',') {
        Some(rest) => (rest.trim_end(), true),
        None => (inner, false),
    };
    let mut ids = Vec::new();
    if inner.is_empty() {
        if trailing_comma {
            return Err("`[,]` is not a list of sentence ids (write `[]`)".to_string());
        }
        return Ok(ids);
    }
    for item in inner.split(',') {
        let item = item.trim();
        match item.parse::<usize>() {
            Ok(id) if item.bytes().all(|b| b.is_ascii_digit()) => ids.push(id),
            _ => {
                return Err(format!(
                    "`{}` is not a sentence id (ids are 0-based whole numbers)",
                    shorten(item)
                ));
            }
        }
    }
    ids.sort_unstable();
    Ok(ids)
}

/// A text for an error message: at most 60 characters of it.
fn shorten(text: &str) -> String {
    if text.chars().count() <= 60 {
        text.to_string()
    } else {
        let head: String = text.chars().take(57).collect();
        format!("{head}...")
    }
}

/// The raw counts behind the metrics, for one document pair or summed over many. The field
/// names are those of `score_beads.py`'s JSON output.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Distinct test beads (null beads included): the precision denominator.
    pub p_n: usize,
    /// Test beads that are gold beads.
    pub p_strict: usize,
    /// Test beads that are gold beads or share a link with the gold beads.
    pub p_lax: usize,
    /// Distinct gold beads with both sides non-empty: the recall denominator.
    pub r_n: usize,
    /// Those gold beads that are test beads.
    pub r_strict: usize,
    /// Those gold beads that are test beads or share a link with the non-null test beads.
    pub r_lax: usize,
}

impl AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.p_n += other.p_n;
        self.p_strict += other.p_strict;
        self.p_lax += other.p_lax;
        self.r_n += other.r_n;
        self.r_strict += other.r_strict;
        self.r_lax += other.r_lax;
    }
}

/// Strict and lax precision, recall and F1, each in [0, 1].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Metrics {
    /// Share of test beads that are gold beads.
    pub precision_strict: f64,
    /// Share of non-null gold beads found exactly.
    pub recall_strict: f64,
    /// Harmonic mean of the strict precision and recall.
    pub f1_strict: f64,
    /// Share of test beads that are gold beads or share a gold link.
    pub precision_lax: f64,
    /// Share of non-null gold beads found exactly or sharing a test link.
    pub recall_lax: f64,
    /// Harmonic mean of the lax precision and recall.
    pub f1_lax: f64,
}

/// The links `(s, t)` a set of beads implies.
fn links(beads: &HashSet<&Bead>) -> HashSet<(usize, usize)> {
    let mut out = HashSet::new();
    for (src, tgt) in beads {
        for &s in src {
            for &t in tgt {
                out.insert((s, t));
            }
        }
    }
    out
}

/// For each bead of `candidates`: is it a bead of `reference` (strict), or does it share a
/// link with `reference` (lax)? Returns (candidates, strict hits, lax hits).
fn hits(candidates: &HashSet<&Bead>, reference: &HashSet<&Bead>) -> (usize, usize, usize) {
    let reference_links = links(reference);
    let mut strict = 0;
    let mut lax = 0;
    for bead in candidates {
        if reference.contains(bead) {
            strict += 1;
            lax += 1;
        } else if bead
            .0
            .iter()
            .any(|&s| bead.1.iter().any(|&t| reference_links.contains(&(s, t))))
        {
            lax += 1;
        }
    }
    (candidates.len(), strict, lax)
}

/// The counts for one document pair: `test` scored against `gold`.
pub fn counts(test: &[Bead], gold: &[Bead]) -> Counts {
    let not_empty = |b: &&Bead| !b.0.is_empty() || !b.1.is_empty();
    let both_sides = |b: &&&Bead| !b.0.is_empty() && !b.1.is_empty();
    let test_all: HashSet<&Bead> = test.iter().filter(not_empty).collect();
    let gold_all: HashSet<&Bead> = gold.iter().filter(not_empty).collect();
    let (p_n, p_strict, p_lax) = hits(&test_all, &gold_all);
    let test_links: HashSet<&Bead> = test_all.iter().filter(both_sides).copied().collect();
    let gold_links: HashSet<&Bead> = gold_all.iter().filter(both_sides).copied().collect();
    let (r_n, r_strict, r_lax) = hits(&gold_links, &test_links);
    Counts {
        p_n,
        p_strict,
        p_lax,
        r_n,
        r_strict,
        r_lax,
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Counts {
    /// Precision, recall and F1 from these counts (0 where a denominator is 0).
    pub fn metrics(&self) -> Metrics {
        let precision_strict = ratio(self.p_strict, self.p_n);
        let precision_lax = ratio(self.p_lax, self.p_n);
        let recall_strict = ratio(self.r_strict, self.r_n);
        let recall_lax = ratio(self.r_lax, self.r_n);
        Metrics {
            precision_strict,
            recall_strict,
            f1_strict: f1(precision_strict, recall_strict),
            precision_lax,
            recall_lax,
            f1_lax: f1(precision_lax, recall_lax),
        }
    }
}

impl Metrics {
    /// The metrics as `score_beads.py` prints them: a header and three rows, three decimals,
    /// no final line end.
    pub fn table(&self) -> String {
        format!(
            "            Strict    Lax\n\
             Precision   {:.3}   {:.3}\n\
             Recall      {:.3}   {:.3}\n\
             F1          {:.3}   {:.3}",
            self.precision_strict,
            self.precision_lax,
            self.recall_strict,
            self.recall_lax,
            self.f1_strict,
            self.f1_lax
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn beads(text: &str) -> Vec<Bead> {
        parse_beads(text).unwrap()
    }

    #[test]
    fn parses_the_standard_format() {
        let got = beads("[0]:[0]\n\n[2, 1]:[3]:0.1234\r\n[]:[4]\n  [5] : [] : x \n[6,]:[5]\n");
        assert_eq!(
            got,
            vec![
                (vec![0], vec![0]),
                (vec![1, 2], vec![3]),
                (vec![], vec![4]),
                (vec![5], vec![]),
                (vec![6], vec![5]),
            ]
        );
        assert_eq!(beads(""), Vec::<Bead>::new());
        assert_eq!(beads("\u{feff}[0]:[1]"), vec![(vec![0], vec![1])]);
    }

    #[test]
    fn bad_lines_name_their_line_number() {
        for (text, line) in [
            ("[0]:[0]\n\n[1]\n", "line 3:"),
            ("[0]:[x]\n", "line 1:"),
            ("[0]:[0]\n[1]:[-1]\n", "line 2:"),
            ("[0]:[1 2]\n", "line 1:"),
            ("0:1\n", "line 1:"),
            ("[0]:[1,,2]\n", "line 1:"),
            ("[,]:[1]\n", "line 1:"),
            ("[0:1]\n", "line 1:"),
            ("[0]:[99999999999999999999999]\n", "line 1:"),
        ] {
            let err = parse_beads(text).unwrap_err();
            assert!(err.starts_with(line), "{text:?}: {err}");
        }
        let long = format!("[0]:[{}]", "y".repeat(500));
        assert!(parse_beads(&long).unwrap_err().len() < 300);
    }

    #[test]
    fn perfect_alignment_scores_one() {
        let gold = beads("[0]:[0]\n[1, 2]:[1]\n[]:[2]\n[3]:[3]\n");
        let c = counts(&gold, &gold);
        assert_eq!(
            c,
            Counts {
                p_n: 4,
                p_strict: 4,
                p_lax: 4,
                r_n: 3,
                r_strict: 3,
                r_lax: 3
            }
        );
        let m = c.metrics();
        assert_eq!((m.f1_strict, m.f1_lax), (1.0, 1.0));
    }

    #[test]
    fn null_beads_count_for_precision_only() {
        // gold: 0-0, 1-1, 2-, 3-2.  test: 0-0, 1-1 and 2 merged with 1, 3-2, and a stray -2.
        let gold = beads("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2]\n");
        let test = beads("[0]:[0]\n[1, 2]:[1]\n[3]:[2]\n[]:[2]\n");
        let c = counts(&test, &gold);
        // Precision: 4 test beads; strict 0-0, 3-2; lax also [1,2]:[1] (link 1-1); []:[2] no.
        // Recall: 3 gold non-null beads; strict 0-0, 3-2; lax also 1-1 (test link 1-1).
        assert_eq!(
            c,
            Counts {
                p_n: 4,
                p_strict: 2,
                p_lax: 3,
                r_n: 3,
                r_strict: 2,
                r_lax: 3
            }
        );
        let m = c.metrics();
        assert!((m.precision_strict - 0.5).abs() < 1e-12);
        assert!((m.recall_strict - 2.0 / 3.0).abs() < 1e-12);
        assert!((m.f1_strict - 4.0 / 7.0).abs() < 1e-12);
        assert!((m.precision_lax - 0.75).abs() < 1e-12);
        assert!((m.recall_lax - 1.0).abs() < 1e-12);
        assert!((m.f1_lax - 6.0 / 7.0).abs() < 1e-12);
    }

    #[test]
    fn duplicates_and_empty_beads_are_dropped() {
        let gold = beads("[0]:[0]\n[]:[]\n[1]:[1]\n");
        let test = beads("[0]:[0]\n[0]:[0]\n[]:[]\n[1]:[2]\n[0]:[0]:9\n");
        let c = counts(&test, &gold);
        assert_eq!(
            c,
            Counts {
                p_n: 2,
                p_strict: 1,
                p_lax: 1,
                r_n: 2,
                r_strict: 1,
                r_lax: 1
            }
        );
    }

    #[test]
    fn a_null_test_bead_is_a_lax_hit_only_when_gold() {
        let gold = beads("[0]:[0]\n[1]:[]\n");
        let test = beads("[0]:[]\n[1]:[]\n[]:[0]\n");
        let c = counts(&test, &gold);
        assert_eq!((c.p_n, c.p_strict, c.p_lax), (3, 1, 1));
        assert_eq!((c.r_n, c.r_strict, c.r_lax), (1, 0, 0));
        assert_eq!(c.metrics().f1_strict, 0.0);
    }

    #[test]
    fn counts_add_up_before_dividing() {
        let mut total = Counts::default();
        total += counts(&beads("[0]:[0]\n"), &beads("[0]:[0]\n"));
        total += counts(&beads("[0]:[1]\n[1]:[0]\n"), &beads("[0]:[0]\n[1]:[1]\n"));
        let m = total.metrics();
        // 1 of 3 test beads, 1 of 3 gold beads: micro P = R = 1/3 (the mean of the files'
        // scores would be 1/2).
        assert!((m.precision_strict - 1.0 / 3.0).abs() < 1e-12);
        assert!((m.recall_strict - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn nothing_to_score_is_zero_not_nan() {
        let m = counts(&[], &[]).metrics();
        assert_eq!(m, Metrics::default());
        assert_eq!(
            m.table(),
            "            Strict    Lax\nPrecision   0.000   0.000\nRecall      0.000   0.000\nF1          0.000   0.000"
        );
    }
}
