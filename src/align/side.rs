//! The two sides of a pairwise alignment, as sequences of items: an edition's sentences, or a
//! *profile* — the units of a first N-way pass, each carrying what all other editions say in it.
//!
//! Aligning an edition to a profile instead of to the pivot alone lets every edition lend its
//! evidence: Thai keeps Latin names that Japanese transliterates, so a Thai piece finds its
//! unit through the English edition's `Quinton Tellis` even when the pivot is Japanese.

use super::{AlignInput, Unit};
use crate::features::{Marks, Number};
use crate::ingest::SectionId;
use crate::segment::Role;
use crate::sound::name_keys as name_keys_of;

/// One element of a side: a sentence, or a unit of a profile.
#[derive(Clone, Debug)]
pub struct Item {
    /// Share of the side's whole text length (predicted, for a profile).
    pub share: f64,
    pub numbers: Vec<Number>,
    pub names: Vec<String>,
    /// Hashed prefixes of Latin-script words, for cognates.
    pub terms: Vec<u64>,
    /// The concepts named (`crate::concepts`), sorted.
    pub concepts: Vec<u16>,
    /// Hashed words, for a lexicon learned from the pair.
    pub words: Vec<u64>,
    /// The words translated into the pivot's language by the run's lexicon, where computed
    /// once ahead (an edition's sentences: `AlignInput::into_pivot`) instead of in every pass.
    pub into_pivot: Option<Vec<u64>>,
    pub role: Role,
    pub section: SectionId,
    /// Paragraph (block) number on the page; beads that cross paragraphs cost more.
    pub block: usize,
    /// Cost of a sentence end right after this item.
    pub break_cost: f64,
    /// The punctuation kinds it uses.
    pub marks: Marks,
    /// Names by sound, boxed to keep items small: sides are built anew for every pass and
    /// profile, and only the anchor grids read these.
    pub sound: Box<SoundAnchors>,
}

/// What finds names across scripts (`crate::sound`).
#[derive(Clone, Debug, Default)]
pub struct SoundAnchors {
    /// Consonant skeleton of non-Latin text, where names are found by sound.
    pub skeleton: String,
    /// Skeletons of the item's names (`crate::sound::name_key`).
    pub name_keys: Vec<String>,
}

impl SoundAnchors {
    /// The anchors of a sentence: its skeleton, its names' keys and its sources' keys.
    fn new(skeleton: String, keys: &[String], sources: &[String]) -> Box<SoundAnchors> {
        let mut name_keys = keys.to_vec();
        name_keys.extend(name_keys_of(sources));
        name_keys.sort();
        name_keys.dedup();
        Box::new(SoundAnchors {
            skeleton,
            name_keys,
        })
    }
}

/// A sequence of items to align, and whether its boundaries are only guesses (Thai).
#[derive(Clone, Debug)]
pub struct Side {
    pub items: Vec<Item>,
    pub weak: bool,
}

/// A sentence's names with its glued source names: every edition glues the same sources to
/// the same paragraphs, so a shared source is strong evidence for alignment.
fn names_and_sources(names: &[String], sources: &[String]) -> Vec<String> {
    let mut all: Vec<String> = names
        .iter()
        .cloned()
        .chain(sources.iter().map(|s| s.to_lowercase()))
        .collect();
    all.sort();
    all.dedup();
    all
}

/// The words of the pivot's cell of a unit, sorted and without repeats, for the profile of
/// edition `exclude` (none for the pivot's own): what the lexicon from the pivot's language to
/// the edition's translates.
fn pivot_words(unit: &Unit, inputs: &[AlignInput], pivot: usize, exclude: usize) -> Vec<u64> {
    if exclude == pivot {
        return Vec::new();
    }
    inputs[pivot].words_of(&unit.cells[pivot])
}

impl Side {
    /// An edition's sentences as a side.
    pub fn edition(input: &AlignInput) -> Side {
        let total = input.features.iter().map(|f| f.len).sum::<usize>().max(1) as f64;
        let items = input
            .edition
            .sentences
            .iter()
            .zip(&input.features)
            .enumerate()
            .map(|(i, (s, f))| {
                let names = names_and_sources(&f.names, &s.sources);
                Item {
                    share: f.len as f64 / total,
                    numbers: f.numbers.clone(),
                    sound: SoundAnchors::new(f.sound.clone(), &f.name_keys, &s.sources),
                    names,
                    terms: f.terms.clone(),
                    concepts: f.concepts.clone(),
                    words: f.words.clone(),
                    into_pivot: input.into_pivot.get(i).cloned(),
                    role: s.role,
                    section: s.section,
                    block: s.block,
                    break_cost: s.break_cost as f64,
                    marks: f.marks,
                }
            })
            .collect();
        Side {
            items,
            weak: input.edition.lang.weakly_segmented(),
        }
    }

