//! A second opinion on every row. The final units align each edition to the consensus of all
//! others; the first pass aligned it to the original (pivot) alone. Where the two place an
//! edition's sentence against different original sentences, the row is disputed for that
//! edition: one of the two alignments is wrong there, and a dataset builder may want to drop it.

use super::nway::Unit;

/// Marks `units[u].disputed[k]` where the first pass placed a sentence of edition `k` in unit `u`
/// against other pivot sentences (or none) than the final unit holds.
pub fn mark(first: &[Unit], units: &mut [Unit], pivot: usize) {
    let editions = units.first().map_or(0, |u| u.cells.len());
    let pivot_unit = unit_of_sentences(first, pivot);
    for k in (0..editions).filter(|&k| k != pivot) {
        let first_unit = unit_of_sentences(first, k);
        for unit in units.iter_mut() {
            let own: Vec<usize> = unit.cells[pivot]
                .iter()
                .filter_map(|&s| pivot_unit.get(s).copied().flatten())
                .collect();
            if own.is_empty() {
                continue;
            }
            let placed_elsewhere = unit.cells[k].iter().any(|&s| {
                first_unit
                    .get(s)
                    .copied()
                    .flatten()
                    .is_none_or(|f| !own.contains(&f))
            });
            unit.disputed[k] = placed_elsewhere;
        }
    }
}

/// For each sentence of edition `k`, the first-pass unit holding it.
fn unit_of_sentences(units: &[Unit], k: usize) -> Vec<Option<usize>> {
    let count = units
        .iter()
        .flat_map(|u| u.cells[k].iter())
        .max()
        .map_or(0, |m| m + 1);
    let mut out = vec![None; count];
    for (u, unit) in units.iter().enumerate() {
        for &s in &unit.cells[k] {
            out[s] = Some(u);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::SectionId;
    use crate::segment::Role;

    /// Units of two editions (the pivot first) from their cells.
    fn units(cells: &[(&[usize], &[usize])]) -> Vec<Unit> {
        cells
            .iter()
            .enumerate()
            .map(|(n, (p, o))| Unit {
                section: SectionId::Intro,
                number: n as u32 + 1,
                cells: vec![p.to_vec(), o.to_vec()],
                costs: vec![Some(0.0), Some(0.0)],
                role: Role::Body,
                runs_on: vec![false; 2],
                continued: vec![false; 2],
                disputed: vec![false; 2],
                joined: vec![false; 2],
            })
            .collect()
    }

    #[test]
    fn a_sentence_the_original_alone_places_elsewhere_is_disputed() {
        let first = units(&[(&[0], &[0]), (&[1], &[1]), (&[2], &[])]);
        let mut last = units(&[(&[0], &[]), (&[1], &[0]), (&[2], &[1])]);
        mark(&first, &mut last, 0);
        let disputed: Vec<bool> = last.iter().map(|u| u.disputed[1]).collect();
        assert_eq!(disputed, vec![false, true, true]);
    }

    #[test]
    fn agreeing_passes_dispute_nothing() {
        let first = units(&[(&[0], &[0]), (&[1, 2], &[1])]);
        let mut last = units(&[(&[0], &[0]), (&[1, 2], &[1])]);
        mark(&first, &mut last, 0);
        assert!(last.iter().all(|u| !u.disputed.contains(&true)));
    }
}
