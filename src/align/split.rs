//! Consensus splits: where one edition says in one sentence what most editions say in two
//! (a translator wrote a comma, or dropped the period, where the others end a sentence), the
//! sentence is split at the candidate point (`align::points`) that falls where the other
//! editions' boundary falls, so that every edition keeps a row of its own for each of the two
//! sentences. Four moments: the pivot before the units exist (`split_pivot`), an edition's
//! sentence standing for two pivot sentences most keep apart, or a few keep apart where it ends
//! a sentence without its stop (`split_joiners`), an edition's sentence that runs on over two
//! units (`project`), and a unit a few editions end a sentence inside where most can part their
//! text at the same place (`split_units`). A Chinese sentence without any mark that most
//! editions keep apart parts where the run's lexicon says its words stop translating the first
//! pivot sentence (`points::seam_point`); Japanese text without any mark and Thai pieces are
//! left as they are.

use std::ops::Range;

use super::lexicon::Lexicon;
use super::points::{SPLIT_TOLERANCE, bare_point, best_point, seam_point};
use super::{AlignInput, Bead, Lexicons, Unit, scale};
use crate::features::{Number, features};
use crate::ingest::detect::script_of;
use crate::lang::{Lang, Script};
use crate::segment::{self, Role};

/// Fewest other editions that must split the text where this edition does not.
const MIN_VOTES: usize = 2;

/// A sentence to split: edition sentence `sentence`, at byte `at`, whose second part belongs to
/// unit `unit + 1`.
struct Split {
    unit: usize,
    sentence: usize,
    at: usize,
}

/// Splits, in every edition but the pivot, the sentences that run on over two units which the
/// other editions keep apart, where a clause boundary fits (in Chinese without any mark, at a
/// seam: `seam`); updates sentences, features and units.
pub fn project(
    inputs: &mut [AlignInput],
    units: &mut [Unit],
    pivot: usize,
    lexicons: Option<&Lexicons>,
) {
    let totals = scale::of_units(inputs, units);
    for k in 0..inputs.len() {
        if k == pivot || inputs[k].edition.lang.weakly_segmented() {
            continue;
        }
        let mut splits: Vec<Split> = (0..units.len().saturating_sub(1))
            .filter_map(|u| find_split(inputs, &totals, units, (pivot, k), u, lexicons))
            .collect();
        if splits.is_empty() {
            continue;
        }
        splits.sort_by_key(|s| std::cmp::Reverse(s.sentence));
        for split in &splits {
            apply(&mut inputs[k], units, k, split);
        }
        segment::renumber(&mut inputs[k].edition.sentences);
    }
}

/// Fewest other editions that must end a sentence inside a pivot sentence before it is split:
/// more than for another edition (`MIN_VOTES`), as the pivot's sentences make every edition's
/// rows.
const MIN_PIVOT_VOTES: usize = 3;

