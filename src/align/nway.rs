//! Merging pairwise alignments into N-way units keyed by the pivot.
//!
//! Units follow the reference sentences, joined where at least half of the other editions
//! join them (a 2-1 bead): then the original holds in two sentences what the translations say
//! in one. Where only a minority joins two reference sentences, the units stay apart and the
//! joining edition's sentence sits in the first unit, marked as running on into the next: one
//! edition's odd sentence (or one bad pairwise alignment) cannot coarsen every edition's rows.
//! Sentences an edition adds (0-1 beads) between two units form a unit of their own, shared by
//! every edition that adds something at the same place.

use super::Bead;
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
    /// `runs_on[k]`: edition k's sentence here also translates the next unit (it merged two).
    pub runs_on: Vec<bool>,
    /// `continued[k]`: edition k's text for this unit stands in the previous unit.
    pub continued: Vec<bool>,
    /// `disputed[k]`: aligned to the original alone, edition k's sentence here went elsewhere
    /// (`dispute::mark`).
    pub disputed: Vec<bool>,
    /// `joined[k]`: on the page, edition k's text here and in the next unit is one sentence,
    /// split where the other editions end theirs (`split::project`).
    pub joined: Vec<bool>,
}

impl Unit {
    /// A body unit of the introduction with these cells (edition sentence indices), for tests
    /// of the steps that read or move cells.
    #[cfg(test)]
    pub(crate) fn intro(number: u32, cells: Vec<Vec<usize>>) -> Unit {
        let n = cells.len();
        Unit {
            section: SectionId::Intro,
            number,
            cells,
            costs: vec![Some(0.0); n],
            role: Role::Body,
            runs_on: vec![false; n],
            continued: vec![false; n],
            disputed: vec![false; n],
            joined: vec![false; n],
        }
    }

    /// The unit's id within its section, as written in the `unit` column.
    pub fn id(&self) -> String {
        self.number.to_string()
    }

    /// Editions that have at least one sentence in this unit.
    pub fn present(&self) -> usize {
        self.cells.iter().filter(|c| !c.is_empty()).count()
    }

    /// Whether edition k says what this unit says, here or in the previous unit.
    pub fn covered(&self, k: usize) -> bool {
        !self.cells[k].is_empty() || self.continued[k]
    }
}

/// Where a reference item stands: the section and role the unit built on it takes.
#[derive(Clone, Copy, Debug)]
pub struct Anchor {
    pub section: SectionId,
    pub role: Role,
}

/// A unit under construction: each edition's sentences and bead costs.
#[derive(Clone)]
struct Cells {
    sentences: Vec<Vec<usize>>,
    costs: Vec<Option<f64>>,
    runs_on: Vec<bool>,
    continued: Vec<bool>,
}

impl Cells {
    fn new(editions: usize) -> Cells {
        Cells {
            sentences: vec![Vec::new(); editions],
            costs: vec![None; editions],
            runs_on: vec![false; editions],
            continued: vec![false; editions],
        }
    }

    fn is_empty(&self) -> bool {
        self.sentences.iter().all(Vec::is_empty) && !self.continued.iter().any(|&c| c)
    }

    fn add(&mut self, k: usize, bead: &Bead) {
        self.sentences[k].extend(bead.other.clone());
        if !bead.other.is_empty() || !self.sentences[k].is_empty() {
            *self.costs[k].get_or_insert(0.0) += bead.cost;
        }
    }
}

/// Builds N-way units from every edition's beads against one reference sequence (the pivot's
/// sentences, or the units of a first pass). `beads[k]` covers edition k and the reference.
pub fn merge(reference: &[Anchor], beads: &[Vec<Bead>]) -> Vec<Unit> {
    let n = reference.len();
    let editions = beads.len();
    // spans[i]: editions whose beads join reference items i-1 and i.
    let mut spans = vec![0usize; n + 1];
    for bead in beads.iter().flatten() {
        let inner = (bead.pivot.start + 1).min(bead.pivot.end);
        for count in &mut spans[inner..bead.pivot.end] {
            *count += 1;
        }
    }
    let others = editions.saturating_sub(1).max(1);
    let joined: Vec<bool> = spans.iter().map(|&c| c > 0 && 2 * c >= others).collect();
    let mut group_of = vec![0usize; n];
    let mut starts: Vec<usize> = Vec::new();
    for i in 0..n {
        if i == 0 || !joined[i] {
            starts.push(i);
        }
        group_of[i] = starts.len() - 1;
    }
    let mut groups: Vec<Cells> = vec![Cells::new(editions); starts.len()];
    // extras[i]: sentences added before reference item i (i == n: at the end).
    let mut extras: Vec<Cells> = vec![Cells::new(editions); n + 1];
    for (k, list) in beads.iter().enumerate() {
        for bead in list {
            let at = bead.pivot.start;
            if !bead.pivot.is_empty() {
                let (first, last) = (group_of[at], group_of[bead.pivot.end - 1]);
                groups[first].add(k, bead);
                for g in first..last {
                    groups[g].runs_on[k] = true;
                    groups[g + 1].continued[k] = true;
                }
            } else if at > 0 && at < n && group_of[at] == group_of[at - 1] {
                groups[group_of[at]].add(k, bead);
            } else {
                extras[at].add(k, bead);
            }
        }
    }
    let mut units = Vec::new();
    let section_before = |i: usize| reference[i.saturating_sub(1).min(n - 1)].section;
    for (g, cells) in groups.into_iter().enumerate() {
        let s = starts[g];
        let extra = std::mem::replace(&mut extras[s], Cells::new(editions));
        if !extra.is_empty() {
            units.push(unit(section_before(s), Role::Body, extra));
        }
        if !cells.is_empty() {
            units.push(unit(reference[s].section, reference[s].role, cells));
        }
    }
    let tail = std::mem::replace(&mut extras[n], Cells::new(editions));
    if !tail.is_empty() && n > 0 {
        units.push(unit(section_before(n), Role::Body, tail));
    }
    renumber(&mut units);
    units
}

/// Numbers units within sections, as the `unit` column shows them: headings 0, other units
/// from 1. Run again whenever units are split or joined.
pub fn renumber(units: &mut [Unit]) {
    let mut section = None;
    let mut next = 1;
    for unit in units.iter_mut() {
        if section != Some(unit.section) {
            section = Some(unit.section);
            next = 1;
        }
        if unit.role == Role::Heading {
            unit.number = 0;
        } else {
            unit.number = next;
            next += 1;
        }
    }
}

/// A unit of the cells built for it, numbered later (`renumber`).
fn unit(section: SectionId, role: Role, cells: Cells) -> Unit {
    Unit {
        section,
        number: 0,
        cells: cells.sentences,
        costs: cells.costs,
        role,
        disputed: vec![false; cells.runs_on.len()],
        joined: vec![false; cells.runs_on.len()],
        runs_on: cells.runs_on,
        continued: cells.continued,
    }
}
