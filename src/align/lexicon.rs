//! A translation lexicon learned from the document pair itself, as hunalign builds its
//! automatic dictionary: words that keep appearing together in the confident 1-1 beads of a
//! first pass are taken as translations, and a further pass rewards beads whose words
//! translate each other.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::Bead;
use super::side::Side;

/// The words of the confident 1-1 beads between two sides: what a lexicon learns from.
pub fn confident_pairs<'a>(
    a: &'a Side,
    b: &'a Side,
    beads: &[Bead],
) -> Vec<(&'a [u64], &'a [u64])> {
    beads
        .iter()
        .filter(|bead| bead.pivot.len() == 1 && bead.other.len() == 1 && bead.cost < MAX_BEAD_COST)
        .map(|bead| {
            (
                a.items[bead.pivot.start].words.as_slice(),
                b.items[bead.other.start].words.as_slice(),
            )
        })
        .collect()
}

/// Fewer confident 1-1 beads than this give no usable statistics (an article's few sentences).
pub const MIN_BEADS: usize = 60;

/// Beads costing more than this are not confident enough to learn from.
const MAX_BEAD_COST: f64 = 1.5;

/// A word pair must co-occur in at least this many beads.
const MIN_COOCCURRENCE: u32 = 2;

/// Smallest Dice coefficient 2·c(s,t) / (c(s) + c(t)) for a translation.
const MIN_DICE: f64 = 0.4;

/// A lexicon learned within one document keeps its frequent words: leaving out those in more
/// than a fifth of the beads costs Text+Berg 0.808 -> 0.794.
pub const DOCUMENT_MAX_WORD_SHARE: f64 = 1.0;

/// A lexicon learned across a batch of documents leaves out words found in more than a fifth
/// of its beads (`the`, `de`, `의`), which translate each other in almost every bead and so
/// tell beads apart no better than chance: NTREX batches (36 language pairs) 0.9944 -> 0.9949,
/// lowest pair 0.9904 -> 0.9909 (0.05: 0.9945, 0.1: 0.9947, 0.3: 0.9948).
pub const BATCH_MAX_WORD_SHARE: f64 = 0.2;

/// Beads learned from at most: word statistics settle long before, and learning stays linear.
const MAX_LEARN_BEADS: usize = 4000;

/// Words are already hashes: a map over them needs no further hashing.
#[derive(Default)]
struct Identity(u64);

impl Hasher for Identity {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type WordMap<V> = HashMap<u64, V, BuildHasherDefault<Identity>>;

/// Translations kept per source word.
const MAX_TRANSLATIONS: usize = 3;

/// Source words and their likely translations (hashed words).
#[derive(Debug, Default)]
pub struct Lexicon {
    translations: WordMap<Vec<u64>>,
    /// Learned across a batch of documents (`align::align_batch`): beads are then scored by
    /// the share of the words the lexicon knows that translate, not of all their words.
    pub batch: bool,
}

impl Lexicon {
    /// Learns a lexicon from the confident 1-1 beads between two sides, or `None` when there
    /// are too few of them.
    pub fn learn(a: &Side, b: &Side, beads: &[Bead]) -> Option<Lexicon> {
        Lexicon::from_pairs(&confident_pairs(a, b, beads), DOCUMENT_MAX_WORD_SHARE)
    }

    /// Learns a lexicon from the words of sentence pairs that translate each other, or `None`
    /// when there are fewer than `MIN_BEADS` of them. Words found in more than `max_share` of
    /// the pairs are left out (1.0: none).
    pub fn from_pairs(pairs: &[(&[u64], &[u64])], max_share: f64) -> Option<Lexicon> {
        if pairs.len() < MIN_BEADS {
            return None;
        }
        // Learn from pairs spread evenly over the document.
        let step = pairs.len().div_ceil(MAX_LEARN_BEADS);
        let mut src: WordMap<u32> = WordMap::default();
        let mut tgt: WordMap<u32> = WordMap::default();
        let mut both: WordMap<(u64, u64, u32)> = WordMap::default();
        for (x, y) in pairs.iter().step_by(step) {
            for &s in *x {
                *src.entry(s).or_default() += 1;
            }
            for &t in *y {
                *tgt.entry(t).or_default() += 1;
            }
            for &s in *x {
                for &t in *y {
                    let entry = both.entry(s ^ t.rotate_left(29)).or_insert((s, t, 0));
                    entry.2 += 1;
                }
            }
        }
        let mut candidates: WordMap<Vec<(f64, u64)>> = WordMap::default();
        let common = (pairs.len().div_ceil(step) as f64 * max_share) as u32;
        for &(s, t, c) in both.values() {
            if c < MIN_COOCCURRENCE || src[&s] > common || tgt[&t] > common {
                continue;
            }
            let dice = 2.0 * c as f64 / (src[&s] + tgt[&t]) as f64;
            if dice >= MIN_DICE {
                candidates.entry(s).or_default().push((dice, t));
            }
        }
        let translations = candidates
            .into_iter()
            .map(|(s, mut ts)| {
                ts.sort_by(|x, y| y.0.total_cmp(&x.0));
                (
                    s,
                    ts.into_iter().take(MAX_TRANSLATIONS).map(|t| t.1).collect(),
                )
            })
            .collect();
        Some(Lexicon {
            translations,
            batch: false,
        })
    }

    /// How many of `words` the lexicon has a translation for.
    pub fn known(&self, words: &[u64]) -> usize {
        words
            .iter()
            .filter(|w| self.translations.contains_key(w))
            .count()
    }

    /// Every translation of any of `words`, sorted, without repeats.
    pub fn translations_of(&self, words: &[u64]) -> Vec<u64> {
        let mut out: Vec<u64> = words
            .iter()
            .filter_map(|w| self.translations.get(w))
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// How many of `words` have a translation among `other` (sorted).
    pub fn translated(&self, words: &[u64], other: &[u64]) -> usize {
        words
            .iter()
            .filter(|w| {
                self.translations
                    .get(w)
                    .is_some_and(|ts| ts.iter().any(|t| other.binary_search(t).is_ok()))
            })
            .count()
    }

    /// The same lexicon read the other way round.
    pub fn reversed(&self) -> Lexicon {
        let mut translations: WordMap<Vec<u64>> = WordMap::default();
        for (&s, ts) in &self.translations {
            for &t in ts {
                translations.entry(t).or_default().push(s);
            }
        }
        Lexicon {
            translations,
            batch: self.batch,
        }
    }
}