/// Splits the pivot's sentences that most other editions translate as two sentences or more
/// (a 1-n bead against the pivot, the same n for all of them), at the candidate points nearest
/// the boundaries of theirs: the original dropped a stop (`…を開催します先週…`) where its
/// translations kept it. `beads[k]`: edition k aligned to the pivot. Returns the indices of the
/// first parts, after splitting (none: the beads still hold).
pub fn split_pivot(inputs: &mut [AlignInput], beads: &[Vec<Bead>], pivot: usize) -> Vec<usize> {
    let n = inputs[pivot].edition.sentences.len();
    // voters[i]: the editions whose sentences (two or more) translate pivot sentence i, and those.
    let mut voters: Vec<Vec<(usize, Range<usize>)>> = vec![Vec::new(); n];
    let mut present = vec![0usize; n];
    for (k, list) in beads.iter().enumerate() {
        if k == pivot || inputs[k].edition.lang.weakly_segmented() {
            continue;
        }
        for bead in list.iter().filter(|b| !b.other.is_empty()) {
            for i in bead.pivot.clone() {
                present[i] += 1;
            }
            if bead.pivot.len() == 1 && bead.other.len() >= 2 {
                voters[bead.pivot.start].push((k, bead.other.clone()));
            }
        }
    }
    let totals = scale::of_beads(inputs, beads, pivot);
    let mut splits: Vec<(usize, usize)> = Vec::new();
    for (i, votes) in voters.iter().enumerate() {
        let sentence = &inputs[pivot].edition.sentences[i];
        if !matches!(sentence.role, Role::Body | Role::Bullet) {
            continue;
        }
        // The parts most voters agree on, and the lengths they predict for each, in the
        // pivot's characters.
        let Some(parts) = agreed_parts(votes) else {
            continue;
        };
        let votes: Vec<&(usize, Range<usize>)> =
            votes.iter().filter(|(_, r)| r.len() == parts).collect();
        if votes.len() < MIN_PIVOT_VOTES || votes.len() * 2 <= present[i] {
            continue;
        }
        let predicted: Vec<f64> = (0..parts)
            .map(|p| {
                median(votes.iter().map(|(e, r)| {
                    inputs[*e].features[r.start + p].len as f64 * totals[pivot] / totals[*e]
                }))
            })
            .collect();
        if fits_one_part(inputs[pivot].features[i].len as f64, &predicted) {
            continue;
        }
        let whole: f64 = predicted.iter().sum();
        let lang = inputs[pivot].edition.lang;
        let mut before = 0.0;
        let mut last = 0;
        for part in &predicted[..parts - 1] {
            before += part;
            let share = before / whole.max(1.0);
            match best_point(&sentence.text, lang, share) {
                Some(at) if at > last => {
                    splits.push((i, at));
                    last = at;
                }
                _ => {}
            }
        }
    }
    split_all(&mut inputs[pivot], &splits)
}

/// The number of sentences most voters translate a pivot sentence into (`votes`: each voter's
/// sentences): the most common count, the smaller of equals.
fn agreed_parts(votes: &[(usize, Range<usize>)]) -> Option<usize> {
    let count = |n: usize| votes.iter().filter(|(_, r)| r.len() == n).count();
    votes
        .iter()
        .map(|(_, r)| r.len())
        .max_by_key(|&n| (count(n), std::cmp::Reverse(n)))
}

/// Splits an edition's sentences (`splits`: sentence and byte offset, ascending) and numbers
/// them anew; returns the indices of the first parts after splitting.
fn split_all(input: &mut AlignInput, splits: &[(usize, usize)]) -> Vec<usize> {
    for &(s, at) in splits.iter().rev() {
        split_sentence(input, s, at);
    }
    if !splits.is_empty() {
        segment::renumber(&mut input.edition.sentences);
    }
    splits
        .iter()
        .enumerate()
        .map(|(j, &(s, _))| s + j)
        .collect()
}

/// Marks the units where a sentence of edition `k` split before the units were built
/// (`split_pivot`, `split_joiners`; `first_parts`, the indices of the first parts) ends and its
/// second part opens the next unit: one sentence on the page.
pub fn mark_splits(units: &mut [Unit], k: usize, first_parts: &[usize]) {
    for u in 0..units.len().saturating_sub(1) {
        let last = units[u].cells[k].last().copied();
        let next = units[u + 1].cells[k].first().copied();
        if let (Some(s), Some(t)) = (last, next)
            && t == s + 1
            && first_parts.contains(&s)
        {
            units[u].joined[k] = true;
        }
    }
}

