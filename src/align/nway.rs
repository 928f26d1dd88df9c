//! Merging pairwise alignments into N-way units keyed by the pivot.
//!
//! A unit is the smallest run of pivot sentences that no edition's bead splits: when one
//! edition merges two pivot sentences, the unit holds both in every edition. Sentences an
//! edition adds (0-1 beads) between two units form a unit of their own, shared by every edition
//! that adds something at the same place.

use super::{AlignInput, Bead};
use crate::ingest::SectionId;
use crate::segment::Role;

/// One row of the parallel corpus: the sentences of each edition that translate each other.
#[derive(Clone, Debug)]
pub struct Unit {
    pub section: SectionId,
    /// Number within the section: `0` for a heading, `1`.. for sentences.
    pub number: u32,
    /// `cells[k]`: indices of edition k's sentences in this unit (empty: none).
    pub cells: Vec<Vec<usize>>,
    /// `costs[k]`: the summed bead cost of edition k's part (0 for the pivot; None if absent).
    pub costs: Vec<Option<f64>>,
    /// Whether the unit is a title, heading or reference rather than body text.
    pub role: Role,
}

impl Unit {
    /// The unit's id within its section, as written in the `unit` column.
    pub fn id(&self) -> String {
        self.number.to_string()
    }

    /// Editions that have at least one sentence in this unit.
    pub fn present(&self) -> usize {
        self.cells.iter().filter(|c| !c.is_empty()).count()
    }
}

/// Builds N-way units from each edition's beads against the pivot.
pub fn merge(inputs: &[AlignInput], pivot: usize, beads: &[Option<Vec<Bead>>]) -> Vec<Unit> {
    let n = inputs[pivot].edition.sentences.len();
    let editions = inputs.len();
    // joined[i]: pivot sentences i-1 and i must share a unit.
    let mut joined = vec![false; n + 1];
    for bead in beads.iter().flatten().flatten() {
        for i in bead.pivot.start + 1..bead.pivot.end {
            joined[i] = true;
        }
    }
    let mut group_of = vec![0usize; n];
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for i in 0..n {
        if i == 0 || !joined[i] {
            groups.push((i, i + 1));
        } else if let Some(last) = groups.last_mut() {
            last.1 = i + 1;
        }
        group_of[i] = groups.len() - 1;
    }
    let empty = || (vec![Vec::new(); editions], vec![None; editions]);
    let mut group_cells: Vec<(Vec<Vec<usize>>, Vec<Option<f64>>)> = groups.iter().map(|_| empty()).collect();
    // extras[i]: sentences added before pivot sentence i (i == n: at the end).
    let mut extras: Vec<(Vec<Vec<usize>>, Vec<Option<f64>>)> = (0..=n).map(|_| empty()).collect();
    for (g, &(s, e)) in groups.iter().enumerate() {
        group_cells[g].0[pivot] = (s..e).collect();
        group_cells[g].1[pivot] = Some(0.0);
    }
    for (k, list) in beads.iter().enumerate() {
        let Some(list) = list else { continue };
        for bead in list {
            let target = if bead.pivot.is_empty() {
                let at = bead.pivot.start;
                let inside = at > 0 && at < n && group_of[at] == group_of[at - 1];
                if inside { &mut group_cells[group_of[at]] } else { &mut extras[at] }
            } else {
                &mut group_cells[group_of[bead.pivot.start]]
            };
            target.0[k].extend(bead.other.clone());
            if !bead.other.is_empty() || !bead.pivot.is_empty() {
                let c = target.1[k].get_or_insert(0.0);
                *c += bead.cost;
            }
            if bead.other.is_empty() && target.0[k].is_empty() {
                target.1[k] = None;
            }
        }
    }
    number_units(inputs, pivot, groups, group_cells, extras)
}

/// Lays units out in page order and numbers them within their sections. Extras inside a group
/// were folded into it by [`merge`], so only the slot before each group can hold any.
fn number_units(
    inputs: &[AlignInput],
    pivot: usize,
    groups: Vec<(usize, usize)>,
    group_cells: Vec<(Vec<Vec<usize>>, Vec<Option<f64>>)>,
    extras: Vec<(Vec<Vec<usize>>, Vec<Option<f64>>)>,
) -> Vec<Unit> {
    let sentences = &inputs[pivot].edition.sentences;
    let mut extras: Vec<Option<(Vec<Vec<usize>>, Vec<Option<f64>>)>> = extras
        .into_iter()
        .map(|x| x.0.iter().any(|c| !c.is_empty()).then_some(x))
        .collect();
    let mut units = Vec::new();
    let mut counter = Counter::default();
    for ((s, _), (cells, costs)) in groups.into_iter().zip(group_cells) {
        if let Some((x_cells, x_costs)) = extras[s].take() {
            let section = extra_section(inputs, pivot, &x_cells, s);
            units.push(counter.unit(section, Role::Body, x_cells, x_costs));
        }
        let first = &sentences[s];
        units.push(counter.unit(first.section, first.role, cells, costs));
    }
    if let Some((x_cells, x_costs)) = extras[sentences.len()].take() {
        let section = extra_section(inputs, pivot, &x_cells, sentences.len());
        units.push(counter.unit(section, Role::Body, x_cells, x_costs));
    }
    units
}

/// The section of a unit only non-pivot editions fill: the section of the pivot sentence
/// before it, or of the first edition sentence it holds.
fn extra_section(inputs: &[AlignInput], pivot: usize, cells: &[Vec<usize>], at: usize) -> SectionId {
    let sentences = &inputs[pivot].edition.sentences;
    if at > 0 {
        return sentences[at - 1].section;
    }
    cells
        .iter()
        .enumerate()
        .find_map(|(k, c)| c.first().map(|&i| inputs[k].edition.sentences[i].section))
        .unwrap_or(SectionId::Title)
}

/// Numbers units within sections: headings 0, other units from 1.
#[derive(Default)]
struct Counter {
    section: Option<SectionId>,
    next: u32,
}

impl Counter {
    fn unit(&mut self, section: SectionId, role: Role, cells: Vec<Vec<usize>>, costs: Vec<Option<f64>>) -> Unit {
        if self.section != Some(section) {
            self.section = Some(section);
            self.next = 1;
        }
        let number = if role == Role::Heading {
            0
        } else {
            self.next += 1;
            self.next - 1
        };
        Unit {
            section,
            number,
            cells,
            costs,
            role,
        }
    }
}
