//! Each edition's length scale: how long the edition is where it says what the others say.
//!
//! Predicting one edition's length from another's needs the ratio of their lengths. The ratio
//! of whole texts is right for a long article but not for a short one: an edition that drops
//! one of four sentences is a quarter shorter than its translation ratio says, and one that
//! adds a sentence a quarter longer, which hides the very shortfall or excess the rules look
//! for. The scale here compares each edition with the consensus unit by unit and leaves out the
//! units where it departs far from the others (a dropped, added or merged sentence).

use super::{AlignInput, Bead, Unit};

/// Characters added to both lengths before comparing them (`misfit`), so that a short text is
/// not judged by a character or two.
const MISFIT_SMOOTHING: f64 = 5.0;

/// How far a length departs from its prediction: |log| of their ratio, softened for short
/// texts. Every rule that weighs a length against a prediction uses it.
pub fn misfit(length: f64, predicted: f64) -> f64 {
    ((length + MISFIT_SMOOTHING) / (predicted + MISFIT_SMOOTHING))
        .ln()
        .abs()
}

/// The length an edition of scale `scale` should have in a unit, from the other editions'
/// text there, given as (characters, scale): each converted by the ratio of the scales; the
/// median (the upper one of an even count). None with fewer than two others.
pub fn predict(scale: f64, others: impl Iterator<Item = (f64, f64)>) -> Option<f64> {
    let mut predictions: Vec<f64> = others
        .map(|(chars, other)| chars * scale / other.max(1.0))
        .collect();
    if predictions.len() < 2 {
        return None;
    }
    predictions.sort_by(f64::total_cmp);
    Some(predictions[predictions.len() / 2])
}

/// Whether `added` characters make up the shortfall of a text of `length` predicted
/// `predicted`: with them it misfits by at most `max_misfit`, and by `min_gain` less than
/// without them (the second half of a sentence a translator split, kept apart by the aligner).
pub fn completes(length: f64, added: f64, predicted: f64, max_misfit: f64, min_gain: f64) -> bool {
    let with = misfit(length + added, predicted);
    with <= max_misfit && with + min_gain <= misfit(length, predicted)
}

/// Units whose length departs from the edition's typical ratio by more than this factor
/// (either way) do not count towards its scale: a sentence added to the cell, or half of one
/// lost. Sentence-level translation ratios spread by about a third (|log| 0.3).
const SCALE_OUTLIER: f64 = 1.6;

/// Fewest units an edition must translate alone (a cell for one unit) before its scale is
/// measured; with fewer, its whole length stands. One: in a three-sentence article whose
/// edition dropped one and joined the other two, the title is all there is to go by.
const SCALE_MIN_UNITS: usize = 1;

/// The length scales of editions whose cells are `cells[k]`: (unit, characters) pairs for the
/// units the edition translates alone, numbered alike across editions. A cell for two units
/// is left out by the callers: it is a merge or hides a dropped sentence (short-article
/// benchmark, seeds 1-3: counting them found 22 fewer of 353 omissions). Returns, per edition,
/// the length it would have if it translated every unit as it translates the ones it shares
/// with the others; an edition without such units keeps its whole length (`totals`).
pub fn length_scales(cells: &[Vec<(usize, f64)>], totals: &[f64]) -> Vec<f64> {
    scales_by_weights(cells, totals, &unit_weights(cells, totals))
}

/// Each edition's scale (`scale_of`) given the units' weights, or its whole length.
fn scales_by_weights(cells: &[Vec<(usize, f64)>], totals: &[f64], weights: &[f64]) -> Vec<f64> {
    cells
        .iter()
        .zip(totals)
        .map(|(list, &total)| scale_of(list, weights).unwrap_or(total.max(1.0)))
        .collect()
}

/// `weights[u]`: the share of the article unit u holds, the median over the editions.
fn unit_weights(cells: &[Vec<(usize, f64)>], totals: &[f64]) -> Vec<f64> {
    let units = cells
        .iter()
        .flat_map(|c| c.iter().map(|&(u, _)| u + 1))
        .max()
        .unwrap_or(0);
    let mut shares: Vec<Vec<f64>> = vec![Vec::new(); units];
    for (k, list) in cells.iter().enumerate() {
        for &(u, len) in list.iter().filter(|&&(_, len)| len > 0.0) {
            shares[u].push(len / totals[k].max(1.0));
        }
    }
    shares.into_iter().map(median).collect()
}