/// Splits, in every edition but the pivot, a sentence that translates two pivot sentences (a 2-1
/// bead) which most editions with sure sentence ends keep apart, at the candidate point
/// nearest the boundary of theirs: before the units are built, so that a pair of sentences the
/// original keeps apart is not joined for every edition because half the translations joined
/// them. `beads[k]`: edition k aligned to the pivot. Returns each edition's first parts.
pub fn split_joiners(
    inputs: &mut [AlignInput],
    beads: &[Vec<Bead>],
    pivot: usize,
    lexicons: Option<&Lexicons>,
) -> Vec<Vec<usize>> {
    let n = inputs[pivot].edition.sentences.len();
    // alone[e][i]: edition e's sentences that translate pivot sentence i alone (a 1-n bead).
    let alone: Vec<Vec<Option<Range<usize>>>> = beads
        .iter()
        .map(|list| {
            let mut at = vec![None; n];
            for b in list
                .iter()
                .filter(|b| b.pivot.len() == 1 && !b.other.is_empty())
            {
                at[b.pivot.start] = Some(b.other.clone());
            }
            at
        })
        .collect();
    let kept: Vec<Vec<bool>> = (0..inputs.len())
        .map(|e| keeps_apart(&beads[e], n, inputs[e].edition.lang.weakly_segmented()))
        .collect();
    let totals = scale::of_beads(inputs, beads, pivot);
    let mut out = vec![Vec::new(); inputs.len()];
    for k in 0..inputs.len() {
        if k == pivot || inputs[k].edition.lang.weakly_segmented() {
            continue;
        }
        // Two thirds of the editions with sure sentence ends (the pivot among them) must keep
        // the two apart (5 of 7 in a nine-edition article; a bare majority, 4, splits more than
        // it should: false findings seed 11 2.3 -> 2.5, seed 13 4.6 -> 4.7).
        let sure = (0..inputs.len())
            .filter(|&e| e != k && !inputs[e].edition.lang.weakly_segmented())
            .count();
        let mut splits: Vec<(usize, usize)> = Vec::new();
        for bead in beads[k]
            .iter()
            .filter(|b| b.pivot.len() == 2 && b.other.len() == 1)
        {
            let (i, s) = (bead.pivot.start, bead.other.start);
            let keepers: Vec<(usize, &Range<usize>, &Range<usize>)> = (0..inputs.len())
                .filter(|&e| e != k && !inputs[e].edition.lang.weakly_segmented())
                .filter_map(|e| match (&alone[e][i], &alone[e][i + 1]) {
                    (Some(a), Some(b)) => Some((e, a, b)),
                    _ => None,
                })
                .collect();
            let sentence = &inputs[k].edition.sentences[s];
            let most = keepers.len() >= MIN_VOTES && keepers.len() * 3 > sure * 2;
            if !most || !matches!(sentence.role, Role::Body | Role::Bullet) {
                continue;
            }
            let length = |e: usize, r: &Range<usize>| -> f64 {
                scale::chars(&inputs[e], r.clone()) * totals[k] / totals[e]
            };
            let first = median(keepers.iter().map(|(e, a, _)| length(*e, a)));
            let second = median(keepers.iter().map(|(e, _, b)| length(*e, b)));
            let second_numbers = most_stated(
                keepers
                    .iter()
                    .map(|(e, _, b)| numbers_in(&inputs[*e], (*b).clone()))
                    .collect(),
            );
            let features = &inputs[k].features[s];
            if fits_one_unit(features.len as f64, first, second)
                || lacks_any(features, &second_numbers)
            {
                continue;
            }
            let share = first / (first + second).max(1.0);
            let lang = inputs[k].edition.lang;
            let at = best_point(&sentence.text, lang, share).or_else(|| {
                let parts = [&[i][..], &[i + 1][..]];
                seam(inputs, lexicons, (pivot, k), &sentence.text, parts, share)
            });
            if let Some(at) = at {
                splits.push((s, at));
            }
        }
        let done: Vec<usize> = splits.iter().map(|&(s, _)| s).collect();
        splits.extend(bare_splits(
            inputs, &beads[k], &kept, &totals, pivot, k, &done,
        ));
        splits.sort_unstable();
        splits.dedup();
        out[k] = split_all(&mut inputs[k], &splits);
    }
    out
}

