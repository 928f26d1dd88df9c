//! Stage 3, align: every edition aligned to a pivot edition, pairs in parallel (rayon), then
//! merged into N-way units keyed by the pivot.

pub mod band;
pub mod dispute;
pub mod lexicon;
pub mod nway;
pub mod orphan;
pub mod pair;
mod points;
pub mod scale;
pub mod side;
pub mod split;

use std::collections::HashMap;
use std::ops::Range;

use rayon::prelude::*;

use crate::features::{Features, features};
use crate::lang::Lang;
use crate::segment::Edition;
pub use lexicon::Lexicon;
pub use nway::{Anchor, Unit};
pub use pair::Weights;
use side::Side;

/// An edition with the measures of each of its sentences, computed once.
#[derive(Debug)]
pub struct AlignInput {
    pub edition: Edition,
    /// `features[i]` measures `edition.sentences[i]`.
    pub features: Vec<Features>,
    /// `into_pivot[i]`: the pivot-language words sentence i's words translate to by the run's
    /// lexicon, sorted; empty for the pivot, without a lexicon, and after a split until
    /// `translate_into_pivot` fills it again.
    pub into_pivot: Vec<Vec<u64>>,
}

impl AlignInput {
    /// Measures every sentence of an edition.
    pub fn new(edition: Edition) -> AlignInput {
        let features = edition
            .sentences
            .iter()
            .map(|s| features(&s.text, edition.lang))
            .collect();
        AlignInput {
            edition,
            features,
            into_pivot: Vec::new(),
        }
    }

    /// An edition of `texts`, one body sentence each in the introduction, measured: for tests.
    #[cfg(test)]
    pub(crate) fn intro(lang: Lang, texts: &[&str]) -> AlignInput {
        let sentences = texts
            .iter()
            .enumerate()
            .map(|(n, t)| crate::segment::Sentence {
                id: format!("intro.{}", n + 1),
                section: crate::ingest::SectionId::Intro,
                role: crate::segment::Role::Body,
                text: t.to_string(),
                sources: Vec::new(),
                block: 0,
                break_cost: 0.0,
            })
            .collect();
        AlignInput::new(Edition {
            lang,
            path: Default::default(),
            lang_evidence: crate::ingest::LangEvidence::FileName,
            title: String::new(),
            date: None,
            reference_url: None,
            sentences,
        })
    }

    /// How many of the words sentence `s` translates to (`into_pivot`) are among `original`
    /// (sorted words of the original's sentences); 0 without translations.
    pub fn translated_into(&self, s: usize, original: &[u64]) -> usize {
        self.into_pivot.get(s).map_or(0, |words| {
            words
                .iter()
                .filter(|w| original.binary_search(w).is_ok())
                .count()
        })
    }

    /// The words (`Features::words`) of sentences `cell`, sorted and without repeats: what a
    /// lexicon translates a cell's sentences to or from.
    pub fn words_of(&self, cell: &[usize]) -> Vec<u64> {
        let mut words: Vec<u64> = cell
            .iter()
            .flat_map(|&i| self.features[i].words.iter().copied())
            .collect();
        words.sort_unstable();
        words.dedup();
        words
    }
}

