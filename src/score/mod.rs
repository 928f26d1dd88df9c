//! Stage 4, score: findings per unit and edition, confidence and divergence per unit, and
//! coverage and divergence per section and edition. The formulas are in the README.

pub mod cut;
pub mod findings;
pub mod shared;

use crate::align::{Alignment, Unit};
use crate::features::{Features, Marks};
use crate::ingest::SectionId;
use crate::lang::Lang;
use crate::segment::Role;
pub use findings::{FindingKind, Severity, Thresholds};

/// One disagreement between editions, about one unit of the corpus.
#[derive(Clone, Debug)]
pub struct Finding {
    pub section: SectionId,
    pub unit: String,
    pub lang: Lang,
    pub kind: FindingKind,
    /// What to check first.
    pub severity: Severity,
    /// What a person needs to check it: the texts concerned, quoted short.
    pub detail: String,
}

/// Scores of one corpus row.
#[derive(Clone, Debug)]
pub struct UnitScore {
    /// How sure the alignment is, in [0,1]: the mean bead quality over the non-pivot editions
    /// (an edition absent from the unit counts 0).
    pub confidence: f64,
    /// How far the editions depart from each other here, in [0,1].
    pub divergence: f64,
}

/// Scores of one section of one edition.
#[derive(Clone, Debug)]
pub struct SectionScore {
    pub section: SectionId,
    pub lang: Lang,
    pub heading: String,
    pub sentences: usize,
    /// Sentences of this edition in units some other edition shares.
    pub aligned: usize,
    pub coverage: f64,
    pub divergence: f64,
}

/// Everything scored for one article.
#[derive(Debug)]
pub struct ArticleScore {
    pub units: Vec<UnitScore>,
    pub findings: Vec<Finding>,
    pub sections: Vec<SectionScore>,
}

/// How well one edition, or the whole article, agrees with the others: its sections' scores
/// averaged with each section weighted by its sentences (at least 1, so a section an edition
/// lacks still counts against it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Agreement {
    /// Sentences counted.
    pub sentences: usize,
    /// Weighted mean section coverage.
    pub coverage: f64,
    /// Weighted mean section divergence.
    pub divergence: f64,
    /// Weighted mean of coverage · (1 − divergence), in [0,1]: 1 when every sentence has a
    /// counterpart and nothing departs from the others.
    pub agreement: f64,
}

impl Agreement {
    /// The agreement of the given section scores (1 for none: nothing disagrees).
    pub fn of<'a>(sections: impl IntoIterator<Item = &'a SectionScore>) -> Agreement {
        let (mut weight, mut sentences) = (0.0, 0);
        let (mut cov, mut div, mut agr) = (0.0, 0.0, 0.0);
        for s in sections {
            let w = s.sentences.max(1) as f64;
            weight += w;
            sentences += s.sentences;
            cov += w * s.coverage;
            div += w * s.divergence;
            agr += w * s.coverage * (1.0 - s.divergence);
        }
        if weight == 0.0 {
            return Agreement::PERFECT;
        }
        Agreement {
            sentences,
            coverage: cov / weight,
            divergence: div / weight,
            agreement: agr / weight,
        }
    }

    /// The unweighted mean of editions' agreements, sentences summed (1 for none).
    pub fn mean(editions: &[Agreement]) -> Agreement {
        if editions.is_empty() {
            return Agreement::PERFECT;
        }
        let mean =
            |f: fn(&Agreement) -> f64| editions.iter().map(f).sum::<f64>() / editions.len() as f64;
        Agreement {
            sentences: editions.iter().map(|a| a.sentences).sum(),
            coverage: mean(|a| a.coverage),
            divergence: mean(|a| a.divergence),
            agreement: mean(|a| a.agreement),
        }
    }

    /// Nothing to disagree about.
    const PERFECT: Agreement = Agreement {
        sentences: 0,
        coverage: 1.0,
        divergence: 0.0,
        agreement: 1.0,
    };
}