/// Where edition `k`'s Chinese `text`, which stands for the pivot's sentences `parts[0]` and
/// then `parts[1]`, parts into the two by the run's lexicon (`points::seam_point`): a sentence
/// without any mark where most editions end one. None for other languages.
fn seam(
    inputs: &[AlignInput],
    lexicons: Option<&Lexicons>,
    (pivot, k): (usize, usize),
    text: &str,
    parts: [&[usize]; 2],
    share: f64,
) -> Option<usize> {
    let lang = inputs[k].edition.lang;
    if lang != Lang::Zh || parts.iter().any(|p| p.is_empty()) {
        return None;
    }
    let (_, backward) = lexicons?.get(inputs[pivot].edition.lang, lang)?;
    let [first, second] = parts.map(|p| inputs[pivot].words_of(p));
    seam_point(text, share, |word, hash| {
        lean(backward, word, hash, [&first[..], &second[..]])
    })
}

/// 1 if `word` (`hash` its hash; `lexicon` translates it into the other language) translates a
/// word of the first of two sentences (`words`) only, -1 of the second only, 0 else: which of
/// the two a part of a sentence that stands for both translates. A name or number written the
/// same way counts as its own translation; a lone Chinese character does not (`会` of `集会`, a
/// rally, is not the `会` of `公聴会`, a hearing).
fn lean(lexicon: &Lexicon, word: &str, hash: u64, words: [&[u64]; 2]) -> i32 {
    let same = word.chars().count() > 1 || !word.chars().all(|c| script_of(c) == Some(Script::Cjk));
    let [first, second] = words.map(|words| {
        (same && words.binary_search(&hash).is_ok()) || lexicon.translated(&[hash], words) > 0
    });
    first as i32 - second as i32
}

/// `out[b]`: whether an edition with sure sentence ends (`weak`: it has none) ends a sentence
/// where the pivot ends sentence `b - 1`, a sentence of its own on either side.
fn keeps_apart(beads: &[Bead], n: usize, weak: bool) -> Vec<bool> {
    let mut out = vec![false; n + 1];
    if weak {
        return out;
    }
    let full = |b: &Bead| !b.pivot.is_empty() && !b.other.is_empty();
    for pair in beads.windows(2) {
        if full(&pair[0]) && full(&pair[1]) {
            out[pair[0].pivot.end] = true;
        }
    }
    out
}

/// Splits of edition `k`'s sentences (`done`: those already split) that stand for two or more
/// pivot sentences (an n-1 bead) at a pivot boundary at least `MIN_VOTES` editions keep
/// (`kept[e][b]`, the pivot among them), where the sentence ends without its stop: a headline
/// line of the original written without a period runs into the next sentence in most
/// translations (`…survey reveals Survey of 20,000…`), and only the editions that punctuate
/// headlines keep the two apart. Fewer votes than `split_joiners` asks for, so only a sentence
/// end counts as a point, not a comma; the parts' lengths come from the pivot's sentences.
fn bare_splits(
    inputs: &[AlignInput],
    beads: &[Bead],
    kept: &[Vec<bool>],
    totals: &[f64],
    pivot: usize,
    k: usize,
    done: &[usize],
) -> Vec<(usize, usize)> {
    let in_k =
        |r: Range<usize>| -> f64 { scale::chars(&inputs[pivot], r) * totals[k] / totals[pivot] };
    let mut out = Vec::new();
    for bead in beads
        .iter()
        .filter(|b| b.pivot.len() >= 2 && b.other.len() == 1)
    {
        let s = bead.other.start;
        let sentence = &inputs[k].edition.sentences[s];
        if done.contains(&s) || !matches!(sentence.role, Role::Body | Role::Bullet) {
            continue;
        }
        let (start, end) = (bead.pivot.start, bead.pivot.end);
        let length = inputs[k].features[s].len as f64;
        for b in start + 1..end {
            let votes = kept
                .iter()
                .enumerate()
                .filter(|(e, row)| *e != k && row[b])
                .count();
            let (first, second) = (in_k(start..b), in_k(b..end));
            if votes < MIN_VOTES || fits_one_unit(length, first, second) {
                continue;
            }
            let share = first / (first + second).max(1.0);
            if let Some(at) = bare_point(inputs, k, &sentence.text, share) {
                out.push((s, at));
            }
        }
    }
    out
}

