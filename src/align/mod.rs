//! Stage 3, align: every edition aligned to a pivot edition, pairs in parallel (rayon), then
//! merged into N-way units keyed by the pivot.

pub mod nway;
pub mod pair;

use std::ops::Range;

use rayon::prelude::*;

use crate::features::{Features, features};
use crate::lang::Lang;
use crate::segment::Edition;
pub use nway::Unit;
pub use pair::Weights;

/// An edition with the measures of each of its sentences, computed once.
#[derive(Debug)]
pub struct AlignInput {
    pub edition: Edition,
    /// `features[i]` measures `edition.sentences[i]`.
    pub features: Vec<Features>,
}

impl AlignInput {
    /// Measures every sentence of an edition.
    pub fn new(edition: Edition) -> AlignInput {
        let features = edition
            .sentences
            .iter()
            .map(|s| features(&s.text, edition.lang))
            .collect();
        AlignInput { edition, features }
    }
}

/// A link between consecutive pivot sentences and consecutive sentences of another edition
/// (either range may be empty: a sentence without counterpart).
#[derive(Clone, Debug, PartialEq)]
pub struct Bead {
    pub pivot: Range<usize>,
    pub other: Range<usize>,
    /// The bead's cost in the dynamic program (lower is surer).
    pub cost: f64,
}

/// The N-way alignment of one article.
#[derive(Debug)]
pub struct Alignment {
    /// Editions in the site's language order; `pivot` indexes into it.
    pub inputs: Vec<AlignInput>,
    pub pivot: usize,
    pub units: Vec<Unit>,
}

impl Alignment {
    /// The languages of the editions, in column order.
    pub fn langs(&self) -> Vec<Lang> {
        self.inputs.iter().map(|i| i.edition.lang).collect()
    }
}

/// Chooses the pivot: the requested language if present, else the edition published first
/// (by its date line), ties broken by the site's language order (Japanese first).
pub fn choose_pivot(editions: &[Edition], requested: Option<Lang>) -> Result<usize, String> {
    if let Some(lang) = requested {
        return editions.iter().position(|e| e.lang == lang).ok_or_else(|| {
            let have: Vec<&str> = editions.iter().map(|e| e.lang.code()).collect();
            format!(
                "--pivot {lang}: the article has no {lang} edition (it has {})",
                have.join(" ")
            )
        });
    }
    let key = |e: &Edition| (e.date.clone().unwrap_or_else(|| "9999".into()), e.lang);
    Ok(editions
        .iter()
        .enumerate()
        .min_by_key(|(_, e)| key(e))
        .map(|(i, _)| i)
        .unwrap_or(0))
}

/// Aligns all editions of an article: each to the pivot in parallel, then N-way.
pub fn align(editions: Vec<Edition>, pivot: usize, weights: &Weights) -> Alignment {
    let inputs: Vec<AlignInput> = editions.into_par_iter().map(AlignInput::new).collect();
    let pivot_side = pair::Side::new(&inputs[pivot]);
    let beads: Vec<Option<Vec<Bead>>> = inputs
        .par_iter()
        .enumerate()
        .map(|(k, input)| {
            (k != pivot).then(|| pair::align_pair(&pivot_side, &pair::Side::new(input), weights))
        })
        .collect();
    let units = nway::merge(&inputs, pivot, &beads);
    Alignment {
        inputs,
        pivot,
        units,
    }
}
