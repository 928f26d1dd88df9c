//! Pairwise alignment of one edition to the pivot: a dynamic program over beads (0-1, 1-0,
//! 1-1, 1-2, 2-1, 2-2, 1-3, 3-1; 1-n for Thai pieces), scored by length ratio and anchors.
//!
//! The article is cut into spans at the section headings both editions share, and each span is
//! aligned on its own: a heading one edition lacks (a dropped heading) only widens a span.
//! Lengths are shares of the edition's whole text, so the length ratio of a language pair is
//! estimated from the article itself; the spread of that ratio is re-estimated after a first
//! pass from the 1-1 beads found.

use std::ops::Range;

use super::{AlignInput, Bead};
use crate::features::{Features, same_name};
use crate::ingest::SectionId;
use crate::segment::Role;

/// Tunable weights of the bead cost, in nats (−log probability).
#[derive(Clone, Debug)]
pub struct Weights {
    /// Spread of the log length ratio of 1-1 beads (re-estimated per pair).
    pub sigma: f64,
    /// Systematic log length ratio of the pair (re-estimated per pair).
    pub bias: f64,
    /// Smoothing share added to both lengths, so short sentences are not over-penalised.
    pub smoothing: f64,
    /// Cost of leaving a sentence without counterpart (1-0 or 0-1).
    pub skip: f64,
    /// Cost of each extra sentence in a bead on a side with sure boundaries (2-1 costs 1x).
    pub merge: f64,
    /// Cost of each extra piece on a weakly segmented side (Thai).
    pub weak_merge: f64,
    /// Bonus for each number shared by the two sides of a bead.
    pub number_match: f64,
    /// Cost of each number one side states and the other lacks.
    pub number_miss: f64,
    /// Bonus for each Latin-script name shared by the two sides.
    pub name_match: f64,
    /// Cost of a bead that spans two paragraphs on one side.
    pub paragraph_cross: f64,
    /// Bonus for aligning the two editions' headings of the same section.
    pub heading_match: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            sigma: 0.35,
            bias: 0.0,
            smoothing: 0.004,
            skip: 4.0,
            merge: 1.6,
            weak_merge: 0.05,
            number_match: 1.2,
            number_miss: 0.4,
            name_match: 1.0,
            paragraph_cross: 1.5,
            heading_match: 4.0,
        }
    }
}

/// Longest run of Thai pieces one bead may join.
const MAX_WEAK_PIECES: usize = 12;

/// Bead shapes (pivot sentences, other sentences) tried when both sides have sure boundaries.
const SHAPES: &[(usize, usize)] = &[
    (1, 1),
    (1, 0),
    (0, 1),
    (2, 1),
    (1, 2),
    (2, 2),
    (3, 1),
    (1, 3),
];

/// One side of a pair: an edition's sentences with their measures.
pub struct Side<'a> {
    pub input: &'a AlignInput,
    /// Each sentence's share of the edition's text length.
    pub share: Vec<f64>,
    pub weak: bool,
}