/// Fewest editions that must end a sentence inside a unit (two sentences in their cell)
/// before `split_units` looks at it.
const UNIT_SPLIT_MIN_KEEPERS: usize = 2;

/// How edition k's cell parts when a unit is split in two.
#[derive(Clone, Copy, Debug)]
enum Part {
    /// Its first `n` sentences go in the first unit, the rest in the second.
    Keep(usize),
    /// Its one sentence is cut at byte `at`.
    Cut(usize),
    /// It cannot part the cell: its text stays in the first unit, running on into the second.
    Stuck,
}

/// Splits the units where some editions end a sentence that the original and others run on
/// without a stop: a headline line written without a period, punctuated only in the editions
/// whose translators end headlines with one (`…as part of treatment Method involves…` in
/// English, `…教えるこの方法では…` in the original, a stop in German, Spanish and Korean). A unit is split when at least
/// `UNIT_SPLIT_MIN_KEEPERS` editions end a sentence there and two thirds of the editions
/// present can part their text at the same share: by their own sentence ends, or at a point
/// where a sentence ends without its stop (`bare_point`). The others' text runs on into the
/// second unit, as a minority join does. Runs after the units are final.
pub fn split_units(inputs: &mut [AlignInput], units: &mut Vec<Unit>) {
    let mut u = 0;
    while u < units.len() {
        if let Some(parts) = plan_unit_split(inputs, &units[u]) {
            apply_unit_split(inputs, units, u, &parts);
        }
        u += 1;
    }
    super::nway::renumber(units);
}

/// How each edition parts unit `unit`'s cell, if the unit is to be split.
fn plan_unit_split(inputs: &[AlignInput], unit: &Unit) -> Option<Vec<Part>> {
    if !matches!(unit.role, Role::Body | Role::Bullet) {
        return None;
    }
    let lens = |e: usize| -> Vec<f64> {
        unit.cells[e]
            .iter()
            .map(|&i| inputs[e].features[i].len as f64)
            .collect()
    };
    // An edition whose text runs on from the previous unit or into the next keeps doing so.
    let free = |e: usize| !unit.runs_on[e] && !unit.continued[e];
    let shares: Vec<f64> = (0..inputs.len())
        .filter(|&e| free(e) && unit.cells[e].len() == 2)
        .filter(|&e| !inputs[e].edition.lang.weakly_segmented())
        .map(|e| {
            let l = lens(e);
            l[0] / (l[0] + l[1]).max(1.0)
        })
        .collect();
    if shares.len() < UNIT_SPLIT_MIN_KEEPERS {
        return None;
    }
    let share = median(shares.into_iter());
    let parts: Vec<Part> = (0..inputs.len())
        .map(|e| match unit.cells[e][..] {
            _ if !free(e) => Part::Stuck,
            [] => Part::Stuck,
            [s] if !inputs[e].edition.lang.weakly_segmented() => {
                match bare_point(inputs, e, &inputs[e].edition.sentences[s].text, share) {
                    Some(at) => Part::Cut(at),
                    None => Part::Stuck,
                }
            }
            _ => nearest_boundary(&lens(e), share).map_or(Part::Stuck, Part::Keep),
        })
        .collect();
    let present = unit.present();
    let parting = parts.iter().filter(|p| !matches!(p, Part::Stuck)).count();
    (parting * 3 >= present * 2).then_some(parts)
}

/// The boundary between sentences of a cell (the count of sentences before it) whose share of
/// the cell's length is nearest `share`, within `SPLIT_TOLERANCE`.
fn nearest_boundary(lens: &[f64], share: f64) -> Option<usize> {
    let total: f64 = lens.iter().sum::<f64>().max(1.0);
    let mut before = 0.0;
    let mut best: Option<(f64, usize)> = None;
    for (n, len) in lens.iter().enumerate().take(lens.len().saturating_sub(1)) {
        before += len;
        let distance = (before / total - share).abs();
        if distance <= SPLIT_TOLERANCE && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, n + 1));
        }
    }
    best.map(|(_, n)| n)
}