impl ArticleScore {
    /// The agreement of one edition over all its sections.
    pub fn edition_agreement(&self, lang: Lang) -> Agreement {
        Agreement::of(self.sections.iter().filter(|s| s.lang == lang))
    }

    /// The agreement of every scored edition, in the order the sections list them.
    pub fn edition_agreements(&self) -> Vec<(Lang, Agreement)> {
        let mut langs: Vec<Lang> = Vec::new();
        for s in &self.sections {
            if !langs.contains(&s.lang) {
                langs.push(s.lang);
            }
        }
        langs
            .into_iter()
            .map(|l| (l, self.edition_agreement(l)))
            .collect()
    }

    /// The agreement of the whole article: the mean of its editions' agreements, each edition
    /// weighing the same (Thai, counted in pieces, would otherwise weigh three times).
    pub fn agreement(&self) -> Agreement {
        let editions: Vec<Agreement> = self
            .edition_agreements()
            .into_iter()
            .map(|(_, a)| a)
            .collect();
        Agreement::mean(&editions)
    }
}

/// A unit seen with the texts and measures of its cells.
pub struct UnitView<'a> {
    alignment: &'a Alignment,
    unit: &'a Unit,
    texts: Vec<String>,
    features: Vec<Features>,
    /// Each edition's length scale where this unit is judged (`scale::of_units_by_unit`), for
    /// length ratios between languages.
    totals: &'a [f64],
    /// The stop most of each edition's sentences end with (`cut::usual_stop`).
    usual_stops: &'a [Option<char>],
    pub pivot: usize,
    pub role: Role,
}

impl<'a> UnitView<'a> {
    fn new(
        alignment: &'a Alignment,
        unit: &'a Unit,
        totals: &'a [f64],
        usual_stops: &'a [Option<char>],
    ) -> Self {
        let mut texts = Vec::new();
        let mut features = Vec::new();
        for (k, cell) in unit.cells.iter().enumerate() {
            let input = &alignment.inputs[k];
            texts.push(cell_text(alignment, k, cell));
            features.push(merge_features(cell.iter().map(|&i| &input.features[i])));
        }
        UnitView {
            alignment,
            unit,
            texts,
            features,
            totals,
            usual_stops,
            pivot: alignment.pivot,
            role: unit.role,
        }
    }

    pub fn editions(&self) -> usize {
        self.unit.cells.len()
    }

    /// The length of the text a finding about edition `k` concerns (what the others say for
    /// `missing`, the edition's own text otherwise), in sentences of its edition's mean length.
    pub fn concerned_sentences(&self, k: usize, kind: FindingKind) -> f64 {
        let j = if kind == FindingKind::Missing {
            self.witness()
        } else {
            k
        };
        let sentences = self.alignment.inputs[j].edition.sentences.len().max(1) as f64;
        self.features[j].len as f64 * sentences / self.totals[j].max(1.0)
    }

    /// The unit's section.
    pub fn section(&self) -> SectionId {
        self.unit.section
    }

    /// The unit's number within its section, as the corpus names it.
    pub fn number(&self) -> u32 {
        self.unit.number
    }