/// How much a cell's own length counts towards the scale its length is judged by (1: fully,
/// as in `length_scales`; 0: not at all). In a short article a sentence added to a cell makes
/// its edition's scale longer by a good part of the excess, and a cut one shorter, which hides
/// the very defect; leaving the cell out altogether leaves a scale of two or three units that
/// calls ordinary translations too long. Editions benchmark against 1 (twelve sets): short
/// articles seeds 1-3 detection 0.867 / 0.833 / 0.858 -> 0.880 / 0.847 / 0.867 (added sentences
/// 90 / 71 / 69 -> 95 / 76 / 73), false findings 3.4 / 3.7 / 4.0 -> 3.7 / 4.1 / 4.3 per 1,000
/// cells, NTREX sets unchanged but +0.1 on five. 0.3: 0.880 / 0.849 / 0.869 for 3.9 / 4.2 /
/// 4.6; 0: 0.876 / 0.849 / 0.869 for 4.5 / 5.0 / 5.0; 0.7: 0.880 / 0.840 / 0.860 for 3.6 / 3.8
/// / 4.1.
const OWN_CELL_WEIGHT: f64 = 0.5;

/// As `length_scales`, once for every unit of `units`: each edition's scale with the unit's
/// own cell counting only `OWN_CELL_WEIGHT` (in log terms, between the scale with it and the
/// scale without it). `out[u][k]`: edition k's scale where unit u's cells are judged.
pub fn length_scales_by_unit(
    cells: &[Vec<(usize, f64)>],
    totals: &[f64],
    units: usize,
) -> Vec<Vec<f64>> {
    let weights = unit_weights(cells, totals);
    let whole = scales_by_weights(cells, totals, &weights);
    let ratios: Vec<Ratios> = cells
        .iter()
        .map(|list| Ratios::of(list, &weights))
        .collect();
    // positions[k][u]: where unit u stands in edition k's sorted ratios.
    let positions: Vec<Vec<Option<usize>>> = ratios
        .iter()
        .map(|r| {
            let mut at = vec![None; units];
            for (p, &(_, u)) in r.sorted.iter().enumerate() {
                if u < units {
                    at[u] = Some(p);
                }
            }
            at
        })
        .collect();
    (0..units)
        .map(|u| {
            (0..cells.len())
                .map(|k| {
                    let with = whole[k];
                    let Some(p) = positions[k][u] else {
                        return with;
                    };
                    let without = ratios[k].scale(Some(p)).unwrap_or(with);
                    (with.ln() * OWN_CELL_WEIGHT + without.ln() * (1.0 - OWN_CELL_WEIGHT)).exp()
                })
                .collect()
        })
        .collect()
}

/// One edition's scale: its characters over the weights of its units, without the outlying
/// ones.
fn scale_of(cells: &[(usize, f64)], weights: &[f64]) -> Option<f64> {
    Ratios::of(cells, weights).scale(None)
}

/// An edition's units as |log| ratios of characters to weight, sorted, with running sums of
/// characters and weights: its scale with or without any one unit in O(log n).
struct Ratios {
    /// (log ratio, unit), sorted by the ratio.
    sorted: Vec<(f64, usize)>,
    /// `chars[i]`, `weights[i]`: the sums over the first i entries of `sorted`.
    chars: Vec<f64>,
    weights: Vec<f64>,
}

impl Ratios {
    fn of(cells: &[(usize, f64)], weights: &[f64]) -> Ratios {
        let mut entries: Vec<(f64, usize, f64, f64)> = cells
            .iter()
            .filter(|&&(u, len)| len > 0.0 && weights[u] > 0.0)
            .map(|&(u, len)| ((len / weights[u]).ln(), u, len, weights[u]))
            .collect();
        entries.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut sums = (vec![0.0], vec![0.0]);
        for e in &entries {
            sums.0.push(sums.0.last().unwrap_or(&0.0) + e.2);
            sums.1.push(sums.1.last().unwrap_or(&0.0) + e.3);
        }
        Ratios {
            sorted: entries.iter().map(|e| (e.0, e.1)).collect(),
            chars: sums.0,
            weights: sums.1,
        }
    }