/// Splits unit `u` in two as `parts` says, the second part becoming unit `u + 1`.
fn apply_unit_split(inputs: &mut [AlignInput], units: &mut Vec<Unit>, u: usize, parts: &[Part]) {
    let mut second = units[u].clone();
    for (e, part) in parts.iter().enumerate() {
        second.cells[e].clear();
        second.disputed[e] = false;
        second.joined[e] = false;
        match *part {
            Part::Keep(n) => {
                second.cells[e] = units[u].cells[e].split_off(n);
                // The sentence joined to the next unit's on the page now ends the second part.
                second.joined[e] = std::mem::take(&mut units[u].joined[e]);
            }
            Part::Cut(at) => {
                let s = units[u].cells[e][0];
                split_sentence(&mut inputs[e], s, at);
                segment::renumber(&mut inputs[e].edition.sentences);
                for unit in units.iter_mut() {
                    for i in unit.cells[e].iter_mut().filter(|i| **i > s) {
                        *i += 1;
                    }
                }
                second.cells[e] = vec![s + 1];
                second.joined[e] = std::mem::replace(&mut units[u].joined[e], true);
            }
            Part::Stuck if !units[u].cells[e].is_empty() => {
                units[u].runs_on[e] = true;
                second.continued[e] = true;
            }
            Part::Stuck => second.costs[e] = None,
        }
    }
    units.insert(u + 1, second);
}

/// The median of some values (the upper one of an even count); 0 for none.
fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

/// The split of edition `k`'s sentence in unit `u`, if it runs on into unit `u + 1`, is long
/// enough to say what both units say, and a clause boundary sits where the other editions end
/// their sentence (or a seam, in Chinese without any mark; `lexicons`: the run's).
fn find_split(
    inputs: &[AlignInput],
    totals: &[f64],
    units: &[Unit],
    (pivot, k): (usize, usize),
    u: usize,
    lexicons: Option<&Lexicons>,
) -> Option<Split> {
    let (here, next) = (&units[u], &units[u + 1]);
    let [s] = here.cells[k][..] else {
        return None;
    };
    let runs_on_once = here.runs_on[k] && next.cells[k].is_empty() && !next.runs_on[k];
    let body = matches!(
        inputs[k].edition.sentences[s].role,
        Role::Body | Role::Bullet
    );
    if !runs_on_once || !body || here.section != next.section {
        return None;
    }
    let votes = Votes::of(inputs, totals, here, next, k)?;
    // A sentence as long as one unit predicts says only that: the edition lacks the other
    // sentence, and splitting would hide the omission.
    let length = inputs[k].features[s].len as f64;
    if fits_one_unit(length, votes.first, votes.second)
        || votes.second_lacking(&inputs[k].features[s])
    {
        return None;
    }
    let text = &inputs[k].edition.sentences[s].text;
    let at = best_point(text, inputs[k].edition.lang, votes.share()).or_else(|| {
        let parts = [&here.cells[pivot][..], &next.cells[pivot][..]];
        seam(inputs, lexicons, (pivot, k), text, parts, votes.share())
    })?;
    Some(Split {
        unit: u,
        sentence: s,
        at,
    })
}

/// How much better (in |log length ratio|) a sentence that stands for two units must fit one
/// of them than both before it is read as a translation of one unit with the other missing.
pub const MERGE_FIT_MARGIN: f64 = 0.1;

/// Whether a sentence of `length` characters standing for two units whose lengths are
/// predicted `first` and `second` translates only one of them (the other is missing) rather
/// than both (two sentences merged). The scorer reads merges by the same rule.
pub fn fits_one_unit(length: f64, first: f64, second: f64) -> bool {
    fits_one_part(length, &[first, second])
}