    pub fn present(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.editions()).filter(|&k| self.is_present(k))
    }

    pub fn is_present(&self, k: usize) -> bool {
        !self.unit.cells[k].is_empty()
    }

    /// Editions that say what this unit says, here or (merged) in the previous unit.
    pub fn covering(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.editions()).filter(|&k| self.unit.covered(k))
    }

    /// Editions whose cell holds exactly this unit: present, and not merged with a neighbour.
    pub fn exact(&self) -> impl Iterator<Item = usize> + '_ {
        self.present()
            .filter(|&k| !self.unit.runs_on[k] && !self.unit.continued[k])
    }

    /// Whether edition k's sentence here also translates the next unit.
    pub fn runs_on(&self, k: usize) -> bool {
        self.unit.runs_on[k]
    }

    /// Whether edition k's text here and in the next unit is one sentence on the page, split
    /// where the other editions end theirs.
    pub fn joined(&self, k: usize) -> bool {
        self.unit.joined[k]
    }

    pub fn lang(&self, k: usize) -> Lang {
        self.alignment.inputs[k].edition.lang
    }

    pub fn index_of(&self, lang: Lang) -> Option<usize> {
        (0..self.editions()).find(|&k| self.lang(k) == lang)
    }

    pub fn text(&self, k: usize) -> &str {
        &self.texts[k]
    }

    pub fn features(&self, k: usize) -> &Features {
        &self.features[k]
    }

    pub fn cell(&self, k: usize) -> &[usize] {
        &self.unit.cells[k]
    }

    /// The edition whose text stands for the unit in details: the pivot if present.
    pub fn witness(&self) -> usize {
        if self.is_present(self.pivot) {
            self.pivot
        } else {
            self.present().next().unwrap_or(self.pivot)
        }
    }

    /// The length edition `k` should have here, predicted from each other present edition by
    /// the article's length ratio of the two languages; the median of those predictions.
    pub fn predicted_len(&self, k: usize) -> Option<f64> {
        let others = self
            .exact()
            .filter(|&j| j != k)
            .map(|j| (self.features[j].len as f64, self.totals[j]));
        crate::align::scale::predict(self.totals[k], others)
    }

    /// The edition whose text stands for the unit, other than `k`.
    pub fn witness_except(&self, k: usize) -> usize {
        if self.pivot != k && self.is_present(self.pivot) {
            self.pivot
        } else {
            self.present().find(|&j| j != k).unwrap_or(self.pivot)
        }
    }

    /// How many numbers, names and concepts of `f` (edition k's text, here or in a neighbour)
    /// the other editions state in this unit.
    pub fn shared_anchors(&self, k: usize, f: &Features) -> usize {
        self.shared_numbers_and_names(k, f) + self.shared_concepts(k, f)
    }

    /// How many numbers and names of `f` (edition k's text) the other editions state in this
    /// unit: what marks a sentence as translating this unit, where a concept (`police`,
    /// `government`) may be named by a sentence from elsewhere too.
    pub fn shared_numbers_and_names(&self, k: usize, f: &Features) -> usize {
        let others: Vec<&Features> = self
            .present()
            .filter(|&j| j != k)
            .map(|j| &self.features[j])
            .collect();
        let numbers = f
            .numbers
            .iter()
            .filter(|n| others.iter().any(|o| o.numbers.iter().any(|m| m.same(n))))
            .count();
        let names = f
            .names
            .iter()
            .filter(|n| {
                others
                    .iter()
                    .any(|o| o.names.iter().any(|m| crate::features::same_name(n, m)))
            })
            .count();
        numbers + names
    }

    /// How well the punctuation kinds and weekdays of `f` (edition k's text, here or in a
    /// neighbour) match those most other editions present here write: the kinds both have less
    /// the kinds only one has. Translations keep a quotation a quotation and a question a
    /// question, so this tells which of two units a sentence translates where lengths cannot
    /// (`« Je pense… », dit-il.` against `Lee said…` and `"I think…," he said.`).
    pub fn marks_agreement(&self, k: usize, f: &Features) -> i32 {
        let others: Vec<Marks> = self
            .present()
            .filter(|&j| j != k)
            .map(|j| self.features[j].marks)
            .collect();
        let most = (0..Marks::BITS)
            .map(|bit| Marks(1 << bit))
            .filter(|b| others.iter().filter(|m| m.0 & b.0 != 0).count() * 2 > others.len())
            .fold(Marks::default(), |m, b| m | b);
        let mine = f.marks.0;
        (mine & most.0).count_ones() as i32 - (mine ^ most.0).count_ones() as i32
    }

    /// How many concepts `f` names (edition k's text) that another edition names in this unit.
    fn shared_concepts(&self, k: usize, f: &Features) -> usize {
        f.concepts
            .iter()
            .filter(|c| {
                self.present()
                    .filter(|&j| j != k)
                    .any(|j| self.features[j].concepts.binary_search(c).is_ok())
            })
            .count()
    }

    /// The aligned edition behind column k.
    pub fn input(&self, k: usize) -> &crate::align::AlignInput {
        &self.alignment.inputs[k]
    }

    /// |log(actual / predicted)| of edition k's length, capped at 1.
    fn length_deviation(&self, k: usize) -> Option<f64> {
        let predicted = self.predicted_len(k)?;
        let actual = self.features[k].len as f64;
        Some(crate::align::scale::misfit(actual, predicted).min(1.0))
    }
}