/// Fills the `into_pivot` of every edition whose sentences changed since it was last filled
/// (a split adds a sentence, so the counts differ): before the first pass, so that each
/// sentence is translated once instead of in every pass; after the early splits; and once the
/// sentences are final, before the orphan steps (`orphan::regap` reads them) and the scorer.
fn translate_into_pivot(inputs: &mut [AlignInput], pivot: usize, lexicons: Option<&Lexicons>) {
    let Some(lexicons) = lexicons else {
        return;
    };
    let pivot_lang = inputs[pivot].edition.lang;
    for (_, input) in inputs.iter_mut().enumerate().filter(|(k, _)| *k != pivot) {
        if input.into_pivot.len() == input.features.len() {
            continue;
        }
        if let Some((_, backward)) = lexicons.get(pivot_lang, input.edition.lang) {
            input.into_pivot = input
                .features
                .iter()
                .map(|f| backward.translations_of(&f.words))
                .collect();
        }
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

/// Aligns all editions of an article in two passes, each edition in parallel (rayon):
/// 1. every edition to the pivot, merged into N-way units (a pivot sentence that most
///    editions translate as two is split first, `split::split_pivot`, and so is an edition's
///    sentence standing for two that most keep apart, `split::split_joiners`; this pass is
///    redone after either);
/// 2. every edition again, to a profile of those units built from all *other* editions, merged
///    into the final units (starting from where pass 1 placed the edition's sentences, which
///    gives the pair's length model and the path: `prior_beads`);
/// 3. then a sentence that one edition wrote where most end two is split (`split::project`),
///    and a unit a few editions end a sentence inside, where most of the others can part
///    their text at the same place (`split::split_units`); a unit only one edition fills
///    joins the neighbouring unit it completes (`orphan::adopt`); a sentence an edition added
///    that length paired with a unit gives the unit to the edition's translation, by the
///    numbers, names and concepts they share (`orphan::reseat`, `orphan::regroup`), and a gap
///    one unit off moves to the unit the edition lacks (`orphan::regap`).
pub fn align(
    editions: Vec<Edition>,
    pivot: usize,
    weights: &Weights,
    lexicons: Option<&Lexicons>,
) -> Alignment {
    let mut inputs: Vec<AlignInput> = editions.into_par_iter().map(AlignInput::new).collect();
    translate_into_pivot(&mut inputs, pivot, lexicons);
    let short = short_article_weights(&inputs[pivot], weights);
    let weights = &short;
    let mut beads = vec![Vec::new(); inputs.len()];
    let pass_one = FirstPass {
        pivot,
        weights,
        lexicons,
    };
    pass_one.run(&inputs, &mut beads, |_| true);
    let pivot_splits = split::split_pivot(&mut inputs, &beads, pivot);
    if !pivot_splits.is_empty() {
        pass_one.run(&inputs, &mut beads, |_| true);
    }
    let mut early_splits = split::split_joiners(&mut inputs, &beads, pivot, lexicons);
    translate_into_pivot(&mut inputs, pivot, lexicons);
    // Only the editions split have new sentences to align; the pivot's stay as they were.
    pass_one.run(&inputs, &mut beads, |k| !early_splits[k].is_empty());
    early_splits[pivot] = pivot_splits;
    let first = nway::merge(&pivot_anchors(&inputs[pivot]), &beads);
    let mut units = second_pass(&inputs, pivot, &first, weights, lexicons);
    dispute::mark(&first, &mut units, pivot);
    for (k, first_parts) in early_splits.iter().enumerate() {
        split::mark_splits(&mut units, k, first_parts);
    }
    split::project(&mut inputs, &mut units, pivot, lexicons);
    split::split_units(&mut inputs, &mut units);
    translate_into_pivot(&mut inputs, pivot, lexicons);
    orphan::adopt(&inputs, &mut units);
    orphan::reseat(&inputs, &mut units);
    orphan::regroup(&inputs, &mut units);
    orphan::regap(&inputs, &mut units, pivot);
    Alignment {
        inputs,
        pivot,
        units,
    }
}

/// Articles with at most this many sentences in the pivot are short: FLORES-200 articles run
/// to three to five sentences, NTREX ones to a dozen and more.
const SHORT_ARTICLE: usize = 8;

/// How much less a sentence without counterpart costs in a short article. Shifting a few
/// sentences by one costs little where there are few to shift, so in a short article the
/// aligner would rather shift than leave the dropped sentence's row empty. Editions benchmark:
/// short articles (SOURCE=short, seeds 1-3) detection 0.780/0.756/0.800 -> 0.791/0.773/0.802,
/// strict F1 minimum pair 0.963/0.962/0.969 -> 0.964/0.967/0.969, false findings per 1,000
/// cells 4.1/3.6/3.8 -> 4.0/4.0/3.9; NTREX (a few short articles among long ones) within
/// 0.02 detection and 0.2 false findings. 1.0 finds more (0.802/0.787/0.813) for 4.7/4.7/4.3
/// false findings; 0.5 less for every article raised false findings on NTREX seed 13 from 3.8
/// to 5.1.
const SHORT_ARTICLE_SKIP_DISCOUNT: f64 = 0.5;

/// The weights for an article whose pivot edition is `pivot`: cheaper skips in a short one.
fn short_article_weights(pivot: &AlignInput, weights: &Weights) -> Weights {
    let mut out = weights.clone();
    if pivot.edition.sentences.len() <= SHORT_ARTICLE {
        out.skip -= SHORT_ARTICLE_SKIP_DISCOUNT;
    }
    out
}

/// The first pass: every edition aligned to the pivot's sentences, with the run's lexicons
/// where there are any.
struct FirstPass<'a> {
    pivot: usize,
    weights: &'a Weights,
    lexicons: Option<&'a Lexicons>,
}

impl FirstPass<'_> {
    /// The editions `which` picks aligned to the pivot's sentences, into `beads[k]`; the pivot
    /// to itself.
    fn run(
        &self,
        inputs: &[AlignInput],
        beads: &mut [Vec<Bead>],
        which: impl Fn(usize) -> bool + Sync,
    ) {
        let pivot_side = Side::edition(&inputs[self.pivot]);
        let pivot_lang = inputs[self.pivot].edition.lang;
        beads
            .par_iter_mut()
            .enumerate()
            .filter(|(k, _)| which(*k))
            .for_each(|(k, list)| {
                *list = if k == self.pivot {
                    identity(pivot_side.len())
                } else {
                    let lexicons = self
                        .lexicons
                        .and_then(|l| l.get(pivot_lang, inputs[k].edition.lang));
                    let side = Side::edition(&inputs[k]);
                    pair::align_pair_once(&pivot_side, &side, self.weights, lexicons)
                };
            });
    }
}