/// As `fits_one_unit`, for a sentence standing for any number of parts of predicted lengths
/// `parts`: whether it fits one of them better (by `MERGE_FIT_MARGIN`) than all together.
fn fits_one_part(length: f64, parts: &[f64]) -> bool {
    let misfit = |p: f64| scale::misfit(length, p);
    let whole = misfit(parts.iter().sum());
    parts.iter().any(|&p| misfit(p) + MERGE_FIT_MARGIN < whole)
}

/// What the other editions that keep the two units apart say about edition `k`'s text there:
/// the lengths they predict for it (medians, in `k`'s characters).
struct Votes {
    first: f64,
    second: f64,
    /// Numbers most of them state in the second unit.
    second_numbers: Vec<Number>,
}

impl Votes {
    /// `totals[e]`: edition e's whole length, for the length ratio of two editions.
    fn of(
        inputs: &[AlignInput],
        totals: &[f64],
        here: &Unit,
        next: &Unit,
        k: usize,
    ) -> Option<Votes> {
        let length = |e: usize, cell: &[usize]| -> f64 {
            scale::chars(&inputs[e], cell.iter().copied()) * totals[k] / totals[e]
        };
        let voters: Vec<usize> = (0..inputs.len())
            .filter(|&e| e != k && !here.runs_on[e] && !next.continued[e])
            .filter(|&e| !here.cells[e].is_empty() && !next.cells[e].is_empty())
            .collect();
        let present = (0..inputs.len())
            .filter(|&e| e != k && here.covered(e))
            .count();
        if voters.len() < MIN_VOTES || voters.len() * 2 < present {
            return None;
        }
        let second_numbers = most_stated(
            voters
                .iter()
                .map(|&e| numbers_in(&inputs[e], next.cells[e].iter().copied()))
                .collect(),
        );
        Some(Votes {
            first: median(voters.iter().map(|&e| length(e, &here.cells[e]))),
            second: median(voters.iter().map(|&e| length(e, &next.cells[e]))),
            second_numbers,
        })
    }

    /// Whether the sentence lacks a number most others state in the second unit: then it does
    /// not translate that unit, whatever its length.
    fn second_lacking(&self, sentence: &crate::features::Features) -> bool {
        lacks_any(sentence, &self.second_numbers)
    }

    /// The share of the first unit in the two.
    fn share(&self) -> f64 {
        self.first / (self.first + self.second).max(1.0)
    }
}

/// The numbers of an edition's sentences.
fn numbers_in(input: &AlignInput, sentences: impl IntoIterator<Item = usize>) -> Vec<Number> {
    sentences
        .into_iter()
        .flat_map(|i| input.features[i].numbers.iter().cloned())
        .collect()
}

/// The numbers at least half of the lists state.
fn most_stated(lists: Vec<Vec<Number>>) -> Vec<Number> {
    let stated_by = |n: &Number| lists.iter().filter(|l| l.iter().any(|m| m.same(n))).count();
    let mut out: Vec<Number> = Vec::new();
    for n in lists.iter().flatten() {
        if stated_by(n) * 2 >= lists.len() && !out.iter().any(|m| m.same(n)) {
            out.push(n.clone());
        }
    }
    out
}

/// Whether a sentence lacks any of the numbers, in digits or spelled out (`六点`, `six in the
/// morning`: `Features::spelled`).
fn lacks_any(sentence: &crate::features::Features, numbers: &[Number]) -> bool {
    numbers.iter().any(|n| {
        !sentence.numbers.iter().any(|m| m.same(n)) && !sentence.spelled.contains(&n.value)
    })
}

/// Splits sentence `s` of an edition at byte `at` into two sentences and measures both.
fn split_sentence(input: &mut AlignInput, s: usize, at: usize) {
    let original = input.edition.sentences[s].clone();
    let (first, second) = original.text.split_at(at);
    let lang = input.edition.lang;
    let mut head = original.clone();
    head.text = first.trim_end().to_string();
    head.sources.clear();
    head.break_cost = 0.0;
    let mut tail = original.clone();
    tail.text = second.trim_start().to_string();
    input.features[s] = features(&head.text, lang);
    input.features.insert(s + 1, features(&tail.text, lang));
    input.edition.sentences[s] = head;
    input.edition.sentences.insert(s + 1, tail);
    // The sentences' translations are stale now (`super::translate_into_pivot` refills them).
    input.into_pivot.clear();
}