/// The text of a cell: its sentences joined by a space (no space in Japanese and Chinese).
pub fn cell_text(alignment: &Alignment, k: usize, cell: &[usize]) -> String {
    let edition = &alignment.inputs[k].edition;
    let joiner = if edition.lang.script() == crate::lang::Script::Cjk {
        ""
    } else {
        " "
    };
    cell.iter()
        .map(|&i| edition.sentences[i].text.as_str())
        .collect::<Vec<_>>()
        .join(joiner)
}

/// The measures of a cell: its sentences' measures together.
fn merge_features<'f>(parts: impl Iterator<Item = &'f Features>) -> Features {
    let mut out = Features::default();
    for f in parts {
        out.len += f.len;
        out.letters += f.letters;
        out.latin_letters += f.latin_letters;
        out.numbers.extend(f.numbers.iter().cloned());
        out.spelled.extend(f.spelled.iter().copied());
        out.names.extend(f.names.iter().cloned());
        out.sound.push_str(&f.sound);
        out.concepts.extend(f.concepts.iter().copied());
        out.marks = out.marks | f.marks;
    }
    // Sorted, as `Features::concepts` is everywhere (`shared_concepts` searches it).
    out.concepts.sort_unstable();
    out.concepts.dedup();
    out
}

/// Quality of one edition's part of a unit from its bead cost, in [0,1].
fn bead_quality(cost: Option<f64>) -> f64 {
    cost.map_or(0.0, |c| (-c.max(0.0) / 4.0).exp())
}

/// Scores an aligned article.
pub fn score(alignment: &Alignment, thresholds: &Thresholds) -> ArticleScore {
    // Length ratios of editions from the units they share, not their whole texts: a short
    // article with a dropped or added sentence would hide that very shortfall or excess; and
    // for each unit with its own cells at part weight, for the same reason.
    let scales = crate::align::scale::of_units_by_unit(&alignment.inputs, &alignment.units);
    let usual_stops: Vec<Option<char>> = alignment
        .inputs
        .iter()
        .map(|input| cut::usual_stop(input.edition.sentences.iter().map(|s| s.text.as_str())))
        .collect();
    let views: Vec<UnitView> = alignment
        .units
        .iter()
        .zip(&scales)
        .map(|(unit, scales)| UnitView::new(alignment, unit, scales, &usual_stops))
        .collect();
    let raised: Vec<findings::Raised> = (0..views.len())
        .flat_map(|u| findings::unit_findings(&views, u, thresholds))
        .collect();
    let units: Vec<UnitScore> = views
        .iter()
        .enumerate()
        .map(|(u, view)| unit_score(view, raised.iter().filter(|r| r.unit == u)))
        .collect();
    let findings: Vec<Finding> = raised
        .into_iter()
        .map(|r| Finding {
            section: views[r.unit].unit.section,
            unit: views[r.unit].unit.id(),
            lang: views[r.unit].lang(r.edition),
            kind: r.kind,
            severity: r
                .kind
                .severity(views[r.unit].concerned_sentences(r.edition, r.kind)),
            detail: r.detail,
        })
        .collect();
    let sections = section_scores(alignment, &views, &findings);
    ArticleScore {
        units,
        findings,
        sections,
    }
}

