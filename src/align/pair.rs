//! Pairwise alignment of one edition to the pivot: a dynamic program over beads (0-1, 1-0,
//! 1-1, 1-2, 2-1, 2-2, 1-3, 3-1; 1-n for Thai pieces), scored by length ratio and anchors.
//!
//! The article is cut into spans at the section headings both editions share, and each span is
//! aligned on its own: a heading one edition lacks (a dropped heading) only widens a span.
//! Lengths are shares of the edition's whole text, so the length ratio of a language pair is
//! estimated from the article itself; the spread of that ratio is re-estimated after a first
//! pass from the 1-1 beads found.

use std::borrow::Cow;
use std::ops::Range;

use super::Bead;
use super::band::{self, Band, BandMatrix};
use super::lexicon::Lexicon;
use super::side::{Item, Side};
use crate::features::{Marks, same_name};
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
    /// Extra cost of a 2-2 bead: two 1-1 beads almost always explain the same text better,
    /// and a loose 2-2 hides a sentence boundary from every edition.
    pub two_two: f64,
    /// Bonus for each number shared by the two sides of a bead.
    pub number_match: f64,
    /// Cost of each number one side states and the other lacks.
    pub number_miss: f64,
    /// Bonus for each Latin-script name shared by the two sides.
    pub name_match: f64,
    /// Bonus for each name one side writes in Latin script and the other by sound
    /// (`Sterling` / `스털링`).
    pub sound_match: f64,
    /// Bonus for each kind of punctuation (question, exclamation, quotation, colon) both sides
    /// of a bead use.
    pub mark_match: f64,
    /// Cost of each kind of punctuation only one side of a bead uses.
    pub mark_miss: f64,
    /// Bonus for each weekday both sides of a bead name (`on Saturday` / `土曜日に`).
    pub day_match: f64,
    /// Cost of each weekday only one side of a bead names.
    pub day_miss: f64,
    /// Bonus for a bead whose words all translate each other by the lexicon learned from the
    /// document pair (scaled by the share that do).
    pub lexical: f64,
    /// The same with a lexicon learned across a batch, scaled by the share of the words it
    /// knows that translate.
    pub batch_lexical: f64,
    /// Bonus for each concept both sides name (`crate::concepts`), up to `concept_cap`.
    pub concept_match: f64,
    pub concept_cap: f64,
    /// Bonus for each shared Latin word prefix (cognate), up to `term_cap` of them.
    pub term_match: f64,
    pub term_cap: f64,
    /// Cost of a bead that spans two paragraphs on one side.
    pub paragraph_cross: f64,
    /// Bonus for aligning the two editions' headings of the same section.
    pub heading_match: f64,
    /// Smallest spread the re-estimation may set.
    pub sigma_min: f64,
    /// Smallest spread against a profile, whose lengths are medians over editions and so
    /// tighter than any one edition's.
    pub profile_sigma_min: f64,
    /// Length deviations beyond this many spreads cost linearly, not quadratically (Huber), so
    /// one loose translation does not push the aligner into merging sentences.
    pub huber: f64,
}

impl Weights {
    /// Weights for two documents of sentences given one a line (`concord pair`): without
    /// section headings, paragraphs and a consensus of other editions, dropped and added
    /// sentences are more common than merges, so skipping costs less and 2-2 beads are allowed.
    pub fn for_documents() -> Weights {
        Weights {
            skip: 2.5,
            two_two: 2.0,
            // NTREX --batch, deletion seeds 1-7: lowest pair 0.990-0.993 at 4.5 (6: 0.989-0.993,
            // 9: 0.987-0.992; shares of all words, as for one document, at 6: 0.988-0.992).
            batch_lexical: 4.5,
            ..Weights::default()
        }
    }