    /// The scale: characters over weights of the units within `SCALE_OUTLIER` of the median
    /// ratio (the lower middle), leaving out the entry at `without` if given.
    fn scale(&self, without: Option<usize>) -> Option<f64> {
        let n = self.sorted.len() - usize::from(without.is_some());
        if n < SCALE_MIN_UNITS || n == 0 {
            return None;
        }
        let middle = (n - 1) / 2;
        let at = match without {
            Some(p) if middle >= p => middle + 1,
            _ => middle,
        };
        let typical = self.sorted[at].0;
        let bound = SCALE_OUTLIER.ln();
        let lo = self.sorted.partition_point(|&(r, _)| r - typical < -bound);
        let hi = self.sorted.partition_point(|&(r, _)| r - typical <= bound);
        let mut chars = self.chars[hi] - self.chars[lo];
        let mut weight = self.weights[hi] - self.weights[lo];
        if let Some(p) = without.filter(|p| (lo..hi).contains(p)) {
            chars -= self.chars[p + 1] - self.chars[p];
            weight -= self.weights[p + 1] - self.weights[p];
        }
        (weight > 0.0).then(|| chars / weight)
    }
}

/// The median (the lower middle of an even count); 0 for none.
fn median(mut values: Vec<f64>) -> f64 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    values[(values.len() - 1) / 2]
}

/// Each edition's whole length in characters.
pub fn totals(inputs: &[AlignInput]) -> Vec<f64> {
    inputs
        .iter()
        .map(|input| input.features.iter().map(|f| f.len).sum::<usize>().max(1) as f64)
        .collect()
}

/// Characters of some of an edition's sentences.
pub fn chars(input: &AlignInput, sentences: impl IntoIterator<Item = usize>) -> f64 {
    sentences
        .into_iter()
        .map(|i| input.features[i].len)
        .sum::<usize>() as f64
}

/// Length scales from N-way units: the units an edition translates alone (not a sentence that
/// runs on into the next unit).
pub fn of_units(inputs: &[AlignInput], units: &[Unit]) -> Vec<f64> {
    length_scales(&unit_cells(inputs, units), &totals(inputs))
}

/// Length scales from N-way units for judging each unit (`length_scales_by_unit`): what the
/// scorer predicts a cell's length by.
pub fn of_units_by_unit(inputs: &[AlignInput], units: &[Unit]) -> Vec<Vec<f64>> {
    length_scales_by_unit(&unit_cells(inputs, units), &totals(inputs), units.len())
}

/// Each edition's (unit, characters) pairs for the units it translates alone.
fn unit_cells(inputs: &[AlignInput], units: &[Unit]) -> Vec<Vec<(usize, f64)>> {
    (0..inputs.len())
        .map(|k| {
            units
                .iter()
                .enumerate()
                .filter(|(_, unit)| !unit.cells[k].is_empty() && !unit.runs_on[k])
                .map(|(u, unit)| (u, chars(&inputs[k], unit.cells[k].iter().copied())))
                .collect()
        })
        .collect()
}