fn unit_score<'r>(
    view: &UnitView,
    raised: impl Iterator<Item = &'r findings::Raised>,
) -> UnitScore {
    let n = view.editions();
    let others: Vec<usize> = (0..n).filter(|&k| k != view.pivot).collect();
    let confidence = if others.is_empty() {
        1.0
    } else {
        others
            .iter()
            .map(|&k| bead_quality(view.unit.costs[k]))
            .sum::<f64>()
            / others.len() as f64
    };
    let deviations: Vec<f64> = view
        .present()
        .filter_map(|k| view.length_deviation(k))
        .collect();
    let length = if deviations.is_empty() {
        0.0
    } else {
        deviations.iter().sum::<f64>() / deviations.len() as f64
    };
    let mut flagged: Vec<usize> = raised
        .filter(|r| r.kind.is_defect())
        .map(|r| r.edition)
        .collect();
    flagged.sort();
    flagged.dedup();
    let divergence = 0.5 * length + 0.5 * flagged.len() as f64 / n as f64;
    UnitScore {
        confidence,
        divergence: divergence.clamp(0.0, 1.0),
    }
}

/// Coverage and divergence per section and edition (formulas in the README).
fn section_scores(
    alignment: &Alignment,
    views: &[UnitView],
    findings: &[Finding],
) -> Vec<SectionScore> {
    let mut out = Vec::new();
    let pivot = alignment.pivot;
    let sections = alignment.inputs[pivot].edition.sections();
    for (k, input) in alignment.inputs.iter().enumerate() {
        for &section in &sections {
            let here: Vec<&UnitView> = views.iter().filter(|v| v.unit.section == section).collect();
            let own = input.edition.section(section).count();
            let aligned: usize = here
                .iter()
                .filter(|v| v.is_present(k) && v.unit.present() > 1)
                .map(|v| v.cell(k).len())
                .sum();
            let pivot_total: usize = here.iter().map(|v| v.cell(pivot).len()).sum();
            let pivot_present: usize = here
                .iter()
                .filter(|v| v.is_present(k))
                .map(|v| v.cell(pivot).len())
                .sum();
            let own_cov = if own == 0 {
                0.0
            } else {
                aligned.min(own) as f64 / own as f64
            };
            let pivot_cov = if pivot_total == 0 {
                1.0
            } else {
                pivot_present as f64 / pivot_total as f64
            };
            let coverage = own_cov.min(pivot_cov);
            let lang = input.edition.lang;
            let defects = findings
                .iter()
                .filter(|f| f.lang == lang && f.section == section && f.kind.is_defect())
                .count();
            let divergence = section_divergence(k, &here, defects, coverage);
            let heading = input
                .edition
                .section(section)
                .find(|s| s.role == Role::Heading || s.role == Role::Title)
                .map(|s| s.text.clone())
                .unwrap_or_default();
            out.push(SectionScore {
                section,
                lang,
                heading,
                sentences: own,
                aligned,
                coverage,
                divergence,
            });
        }
    }
    out
}

/// divergence = 0.35 · mean length deviation + 0.25 · (1 − coverage)
///            + 0.30 · share of units with a defect finding + 0.10 · mean alignment cost deficit.
fn section_divergence(k: usize, here: &[&UnitView], defects: usize, coverage: f64) -> f64 {
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let deviations: Vec<f64> = here
        .iter()
        .filter(|v| v.is_present(k))
        .filter_map(|v| v.length_deviation(k))
        .collect();
    let deficits: Vec<f64> = here
        .iter()
        .filter(|v| k != v.pivot && v.is_present(k))
        .map(|v| 1.0 - bead_quality(v.unit.costs[k]))
        .collect();
    let defect_share = (defects as f64 / here.len().max(1) as f64).min(1.0);
    let divergence = 0.35 * mean(&deviations)
        + 0.25 * (1.0 - coverage)
        + 0.3 * defect_share
        + 0.1 * mean(&deficits);
    divergence.clamp(0.0, 1.0)
}

/// An edition with fewer of its sentences in units most editions share is not a translation
/// of the same article.
const STRAY_MAX_SHARE: f64 = 0.4;

/// The other editions' median share for a stray edition to stand out.
const STRAY_OTHERS_MIN_SHARE: f64 = 0.75;