/// The words of the sentence pairs an article's first pass aligned confidently, by language
/// pair (pivot language, edition language): what `Lexicons::learn` learns from.
#[derive(Debug, Default)]
pub struct Examples {
    by_pair: HashMap<(Lang, Lang), Vec<OwnedWordPair>>,
}

/// The words of two sentences that translate each other, owned (`WordPair` borrows them).
type OwnedWordPair = (Vec<u64>, Vec<u64>);

impl Examples {
    /// The examples of one article: its editions aligned to the pivot once, without a lexicon.
    pub fn of_article(editions: Vec<Edition>, pivot: usize, weights: &Weights) -> Examples {
        let inputs: Vec<AlignInput> = editions.into_iter().map(AlignInput::new).collect();
        let weights = short_article_weights(&inputs[pivot], weights);
        let mut beads = vec![Vec::new(); inputs.len()];
        let pass_one = FirstPass {
            pivot,
            weights: &weights,
            lexicons: None,
        };
        pass_one.run(&inputs, &mut beads, |_| true);
        let pivot_side = Side::edition(&inputs[pivot]);
        let mut out = Examples::default();
        for (k, list) in beads.iter().enumerate().filter(|(k, _)| *k != pivot) {
            let side = Side::edition(&inputs[k]);
            let pairs = lexicon::confident_pairs(&pivot_side, &side, list)
                .into_iter()
                .map(|(a, b)| (a.to_vec(), b.to_vec()));
            out.by_pair
                .entry((inputs[pivot].edition.lang, inputs[k].edition.lang))
                .or_default()
                .extend(pairs);
        }
        out
    }

    /// Both articles' examples together.
    pub fn join(mut self, other: Examples) -> Examples {
        for (langs, pairs) in other.by_pair {
            self.by_pair.entry(langs).or_default().extend(pairs);
        }
        self
    }
}

/// Word translations per language pair, learned across the articles of a run: one article has
/// too few sentences to learn which words translate each other, a few hundred have enough
/// (hunalign's automatic dictionary, learned from a batch as `concord pair --batch` does).
#[derive(Debug, Default)]
pub struct Lexicons {
    by_pair: HashMap<(Lang, Lang), (Lexicon, Lexicon)>,
}

impl Lexicons {
    /// Learns a lexicon for each language pair with enough examples, the pairs in parallel.
    pub fn learn(examples: &Examples) -> Lexicons {
        let by_pair = examples
            .by_pair
            .par_iter()
            .filter_map(|(&langs, pairs)| {
                let pairs: Vec<WordPair> = pairs
                    .iter()
                    .map(|(a, b)| (a.as_slice(), b.as_slice()))
                    .collect();
                Some((langs, batch_lexicon(&pairs)?))
            })
            .collect();
        Lexicons { by_pair }
    }

    /// The lexicon from language `a`'s words to `b`'s, and back.
    pub fn get(&self, a: Lang, b: Lang) -> Option<&(Lexicon, Lexicon)> {
        self.by_pair.get(&(a, b))
    }

    /// Whether no language pair had enough examples.
    pub fn is_empty(&self) -> bool {
        self.by_pair.is_empty()
    }
}

/// Where each pivot sentence stands: the units of the first pass follow them.
fn pivot_anchors(pivot: &AlignInput) -> Vec<Anchor> {
    pivot
        .edition
        .sentences
        .iter()
        .map(|s| Anchor {
            section: s.section,
            role: s.role,
        })
        .collect()
}