/// Length scales from each edition's beads against the pivot (`beads[pivot]` is not read):
/// the units are the pivot's sentences, and a bead counts when it is for one of them.
pub fn of_beads(inputs: &[AlignInput], beads: &[Vec<Bead>], pivot: usize) -> Vec<f64> {
    let cells: Vec<Vec<(usize, f64)>> = (0..inputs.len())
        .map(|k| {
            if k == pivot {
                return (0..inputs[k].features.len())
                    .map(|i| (i, chars(&inputs[k], [i])))
                    .collect();
            }
            beads[k]
                .iter()
                .filter(|b| b.pivot.len() == 1 && !b.other.is_empty())
                .map(|b| (b.pivot.start, chars(&inputs[k], b.other.clone())))
                .collect()
        })
        .collect();
    length_scales(&cells, &totals(inputs))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An edition with one cell per unit, `factor` times the lengths given.
    fn one_each(lens: &[f64], factor: f64) -> Vec<(usize, f64)> {
        lens.iter()
            .enumerate()
            .map(|(u, l)| (u, l * factor))
            .collect()
    }

    /// Three editions of five units; the third drops unit 2 and adds a sentence to unit 4.
    #[test]
    fn a_dropped_and_an_added_sentence_leave_the_scale_as_it_was() {
        let lens = [10.0, 30.0, 20.0, 25.0, 15.0];
        let full = |factor: f64| one_each(&lens, factor);
        let mut odd = full(2.0);
        odd.remove(2);
        odd[3].1 += 60.0;
        let totals: Vec<f64> = [full(1.0), full(0.5), odd.clone()]
            .iter()
            .map(|c| c.iter().map(|x| x.1).sum())
            .collect();
        let scales = length_scales(&[full(1.0), full(0.5), odd], &totals);
        assert!((scales[0] - 100.0).abs() < 1e-9, "{scales:?}");
        assert!((scales[1] - 50.0).abs() < 1e-9, "{scales:?}");
        // Its whole text is 200 - 40 + 60 = 220; twice the first edition is 200.
        assert!((scales[2] - 200.0).abs() < 1e-6, "{scales:?}");
    }

    /// Three editions of four units; the third added a sentence a third as long as the
    /// unit to unit 1, which stays within the outlier bound and so lengthens its scale.
    #[test]
    fn a_cell_counts_only_in_part_towards_the_scale_it_is_judged_by() {
        let lens = [20.0, 30.0, 25.0, 25.0];
        let full = |factor: f64| one_each(&lens, factor);
        let mut odd = full(2.0);
        odd[1].1 += 20.0;
        let cells = [full(1.0), full(0.5), odd];
        let totals: Vec<f64> = cells.iter().map(|c| c.iter().map(|x| x.1).sum()).collect();
        let whole = length_scales(&cells, &totals);
        let by_unit = length_scales_by_unit(&cells, &totals, lens.len());
        // Without unit 1 the third edition is twice the first; with it, longer. Judged at
        // unit 1, its scale lies between the two.
        assert!(whole[2] > 201.0, "{whole:?}");
        assert!(
            by_unit[1][2] > 200.5 && by_unit[1][2] < whole[2] - 0.5,
            "{by_unit:?}"
        );
        // Another unit is judged by a scale that counts unit 1 in full: close to the whole.
        assert!(
            (by_unit[0][2] - whole[2]).abs() < 0.5 * (whole[2] - 200.0),
            "{by_unit:?}"
        );
        // Editions that translate every unit alike have the same scale everywhere.
        for row in &by_unit {
            assert!((row[0] - 100.0).abs() < 1e-9 && (row[1] - 50.0).abs() < 1e-9);
        }
    }

    /// The scale without one unit, from the sorted ratios' running sums, is the scale of the
    /// other units computed afresh, for every unit of lists with outliers and ties.
    #[test]
    fn the_scale_without_a_unit_is_the_scale_of_the_rest() {
        let mut seed: u64 = 7;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as f64 / (1u64 << 31) as f64
        };
        for n in 1..40 {
            let weights: Vec<f64> = (0..n).map(|_| 0.01 + next()).collect();
            let cells: Vec<(usize, f64)> = (0..n)
                .map(|u| {
                    // Mostly about twice the weight, some far off, some equal.
                    let factor = match (next() * 10.0) as u32 {
                        0 => 0.3,
                        1 => 5.0,
                        2 => 2.0,
                        _ => 1.5 + next(),
                    };
                    (u, weights[u] * factor * 100.0)
                })
                .collect();
            let ratios = Ratios::of(&cells, &weights);
            for (p, &(_, u)) in ratios.sorted.iter().enumerate() {
                let rest: Vec<(usize, f64)> =
                    cells.iter().copied().filter(|&(v, _)| v != u).collect();
                let fresh = scale_of(&rest, &weights);
                let fast = ratios.scale(Some(p));
                match (fresh, fast) {
                    (Some(a), Some(b)) => assert!((a - b).abs() <= 1e-9 * a, "{n} {u}: {a} {b}"),
                    (a, b) => assert_eq!(a, b, "{n} {u}"),
                }
            }
        }
    }

    #[test]
    fn an_edition_without_cells_keeps_its_whole_length() {
        let scales = length_scales(&[vec![(0, 10.0)], vec![]], &[50.0, 90.0]);
        assert_eq!(scales, [50.0, 90.0]);
    }
}