/// Editions that align with almost nothing the others say: most likely a page of another
/// article. Each comes with the reason, for the warning.
pub fn stray_editions(alignment: &Alignment) -> Vec<(usize, String)> {
    let n = alignment.inputs.len();
    if n < 3 {
        return Vec::new();
    }
    let body = |u: &&Unit| matches!(u.role, Role::Body | Role::Bullet);
    let shared = |u: &&Unit| 2 * (0..n).filter(|&j| u.covered(j)).count() > n;
    let shared_units = alignment
        .units
        .iter()
        .filter(body)
        .filter(shared)
        .count()
        .max(1);
    // The smaller of: the share of the edition's sentences in units most editions share, and
    // the share of those units the edition has.
    let shares: Vec<f64> = (0..n)
        .map(|k| {
            let mine: usize = alignment
                .units
                .iter()
                .filter(body)
                .map(|u| u.cells[k].len())
                .sum();
            let in_shared: usize = alignment
                .units
                .iter()
                .filter(body)
                .filter(shared)
                .map(|u| u.cells[k].len())
                .sum();
            let covered = alignment
                .units
                .iter()
                .filter(body)
                .filter(shared)
                .filter(|u| u.covered(k))
                .count();
            let own = if mine == 0 {
                0.0
            } else {
                in_shared as f64 / mine as f64
            };
            own.min(covered as f64 / shared_units as f64)
        })
        .collect();
    (0..n)
        .filter(|&k| shares[k] < STRAY_MAX_SHARE)
        .filter(|&k| {
            let mut others: Vec<f64> = (0..n).filter(|&j| j != k).map(|j| shares[j]).collect();
            others.sort_by(f64::total_cmp);
            others[others.len() / 2] >= STRAY_OTHERS_MIN_SHARE
        })
        .map(|k| {
            (
                k,
                format!(
                    "it shares only {:.0}% of the text the other editions share",
                    100.0 * shares[k]
                ),
            )
        })
        .collect()
}

#[cfg(test)]
mod agreement_tests {
    use super::*;

    fn section(lang: Lang, sentences: usize, coverage: f64, divergence: f64) -> SectionScore {
        SectionScore {
            section: SectionId::Intro,
            lang,
            heading: String::new(),
            sentences,
            aligned: sentences,
            coverage,
            divergence,
        }
    }

    #[test]
    fn a_lacking_section_counts_against_its_edition() {
        let whole = [
            section(Lang::De, 4, 1.0, 0.0),
            section(Lang::De, 4, 1.0, 0.0),
        ];
        assert_eq!(Agreement::of(&whole).agreement, 1.0);
        let lacking = [
            section(Lang::De, 4, 1.0, 0.0),
            section(Lang::De, 0, 0.0, 0.25),
        ];
        let a = Agreement::of(&lacking);
        assert!((a.agreement - 0.8).abs() < 1e-9, "{a:?}");
        assert_eq!(a.sentences, 4);
        assert_eq!(Agreement::of([]).agreement, 1.0);
    }

    #[test]
    fn every_edition_weighs_the_same_in_the_article() {
        let score = ArticleScore {
            units: Vec::new(),
            findings: Vec::new(),
            sections: vec![
                section(Lang::Th, 300, 1.0, 0.0),
                section(Lang::En, 10, 0.5, 0.0),
            ],
        };
        assert!((score.agreement().agreement - 0.75).abs() < 1e-9);
        assert_eq!(score.edition_agreement(Lang::En).coverage, 0.5);
    }
}

#[cfg(test)]
mod cell_tests {
    use super::*;

    #[test]
    fn a_cell_names_the_concepts_of_all_its_sentences_sorted() {
        let first = crate::features::features("Police arrested two men.", Lang::En);
        let second = crate::features::features("The government said so.", Lang::En);
        assert!(!first.concepts.is_empty() && !second.concepts.is_empty());
        let cell = merge_features([&first, &second].into_iter());
        let mut all: Vec<u16> = first
            .concepts
            .iter()
            .chain(&second.concepts)
            .copied()
            .collect();
        all.sort_unstable();
        all.dedup();
        assert_eq!(cell.concepts, all);
    }
}