/// How much less a unit without counterpart costs an edition of pieces (Thai) against the
/// profile of the others. Joining pieces is cheap, so where the edition lacks a sentence the
/// aligner would rather fill the gap with a neighbour's pieces than leave it. Editions
/// benchmark: detection NTREX seed 11 0.935 -> 0.951 (omissions 30 -> 32 of 34), seed 13 0.878
/// -> 0.886, seed 1 0.855 -> 0.871, short seed 3 0.822 -> 0.829, false findings +0.1-0.4 per
/// 1,000 cells (highest 4.5; html layout seed 7: minimum pair 0.979 -> 0.977); 0.5 finds half
/// of that, 1.5 no more for up to +0.4.
const WEAK_SKIP_DISCOUNT: f64 = 1.0;

/// Every edition aligned to the first pass's units, seen through the other editions.
fn second_pass(
    inputs: &[AlignInput],
    pivot: usize,
    first: &[Unit],
    weights: &Weights,
    lexicons: Option<&Lexicons>,
) -> Vec<Unit> {
    let profile_weights = Weights {
        sigma_min: weights.profile_sigma_min,
        ..weights.clone()
    };
    let weak_weights = Weights {
        skip: profile_weights.skip - WEAK_SKIP_DISCOUNT,
        ..profile_weights.clone()
    };
    let beads: Vec<Vec<Bead>> = inputs
        .par_iter()
        .enumerate()
        .map(|(k, input)| {
            let (profile, unit_of) = Side::profile(first, inputs, pivot, k);
            let weights = if input.edition.lang.weakly_segmented() {
                &weak_weights
            } else {
                &profile_weights
            };
            let lexicons =
                lexicons.and_then(|l| l.get(inputs[pivot].edition.lang, input.edition.lang));
            let side = Side::edition(input);
            let beads = match prior_beads(first, &unit_of, k, side.len()) {
                Some(prior) => pair::align_pair_from(&profile, &side, weights, &prior, lexicons),
                None => pair::align_pair_with(&profile, &side, weights, lexicons),
            };
            to_units(beads, &unit_of, first.len())
        })
        .collect();
    let anchors: Vec<Anchor> = first
        .iter()
        .map(|u| Anchor {
            section: u.section,
            role: u.role,
        })
        .collect();
    nway::merge(&anchors, &beads)
}

/// Edition k's beads against its profile (`Side::profile`, items `unit_of`) as the first pass
/// placed its sentences in `units`: what pass 2 estimates the pair's length model from and keeps
/// near, instead of aligning once more without a model of the pair. `None` where the first
/// pass's cells are not in order. Editions benchmark, against that extra alignment: strict F1
/// mean up on ten of twelve sets (short seed 1 0.9793 -> 0.9811), detection up on six (seed 12
/// 0.919 -> 0.935, seed 1 0.903 -> 0.919) and down on two (seed 11 omissions 33 -> 32 of 34),
/// false findings -0.3 to +0.3; a tenth less time.
fn prior_beads(units: &[Unit], unit_of: &[usize], k: usize, sentences: usize) -> Option<Vec<Bead>> {
    let mut item_of = vec![None; units.len()];
    for (item, &u) in unit_of.iter().enumerate() {
        item_of[u] = Some(item);
    }
    let (mut next_item, mut next_sentence) = (0, 0);
    let mut beads = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        let cell = &unit.cells[k];
        if cell
            .iter()
            .enumerate()
            .any(|(n, &i)| i != next_sentence + n)
        {
            return None;
        }
        let other = next_sentence..next_sentence + cell.len();
        let pivot = match item_of[u] {
            Some(item) => item..item + 1,
            None => next_item..next_item,
        };
        if !pivot.is_empty() || !other.is_empty() {
            next_item = pivot.end;
            next_sentence = other.end;
            beads.push(Bead {
                pivot,
                other,
                cost: 0.0,
            });
        }
    }
    if next_sentence < sentences {
        beads.push(Bead {
            pivot: next_item..next_item,
            other: next_sentence..sentences,
            cost: 0.0,
        });
    }
    Some(beads)
}

/// One bead per sentence: the pivot aligned to itself.
fn identity(n: usize) -> Vec<Bead> {
    (0..n)
        .map(|i| Bead {
            pivot: i..i + 1,
            other: i..i + 1,
            cost: 0.0,
        })
        .collect()
}