    /// Applies `name=value,...` overrides (`concord align --weights`, for tuning runs).
    pub fn with_overrides(mut self, spec: &str) -> Weights {
        for pair in spec.split(',').filter(|p| !p.is_empty()) {
            let Some((name, value)) = pair.split_once('=') else {
                continue;
            };
            let Ok(v) = value.trim().parse::<f64>() else {
                continue;
            };
            match name.trim() {
                "sigma" => self.sigma = v,
                "smoothing" => self.smoothing = v,
                "skip" => self.skip = v,
                "merge" => self.merge = v,
                "weak_merge" => self.weak_merge = v,
                "two_two" => self.two_two = v,
                "number_match" => self.number_match = v,
                "number_miss" => self.number_miss = v,
                "name_match" => self.name_match = v,
                "mark_match" => self.mark_match = v,
                "sound_match" => self.sound_match = v,
                "mark_miss" => self.mark_miss = v,
                "day_match" => self.day_match = v,
                "day_miss" => self.day_miss = v,
                "term_match" => self.term_match = v,
                "concept_match" => self.concept_match = v,
                "concept_cap" => self.concept_cap = v,
                "lexical" => self.lexical = v,
                "batch_lexical" => self.batch_lexical = v,
                "term_cap" => self.term_cap = v,
                "paragraph_cross" => self.paragraph_cross = v,
                "heading_match" => self.heading_match = v,
                "sigma_min" => self.sigma_min = v,
                "profile_sigma_min" => self.profile_sigma_min = v,
                "huber" => self.huber = v,
                _ => {}
            }
        }
        self
    }
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            sigma: 0.35,
            bias: 0.0,
            smoothing: 0.004,
            skip: 4.0,
            merge: 2.2,
            weak_merge: 0.05,
            two_two: 6.0,
            number_match: 1.2,
            number_miss: 0.4,
            name_match: 1.0,
            // 0.3 to 1.0 all lift NTREX pairs with a deleted line from 0.990 to 0.992 (28 of
            // 36 pairs at 0.99); 0.5/0.5 keeps Text+Berg at 0.811 (0.5/0.3: 0.806).
            mark_match: 0.5,
            mark_miss: 0.5,
            sound_match: 0.5,
            // NTREX pairs, one article a run, deletion seeds 1-3: lowest pair 0.984/0.983/0.985
            // without weekdays, 0.985/0.985/0.986 with 1/0.5 (pairs >= 0.99: 24 -> 27, 32, 26 ->
            // 31); 2/1, 3/1 and 1/1 score the same there, but 1/1 costs the editions benchmark
            // (seed 1 false findings 4.6 -> 4.8, seed 11 detection 0.829 -> 0.821).
            day_match: 1.0,
            day_miss: 0.5,
            term_match: 0.25,
            // NTREX pairs, one article a run, deletion seeds 1-8: lowest pair 0.982-0.989
            // without concepts, 0.989-0.992 at 1.0 (1.5 and 2.0: lower on seeds 1, 2, 5; 0.75 as
            // good there); the editions benchmark finds more defects at 1.0 than at 0.5 and
            // tells more of them at 1.0 than 1.5; Text+Berg 0.808 -> 0.806.
            concept_match: 1.0,
            concept_cap: 4.0,
            lexical: 6.0,
            // Editions with the run's lexicons (`align::Lexicons`), twelve benchmark sets (NTREX
            // seeds 1, 7, 11-17, short articles seeds 1-3): 3 gives the best strict F1 on eight
            // and finds the most defects but one on seed 16; 4.5 raised false findings on seven
            // sets (seed 11: 3.2 -> 3.6 per 1,000 cells), 7 on ten, 2 found fewer (seed 7 0.891
            // against 0.909).
            batch_lexical: 3.0,
            term_cap: 8.0,
            paragraph_cross: 3.0,
            heading_match: 4.0,
            sigma_min: 0.28,
            profile_sigma_min: 0.2,
            huber: 1.2,
        }
    }
}

/// Rounds of learning a lexicon from the alignment and aligning again with it.
const LEXICON_ROUNDS: usize = 2;

/// Documents longer than this many sentences learn their lexicon once: the first alignment of
/// a long document is already good enough to learn from (the 100,000-sentence pair scores
/// 0.999 either way), and a second round costs a fifth of the run. Text+Berg (about 450
/// sentences) needs both rounds (0.808 against 0.800).
const ONE_LEXICON_ROUND_FROM: usize = 20_000;

/// Half-width of the second pass's band around the first path in a long document (more than
/// `ONE_LEXICON_ROUND_FROM` sentences), instead of `band::PATH_HALF_WIDTH`: its first path
/// strays little. `scripts/bench-align.sh --only speed`: the 100,000-sentence pair in 21.5 s
/// instead of 26-30 s on this machine (strict F1 1.000 either way); a 30,000-sentence en-de
/// pair with 1% of the German lines dropped and 1% merged: strict F1 0.994 either way (leaving
/// the second pass out: 0.993).
const LONG_SECOND_HALF_WIDTH: usize = 20;

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
    (4, 1),
    (1, 4),
    (2, 3),
    (3, 2),
];

/// One pass of the dynamic program with the given weights (and a lexicon learned elsewhere,
/// if any), without re-estimating the length model: enough for the first N-way pass, whose
/// units only shape the profile of the second.
pub fn align_pair_once(
    pivot: &Side,
    other: &Side,
    weights: &Weights,
    lexicons: Option<&(Lexicon, Lexicon)>,
) -> Vec<Bead> {
    align_spans(pivot, other, weights, None, lexicons)
}

/// Aligns `other` to `pivot` and returns beads covering both editions in order. A first pass
/// estimates the pair's length model and, on long documents, the path the second pass keeps
/// close to.
pub fn align_pair(pivot: &Side, other: &Side, weights: &Weights) -> Vec<Bead> {
    align_pair_with(pivot, other, weights, None)
}

/// Aligns `other` to `pivot` starting from `prior`, beads found another way (the first N-way
/// pass): the pair's length model is estimated from them and the pass keeps near their path,
/// with a lexicon learned elsewhere if any.
pub fn align_pair_from(
    pivot: &Side,
    other: &Side,
    weights: &Weights,
    prior: &[Bead],
    lexicons: Option<&(Lexicon, Lexicon)>,
) -> Vec<Bead> {
    let tuned = retune(pivot, other, prior, weights);
    align_spans(pivot, other, &tuned, Some(prior), lexicons)
}

/// `align_pair` with a lexicon learned elsewhere (pivot words to other words, and back): from
/// a batch of documents (`super::align_batch`), which gives far more to learn from than one
/// short document. Without one, a long document learns its own.
pub fn align_pair_with(
    pivot: &Side,
    other: &Side,
    weights: &Weights,
    lexicons: Option<&(Lexicon, Lexicon)>,
) -> Vec<Bead> {
    let first = align_spans(pivot, other, weights, None, None);
    let tuned = retune(pivot, other, &first, weights);
    let long = pivot.len().max(other.len()) > ONE_LEXICON_ROUND_FROM;
    if lexicons.is_some() && !long {
        // A short document's lexicon pass follows the first pass: a pass without the lexicon
        // between the two changes nothing (the editions benchmark scores the same on twelve
        // sets, `concord pair --batch` on deletion seed 10 too) and costs a DP per edition.
        return align_spans(pivot, other, &tuned, Some(&first), lexicons);
    }
    let second = if long {
        spans_in_bands(
            pivot,
            other,
            &tuned,
            Some(&first),
            None,
            LONG_SECOND_HALF_WIDTH,
        )
    } else {
        align_spans(pivot, other, &tuned, Some(&first), None)
    };
    if lexicons.is_some() {
        return align_spans(pivot, other, &tuned, Some(&second), lexicons);
    }
    // Long documents: learn which words translate each other and align once more with them.
    let mut beads = second;
    let rounds = if long { 1 } else { LEXICON_ROUNDS };
    for _ in 0..rounds {
        let Some(lexicon) = Lexicon::learn(pivot, other, &beads) else {
            break;
        };
        let reversed = lexicon.reversed();
        beads = align_spans(
            pivot,
            other,
            &tuned,
            Some(&beads),
            Some(&(lexicon, reversed)),
        );
    }
    beads
}