    /// The units of a first pass as a side for edition `exclude`: each unit's length share is
    /// the median share the other editions give it, and its numbers and names are the union of
    /// theirs. Units no other edition fills are left out; the second value maps each item to its
    /// unit.
    pub fn profile(
        units: &[Unit],
        inputs: &[AlignInput],
        pivot: usize,
        exclude: usize,
    ) -> (Side, Vec<usize>) {
        let totals = super::scale::totals(inputs);
        let mut items: Vec<Item> = Vec::new();
        let mut unit_of = Vec::new();
        for (u, unit) in units.iter().enumerate() {
            let others: Vec<usize> = (0..inputs.len())
                .filter(|&k| k != exclude && !unit.cells[k].is_empty())
                .collect();
            if others.is_empty() {
                continue;
            }
            let mut shares: Vec<f64> = others
                .iter()
                .map(|&k| {
                    unit.cells[k]
                        .iter()
                        .map(|&i| inputs[k].features[i].len)
                        .sum::<usize>() as f64
                        / totals[k]
                })
                .collect();
            shares.sort_by(f64::total_cmp);
            let mut numbers: Vec<Number> = Vec::new();
            let mut names: Vec<String> = Vec::new();
            let mut keys: Vec<String> = Vec::new();
            let mut sources: Vec<String> = Vec::new();
            let mut terms: Vec<u64> = Vec::new();
            let mut concepts: Vec<u16> = Vec::new();
            let mut mark_votes = [0usize; Marks::BITS];
            for &k in &others {
                let cell_marks = unit.cells[k]
                    .iter()
                    .fold(Marks::default(), |m, &i| m | inputs[k].features[i].marks);
                for (bit, votes) in mark_votes.iter_mut().enumerate() {
                    *votes += usize::from(cell_marks.0 & (1 << bit) != 0);
                }
                for &i in &unit.cells[k] {
                    let f = &inputs[k].features[i];
                    names.extend(
                        inputs[k].edition.sentences[i]
                            .sources
                            .iter()
                            .map(|s| s.to_lowercase()),
                    );
                    for n in &f.numbers {
                        if !numbers.iter().any(|m| m.same(n)) {
                            numbers.push(n.clone());
                        }
                    }
                    names.extend(f.names.iter().cloned());
                    keys.extend(f.name_keys.iter().cloned());
                    sources.extend(inputs[k].edition.sentences[i].sources.iter().cloned());
                    terms.extend(f.terms.iter().copied());
                    concepts.extend(f.concepts.iter().copied());
                }
            }
            names.sort();
            names.dedup();
            terms.sort_unstable();
            terms.dedup();
            concepts.sort_unstable();
            concepts.dedup();
            let block = match unit.cells[pivot].first() {
                Some(&i) => inputs[pivot].edition.sentences[i].block,
                None => items.last().map_or(0, |it| it.block),
            };
            // A kind of punctuation (or a weekday) most of the other editions use here.
            let marks = (0..Marks::BITS)
                .filter(|&bit| mark_votes[bit] * 2 > others.len())
                .fold(0u16, |m, bit| m | (1 << bit));
            items.push(Item {
                share: shares[shares.len() / 2],
                numbers,
                sound: SoundAnchors::new(String::new(), &keys, &sources),
                names,
                terms,
                concepts,
                words: pivot_words(unit, inputs, pivot, exclude),
                into_pivot: None,
                role: unit.role,
                section: unit.section,
                block,
                break_cost: 0.0,
                marks: Marks(marks),
            });
            unit_of.push(u);
        }
        (Side { items, weak: false }, unit_of)
    }

    /// Sentences given one a line (already split, as other aligners take them) as a side: one
    /// paragraph, one section.
    pub fn sentences(texts: &[String], lang: crate::lang::Lang) -> Side {
        let features: Vec<crate::features::Features> = texts
            .iter()
            .map(|t| crate::features::features(t, lang))
            .collect();
        let total = features.iter().map(|f| f.len).sum::<usize>().max(1) as f64;
        let items = features
            .into_iter()
            .map(|f| Item {
                share: f.len as f64 / total,
                numbers: f.numbers,
                sound: SoundAnchors::new(f.sound, &f.name_keys, &[]),
                names: f.names,
                terms: f.terms,
                concepts: f.concepts,
                words: f.words,
                into_pivot: None,
                role: Role::Body,
                section: SectionId::Intro,
                block: 0,
                break_cost: 0.0,
                marks: f.marks,
            })
            .collect();
        Side { items, weak: false }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}