/// Maps beads against profile items back to the units the items stand for.
fn to_units(beads: Vec<Bead>, unit_of: &[usize], units: usize) -> Vec<Bead> {
    let at = |i: usize| unit_of.get(i).copied().unwrap_or(units);
    beads
        .into_iter()
        .map(|b| {
            let pivot = if b.pivot.is_empty() {
                at(b.pivot.start)..at(b.pivot.start)
            } else {
                at(b.pivot.start)..at(b.pivot.end - 1) + 1
            };
            Bead { pivot, ..b }
        })
        .collect()
}

/// A document pair of a batch (`concord pair --batch`): two documents of sentences, one a line.
#[derive(Clone, Debug)]
pub struct DocumentPair {
    pub src: Vec<String>,
    pub src_lang: Lang,
    pub tgt: Vec<String>,
    pub tgt_lang: Lang,
}

impl DocumentPair {
    /// The language pair, which picks the batch lexicon.
    fn langs(&self) -> (Lang, Lang) {
        (self.src_lang, self.tgt_lang)
    }
}

/// Aligns a batch of document pairs (`concord pair --batch`), in parallel: each pair alone
/// first, then again with a lexicon per language pair learned from the confident beads of the
/// whole batch, where one short document has too few sentences to learn which words translate
/// each other.
pub fn align_batch(docs: &[DocumentPair], weights: &Weights) -> Vec<Vec<Bead>> {
    let sides: Vec<(Side, Side)> = docs
        .par_iter()
        .map(|d| {
            (
                Side::sentences(&d.src, d.src_lang),
                Side::sentences(&d.tgt, d.tgt_lang),
            )
        })
        .collect();
    let first: Vec<Vec<Bead>> = sides
        .par_iter()
        .map(|(a, b)| pair::align_pair(a, b, &document_weights(a, b, weights)))
        .collect();
    // A second round of learning and aligning moves no NTREX pair by more than 0.001.
    let lexicons = batch_lexicons(&sides, &first, docs);
    sides
        .par_iter()
        .zip(first)
        .zip(docs)
        .map(|(((a, b), beads), doc)| match lexicons.get(&doc.langs()) {
            Some(lexicons) => {
                pair::align_pair_with(a, b, &document_weights(a, b, weights), Some(lexicons))
            }
            None => beads,
        })
        .collect()
}

/// The words of two sentences that translate each other.
type WordPair<'a> = (&'a [u64], &'a [u64]);

/// A lexicon per language pair of a batch, learned from the confident beads of all its
/// documents.
fn batch_lexicons(
    sides: &[(Side, Side)],
    beads: &[Vec<Bead>],
    docs: &[DocumentPair],
) -> HashMap<(Lang, Lang), (Lexicon, Lexicon)> {
    let mut examples: HashMap<(Lang, Lang), Vec<WordPair>> = HashMap::new();
    for (((a, b), beads), doc) in sides.iter().zip(beads).zip(docs) {
        examples
            .entry(doc.langs())
            .or_default()
            .extend(lexicon::confident_pairs(a, b, beads));
    }
    examples
        .into_iter()
        .filter_map(|(langs, pairs)| Some((langs, batch_lexicon(&pairs)?)))
        .collect()
}

/// A lexicon learned across a batch from its word pairs, and its reverse; `None` with too few.
fn batch_lexicon(pairs: &[WordPair]) -> Option<(Lexicon, Lexicon)> {
    let mut lexicon = Lexicon::from_pairs(pairs, lexicon::BATCH_MAX_WORD_SHARE)?;
    lexicon.batch = true;
    let reversed = lexicon.reversed();
    Some((lexicon, reversed))
}

/// Aligns two documents given as sentences, one a line (`concord pair`): the same dynamic
/// program as for editions, with the whole document as one span.
pub fn align_sentences(
    src: &[String],
    src_lang: Lang,
    tgt: &[String],
    tgt_lang: Lang,
    weights: &Weights,
) -> Vec<Bead> {
    let a = Side::sentences(src, src_lang);
    let b = Side::sentences(tgt, tgt_lang);
    pair::align_pair(&a, &b, &document_weights(&a, &b, weights))
}

/// Documents of at most this many sentences a side are short (`concord pair`): a news article,
/// not a book chapter.
const SHORT_DOCUMENT: usize = 100;

/// How much less a sentence without counterpart costs in a short document, where shifting a
/// few sentences by one to avoid a skip costs little. `scripts/bench-align.sh` (NTREX, one run
/// per article, deletion seeds 1-8): 0.3 puts all 36 pairs at 0.99 or more on every seed
/// (lowest pair 0.991-0.993; seed 3 zh-th was just under), means +0.000-0.001; the same for
/// every document takes Text+Berg (468 sentences, literature) from 0.806 to 0.781.
const SHORT_DOCUMENT_SKIP_DISCOUNT: f64 = 0.3;