impl<'a> Side<'a> {
    pub fn new(input: &'a AlignInput) -> Side<'a> {
        let total: usize = input.features.iter().map(|f| f.len).sum();
        let total = total.max(1) as f64;
        Side {
            share: input.features.iter().map(|f| f.len as f64 / total).collect(),
            weak: input.edition.lang.weakly_segmented(),
            input,
        }
    }

    fn role(&self, i: usize) -> Role {
        self.input.edition.sentences[i].role
    }

    fn section(&self, i: usize) -> SectionId {
        self.input.edition.sentences[i].section
    }

    fn block(&self, i: usize) -> usize {
        self.input.edition.sentences[i].block
    }

    fn feat(&self, i: usize) -> &Features {
        &self.input.features[i]
    }

    fn len(&self) -> usize {
        self.share.len()
    }
}

/// Aligns `other` to `pivot` and returns beads covering both editions in order.
pub fn align_pair(pivot: &Side, other: &Side, weights: &Weights) -> Vec<Bead> {
    let first = align_spans(pivot, other, weights);
    let tuned = retune(pivot, other, &first, weights);
    align_spans(pivot, other, &tuned)
}

/// Re-estimates the length model of the pair from the 1-1 body beads of a first pass.
fn retune(pivot: &Side, other: &Side, beads: &[Bead], weights: &Weights) -> Weights {
    let mut deltas: Vec<f64> = beads
        .iter()
        .filter(|b| b.pivot.len() == 1 && b.other.len() == 1)
        .filter(|b| pivot.role(b.pivot.start) == Role::Body)
        .map(|b| {
            let la = pivot.share[b.pivot.start] + weights.smoothing;
            let lb = other.share[b.other.start] + weights.smoothing;
            (lb / la).ln()
        })
        .collect();
    if deltas.len() < 5 {
        return weights.clone();
    }
    let bias = median(&mut deltas);
    let mut dev: Vec<f64> = deltas.iter().map(|d| (d - bias).abs()).collect();
    let sigma = (1.4826 * median(&mut dev)).clamp(0.12, 0.6);
    Weights {
        sigma,
        bias,
        ..weights.clone()
    }
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

/// Cuts both editions at the headings (and the title) they share and aligns each span.
fn align_spans(pivot: &Side, other: &Side, weights: &Weights) -> Vec<Bead> {
    let cuts = shared_cuts(pivot, other);
    let mut beads = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        beads.extend(align_span(pivot, other, a.0..b.0, a.1..b.1, weights));
    }
    beads
}

/// Positions (pivot, other) where both editions start the same section, plus both ends.
fn shared_cuts(pivot: &Side, other: &Side) -> Vec<(usize, usize)> {
    let starts = |side: &Side| -> Vec<(SectionId, usize)> {
        (0..side.len())
            .filter(|&i| i == 0 || side.section(i) != side.section(i - 1))
            .map(|i| (side.section(i), i))
            .collect()
    };
    let a = starts(pivot);
    let b = starts(other);
    let mut cuts = vec![(0, 0)];
    let mut last_b = 0;
    for (sec, ia) in a.iter().skip(1) {
        if let Some((_, ib)) = b.iter().find(|(s, ib)| s == sec && *ib > last_b) {
            cuts.push((*ia, *ib));
            last_b = *ib;
        }
    }
    cuts.push((pivot.len(), other.len()));
    cuts.dedup();
    cuts
}

/// Dynamic program over one span.
fn align_span(
    pivot: &Side,
    other: &Side,
    ra: Range<usize>,
    rb: Range<usize>,
    weights: &Weights,
) -> Vec<Bead> {
    let (n, m) = (ra.len(), rb.len());
    let span = Span::new(pivot, other, ra.clone(), rb.clone());
    let shapes = shapes(pivot.weak, other.weak);
    let mut cost = vec![f64::INFINITY; (n + 1) * (m + 1)];
    let mut back = vec![(0usize, 0usize); (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    cost[0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            let here = cost[at(i, j)];
            if !here.is_finite() {
                continue;
            }
            for &(da, db) in &shapes {
                if i + da > n || j + db > m {
                    continue;
                }
                let Some(c) = span.bead_cost(i..i + da, j..j + db, weights) else {
                    continue;
                };
                let next = at(i + da, j + db);
                if here + c < cost[next] {
                    cost[next] = here + c;
                    back[next] = (da, db);
                }
            }
        }
    }
    let mut beads = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (da, db) = back[at(i, j)];
        let c = cost[at(i, j)] - cost[at(i - da, j - db)];
        beads.push(Bead {
            pivot: ra.start + i - da..ra.start + i,
            other: rb.start + j - db..rb.start + j,
            cost: c,
        });
        i -= da;
        j -= db;
    }
    beads.reverse();
    beads
}

fn shapes(pivot_weak: bool, other_weak: bool) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = SHAPES.to_vec();
    // Every sentence end of the sure side falls on a space of the weak side, so a weak bead
    // joins pieces against one sentence only.
    for k in 2..=MAX_WEAK_PIECES {
        if other_weak {
            out.push((1, k));
        }
        if pivot_weak {
            out.push((k, 1));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Precomputed anchor matches between the sentences of one span.
struct Span<'s, 'a> {
    pivot: &'s Side<'a>,
    other: &'s Side<'a>,
    ra: Range<usize>,
    rb: Range<usize>,
    /// numbers[i][j]: how many numbers of pivot sentence i have a match in other sentence j.
    numbers_ab: Vec<Vec<u16>>,
    numbers_ba: Vec<Vec<u16>>,
    names_ab: Vec<Vec<u16>>,
}

impl<'s, 'a> Span<'s, 'a> {
    fn new(pivot: &'s Side<'a>, other: &'s Side<'a>, ra: Range<usize>, rb: Range<usize>) -> Self {
        let grid = |f: &dyn Fn(&Features, &Features) -> usize, swap: bool| -> Vec<Vec<u16>> {
            ra.clone()
                .map(|i| {
                    rb.clone()
                        .map(|j| {
                            let (x, y) = (pivot.feat(i), other.feat(j));
                            let v = if swap { f(y, x) } else { f(x, y) };
                            v as u16
                        })
                        .collect()
                })
                .collect()
        };
        let num = |x: &Features, y: &Features| {
            x.numbers
                .iter()
                .filter(|n| y.numbers.iter().any(|m| n.same(m)))
                .count()
        };
        let name = |x: &Features, y: &Features| {
            x.names
                .iter()
                .filter(|n| y.names.iter().any(|m| same_name(n, m)))
                .count()
        };
        Span {
            numbers_ab: grid(&num, false),
            numbers_ba: grid(&num, true),
            names_ab: grid(&name, false),
            pivot,
            other,
            ra,
            rb,
        }
    }

    /// The cost of a bead (local indices), or `None` when the bead is not allowed.
    fn bead_cost(&self, a: Range<usize>, b: Range<usize>, w: &Weights) -> Option<f64> {
        let ga = a.start + self.ra.start..a.end + self.ra.start;
        let gb = b.start + self.rb.start..b.end + self.rb.start;
        let mut cost = self.structure_cost(&ga, &gb, w)?;
        if ga.is_empty() || gb.is_empty() {
            return Some(cost + w.skip);
        }
        cost += self.shape_cost(&ga, &gb, w);
        cost += self.length_cost(&ga, &gb, w);
        cost += self.anchor_cost(&a, &b, &ga, &gb, w);
        if let Some(last) = gb.clone().last() {
            cost += self.other.input.edition.sentences[last].break_cost as f64;
        }
        if let Some(last) = ga.clone().last() {
            cost += self.pivot.input.edition.sentences[last].break_cost as f64;
        }
        Some(cost)
    }

    /// Titles, headings and references pair only with their own kind, one to one; a bead never
    /// spans two sections; crossing a paragraph costs.
    fn structure_cost(&self, ga: &Range<usize>, gb: &Range<usize>, w: &Weights) -> Option<f64> {
        let special = |side: &Side, r: &Range<usize>| r.clone().find(|&i| side.role(i) != Role::Body && side.role(i) != Role::Bullet);
        let sa = special(self.pivot, ga);
        let sb = special(self.other, gb);
        if sa.is_some() || sb.is_some() {
            if ga.len() + gb.len() == 1 {
                return Some(0.0);
            }
            let (ia, ib) = (sa?, sb?);
            if ga.len() != 1 || gb.len() != 1 || self.pivot.role(ia) != self.other.role(ib) {
                return None;
            }
            let same = self.pivot.section(ia) == self.other.section(ib);
            return Some(if same { -w.heading_match } else { 0.0 });
        }
        let one_section = |side: &Side, r: &Range<usize>| r.clone().all(|i| side.section(i) == side.section(r.start));
        if !one_section(self.pivot, ga) || !one_section(self.other, gb) {
            return None;
        }
        let crossings = |side: &Side, r: &Range<usize>| r.clone().skip(1).filter(|&i| side.block(i) != side.block(i - 1)).count();
        let n = crossings(self.pivot, ga) + crossings(self.other, gb);
        Some(n as f64 * w.paragraph_cross)
    }

    fn shape_cost(&self, ga: &Range<usize>, gb: &Range<usize>, w: &Weights) -> f64 {
        let per_side = |len: usize, weak: bool| {
            let extra = len.saturating_sub(1) as f64;
            if weak { extra * w.weak_merge } else { extra * w.merge }
        };
        per_side(ga.len(), self.pivot.weak) + per_side(gb.len(), self.other.weak)
    }

    fn length_cost(&self, ga: &Range<usize>, gb: &Range<usize>, w: &Weights) -> f64 {
        let la: f64 = ga.clone().map(|i| self.pivot.share[i]).sum::<f64>() + w.smoothing;
        let lb: f64 = gb.clone().map(|j| self.other.share[j]).sum::<f64>() + w.smoothing;
        let delta = (lb / la).ln() - w.bias;
        delta * delta / (2.0 * w.sigma * w.sigma)
    }

    fn anchor_cost(&self, a: &Range<usize>, b: &Range<usize>, ga: &Range<usize>, gb: &Range<usize>, w: &Weights) -> f64 {
        let matched = |grid: &Vec<Vec<u16>>, rows: &Range<usize>, cols: &Range<usize>, counts: &dyn Fn(usize) -> usize| {
            rows.clone()
                .map(|r| {
                    let hits: usize = cols.clone().map(|c| grid[r][c] as usize).sum();
                    hits.min(counts(r))
                })
                .sum::<usize>()
        };
        let count_a = |r: usize| self.pivot.feat(r + self.ra.start).numbers.len();
        let count_b = |c: usize| self.other.feat(c + self.rb.start).numbers.len();
        let transposed = |r: usize, c: usize| self.numbers_ba[r][c];
        let num_ab = matched(&self.numbers_ab, a, b, &count_a);
        let num_ba: usize = b
            .clone()
            .map(|c| {
                let hits: usize = a.clone().map(|r| transposed(r, c) as usize).sum();
                hits.min(count_b(c))
            })
            .sum();
        let total_a: usize = ga.clone().map(|i| self.pivot.feat(i).numbers.len()).sum();
        let total_b: usize = gb.clone().map(|j| self.other.feat(j).numbers.len()).sum();
        let misses = (total_a - num_ab) + (total_b - num_ba);
        let names_count = |r: usize| self.pivot.feat(r + self.ra.start).names.len();
        let names = matched(&self.names_ab, a, b, &names_count);
        -(w.number_match * (num_ab + num_ba) as f64 / 2.0) + w.number_miss * misses as f64
            - w.name_match * names as f64
    }
}