/// Re-estimates the length model of the pair from the 1-1 body beads of a first pass.
fn retune(pivot: &Side, other: &Side, beads: &[Bead], weights: &Weights) -> Weights {
    let mut deltas: Vec<f64> = beads
        .iter()
        .filter(|b| b.pivot.len() == 1 && b.other.len() == 1)
        .filter(|b| pivot.items[b.pivot.start].role == Role::Body)
        .map(|b| {
            let la = pivot.items[b.pivot.start].share + weights.smoothing;
            let lb = other.items[b.other.start].share + weights.smoothing;
            (lb / la).ln()
        })
        .collect();
    if deltas.len() < 3 {
        return weights.clone();
    }
    // Few beads give a loose estimate: shrink it towards no bias.
    let n = deltas.len() as f64;
    let bias = median(&mut deltas) * n / (n + 2.0);
    let mut dev: Vec<f64> = deltas.iter().map(|d| (d - bias).abs()).collect();
    let sigma = (1.4826 * median(&mut dev)).clamp(weights.sigma_min, 0.6);
    Weights {
        sigma,
        bias,
        merge: merge_cost(pivot, other, beads, weights.merge),
        ..weights.clone()
    }
}

/// The share of merged sentences assumed before looking at a pair: one in a hundred, as in
/// line-by-line news translation (NTREX has none). A freely restructured translation moves far
/// from it within a few dozen beads (Text+Berg's gold has a merged sentence for every 1.6
/// one-to-one beads).
const MERGE_PRIOR_RATE: f64 = 0.01;

/// How many beads the prior weighs against the pair's own first-pass beads. 40 (against 10 or
/// 80) and the rate above: NTREX pairs with a deleted line strict F1 0.984 → 0.990, Text+Berg
/// unchanged (scripts/bench-align.sh).
const MERGE_PRIOR_BEADS: f64 = 40.0;

/// Highest merge cost, in nats; the lowest is the weights' own merge cost, tuned on Text+Berg,
/// which a lower estimate would only make worse (1.0 as floor: Text+Berg 0.812 → 0.803).
const MERGE_COST_MAX: f64 = 6.0;

/// The cost of merging a sentence into a bead, from how often the first pass merged: a pair of
/// line-by-line translations (news) makes merges dear, a freely restructured one (literature)
/// keeps the default. The log odds of a one-to-one bead against a merged sentence, smoothed
/// towards the prior.
fn merge_cost(pivot: &Side, other: &Side, beads: &[Bead], floor: f64) -> f64 {
    let (mut ones, mut merged) = (0.0, 0.0);
    for b in beads
        .iter()
        .filter(|b| !b.pivot.is_empty() && !b.other.is_empty())
    {
        let extra = |len: usize, weak: bool| if weak { 0 } else { len - 1 };
        let n = extra(b.pivot.len(), pivot.weak) + extra(b.other.len(), other.weak);
        if n == 0 {
            ones += 1.0;
        } else {
            merged += n as f64;
        }
    }
    let prior = MERGE_PRIOR_RATE * MERGE_PRIOR_BEADS;
    let rate = (merged + prior) / (ones + merged + MERGE_PRIOR_BEADS);
    ((1.0 - rate) / rate)
        .ln()
        .clamp(floor, MERGE_COST_MAX.max(floor))
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
fn align_spans(
    pivot: &Side,
    other: &Side,
    weights: &Weights,
    path: Option<&[Bead]>,
    lexicons: Option<&(Lexicon, Lexicon)>,
) -> Vec<Bead> {
    // Rounds with a lexicon refine a path two passes have found: a narrow band suffices.
    let half = if lexicons.is_some() {
        band::REFINE_HALF_WIDTH
    } else {
        band::PATH_HALF_WIDTH
    };
    spans_in_bands(pivot, other, weights, path, lexicons, half)
}

/// The dynamic program over each span between shared section starts, in a band `half`
/// sentences wide either side of `path` (or of the diagonal without one).
fn spans_in_bands(
    pivot: &Side,
    other: &Side,
    weights: &Weights,
    path: Option<&[Bead]>,
    lexicons: Option<&(Lexicon, Lexicon)>,
    half: usize,
) -> Vec<Bead> {
    let cuts = shared_cuts(pivot, other);
    let mut beads = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let band = span_band(a.0..b.0, a.1..b.1, path, half);
        let span = Span::new(
            pivot,
            other,
            a.0..b.0,
            a.1..b.1,
            &band,
            lexicons,
            weights.smoothing,
        );
        beads.extend(align_span(&span, band, weights));
    }
    beads
}