/// Splits the sentence and moves the second part into unit `split.unit + 1`.
fn apply(input: &mut AlignInput, units: &mut [Unit], k: usize, split: &Split) {
    let s = split.sentence;
    split_sentence(input, s, split.at);
    for unit in units.iter_mut() {
        for i in unit.cells[k].iter_mut().filter(|i| **i > s) {
            *i += 1;
        }
    }
    let (here, next) = (split.unit, split.unit + 1);
    units[here].runs_on[k] = false;
    units[here].joined[k] = true;
    units[next].continued[k] = false;
    units[next].cells[k] = vec![s + 1];
    units[next].costs[k] = units[here].costs[k];
}

#[cfg(test)]
mod tests {
    use super::*;

    const JA: &str = "ワクチンは、治療の一環として免疫システムに不良細胞を認識するよう教えるこの方法では\
        患者から免疫細胞を抽出し、実験室で変更を加えるこれにより細胞は多くの癌に共通するタンパク質を\
        「判別」できるようになり、それを再注入することができる。";

    const THREE: [(Lang, [&str; 3]); 4] = [
        (
            Lang::En,
            [
                "The vaccine teaches the immune system to recognise rogue cells as part of treatment.",
                "The method involves extracting immune cells from a patient and altering them in a lab.",
                "They can then see a protein common to many cancers and are injected back into the patient.",
            ],
        ),
        (
            Lang::De,
            [
                "Der Impfstoff bringt dem Immunsystem im Rahmen der Behandlung bei, entartete Zellen zu erkennen.",
                "Bei der Methode werden einem Patienten Immunzellen entnommen und im Labor verändert.",
                "Diese Zellen erkennen dann ein Protein, das vielen Krebsarten gemeinsam ist, und werden wieder injiziert.",
            ],
        ),
        (
            Lang::Es,
            [
                "Como parte del tratamiento, la vacuna enseña al sistema inmunológico a reconocer las células malignas.",
                "El método requiere extraer células inmunitarias del paciente y alterarlas en el laboratorio.",
                "Así pueden ver una proteína común a muchos cánceres y se vuelven a inyectar al paciente.",
            ],
        ),
        (
            Lang::Fr,
            [
                "Dans le cadre du traitement, le vaccin apprend au système immunitaire à reconnaître les cellules malades.",
                "La technique consiste à extraire des cellules immunitaires du patient et à les modifier en laboratoire.",
                "Elles peuvent alors déceler une protéine commune à de nombreux cancers et sont réinjectées au patient.",
            ],
        ),
    ];

    #[test]
    fn a_pivot_sentence_most_editions_translate_as_three_parts_in_three() {
        let mut inputs = vec![AlignInput::intro(Lang::Ja, &[JA])];
        inputs.extend(
            THREE
                .iter()
                .map(|(lang, texts)| AlignInput::intro(*lang, texts)),
        );
        let bead = Bead {
            pivot: 0..1,
            other: 0..3,
            cost: 0.0,
        };
        let mut beads = vec![vec![Bead {
            other: 0..1,
            ..bead.clone()
        }]];
        beads.extend((0..THREE.len()).map(|_| vec![bead.clone()]));
        assert_eq!(split_pivot(&mut inputs, &beads, 0), vec![0, 1]);
        let parts: Vec<&str> = inputs[0]
            .edition
            .sentences
            .iter()
            .map(|s| s.text.as_str())
            .collect();
        assert!(parts[0].ends_with("教える"), "{parts:?}");
        assert!(parts[1].starts_with("この方法では"), "{parts:?}");
        assert!(parts[2].starts_with("これにより"), "{parts:?}");
    }
}