/// The length smoothing of a document pair (`Weights::smoothing`), as a share of its average
/// sentence: the aligner read short sentences' length ratios too strictly and left the shorter
/// of two neighbours without counterpart (of 300 dropped lines it placed one off on NTREX seeds
/// 10-11, it chose the shorter neighbour 205 times). `scripts/bench-align.sh`, one run per
/// article: lowest pair seeds 1-11 0.991-0.9935 (seed 10 es-ko 0.9895 -> 0.9915), means
/// +0.0002-0.0004; Text+Berg 0.806 -> 0.830 (the fixed 0.004 of the editions was twice an
/// average sentence there). 0.1: Text+Berg 0.829; 0.5: 0.819; about 0.6 (0.03 fixed) on NTREX:
/// seed 10 lowest pair 0.9905.
const DOCUMENT_SMOOTHING: f64 = 0.25;

/// The weights for one document pair of `concord pair`: a short one skips at a discount; the
/// length smoothing is a share of an average sentence, as heavy for a book as for an article.
fn document_weights(a: &Side, b: &Side, weights: &Weights) -> Weights {
    let mut out = weights.clone();
    let n = a.len().max(b.len()).max(1);
    if n <= SHORT_DOCUMENT {
        out.skip -= SHORT_DOCUMENT_SKIP_DISCOUNT;
    }
    out.smoothing = DOCUMENT_SMOOTHING / n as f64;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` sentence pairs of Japanese and English: pair i holds the word pairs (10 + w, 100 + w)
    /// for w = i % 20 and (i + 7) % 20, and words of its own on both sides.
    fn examples(n: u64) -> Examples {
        let pairs = (0..n)
            .map(|i| {
                let (a, b) = (i % 20, (i + 7) % 20);
                (
                    vec![10 + a, 10 + b, 1000 + i],
                    vec![100 + a, 100 + b, 5000 + i],
                )
            })
            .collect();
        Examples {
            by_pair: HashMap::from([((Lang::Ja, Lang::En), pairs)]),
        }
    }

    #[test]
    fn a_run_learns_the_words_its_articles_translate_alike() {
        let lexicons = Lexicons::learn(&examples(200));
        let (forward, backward) = lexicons.get(Lang::Ja, Lang::En).expect("a lexicon");
        assert_eq!(forward.translated(&[13], &[103]), 1);
        assert_eq!(forward.translated(&[13], &[104]), 0);
        assert_eq!(backward.translated(&[104], &[14]), 1);
        // Only the language pairs the run had.
        assert!(lexicons.get(Lang::Ja, Lang::De).is_none());
    }

    /// A unit of pass 1 with edition 1's sentences `cells` (edition 0 is the pivot).
    fn unit(cells: &[usize]) -> Unit {
        Unit {
            section: crate::ingest::SectionId::Intro,
            number: 1,
            cells: vec![vec![0], cells.to_vec()],
            costs: vec![Some(0.0); 2],
            role: crate::segment::Role::Body,
            runs_on: vec![false; 2],
            continued: vec![false; 2],
            disputed: vec![false; 2],
            joined: vec![false; 2],
        }
    }

    #[test]
    fn pass_two_starts_where_pass_one_placed_the_sentences() {
        let units = [unit(&[0]), unit(&[]), unit(&[1, 2]), unit(&[3])];
        // The profile of edition 1 has an item for every unit but the last (say).
        let beads = prior_beads(&units, &[0, 1, 2], 1, 5).unwrap();
        let shapes: Vec<(Range<usize>, Range<usize>)> =
            beads.into_iter().map(|b| (b.pivot, b.other)).collect();
        assert_eq!(
            shapes,
            [
                (0..1, 0..1),
                (1..2, 1..1),
                (2..3, 1..3),
                (3..3, 3..4),
                (3..3, 4..5)
            ]
        );
        // Sentences out of order: no prior.
        let crossed = [unit(&[1]), unit(&[0])];
        assert!(prior_beads(&crossed, &[0, 1], 1, 2).is_none());
    }

    #[test]
    fn a_few_sentence_pairs_teach_nothing() {
        assert!(Lexicons::learn(&examples(30)).is_empty());
        // Articles' examples add up.
        let joined = examples(30).join(examples(40));
        assert!(!Lexicons::learn(&joined).is_empty());
    }
}