/// The cells a span's dynamic program computes: all of them for a short span; for a long one
/// a band around the previous pass's path, or around the diagonal.
fn span_band(ra: Range<usize>, rb: Range<usize>, path: Option<&[Bead]>, half: usize) -> Band {
    let (n, m) = (ra.len(), rb.len());
    if (n + 1) * (m + 1) <= band::FULL_CELLS {
        return Band::full(n, m);
    }
    let Some(path) = path else {
        return Band::diagonal(n, m, band::DIAGONAL_HALF_WIDTH);
    };
    let mut points = vec![(0, 0)];
    for bead in path {
        let (i, j) = (bead.pivot.end, bead.other.end);
        if ra.contains(&i.saturating_sub(1)) && i > ra.start && j >= rb.start && j <= rb.end {
            points.push((i - ra.start, j - rb.start));
        }
    }
    points.push((n, m));
    Band::around(n, m, &points, half)
}

/// Positions (pivot, other) where both editions start the same section, plus both ends.
fn shared_cuts(pivot: &Side, other: &Side) -> Vec<(usize, usize)> {
    let starts = |side: &Side| -> Vec<(SectionId, usize)> {
        (0..side.len())
            .filter(|&i| i == 0 || side.items[i].section != side.items[i - 1].section)
            .map(|i| (side.items[i].section, i))
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

/// Dynamic program over one span, within a band of cells.
fn align_span(span: &Span, band: Band, weights: &Weights) -> Vec<Bead> {
    let (ra, rb) = (span.ra.clone(), span.rb.clone());
    let (n, m) = (ra.len(), rb.len());
    let shapes = shapes(span.pivot.weak, span.other.weak);
    let mut cost = BandMatrix::new(band.clone(), f64::INFINITY);
    let mut back = BandMatrix::new(band.clone(), (0u8, 0u8));
    // An edition of pieces: the 1-k beads from a cell, priced in one sweep (`run_costs`).
    // Runs of up to four sentences gain nothing from it (the 100,000-sentence pair took 7%
    // longer that way).
    let longest_run = if span.other.weak { MAX_WEAK_PIECES } else { 0 };
    let mut runs = Vec::with_capacity(longest_run);
    cost.set(0, 0, 0.0);
    for i in 0..=n {
        for j in band.row(i) {
            let here = *cost.get(i, j).unwrap_or(&f64::INFINITY);
            if !here.is_finite() {
                continue;
            }
            if longest_run > 0 && i < n {
                span.run_costs(i, j, longest_run.min(m - j), weights, &mut runs);
            }
            for &(da, db) in &shapes {
                if i + da > n || j + db > m || !band.contains(i + da, j + db) {
                    continue;
                }
                let priced = if da == 1 && (1..=longest_run).contains(&db) {
                    runs.get(db - 1).copied().flatten()
                } else {
                    span.bead_cost(i..i + da, j..j + db, weights)
                };
                let Some(c) = priced else {
                    continue;
                };
                if here + c < *cost.get(i + da, j + db).unwrap_or(&f64::INFINITY) {
                    cost.set(i + da, j + db, here + c);
                    back.set(i + da, j + db, (da as u8, db as u8));
                }
            }
        }
    }
    let mut beads = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (da, db) = back
            .get(i, j)
            .map_or((0, 0), |&(a, b)| (a as usize, b as usize));
        if da == 0 && db == 0 {
            // Unreachable corner (cannot happen with a connected band): leave the rest unaligned.
            beads.extend((0..i).rev().map(|k| Bead {
                pivot: ra.start + k..ra.start + k + 1,
                other: rb.start + j..rb.start + j,
                cost: weights.skip,
            }));
            beads.extend((0..j).rev().map(|k| Bead {
                pivot: ra.start..ra.start,
                other: rb.start + k..rb.start + k + 1,
                cost: weights.skip,
            }));
            break;
        }
        let total = *cost.get(i, j).unwrap_or(&0.0);
        let before = *cost.get(i - da, j - db).unwrap_or(&0.0);
        beads.push(Bead {
            pivot: ra.start + i - da..ra.start + i,
            other: rb.start + j - db..rb.start + j,
            cost: total - before,
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

/// What the dynamic program reads of an item for every bead, small and side by side so that it
/// stays in cache (items themselves carry strings and lists).
#[derive(Clone, Copy)]
struct Slim {
    /// A title, heading or reference, which pairs only with its own kind.
    special: bool,
    role: Role,
    section: SectionId,
    block: usize,
    break_cost: f64,
    numbers: u16,
    names: u16,
    terms: u16,
    concepts: u16,
    words: u16,
    marks: u16,
}

impl Slim {
    fn of(item: &Item) -> Slim {
        let count = |n: usize| n.min(u16::MAX as usize) as u16;
        Slim {
            special: !matches!(item.role, Role::Body | Role::Bullet),
            role: item.role,
            section: item.section,
            block: item.block,
            break_cost: item.break_cost,
            numbers: count(item.numbers.len()),
            names: count(item.names.len()),
            terms: count(item.terms.len()),
            concepts: count(item.concepts.len()),
            words: count(item.words.len()),
            marks: item.marks.0,
        }
    }
}

/// Precomputed anchor matches between the items of one span.
struct Span<'s> {
    pivot: &'s Side,
    other: &'s Side,
    ra: Range<usize>,
    rb: Range<usize>,
    /// shared(i, j): what pivot item i and other item j have in common (local indices).
    shared: BandMatrix<Shared>,
    /// Whether a learned lexicon counted words (`Shared::words_ab`, `Shared::words_ba`).
    lexical: bool,
    /// With a batch lexicon: how many words of each pivot item and each other item it knows
    /// (the shares' denominators); `None` to count all words.
    known: Option<(Vec<u16>, Vec<u16>)>,
    /// What the dynamic program reads of the span's pivot items and other items for every bead
    /// (local indices).
    slim_a: Vec<Slim>,
    slim_b: Vec<Slim>,
    /// log_a[i][d]: ln(smoothing + the shares of pivot items i..i+d) (local i); log_b likewise.
    log_a: Vec<Vec<f64>>,
    log_b: Vec<Vec<f64>>,
}

/// What a pivot item and an other item have in common: one cell of a span's grid, every
/// count in one place so that a bead reads each of its cells once (counts up to 255).
#[derive(Clone, Copy, Debug, Default)]
struct Shared {
    /// Numbers of the pivot item with a match in the other item, and the other way round.
    numbers_ab: u8,
    numbers_ba: u8,
    /// Names of the pivot item with a match in the other item.
    names: u8,
    /// Names either item writes that the other writes by sound (`count_sounds`).
    sounds: u8,
    /// Word prefixes of the pivot item found in the other item (cognates).
    terms: u8,
    /// Concepts of the pivot item the other item names too.
    concepts: u8,
    /// With a learned lexicon: words of the pivot item that translate into words of the
    /// other item, and the other way round.
    words_ab: u8,
    words_ba: u8,
}

/// A count as a grid cell holds it.
fn cell_count(n: usize) -> u8 {
    n.min(u8::MAX as usize) as u8
}

fn count_terms(x: &Item, y: &Item) -> usize {
    x.terms
        .iter()
        .filter(|t| y.terms.binary_search(t).is_ok())
        .count()
}

fn count_concepts(x: &Item, y: &Item) -> usize {
    x.concepts
        .iter()
        .filter(|c| y.concepts.binary_search(c).is_ok())
        .count()
}

fn count_numbers(x: &Item, y: &Item) -> usize {
    x.numbers
        .iter()
        .filter(|n| y.numbers.iter().any(|m| n.same(m)))
        .count()
}

fn count_sounds(x: &Item, y: &Item) -> usize {
    let found =
        |keys: &[String], sound: &str| keys.iter().filter(|k| sound.contains(k.as_str())).count();
    let (x, y) = (&x.sound, &y.sound);
    found(&x.name_keys, &y.skeleton) + found(&y.name_keys, &x.skeleton)
}

fn count_names(x: &Item, y: &Item) -> usize {
    x.names
        .iter()
        .filter(|n| y.names.iter().any(|m| same_name(n, m)))
        .count()
}

/// How many values two sorted lists share.
fn sorted_overlap(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Bead shapes reach at most this many items beyond a band cell (Thai pieces).
fn widest_shape(pivot: &Side, other: &Side) -> usize {
    shapes(pivot.weak, other.weak)
        .iter()
        .map(|s| s.0.max(s.1))
        .max()
        .unwrap_or(1)
}

impl<'s> Span<'s> {
    /// Measures the anchors between the items of a span, within `band` widened by the widest
    /// bead shape.
    fn new(
        pivot: &'s Side,
        other: &'s Side,
        ra: Range<usize>,
        rb: Range<usize>,
        band: &Band,
        lexicons: Option<&(Lexicon, Lexicon)>,
        smoothing: f64,
    ) -> Self {
        let widest = widest_shape(pivot, other);
        let cells = band.widened(widest, rb.len());
        // ln(smoothing + the shares of `d` items from item `i`), for every bead length.
        let log_lengths = |side: &Side, r: &Range<usize>| -> Vec<Vec<f64>> {
            r.clone()
                .map(|i| {
                    let mut sum = smoothing;
                    (0..=widest)
                        .map(|d| {
                            if d > 0 && i + d - 1 < r.end {
                                sum += side.items[i + d - 1].share;
                            }
                            sum.ln()
                        })
                        .collect()
                })
                .collect()
        };
        let has_sound = [(pivot, &ra), (other, &rb)].iter().any(|(side, r)| {
            side.items[(*r).clone()]
                .iter()
                .any(|i| !i.sound.skeleton.is_empty())
        });
        let log_a = log_lengths(pivot, &ra);
        let log_b = log_lengths(other, &rb);
        // Each item's words carried over by the lexicon, so that a cell counts by merging two
        // sorted lists: pivot words translated into the other item, and the other way round.
        let translated = lexicons.map(|(forward, backward)| {
            let into_other: Vec<Vec<u64>> = ra
                .clone()
                .map(|i| forward.translations_of(&pivot.items[i].words))
                .collect();
            let into_pivot: Vec<Cow<[u64]>> = rb
                .clone()
                .map(|j| match &other.items[j].into_pivot {
                    Some(words) => Cow::Borrowed(words.as_slice()),
                    None => Cow::Owned(backward.translations_of(&other.items[j].words)),
                })
                .collect();
            (into_other, into_pivot)
        });
        let mut shared = BandMatrix::new(cells.clone(), Shared::default());
        for i in 0..ra.len() {
            for j in cells.row(i).filter(|&j| j < rb.len()) {
                let (x, y) = (&pivot.items[ra.start + i], &other.items[rb.start + j]);
                let mut cell = Shared {
                    numbers_ab: cell_count(count_numbers(x, y)),
                    numbers_ba: cell_count(count_numbers(y, x)),
                    names: cell_count(count_names(x, y)),
                    sounds: if has_sound {
                        cell_count(count_sounds(x, y))
                    } else {
                        0
                    },
                    terms: cell_count(count_terms(x, y)),
                    concepts: cell_count(count_concepts(x, y)),
                    ..Shared::default()
                };
                if let Some((into_other, into_pivot)) = &translated {
                    cell.words_ab = cell_count(sorted_overlap(&x.words, &into_pivot[j]));
                    cell.words_ba = cell_count(sorted_overlap(&y.words, &into_other[i]));
                }
                shared.set(i, j, cell);
            }
        }
        let slim = |side: &Side, r: &Range<usize>| -> Vec<Slim> {
            side.items[r.clone()].iter().map(Slim::of).collect()
        };
        Span {
            slim_a: slim(pivot, &ra),
            slim_b: slim(other, &rb),
            log_a,
            log_b,
            shared,
            lexical: lexicons.is_some(),
            known: lexicons
                .filter(|(forward, _)| forward.batch)
                .map(|(forward, backward)| {
                    let known = |lexicon: &Lexicon, side: &Side, r: &Range<usize>| -> Vec<u16> {
                        side.items[r.clone()]
                            .iter()
                            .map(|item| lexicon.known(&item.words).min(u16::MAX as usize) as u16)
                            .collect()
                    };
                    (known(forward, pivot, &ra), known(backward, other, &rb))
                }),
            pivot,
            other,
            ra,
            rb,
        }
    }

    /// The cost of a bead (local indices), or `None` when the bead is not allowed.
    fn bead_cost(&self, a: Range<usize>, b: Range<usize>, w: &Weights) -> Option<f64> {
        let structure = self.structure_cost(&a, &b, w)?;
        if a.is_empty() || b.is_empty() {
            return Some(structure + w.skip);
        }
        let union = |items: &[Slim]| Marks(items.iter().fold(0, |m, s| m | s.marks));
        let marks = (
            union(&self.slim_a[a.clone()]),
            union(&self.slim_b[b.clone()]),
        );
        Some(self.priced(structure, &a, &b, &self.anchors(&a, &b), marks, w))
    }

    /// The cost of a bead of items `a` and `b` (local, both non-empty): its `structure` cost,
    /// plus its shape and lengths, what its items share (`anchors`), the punctuation kinds and
    /// weekdays of either side (`marks`), and the sentence ends it makes. `bead_cost` and
    /// `run_costs` both price a bead here, so that they sum the same terms in the same order.
    // Inlined into both callers: the dynamic program calls it for every bead.
    #[inline(always)]
    fn priced(
        &self,
        structure: f64,
        a: &Range<usize>,
        b: &Range<usize>,
        anchors: &Anchors,
        (ma, mb): (Marks, Marks),
        w: &Weights,
    ) -> f64 {
        let ga = a.start + self.ra.start..a.end + self.ra.start;
        let gb = b.start + self.rb.start..b.end + self.rb.start;
        let (shared, apart) = ma.punctuation().compare(mb.punctuation());
        let (days_shared, days_apart) = ma.days().compare(mb.days());
        let marks = w.mark_miss * apart as f64 - w.mark_match * shared as f64
            + w.day_miss * days_apart as f64
            - w.day_match * days_shared as f64;
        let mut cost = structure;
        cost += self.shape_cost(&ga, &gb, w);
        cost += self.length_cost(&ga, &gb, w);
        cost += self.anchors_price(anchors, w);
        cost += marks;
        cost += self.slim_b[b.end - 1].break_cost + self.slim_a[a.end - 1].break_cost;
        cost
    }

    /// Titles, headings and references pair only with their own kind, one to one; a bead never
    /// spans two sections; crossing a paragraph costs. `a` and `b` are local indices.
    fn structure_cost(&self, a: &Range<usize>, b: &Range<usize>, w: &Weights) -> Option<f64> {
        let (slim_a, slim_b) = (&self.slim_a[a.clone()], &self.slim_b[b.clone()]);
        let special = |items: &[Slim]| items.iter().find(|s| s.special).copied();
        let sa = special(slim_a);
        let sb = special(slim_b);
        if sa.is_some() || sb.is_some() {
            if a.len() + b.len() == 1 {
                return Some(0.0);
            }
            let (x, y) = (sa?, sb?);
            if a.len() != 1 || b.len() != 1 || x.role != y.role {
                return None;
            }
            return Some(if x.section == y.section {
                -w.heading_match
            } else {
                0.0
            });
        }
        let one_section = |items: &[Slim]| items.iter().all(|s| s.section == items[0].section);
        if !one_section(slim_a) || !one_section(slim_b) {
            return None;
        }
        let crossings = |items: &[Slim]| {
            items
                .windows(2)
                .filter(|p| p[0].block != p[1].block)
                .count()
        };
        let n = crossings(slim_a) + crossings(slim_b);
        Some(n as f64 * w.paragraph_cross)
    }

    fn shape_cost(&self, ga: &Range<usize>, gb: &Range<usize>, w: &Weights) -> f64 {
        let per_side = |len: usize, weak: bool| {
            let extra = len.saturating_sub(1) as f64;
            extra * if weak { w.weak_merge } else { w.merge }
        };
        let both = if ga.len() > 1 && gb.len() > 1 {
            w.two_two
        } else {
            0.0
        };
        per_side(ga.len(), self.pivot.weak) + per_side(gb.len(), self.other.weak) + both
    }

    fn length_cost(&self, ga: &Range<usize>, gb: &Range<usize>, w: &Weights) -> f64 {
        let la = self.log_a[ga.start - self.ra.start][ga.len()];
        let lb = self.log_b[gb.start - self.rb.start][gb.len()];
        let z = (lb - la - w.bias).abs() / w.sigma;
        // Only 1-1 beads get the robust (linear) tail: a merge must earn its place by length.
        let one_to_one = ga.len() == 1 && gb.len() == 1;
        if z <= w.huber || !one_to_one {
            z * z / 2.0
        } else {
            w.huber * (z - w.huber / 2.0)
        }
    }

    /// What the items of a bead share, summed over its cells. A pivot item's matches count up
    /// to its own numbers (names, terms, concepts, words), an other item's up to its own.
    fn anchors(&self, a: &Range<usize>, b: &Range<usize>) -> Anchors {
        let mut out = Anchors::default();
        // What the bead's rows share with each of its columns, for the columns' caps.
        let mut numbers_ba = [0usize; MAX_BEAD_ITEMS];
        let mut words_ba = [0usize; MAX_BEAD_ITEMS];
        for r in a.clone() {
            let mut row = Tally::default();
            for (n, c) in b.clone().enumerate() {
                let Some(cell) = self.shared.get(r, c) else {
                    continue;
                };
                row.add(cell);
                out.sounds += cell.sounds as usize;
                numbers_ba[n] += cell.numbers_ba as usize;
                words_ba[n] += cell.words_ba as usize;
            }
            out.ab.add_capped(&row, &self.slim_a[r]);
            out.numbers_a += self.slim_a[r].numbers as usize;
            out.words_a += self.known_a(r);
        }
        for (n, c) in b.clone().enumerate() {
            let item = &self.slim_b[c];
            out.numbers_ba += numbers_ba[n].min(item.numbers as usize);
            out.words_ba += words_ba[n].min(item.words as usize);
            out.numbers_b += item.numbers as usize;
            out.words_b += self.known_b(c);
        }
        out
    }

    /// The cost of what a bead's items share (`anchors`).
    fn anchors_price(&self, anchors: &Anchors, w: &Weights) -> f64 {
        let ab = &anchors.ab;
        let misses = (anchors.numbers_a - ab.numbers) + (anchors.numbers_b - anchors.numbers_ba);
        let lexical = if self.lexical {
            let share = |hit: usize, of: usize| if of == 0 { 0.0 } else { hit as f64 / of as f64 };
            (share(ab.words, anchors.words_a) + share(anchors.words_ba, anchors.words_b)) / 2.0
        } else {
            0.0
        };
        let lexical_weight = if self.known.is_some() {
            w.batch_lexical
        } else {
            w.lexical
        };
        -(w.number_match * (ab.numbers + anchors.numbers_ba) as f64 / 2.0)
            + w.number_miss * misses as f64
            - w.name_match * ab.names as f64
            - w.sound_match * anchors.sounds.min(3) as f64
            - w.term_match * (ab.terms as f64).min(w.term_cap)
            - w.concept_match * (ab.concepts as f64).min(w.concept_cap)
            - lexical_weight * lexical
    }

    /// The costs `bead_cost` gives the beads joining pivot item `r` with other items `j..j + k`
    /// (local indices), for k = 1 to `max`, into `out[k - 1]` (`None`, or nothing from some k
    /// on, where not allowed). In an edition of pieces (Thai) every cell tries runs of up to
    /// `MAX_WEAK_PIECES` pieces, and a run shares the cells of the shorter ones: one sweep
    /// reads each cell once instead of once per run length. Same output, 2-3% less time on
    /// 1,000 articles.
    fn run_costs(&self, r: usize, j: usize, max: usize, w: &Weights, out: &mut Vec<Option<f64>>) {
        out.clear();
        if max == 0 {
            return;
        }
        out.push(self.bead_cost(r..r + 1, j..j + 1, w));
        let item = &self.slim_a[r];
        let first = &self.slim_b[j];
        if item.special || first.special {
            // Titles and headings pair one to one.
            return;
        }
        let mut row = Tally::default();
        let mut anchors = Anchors {
            numbers_a: item.numbers as usize,
            words_a: self.known_a(r),
            ..Anchors::default()
        };
        let (mut marks, mut crossings) = (0u16, 0usize);
        for c in j..j + max {
            let piece = &self.slim_b[c];
            if c > j && (piece.special || piece.section != first.section) {
                return;
            }
            if let Some(cell) = self.shared.get(r, c) {
                row.add(cell);
                anchors.sounds += cell.sounds as usize;
                anchors.numbers_ba += (cell.numbers_ba as usize).min(piece.numbers as usize);
                anchors.words_ba += (cell.words_ba as usize).min(piece.words as usize);
            }
            anchors.numbers_b += piece.numbers as usize;
            anchors.words_b += self.known_b(c);
            marks |= piece.marks;
            if c == j {
                continue;
            }
            crossings += usize::from(self.slim_b[c - 1].block != piece.block);
            anchors.ab = Tally::default();
            anchors.ab.add_capped(&row, item);
            let structure = crossings as f64 * w.paragraph_cross;
            let pair = (Marks(item.marks), Marks(marks));
            out.push(Some(self.priced(
                structure,
                &(r..r + 1),
                &(j..c + 1),
                &anchors,
                pair,
                w,
            )));
        }
    }

    /// The words of pivot item `r` a lexicon share is taken of: those the batch lexicon knows,
    /// or all of them.
    fn known_a(&self, r: usize) -> usize {
        match &self.known {
            Some((known_a, _)) => known_a[r] as usize,
            None => self.slim_a[r].words as usize,
        }
    }

    /// `known_a` for other item `c`.
    fn known_b(&self, c: usize) -> usize {
        match &self.known {
            Some((_, known_b)) => known_b[c] as usize,
            None => self.slim_b[c].words as usize,
        }
    }
}

/// What a bead's items share, summed over its cells (`Span::anchors`).
#[derive(Clone, Copy, Default)]
struct Anchors {
    /// The pivot items' matches, each item's capped at what it has.
    ab: Tally,
    /// The other items' number and word matches, each item's capped at what it has.
    numbers_ba: usize,
    words_ba: usize,
    /// Names found by sound, either way.
    sounds: usize,
    /// Numbers of the pivot items and of the other items.
    numbers_a: usize,
    numbers_b: usize,
    /// Words a lexicon share is taken of (`Span::known_a`), on either side.
    words_a: usize,
    words_b: usize,
}

/// Most items one side of a bead joins (Thai pieces against one sentence).
const MAX_BEAD_ITEMS: usize = MAX_WEAK_PIECES;

/// What a bead's pivot items share with its other items, summed (`Span::anchors`).
#[derive(Clone, Copy, Default)]
struct Tally {
    numbers: usize,
    names: usize,
    terms: usize,
    concepts: usize,
    words: usize,
}

impl Tally {
    /// Adds one cell's counts from the pivot item's side.
    fn add(&mut self, cell: &Shared) {
        self.numbers += cell.numbers_ab as usize;
        self.names += cell.names as usize;
        self.terms += cell.terms as usize;
        self.concepts += cell.concepts as usize;
        self.words += cell.words_ab as usize;
    }

    /// Adds a pivot item's row, each count capped at what the item has.
    fn add_capped(&mut self, row: &Tally, item: &Slim) {
        self.numbers += row.numbers.min(item.numbers as usize);
        self.names += row.names.min(item.names as usize);
        self.terms += row.terms.min(item.terms as usize);
        self.concepts += row.concepts.min(item.concepts as usize);
        self.words += row.words.min(item.words as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn sentences(n: usize, lang: Lang) -> Side {
        let texts: Vec<String> = (0..n).map(|i| format!("Sentence number {i}.")).collect();
        Side::sentences(&texts, lang)
    }

    fn bead(pivot: Range<usize>, other: Range<usize>) -> Bead {
        Bead {
            pivot,
            other,
            cost: 0.0,
        }
    }

    #[test]
    fn merges_get_dearer_when_the_first_pass_found_none() {
        let (a, b) = (sentences(30, Lang::En), sentences(30, Lang::De));
        let beads: Vec<Bead> = (0..30).map(|i| bead(i..i + 1, i..i + 1)).collect();
        assert!(merge_cost(&a, &b, &beads, 2.2) > 3.5);
    }

    #[test]
    fn merges_keep_their_default_in_a_freely_restructured_pair() {
        let (a, b) = (sentences(60, Lang::En), sentences(40, Lang::De));
        // Twenty 2-1 beads, then twenty 1-1 beads.
        let mut beads: Vec<Bead> = (0..20).map(|i| bead(2 * i..2 * i + 2, i..i + 1)).collect();
        beads.extend((20..40).map(|i| bead(i + 20..i + 21, i..i + 1)));
        assert_eq!(merge_cost(&a, &b, &beads, 2.2), 2.2);
    }

    #[test]
    fn runs_priced_in_one_sweep_cost_what_each_bead_costs() {
        let pivot = Side::sentences(
            &[
                "On 14 July 2018 the police arrested Tom Smith in Paris.".to_string(),
                "The court met on Monday; 3 judges and 12 jurors heard it.".to_string(),
                "Nothing else happened?".to_string(),
            ],
            Lang::En,
        );
        let texts: Vec<String> = [
            "Am 14. Juli 2018",
            "nahm die Polizei",
            "Tom Smith",
            "in Paris fest.",
            "Das Gericht tagte",
            "am Montag;",
            "3 Richter",
            "und 12 Geschworene",
            "hörten es.",
            "Sonst nichts?",
            "Ende",
            "wirklich.",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        let mut other = Side::sentences(&texts, Lang::De);
        other.weak = true;
        // Paragraphs and a section change that runs must stop at.
        for (k, item) in other.items.iter_mut().enumerate() {
            item.block = k / 3;
        }
        other.items[10].section = SectionId::Numbered(1);
        // A heading, which pairs one to one.
        other.items[7].role = Role::Heading;
        // A lexicon learned from the sentences and the pieces that translate them.
        let joined = |r: Range<usize>| -> Vec<u64> {
            let mut words: Vec<u64> = other.items[r]
                .iter()
                .flat_map(|i| i.words.clone())
                .collect();
            words.sort_unstable();
            words.dedup();
            words
        };
        let cells = [joined(0..4), joined(4..9), joined(9..12)];
        let pairs: Vec<(&[u64], &[u64])> = (0..25)
            .flat_map(|_| (0..3).map(|r| (&pivot.items[r].words[..], &cells[r][..])))
            .collect();
        let mut forward = Lexicon::from_pairs(&pairs, 1.0).expect("75 sentence pairs");
        let band = Band::full(pivot.len(), other.len());
        let w = Weights::default();
        for batch in [false, true] {
            forward.batch = batch;
            // The lexicon and its reverse (`reversed` twice copies it).
            let lexicons = (forward.reversed().reversed(), forward.reversed());
            for lexicons in [None, Some(&lexicons)] {
                let span = Span::new(&pivot, &other, 0..3, 0..12, &band, lexicons, 0.004);
                assert!(lexicons.is_none() || span.shared.get(0, 0).unwrap().words_ab > 0);
                assert_runs_match_beads(&span, &w);
            }
        }
    }

    fn assert_runs_match_beads(span: &Span, w: &Weights) {
        let mut runs = Vec::new();
        for r in 0..3 {
            for j in 0..12 {
                let max = MAX_WEAK_PIECES.min(12 - j);
                span.run_costs(r, j, max, w, &mut runs);
                for k in 1..=max {
                    let one = span.bead_cost(r..r + 1, j..j + k, w);
                    assert_eq!(runs.get(k - 1).copied().flatten(), one, "r {r} j {j} k {k}");
                }
            }
        }
    }
}
