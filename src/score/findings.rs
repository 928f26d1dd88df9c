//! The rules that raise findings on one unit. Each rule compares one edition with the consensus
//! of the others, so that a single odd edition stands out and no edition is judged by one
//! partner alone.

use std::fmt;

use super::UnitView;
use super::shared::Pool;
use crate::align::scale::{completes, misfit};
use crate::align::split::fits_one_unit;
use crate::features::{Features, Number, converted, same_in_other_convention, same_name};
use crate::ingest::{SectionId, detect};
use crate::lang::{CutMarks, Lang, Script};
use crate::segment::Role;
use crate::sound::name_key;

/// What kind of disagreement a finding reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FindingKind {
    /// The edition lacks a sentence most editions have.
    Missing,
    /// The edition has a sentence (almost) no other edition has.
    Extra,
    /// The edition states a number the others do not, and lacks the one they agree on.
    Number,
    /// The edition's text is left in English.
    Untranslated,
    /// The edition's sentence is much shorter than its counterparts predict.
    Truncated,
    /// The edition lacks a Latin-script name all other editions carry (in Latin letters or
    /// written by sound).
    Name,
    /// The edition splits into several sentences what the others write as one.
    Split,
    /// The edition writes as one sentence what the others write as several.
    Merged,
}

impl FindingKind {
    /// Whether the finding is a defect of content (not only of sentence form, as `split` and
    /// `merged` are).
    pub fn is_defect(self) -> bool {
        !matches!(self, FindingKind::Split | FindingKind::Merged)
    }

    /// The name written in the `kind` column.
    pub fn name(self) -> &'static str {
        match self {
            FindingKind::Missing => "missing",
            FindingKind::Extra => "extra",
            FindingKind::Number => "number",
            FindingKind::Untranslated => "untranslated",
            FindingKind::Truncated => "truncated",
            FindingKind::Name => "name",
            FindingKind::Split => "split",
            FindingKind::Merged => "merged",
        }
    }
}

/// How much a finding matters to a reader of the edition: what to check first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Content a reader gets wrong or not at all: a changed number, text left in English, a
    /// whole sentence missing or added.
    High,
    /// Content partly lost: a truncated sentence, a short sentence missing or added.
    Medium,
    /// Form only: sentences split or merged.
    Low,
}

impl Severity {
    /// The name written in the `severity` column.
    pub fn name(self) -> &'static str {
        match self {
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
        }
    }
}

/// A missing or added text at least this long, in sentences of its edition's mean length, is
/// a sentence of content; shorter, a phrase or an attribution (`he said.`).
const HIGH_SEVERITY_SENTENCES: f64 = 0.5;

impl FindingKind {
    /// The severity of a finding of this kind about text `sentences` long (in sentences of its
    /// edition's mean length).
    pub fn severity(self, sentences: f64) -> Severity {
        match self {
            FindingKind::Number | FindingKind::Untranslated => Severity::High,
            FindingKind::Missing | FindingKind::Extra if sentences >= HIGH_SEVERITY_SENTENCES => {
                Severity::High
            }
            FindingKind::Missing
            | FindingKind::Extra
            | FindingKind::Truncated
            | FindingKind::Name => Severity::Medium,
            FindingKind::Split | FindingKind::Merged => Severity::Low,
        }
    }
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Thresholds of the finding rules.
#[derive(Clone, Debug)]
pub struct Thresholds {
    /// An edition is `truncated` below this share of its predicted length. Translations of
    /// one sentence vary: on the NTREX editions benchmark (seeds 1, 7, 11) planted truncations
    /// fall at 0.24-0.53 of the prediction, untouched sentences down to 0.22 but mostly at
    /// 0.48-0.55; 0.5 (from 0.55) drops 52 of 90 false findings and 3 of 50 true ones.
    pub truncated_ratio: f64,
    /// The same for an edition whose sentences are pieces the aligner joined (Thai), whose
    /// lengths wander more: untouched Thai cells fall to 0.42-0.55, truncated ones at 0.30-0.42.
    pub truncated_ratio_pieces: f64,
    /// The same for a cell one of whose sentences ends as only a sentence cut short does
    /// (`…a su.`; see [`super::cut`]). Editions benchmark (seeds 11, 12, 13 with every article
    /// perturbed, 7, 1): untouched sentences with such an end (NTREX's own `…聖マーティンが。`)
    /// sit at 0.78-0.89 of the prediction; 0.8 finds 13 more of 120 planted truncations for
    /// +0.1 false findings per 1,000 cells on two of the five sets, 0.9 two more again for +0.2
    /// on every set.
    pub truncated_ratio_cut: f64,
    /// The same for a cell of pieces (Thai) with a cut mark: the aligner often joins the cut
    /// sentence's pieces with a neighbour's, so the cell need not run short. A period after
    /// Thai letters is that rare (1 of NTREX's 1,997 Thai lines, an abbreviation's) that 1.5
    /// finds 3 more planted truncations on the five sets above and no false finding.
    pub truncated_ratio_cut_pieces: f64,
    /// Predicted length (characters) below which truncation is not judged.
    pub truncated_min_chars: f64,
    /// A number is agreed when at least this share of the other editions with numbers state it.
    pub number_agreement: f64,
    /// Text at least this similar to the English edition's counts as untranslated.
    pub untranslated_similarity: f64,
    /// Share of Latin letters above which non-Latin-script text is untranslated.
    pub untranslated_latin_share: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            truncated_ratio: 0.5,
            truncated_ratio_pieces: 0.43,
            truncated_ratio_cut: 0.8,
            truncated_ratio_cut_pieces: 1.5,
            truncated_min_chars: 25.0,
            number_agreement: 0.6,
            untranslated_similarity: 0.95,
            untranslated_latin_share: 0.75,
        }
    }
}

/// A finding as a rule raises it: the unit (index), the edition (index), kind and detail.
#[derive(Clone, Debug)]
pub struct Raised {
    pub unit: usize,
    pub edition: usize,
    pub kind: FindingKind,
    pub detail: String,
}

/// Collects the findings of one unit's rules.
struct Out {
    unit: usize,
    list: Vec<Raised>,
}

impl Out {
    fn push(&mut self, (edition, kind, detail): (usize, FindingKind, String)) {
        self.list.push(Raised {
            unit: self.unit,
            edition,
            kind,
            detail,
        });
    }

    fn push_at(&mut self, unit: usize, edition: usize, kind: FindingKind, detail: String) {
        self.list.push(Raised {
            unit,
            edition,
            kind,
            detail,
        });
    }
}

/// Runs every rule on unit `u` (some rules look at the next unit too).
pub fn unit_findings(views: &[UnitView], u: usize, t: &Thresholds) -> Vec<Raised> {
    let view = &views[u];
    let mut out = Out {
        unit: u,
        list: Vec::new(),
    };
    merges(views, u, &mut out);
    presence(views, u, &mut out);
    let content = matches!(view.role, Role::Body | Role::Bullet | Role::Heading);
    if content {
        for k in view.present().collect::<Vec<_>>() {
            untranslated(view, k, t, &mut out);
        }
    }
    for k in view.exact().collect::<Vec<_>>() {
        if content {
            numbers(view, k, t, &mut out);
            truncated(view, k, t, &mut out);
            names(view, k, &mut out);
        }
        if matches!(view.role, Role::Body | Role::Bullet) {
            sentence_count(views, u, k, &mut out);
        }
    }
    drop_shared_shortfalls(&mut out.list, u);
    out.list
}

/// Most editions in one unit that may be `truncated`, or `missing` it: when more are much
/// shorter than the others or lack the unit, the editions disagree on where the unit's
/// boundaries fall (some put a neighbouring sentence here, or this one there), which says
/// nothing about any one of them. Measured on the editions benchmark: seeds 1, 7, 11, 12, 13
/// lose no detected defect at 2; false findings per 1,000 cells seed 13 (perturb 1.0) 5.6 ->
/// 5.1, seed 1 4.5 -> 4.2, seed 11 3.0 -> 2.8 (3 leaves seeds 1 and 11 as they were).
const SHARED_MAX_EDITIONS: usize = 2;

/// Drops unit `u`'s `truncated` findings when more than `SHARED_MAX_EDITIONS` editions have
/// one, and its `missing` findings likewise.
fn drop_shared_shortfalls(list: &mut Vec<Raised>, u: usize) {
    for kind in [FindingKind::Truncated, FindingKind::Missing] {
        let here = |r: &Raised| r.unit == u && r.kind == kind;
        if list.iter().filter(|r| here(r)).count() > SHARED_MAX_EDITIONS {
            list.retain(|r| !here(r));
        }
    }
}

fn quote(text: &str) -> String {
    const MAX: usize = 60;
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= MAX {
        format!("\"{text}\"")
    } else {
        format!("\"{}…\"", chars[..MAX].iter().collect::<String>())
    }
}

/// An edition whose one sentence stands for two units either merged two sentences (a note) or
/// dropped one of them: when its sentence is about as long as one unit predicts and much
/// shorter than both together, the other unit is `missing` in that edition.
fn merges(views: &[UnitView], u: usize, out: &mut Out) {
    let view = &views[u];
    let Some(next) = views.get(u + 1) else {
        return;
    };
    for k in view
        .present()
        .filter(|&k| view.runs_on(k) && !view.lang(k).weakly_segmented())
    {
        let (Some(p_here), Some(p_next)) = (view.predicted_len(k), next.predicted_len(k)) else {
            continue;
        };
        let len = view.features(k).len as f64;
        let misfit = |p: f64| misfit(len, p);
        if fits_one_unit(len, p_here, p_next) {
            // The sentence translates one unit: the one whose length, anchors and marks it
            // matches.
            let score = |v: &UnitView, p: f64| {
                let f = view.features(k);
                -misfit(p)
                    + ANCHOR_WEIGHT * v.shared_anchors(k, f) as f64
                    + MARK_WEIGHT * v.marks_agreement(k, f) as f64
            };
            let lost = if score(view, p_here) >= score(next, p_next) {
                u + 1
            } else {
                u
            };
            let witness = views[lost].witness_except(k);
            let detail = format!(
                "lacks what {} says: {}",
                views[lost].lang(witness),
                quote(views[lost].text(witness))
            );
            out.push_at(lost, k, FindingKind::Missing, detail);
        } else {
            let detail = format!(
                "one sentence translates this unit and the next: {}",
                quote(view.text(k))
            );
            out.push((k, FindingKind::Merged, detail));
        }
    }
    for k in view.present().filter(|&k| view.joined(k)) {
        let detail = format!(
            "one sentence on the page translates this unit and the next, split where the other editions end theirs: {} + {}",
            quote(view.text(k)),
            quote(next.text(k))
        );
        out.push((k, FindingKind::Merged, detail));
    }
}

/// Weight of one shared number or name against |log length ratio| when deciding which unit
/// a sentence translates.
const ANCHOR_WEIGHT: f64 = 0.3;

/// Weight of one punctuation kind or weekday matched (or not) against |log length ratio| in
/// the same decision (`UnitView::marks_agreement`). Editions benchmark, twelve sets: omissions
/// found on short articles seed 1 91 -> 92 of 106, seed 2 101 -> 103 of 125, nothing else
/// changed but short seed 2's false findings (3.8 -> 3.7 per 1,000 cells); 0.1 finds one, 0.6
/// one fewer than 0.3.
const MARK_WEIGHT: f64 = 0.3;

/// `missing` where most editions have the unit and one lacks it; `extra` where one edition (or
/// a small minority) has text no other edition has: not beside the title, where such text is
/// the title running on (the start of the first sentence set apart, in Thai most often), not a
/// sentence added (editions benchmark, twelve sets: 15 such findings, 1 in an edition with an
/// added sentence; without them false findings -0.1 to -0.3 per 1,000 cells on six sets, no
/// defect found fewer).
fn presence(views: &[UnitView], u: usize, out: &mut Out) {
    let view = &views[u];
    let n = view.editions();
    let present: Vec<usize> = view.covering().collect();
    let p = present.len();
    if n < 3 {
        if p == 1 {
            let k = present[0];
            let other = 1 - k;
            out.push((
                other,
                FindingKind::Missing,
                format!("lacks {}", quote(view.text(k))),
            ));
        }
        return;
    }
    if p * 2 > n {
        let witness = view.witness();
        for k in (0..n).filter(|k| !present.contains(k)) {
            let detail = format!(
                "lacks what {} says: {}",
                view.lang(witness),
                quote(view.text(witness))
            );
            out.push((k, FindingKind::Missing, detail));
        }
    } else if p * 3 <= n {
        for k in view.exact().collect::<Vec<_>>() {
            if let Some(nb) = completed_neighbour(views, u, k) {
                let detail = format!(
                    "{} continues unit {} of the other editions",
                    quote(view.text(k)),
                    views[nb].number()
                );
                out.push((k, FindingKind::Split, detail));
            } else if view.features(k).letters >= EXTRA_MIN_LETTERS
                && sentence_sized(views, u, k)
                && view.section() != SectionId::Title
            {
                let detail = format!("no other edition has {}", quote(view.text(k)));
                out.push((k, FindingKind::Extra, detail));
            }
        }
    }
}

/// In an edition without sure sentence ends (Thai), the least share of its median cell a
/// unit's lone text must hold to be taken for an added sentence: shorter, it is pieces of a
/// neighbouring sentence the aligner kept apart (`ชายวัย`, `ประชาชนของ`, the start of the first
/// sentence left beside the title). Editions benchmark, twelve sets: of the Thai texts alone
/// in a unit, 10 stood in articles with an added Thai sentence and 75 did not, 54 of those
/// below 0.4 of the median; false findings -0.1 to -0.4 per 1,000 cells on every set, no
/// defect found fewer; 0.6 loses one added sentence.
const LONE_PIECES_MIN_SHARE: f64 = 0.4;

/// Whether the text edition k has alone in unit `u` is as long as a sentence of its own:
/// always, in an edition with sure sentence ends; otherwise `LONE_PIECES_MIN_SHARE`.
fn sentence_sized(views: &[UnitView], u: usize, k: usize) -> bool {
    if !views[u].lang(k).weakly_segmented() {
        return true;
    }
    let mut lens: Vec<usize> = views
        .iter()
        .filter(|v| v.is_present(k))
        .map(|v| v.features(k).len)
        .collect();
    lens.sort_unstable();
    let median = lens.get(lens.len() / 2).copied().unwrap_or(0) as f64;
    views[u].features(k).len as f64 >= LONE_PIECES_MIN_SHARE * median
}

/// Lone text with fewer letters is a piece the aligner kept apart (`และ`, `4 นิ้ว`, a stray
/// quote mark), not an added sentence: no `extra` finding.
const EXTRA_MIN_LETTERS: usize = 6;

/// With the text of a lone cell, the edition's cell in a neighbouring unit fits its prediction
/// at least this closely (|log length ratio|)...
const SPLIT_FIT: f64 = 0.25;

/// ... and this much better than without it.
const SPLIT_GAIN: f64 = 0.2;

/// The neighbouring unit (same section) whose too-short cell edition `k`'s lone text in unit `u`
/// completes: a sentence the edition split in two, the aligner keeping one half apart. Such
/// text is no added sentence.
fn completed_neighbour(views: &[UnitView], u: usize, k: usize) -> Option<usize> {
    let own = views[u].features(k).len as f64;
    [u.checked_sub(1), Some(u + 1)]
        .into_iter()
        .flatten()
        .filter(|&nb| nb < views.len() && views[nb].section() == views[u].section())
        .find(|&nb| {
            let view = &views[nb];
            if !view.exact().any(|j| j == k) {
                return false;
            }
            let Some(predicted) = view.predicted_len(k) else {
                return false;
            };
            completes(
                view.features(k).len as f64,
                own,
                predicted,
                SPLIT_FIT,
                SPLIT_GAIN,
            )
        })
}

/// `number`: the edition states a number no other edition states *and* lacks a number the
/// others agree on. Both conditions together keep spelled-out numbers and kanji numerals from
/// raising findings.
fn numbers(view: &UnitView, k: usize, t: &Thresholds, out: &mut Out) {
    let mine = &view.features(k).numbers;
    if mine.is_empty() {
        return;
    }
    let others: Vec<&Vec<Number>> = view
        .exact()
        .filter(|&j| j != k)
        .map(|j| &view.features(j).numbers)
        .filter(|nums| !nums.is_empty())
        .collect();
    if others.len() < 2 {
        return;
    }
    let stated_by = |n: &Number| {
        others
            .iter()
            .filter(|nums| nums.iter().any(|m| m.same(n)))
            .count()
    };
    // Small numbers spelled out (`two-foot`, `六点`) support a number and keep it from lacking.
    let spelled: Vec<&Vec<f64>> = view
        .exact()
        .filter(|&j| j != k)
        .map(|j| &view.features(j).spelled)
        .collect();
    let mine_spelled = &view.features(k).spelled;
    let needed = (t.number_agreement * others.len() as f64).ceil() as usize;
    let agreed: Vec<&Number> = others
        .iter()
        .flat_map(|nums| nums.iter())
        .filter(|n| stated_by(n) >= needed.max(2) && !mine.iter().any(|m| m.same(n)))
        .filter(|n| !mine_spelled.contains(&n.value))
        .collect();
    let spelled_elsewhere = |n: &Number| spelled.iter().any(|values| values.contains(&n.value));
    // A number the others state in other units or another convention is no defect. A number
    // stated more often than any other edition states it counts as one nobody states: a changed
    // digit may land on a number the sentence states elsewhere (`38 percent … 30 percent`
    // becoming `30 … 30`).
    let times = |nums: &[Number], n: &Number| nums.iter().filter(|m| m.same(n)).count();
    let repeated = |n: &Number| {
        let most = others.iter().map(|nums| times(nums, n)).max().unwrap_or(0);
        times(mine, n) > most
    };
    let unsupported = mine
        .iter()
        .filter(|n| (stated_by(n) == 0 && !spelled_elsewhere(n)) || repeated(n))
        .find(|n| !agreed.iter().any(|a| restated(n, a)));
    if let (Some(unsupported), Some(agreed)) = (unsupported, agreed.first()) {
        let detail = format!(
            "states {} where the other editions state {}",
            unsupported.written, agreed.written
        );
        out.push((k, FindingKind::Number, detail));
    }
}

/// Fewest other editions that must hold the unit exactly before a name they all carry counts.
const NAME_MIN_EDITIONS: usize = 5;

/// `name`: every other edition holding the unit carries a Latin-script name (in Latin letters,
/// or by sound in another script: `Sterling` / `스털링`), and this Latin-script edition lacks it.
fn names(view: &UnitView, k: usize, out: &mut Out) {
    if view.lang(k).script() != Script::Latin {
        return;
    }
    let others: Vec<usize> = view.exact().filter(|&j| j != k).collect();
    if others.len() < NAME_MIN_EDITIONS {
        return;
    }
    let first = others[0];
    if !view.features(first).names.iter().any(|n| judgeable(n)) {
        return;
    }
    let own = view.text(k).to_lowercase();
    let missing = view.features(first).names.iter().find(|name| {
        judgeable(name)
            && !own.contains(name.as_str())
            && others.iter().all(|&j| carries(view, j, name))
    });
    if let Some(name) = missing {
        let original = view.text(first);
        let detail = format!(
            "lacks the name \"{name}\" of {}: {}",
            view.lang(first),
            quote(original)
        );
        out.push((k, FindingKind::Name, detail));
    }
}

/// Whether Latin-script text mentions a name anywhere, at a sentence start or in a compound
/// (`Inrupt-Website`) too.
fn mentions(text: &str, name: &str) -> bool {
    text.to_lowercase().contains(name)
}

/// Whether edition `j`'s cell carries a name: in Latin letters, or by sound.
fn carries(view: &UnitView, j: usize, name: &str) -> bool {
    let f = view.features(j);
    mentions(view.text(j), name)
        || f.names.iter().any(|n| same_name(n, name))
        || name_key(name).is_some_and(|key| f.sound.contains(key.as_str()))
}

/// Shortest name judged: shorter ones are mostly acronyms (`VIP`, `SNL`), which translations
/// spell out as often as they keep.
const NAME_MIN_LETTERS: usize = 5;

/// Whether a Latin-script edition's lack of a name can be told (editions in other scripts
/// write most names by sound, which romanization finds too unreliably to accuse one of lacking
/// a name: Japanese drops the `r` of `Jarvis`).
fn judgeable(name: &str) -> bool {
    name.chars().count() >= NAME_MIN_LETTERS
}

/// Whether two numbers state one quantity in different units or conventions.
fn restated(a: &Number, b: &Number) -> bool {
    converted(a, b) || converted(b, a) || same_in_other_convention(a, b)
}

/// `untranslated`: the text is (nearly) the English edition's, or Latin-script text stands
/// where the language writes another script.
fn untranslated(view: &UnitView, k: usize, t: &Thresholds, out: &mut Out) {
    if view.lang(k) == Lang::En {
        return;
    }
    let english = view.index_of(Lang::En).filter(|&e| view.is_present(e));
    let Some(sentence) = english_sentence(view, k, english, t) else {
        return;
    };
    // A line of names reads the same in every edition: only flag what the others translated.
    let same_script = |j: usize| {
        j != k && view.lang(j) != Lang::En && view.lang(j).script() == view.lang(k).script()
    };
    let kept = |j: usize| english_sentence(view, j, english, t).is_some();
    let others_translated = !view.present().filter(|&j| same_script(j)).any(kept);
    // Text that several editions keep as written is a quotation or a name, not an oversight
    // (`Il faut bien le faire.` in every edition).
    let others_keep = view
        .present()
        .filter(|&j| j != k && view.lang(j) != Lang::En)
        .filter(|&j| kept(j))
        .count();
    if others_translated && others_keep < UNTRANSLATED_SHARED_BY {
        out.push((
            k,
            FindingKind::Untranslated,
            format!("left in English: {}", quote(&sentence)),
        ));
    }
}

/// The first sentence of edition k's cell that reads as English: (nearly) the English
/// edition's text, Latin letters where the language writes another script, or English function
/// words where it writes its own.
fn english_sentence(
    view: &UnitView,
    k: usize,
    english: Option<usize>,
    t: &Thresholds,
) -> Option<String> {
    let lang = view.lang(k);
    let input = view.input(k);
    let english_text = english.map(|e| view.text(e).to_lowercase());
    // Thai pieces are phrases, often a bare name: judge the whole cell.
    let judged: Vec<(&str, &Features)> = if lang.weakly_segmented() {
        vec![(view.text(k), view.features(k))]
    } else {
        view.cell(k)
            .iter()
            .map(|&i| (input.edition.sentences[i].text.as_str(), &input.features[i]))
            .collect()
    };
    for (text, f) in judged {
        let latin_share = f.latin_letters as f64 / f.letters.max(1) as f64;
        let foreign_script =
            lang.script() != Script::Latin && latin_share >= t.untranslated_latin_share;
        // A short English sentence in another script is still English when it says so in
        // English words (`It tears us apart.` in the Thai edition), not a name.
        let short_english = foreign_script
            && f.letters >= UNTRANSLATED_MIN_LETTERS_FOREIGN
            && detect::function_word_count(text, Lang::En) >= UNTRANSLATED_SHORT_FUNCTION_WORDS;
        // A short sentence word for word the English edition's, in English words its own
        // language does not use (`Uh, uh, what.` in Spanish), was left as it was.
        let short_copy = || {
            lang.script() == Script::Latin
                && f.letters >= UNTRANSLATED_MIN_LETTERS_FOREIGN
                && detect::function_word_count(text, Lang::En) >= 1
                && detect::function_word_count(text, lang) == 0
                && english_text
                    .as_ref()
                    .is_some_and(|e| normalized(&text.to_lowercase()) == normalized(e))
        };
        if f.letters < UNTRANSLATED_MIN_LETTERS && !short_english && !short_copy() {
            continue;
        }
        // Only text of about the English cell's length can be that similar to it.
        let similar = || {
            english_text.as_ref().is_some_and(|e| {
                let (a, b) = (text.len() as f64, e.len() as f64);
                let lower = text.to_lowercase();
                let allowed = (1.0 - t.untranslated_similarity) * a.max(b);
                (a - b).abs() <= allowed * 2.0
                    && letter_difference(&lower, e) as f64 <= allowed
                    && strsim::normalized_levenshtein(&lower, e) >= t.untranslated_similarity
            })
        };
        let english_words_win = || {
            lang.script() == Script::Latin && {
                let english_words = detect::function_word_count(text, Lang::En);
                english_words >= UNTRANSLATED_MIN_FUNCTION_WORDS
                    && english_words > 2 * detect::function_word_count(text, lang)
            }
        };
        if foreign_script || english_words_win() || similar() {
            return Some(text.to_string());
        }
    }
    None
}

/// The letters and digits of a text, for comparing two texts whatever their punctuation.
fn normalized(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// A lower bound of the edit distance of two texts, in linear time: the characters one has more
/// of than the other (each edit fixes at most one). Spares the quadratic edit distance on texts
/// that plainly differ.
fn letter_difference(a: &str, b: &str) -> usize {
    // ASCII in an array (most of the letters compared), the rest in a map.
    let mut ascii = [0i64; 128];
    let mut others: std::collections::HashMap<char, i64> = std::collections::HashMap::new();
    let mut count = |c: char, by: i64| match usize::try_from(u32::from(c)) {
        Ok(i) if i < ascii.len() => ascii[i] += by,
        _ => *others.entry(c).or_default() += by,
    };
    a.chars().for_each(|c| count(c, 1));
    b.chars().for_each(|c| count(c, -1));
    let (more, fewer) = ascii
        .iter()
        .chain(others.values())
        .fold(
            (0, 0),
            |(p, n), &v| {
                if v > 0 { (p + v, n) } else { (p, n - v) }
            },
        );
    more.max(fewer) as usize
}

/// Editions besides English that may keep the same text as written before it counts as meant
/// to stay (a quotation, a name) rather than left untranslated in one edition.
const UNTRANSLATED_SHARED_BY: usize = 2;

/// Sentences with fewer letters are not judged (names, numbers, short quotes).
const UNTRANSLATED_MIN_LETTERS: usize = 15;

/// Fewer letters than `UNTRANSLATED_MIN_LETTERS` are judged in an edition of another script
/// when this many English function words stand in them.
const UNTRANSLATED_SHORT_FUNCTION_WORDS: usize = 2;

/// The fewest letters of such a short sentence.
const UNTRANSLATED_MIN_LETTERS_FOREIGN: usize = 8;

/// English function words a Latin-script sentence needs before it reads as English.
const UNTRANSLATED_MIN_FUNCTION_WORDS: usize = 3;

/// `truncated`: much shorter than the other editions predict for this language pair.
fn truncated(view: &UnitView, k: usize, t: &Thresholds, out: &mut Out) {
    let Some(predicted) = view.predicted_len(k) else {
        return;
    };
    if predicted < t.truncated_min_chars {
        return;
    }
    let actual = view.features(k).len as f64;
    let ratio = match (ends_cut_short(view, k), view.lang(k).weakly_segmented()) {
        (true, true) => t.truncated_ratio_cut_pieces,
        (true, false) => t.truncated_ratio_cut,
        (false, true) => t.truncated_ratio_pieces,
        (false, false) => t.truncated_ratio,
    };
    if actual < ratio * predicted {
        let detail = format!(
            "{} characters where the other editions predict about {:.0}: {}",
            actual,
            predicted,
            quote(view.text(k))
        );
        out.push((k, FindingKind::Truncated, detail));
    }
}

/// Whether one of edition k's sentences in the unit ends as only a sentence cut short does.
fn ends_cut_short(view: &UnitView, k: usize) -> bool {
    let marks = &view.lang(k).info().cut_marks;
    if let CutMarks::NoStop(_) = marks {
        // Pieces of a script without stops are cut at spaces: `11.00` and `น.` may be two.
        return super::cut::cut_short(view.text(k), marks);
    }
    let sentences = &view.input(k).edition.sentences;
    let usual = view.usual_stops[k];
    view.cell(k).iter().any(|&i| {
        let text = &sentences[i].text;
        super::cut::cut_short(text, marks) || super::cut::odd_stop(text, usual)
    })
}

/// Other editions that may split or join a sentence where the rest agree, and still let the
/// rest's count stand: one (a translator splits a long sentence now and then; with none, an
/// added sentence goes unseen wherever one other edition split). Editions benchmark, added
/// sentences found: short articles (SOURCE=short, seeds 1-3) 157 -> 169 of 330, NTREX seed 13
/// 22 -> 23 of 30; false findings within 0.1 per 1,000 cells on eight sets.
const COUNT_DISSENTERS: usize = 1;

/// The sentence count the other editions agree on: at least three of them, all but
/// `COUNT_DISSENTERS`.
fn agreed_count(counts: &[usize]) -> Option<usize> {
    let agreeing = |c: usize| counts.iter().filter(|&&x| x == c).count();
    let &mode = counts.iter().max_by_key(|&&c| agreeing(c))?;
    let enough = agreeing(mode) >= 3 && agreeing(mode) + COUNT_DISSENTERS >= counts.len();
    enough.then_some(mode)
}

/// The `extra` finding of edition k's added text.
fn added(k: usize, text: &str) -> (usize, FindingKind, String) {
    (
        k,
        FindingKind::Extra,
        format!("no other edition has {}", quote(text)),
    )
}

/// `split` / `merged`: the edition's sentence count differs from what the other editions with
/// sure sentence boundaries agree on (`agreed_count`). Reported as information about the
/// edition's form.
fn sentence_count(views: &[UnitView], u: usize, k: usize, out: &mut Out) {
    let view = &views[u];
    if view.lang(k).weakly_segmented() {
        if let Some(extra) = added_pieces(views, u, k) {
            out.push(added(k, &extra));
        }
        return;
    }
    if k == view.pivot {
        return;
    }
    // The original (pivot) is left out: translations agree with each other on sentence
    // boundaries more often than with it.
    let counts = other_counts(view, k);
    let mine = view.cell(k).len();
    let Some(others) = agreed_count(&counts) else {
        // The editions disagree on the count; this one has more sentences than most of them.
        if counts.iter().filter(|&&c| c < mine).count() * 2 > counts.len()
            && let Some(extra) = foreign_sentence(view, k)
        {
            out.push(added(k, &extra));
        }
        return;
    };
    let kind = match mine.cmp(&others) {
        std::cmp::Ordering::Greater => FindingKind::Split,
        std::cmp::Ordering::Less => FindingKind::Merged,
        std::cmp::Ordering::Equal => return,
    };
    // Another edition split here as well: a sentence translators tend to split, so an added
    // one must stand out more.
    let excess = if counts.contains(&mine) {
        EXTRA_MIN_EXCESS_SPLIT_TOO
    } else {
        EXTRA_MIN_EXCESS
    };
    if kind == FindingKind::Split
        && let Some(extra) =
            added_sentence(views, u, k, excess).or_else(|| foreign_sentence(view, k))
    {
        out.push(added(k, &extra));
        return;
    }
    let detail = format!("{mine} sentence(s) where the other editions have {others}");
    out.push((k, kind, detail));
}

/// The sentence counts of the editions other than k with sure sentence boundaries in a unit,
/// the original left out (`sentence_count`).
fn other_counts(view: &UnitView, k: usize) -> Vec<usize> {
    view.exact()
        .filter(|&j| j != k && j != view.pivot && !view.lang(j).weakly_segmented())
        .map(|j| view.cell(j).len())
        .collect()
}

/// How many body units other than `u` edition k writes with more sentences than the other
/// editions agree on.
fn splits_elsewhere(views: &[UnitView], u: usize, k: usize) -> usize {
    views
        .iter()
        .enumerate()
        .filter(|&(v, view)| v != u && matches!(view.role, Role::Body | Role::Bullet))
        .filter(|(_, view)| view.is_present(k))
        .filter(|(_, view)| {
            agreed_count(&other_counts(view, k)).is_some_and(|c| view.cell(k).len() > c)
        })
        .count()
}

/// Units in which an edition writes more sentences than the others agree on, besides the one
/// judged, from which on its translator is taken to split sentences as a habit: a cell's
/// length alone then says no sentence was added. Editions benchmark, twelve sets: of the
/// sentences length alone called added, 92 Korean ones were translators' splits and 2 added
/// sentences; false findings -0.2 to -0.4 per 1,000 cells on every NTREX set, one added
/// sentence lost (NTREX seed 14), short articles unchanged. 1 loses four more on three sets
/// (short seed 2 two); 3 keeps 0.1 more false findings on four sets.
const HABITUAL_SPLITS: usize = 2;

/// Extra sentences make a cell this much longer than predicted, at least. Editions benchmark
/// (seeds 1, 7, 11, 12, 13): planted sentences make cells from 1.39 times the prediction up,
/// translations split in two reach 1.3-1.45; 1.35 (from 1.3) drops a tenth of the false
/// findings (seed 13, perturb 1.0: 4.9 -> 4.6 per 1,000 cells) and no planted sentence, 1.4
/// loses one.
const EXTRA_MIN_EXCESS: f64 = 1.35;

/// `EXTRA_MIN_EXCESS` where another edition has as many sentences as this one (both split a
/// sentence translators tend to split): without it, false findings rose by 0.1-0.3 per 1,000
/// cells on the eight sets above (NTREX seed 13: 4.6 -> 4.9).
const EXTRA_MIN_EXCESS_SPLIT_TOO: f64 = 1.6;

/// The lengths of edition k's sentences (or Thai pieces) in a unit and the length the other
/// editions predict for them all: what the rules for added text weigh.
struct CellLengths {
    predicted: f64,
    lens: Vec<f64>,
    total: f64,
}

impl CellLengths {
    fn of(view: &UnitView, k: usize) -> Option<CellLengths> {
        let predicted = view.predicted_len(k)?;
        let input = view.input(k);
        let lens: Vec<f64> = view
            .cell(k)
            .iter()
            .map(|&i| input.features[i].len as f64)
            .collect();
        let total = lens.iter().sum();
        Some(CellLengths {
            predicted,
            lens,
            total,
        })
    }
}

/// Without its added sentence, the rest of the cell fits the prediction this closely (|log|).
const EXTRA_REST_FIT: f64 = 0.3;

/// An edition with more sentences than the others may have split one, or added one: it added
/// one when its text is much longer than predicted and, without one of its sentences, fits.
fn added_sentence(views: &[UnitView], u: usize, k: usize, min_excess: f64) -> Option<String> {
    let view = &views[u];
    let CellLengths {
        predicted,
        lens,
        total,
    } = CellLengths::of(view, k)?;
    let (input, cell) = (view.input(k), view.cell(k));
    let fit = |rest: f64| misfit(rest, predicted);
    let (best, rest) = lens
        .iter()
        .enumerate()
        .map(|(i, l)| (i, total - l))
        .min_by(|a, b| fit(a.1).total_cmp(&fit(b.1)))?;
    if fit(rest) >= EXTRA_REST_FIT {
        return None;
    }
    let candidate = &input.features[cell[best]];
    // Numbers and names nobody else states mark a sentence from elsewhere even when it is short.
    // (Concepts nobody else names as well: +8 of 330 added sentences on short articles for
    // +0.1-0.3 false findings per 1,000 cells on every set; they are found in about two thirds
    // of translations only. Capitalized words where every noun is capitalized: on the twelve
    // sets German nouns taken for names made 47 false findings for 6 added sentences found;
    // without them false findings -0.1 to -0.4 per 1,000 cells on every set, 5 found fewer.)
    let names = if view.lang(k).info().capitalizes_nouns {
        0
    } else {
        candidate.names.len()
    };
    let anchors = candidate.numbers.len() + names;
    let foreign = anchors > 0 && states_nothing_nearby(views, u, k, candidate);
    // Length alone does not tell an added sentence from a translator's split where this
    // edition splits sentences elsewhere in the article too.
    let by_length =
        total >= min_excess * predicted && splits_elsewhere(views, u, k) < HABITUAL_SPLITS;
    let long_enough = by_length
        || (foreign && total >= EXTRA_FOREIGN_EXCESS * predicted)
        || (total >= EXTRA_UNSHARED_EXCESS * predicted && shares_nothing(view, k, best))
        || (total >= EXTRA_UNTRANSLATED_EXCESS * predicted && translates_nothing(view, k, best));
    long_enough.then(|| input.edition.sentences[cell[best]].text.clone())
}

/// The sentence of edition k's cell, when it has two or more, that neither shares a word with
/// the other editions (`shares_nothing`) nor translates a word of the original's
/// (`translates_nothing`), while the cell is as long as predicted: an added sentence whatever
/// the lengths say, also where the other editions agree on no sentence count (some split the
/// sentence too). Editions benchmark, twelve sets: inserted sentences found NTREX seed 14
/// 23 -> 24 of 28, short seeds 1-3 87/69/68 -> 90/71/69, false findings unchanged but on
/// short seed 3 (3.9 -> 4.0). Either test alone where the counts disagree raised false
/// findings on every set by 0.1-0.2.
fn foreign_sentence(view: &UnitView, k: usize) -> Option<String> {
    let CellLengths {
        predicted, total, ..
    } = CellLengths::of(view, k)?;
    let cell = view.cell(k);
    if cell.len() < 2 || total < EXTRA_UNTRANSLATED_EXCESS * predicted {
        return None;
    }
    (0..cell.len())
        .find(|&best| shares_nothing(view, k, best) && translates_nothing(view, k, best))
        .map(|best| view.input(k).edition.sentences[cell[best]].text.clone())
}

/// Whether no other edition states any of `f`'s numbers and names in unit `u` or a
/// neighbouring unit (where a sentence the aligner put one unit off finds them). Concepts are
/// left out: a sentence from elsewhere may well name `police` too (with them, 3 of the added
/// sentences found on NTREX seeds 7, 11 and 12 went unseen).
fn states_nothing_nearby(views: &[UnitView], u: usize, k: usize, f: &Features) -> bool {
    let nearby = u.saturating_sub(1)..(u + 2).min(views.len());
    views[nearby]
        .iter()
        .all(|v| v.shared_numbers_and_names(k, f) == 0)
}

/// With numbers or names no other edition states, an added sentence may be this short.
const EXTRA_FOREIGN_EXCESS: f64 = 1.1;

/// With no word another edition writes (`shares_nothing`), an added sentence may be this
/// short. Editions benchmark (short articles seeds 1-3, NTREX seeds 11-13; cells with more
/// sentences than the others): of cells 1.2-1.35 times the prediction whose sentence shares
/// nothing while the rest shares something, 22 held a planted sentence and 6 a translator's
/// split; 1.1-1.2: 21 and 41.
const EXTRA_UNSHARED_EXCESS: f64 = 1.2;

/// Whether sentence `best` of edition k's cell shares no word (`shared::Pool`) with the other
/// editions of the unit while each of the cell's other sentences shares some: it was taken
/// from elsewhere, not split off the translation.
fn shares_nothing(view: &UnitView, k: usize, best: usize) -> bool {
    let others = view
        .present()
        .filter(|&j| j != k)
        .map(|j| (view.lang(j), view.text(j)));
    let pool = Pool::of(view.lang(k), others);
    let sentences = &view.input(k).edition.sentences;
    alone_unshared(view.cell(k), best, |i| {
        pool.share(&sentences[i].text).map(|s| s > 0.0)
    })
}

/// Whether sentence `best` of a cell is the one that shares nothing with the other editions
/// and every other sentence shares something; `shares(i)` tells for sentence i, `None` where
/// it says too little to tell.
fn alone_unshared(cell: &[usize], best: usize, shares: impl Fn(usize) -> Option<bool>) -> bool {
    cell.iter()
        .enumerate()
        .all(|(n, &i)| shares(i) == Some(n != best))
}

/// Translating no word of the original's cell (by the run's lexicon: `translates_nothing`),
/// an added sentence needs only to make the cell as long as predicted. Editions benchmark,
/// against no such rule: inserted sentences found on short articles (seeds 1-3) +7/+4/+1 of
/// 330, none lost, false findings +0.1 per 1,000 cells on five of twelve sets (highest 4.3);
/// 1.1 finds +6/+1/0 for +0.1 on one set. Of the sentences of cells with more sentences than
/// the other editions agree on (short articles and NTREX seeds 11 and 17), 82% of the added
/// ones translate no word of the original there, 31% of the others.
const EXTRA_UNTRANSLATED_EXCESS: f64 = 1.0;

/// Fewest words of the original a sentence's words translate to by the run's lexicon before
/// finding none of them in the original's cell says something: 5 finds 5 fewer added
/// sentences on short articles than 3.
const UNTRANSLATED_MIN_WORDS: usize = 3;

/// Whether sentence `best` of edition k's cell translates none of the words of the original's
/// cell (by the run's lexicon, `AlignInput::into_pivot`) though it has words the lexicon
/// knows, while each of the cell's other sentences translates some: it was taken from
/// elsewhere, not split off the translation.
fn translates_nothing(view: &UnitView, k: usize, best: usize) -> bool {
    let pivot = view.pivot;
    let input = view.input(k);
    if k == pivot || input.into_pivot.is_empty() || view.cell(pivot).is_empty() {
        return false;
    }
    let original = view.input(pivot).words_of(view.cell(pivot));
    alone_unshared(view.cell(k), best, |i| {
        let found = input.translated_into(i, &original) > 0;
        (found || input.into_pivot[i].len() >= UNTRANSLATED_MIN_WORDS).then_some(found)
    })
}

/// Of the prediction, the least an added run of Thai pieces holds: shorter runs are pieces of
/// a neighbouring sentence the aligner put here (`รายงานโดย the network`).
const EXTRA_PIECES_MIN_SHARE: f64 = 0.4;

/// In an edition without sure sentence ends (Thai), the pieces a sentence added at the start
/// or the end of unit `u`'s cell would be: without them the cell fits its prediction, and they
/// state numbers or names no other edition states here or in a neighbouring unit. Returns
/// their text. Length alone says too little here: the aligner joins the pieces into
/// sentences, and a piece or two often goes to a neighbour. Editions benchmark, NTREX seeds 1,
/// 7, 11-13 and short articles seeds 1-3, where all 43 sentences added to Thai editions went
/// unseen: with foreign anchors, 10 found, false findings within 0.1 per 1,000 cells; a cell
/// 1.6 times the prediction finds about one more a set for 0.2-0.6 more false findings.
fn added_pieces(views: &[UnitView], u: usize, k: usize) -> Option<String> {
    let view = &views[u];
    let cell = view.cell(k);
    let lengths = CellLengths::of(view, k)?;
    let (predicted, lens, total) = (lengths.predicted, &lengths.lens, lengths.total);
    if cell.len() < 2 || total < EXTRA_FOREIGN_EXCESS * predicted {
        return None;
    }
    let input = view.input(k);
    let fit = |rest: f64| misfit(rest, predicted);
    // The added pieces at the end (`j..`) or the start (`..j`), the rest fitting best.
    let mut best: Option<(f64, std::ops::Range<usize>)> = None;
    let mut before = 0.0;
    for j in 1..cell.len() {
        before += lens[j - 1];
        for (rest, added) in [(before, j..cell.len()), (total - before, 0..j)] {
            if best.as_ref().is_none_or(|(f, _)| fit(rest) < *f) {
                best = Some((fit(rest), added));
            }
        }
    }
    let (misfit, added) = best?;
    let added_len: f64 = lens[added.clone()].iter().sum();
    if misfit >= EXTRA_REST_FIT || added_len < EXTRA_PIECES_MIN_SHARE * predicted {
        return None;
    }
    let text = cell[added.clone()]
        .iter()
        .map(|&i| input.edition.sentences[i].text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let features = super::merge_features(cell[added].iter().map(|&i| &input.features[i]));
    let anchors = features.numbers.len() + features.names.len();
    let foreign = anchors > 0 && states_nothing_nearby(views, u, k, &features);
    foreign.then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raised(unit: usize, edition: usize, kind: FindingKind) -> Raised {
        Raised {
            unit,
            edition,
            kind,
            detail: String::new(),
        }
    }

    #[test]
    fn shortfalls_many_editions_share_say_nothing() {
        let mut one = vec![
            raised(4, 1, FindingKind::Truncated),
            raised(4, 2, FindingKind::Number),
        ];
        drop_shared_shortfalls(&mut one, 4);
        assert_eq!(one.len(), 2);
        let mut many: Vec<Raised> = (1..=3)
            .map(|k| raised(4, k, FindingKind::Truncated))
            .chain([raised(4, 5, FindingKind::Number)])
            .collect();
        drop_shared_shortfalls(&mut many, 4);
        assert_eq!(many.len(), 1);
        assert_eq!(many[0].kind, FindingKind::Number);
        let mut lacking: Vec<Raised> = (1..=3)
            .map(|k| raised(4, k, FindingKind::Missing))
            .chain([raised(5, 1, FindingKind::Missing)])
            .collect();
        drop_shared_shortfalls(&mut lacking, 4);
        assert_eq!(lacking.len(), 1);
        assert_eq!(lacking[0].unit, 5);
    }
}

#[cfg(test)]
mod added_sentence_tests {
    use super::*;
    use crate::align::{AlignInput, Alignment, Unit};

    fn input(lang: Lang, texts: &[&str]) -> AlignInput {
        AlignInput::intro(lang, texts)
    }

    /// One unit holding every sentence of every edition.
    fn one_unit(inputs: &[AlignInput]) -> Unit {
        let cells = inputs
            .iter()
            .map(|i| (0..i.edition.sentences.len()).collect())
            .collect();
        Unit::intro(1, cells)
    }

    #[test]
    fn an_added_sentence_is_extra_where_the_editions_agree_on_no_count() {
        // English and French write the sentence as two, the others as one: no count is agreed.
        // Spanish has its translation and a sentence that neither shares a word with the
        // others nor translates a word of the original.
        let mut inputs = vec![
            input(
                Lang::Ja,
                &["市議会は月曜日に新しい予算案を承認し、市長は教員を増やすと述べた。"],
            ),
            input(
                Lang::En,
                &[
                    "The city council approved the new budget on Monday.",
                    "The mayor said it would fund more teachers.",
                ],
            ),
            input(
                Lang::Fr,
                &[
                    "Le conseil municipal a approuvé lundi le nouveau budget.",
                    "Le maire a dit qu'il financerait davantage d'enseignants.",
                ],
            ),
            input(
                Lang::De,
                &[
                    "Der Stadtrat billigte am Montag den neuen Haushalt, der Bürgermeister sagte, er werde mehr Lehrer finanzieren.",
                ],
            ),
            input(
                Lang::Zh,
                &["市议会周一批准了新预算，市长表示将资助更多教师。"],
            ),
            input(
                Lang::Ko,
                &["시의회는 월요일 새 예산을 승인했고 시장은 교사를 늘리겠다고 말했다."],
            ),
            input(
                Lang::Hi,
                &[
                    "नगर परिषद ने सोमवार को नया बजट मंज़ूर किया और महापौर ने कहा कि इससे अधिक शिक्षकों को धन मिलेगा।",
                ],
            ),
            input(
                Lang::Es,
                &[
                    "El concejo municipal aprobó el lunes el nuevo presupuesto y el alcalde dijo que financiaría más maestros.",
                    "Varias ballenas jorobadas nadaban tranquilamente junto al faro.",
                ],
            ),
        ];
        let es = inputs.len() - 1;
        let original = inputs[0].features[0].words.clone();
        let alignment = |inputs: Vec<AlignInput>| {
            let units = vec![one_unit(&inputs)];
            Alignment {
                inputs,
                pivot: 0,
                units,
            }
        };
        let extra = |alignment: &Alignment| {
            super::super::score(alignment, &Thresholds::default())
                .findings
                .iter()
                .filter(|f| f.lang == Lang::Es && f.kind == FindingKind::Extra)
                .count()
        };
        // Without the run's lexicon nothing tells which Spanish sentence is the added one.
        let without = alignment(inputs.iter().map(clone_input).collect());
        assert_eq!(extra(&without), 0);
        // The translation's words translate words of the original, the added one's none.
        inputs[es].into_pivot = vec![original, vec![1, 2, 3]];
        assert_eq!(extra(&alignment(inputs)), 1);
    }

    fn clone_input(input: &AlignInput) -> AlignInput {
        AlignInput::new(input.edition.clone())
    }

    /// The same four units in six editions (Japanese, English, French, Spanish, German,
    /// Korean).
    const UNITS: [[&str; 6]; 4] = [
        [
            "市議会は月曜日に学校の新しい予算について話し合うために集まった。",
            "The council met on Monday to discuss the new budget for schools.",
            "Le conseil s'est réuni lundi pour discuter du nouveau budget des écoles.",
            "El consejo se reunió el lunes para discutir el nuevo presupuesto escolar.",
            "Der Rat traf sich am Montag, um über den neuen Schulhaushalt zu beraten.",
            "의회는 월요일에 학교의 새 예산을 논의하기 위해 모였다.",
        ],
        [
            "市長は、この計画で来年から教員の給与が上がると述べた。",
            "The mayor said the plan would raise teachers' pay from next year.",
            "Le maire a dit que le plan augmenterait le salaire des enseignants l'an prochain.",
            "El alcalde dijo que el plan subiría el sueldo de los maestros el próximo año.",
            "Der Bürgermeister sagte, der Plan werde die Löhne der Lehrer ab nächstem Jahr erhöhen.",
            "시장은 그 계획으로 내년부터 교사들의 급여가 오를 것이라고 말했다.",
        ],
        [
            "保護者たちは会合でその決定を歓迎した。",
            "Parents welcomed the decision at the meeting.",
            "Les parents ont salué la décision lors de la réunion.",
            "Los padres celebraron la decisión en la reunión.",
            "Die Eltern begrüßten die Entscheidung bei der Sitzung.",
            "학부모들은 회의에서 그 결정을 환영했다.",
        ],
        [
            "予算案は来月、採決される。",
            "The budget will be put to a vote next month.",
            "Le budget sera soumis au vote le mois prochain.",
            "El presupuesto se someterá a votación el mes que viene.",
            "Über den Haushalt wird im nächsten Monat abgestimmt.",
            "예산안은 다음 달에 표결에 부쳐진다.",
        ],
    ];

    /// `UNITS` as one article, edition `k` written as `sentences` (per unit) instead.
    fn article(k: usize, sentences: &[Vec<&str>]) -> Alignment {
        let langs = [Lang::Ja, Lang::En, Lang::Fr, Lang::Es, Lang::De, Lang::Ko];
        let mut inputs = Vec::new();
        let mut cells: Vec<Vec<Vec<usize>>> = vec![Vec::new(); UNITS.len()];
        for (e, &lang) in langs.iter().enumerate() {
            let per_unit: Vec<Vec<&str>> = if e == k {
                sentences.to_vec()
            } else {
                UNITS.iter().map(|u| vec![u[e]]).collect()
            };
            let mut next = 0;
            for (u, texts) in per_unit.iter().enumerate() {
                cells[u].push((next..next + texts.len()).collect());
                next += texts.len();
            }
            inputs.push(input(lang, &per_unit.concat()));
        }
        let units = cells
            .into_iter()
            .enumerate()
            .map(|(u, cells)| Unit::intro(u as u32 + 1, cells))
            .collect();
        Alignment {
            inputs,
            pivot: 0,
            units,
        }
    }

    /// The units where `lang` has an `extra` finding.
    fn extra_units(alignment: &Alignment, lang: Lang) -> Vec<String> {
        super::super::score(alignment, &Thresholds::default())
            .findings
            .iter()
            .filter(|f| f.lang == lang && f.kind == FindingKind::Extra)
            .map(|f| f.unit.clone())
            .collect()
    }

    /// Korean adds a sentence to unit 2 and, when `splits`, writes units 0 and 1 as two
    /// sentences each where the others write one.
    fn korean_article(splits: bool) -> Alignment {
        let ko = 5;
        let added = "오늘은 날씨가 매우 맑고 따뜻해서 공원을 산책하기에 아주 좋은 날이었다.";
        let korean: Vec<Vec<&str>> = vec![
            if splits {
                vec!["의회는 월요일에 모였다.", "학교의 새 예산을 논의했다."]
            } else {
                vec![UNITS[0][ko]]
            },
            if splits {
                vec![
                    "시장은 그 계획을 설명했다.",
                    "내년부터 교사들의 급여가 오른다고 말했다.",
                ]
            } else {
                vec![UNITS[1][ko]]
            },
            vec![UNITS[2][ko], added],
            vec![UNITS[3][ko]],
        ];
        article(ko, &korean)
    }

    #[test]
    fn length_alone_adds_no_sentence_where_the_edition_splits_sentences_elsewhere() {
        let extra = |splits: bool| extra_units(&korean_article(splits), Lang::Ko);
        assert_eq!(extra(false), vec!["3".to_string()]);
        assert!(extra(true).is_empty(), "{:?}", extra(true));
    }

    #[test]
    fn a_few_thai_pieces_alone_in_a_unit_are_no_added_sentence() {
        // `UNITS` with Thai for German, and a unit after unit 2 that only Thai fills.
        let thai = [
            "สภาประชุมกันเมื่อวันจันทร์เพื่อหารืองบประมาณใหม่ของโรงเรียน",
            "นายกเทศมนตรีกล่าวว่าแผนนี้จะขึ้นเงินเดือนครูตั้งแต่ปีหน้า",
            "ผู้ปกครองยินดีกับการตัดสินใจในที่ประชุม",
            "งบประมาณจะถูกลงมติในเดือนหน้า",
        ];
        let langs = [Lang::Ja, Lang::En, Lang::Fr, Lang::Es, Lang::Th];
        let th = langs.len() - 1;
        let alone = |lone: &str| -> Vec<String> {
            let mut inputs = Vec::new();
            for (e, &lang) in langs.iter().enumerate() {
                let mut texts: Vec<&str> = (0..UNITS.len())
                    .map(|u| if e == th { thai[u] } else { UNITS[u][e] })
                    .collect();
                if e == th {
                    texts.insert(3, lone);
                }
                inputs.push(input(lang, &texts));
            }
            let mut units: Vec<Unit> = (0..4)
                .map(|u| {
                    let cells = (0..langs.len())
                        .map(|e| vec![if e == th && u == 3 { 4 } else { u }])
                        .collect();
                    Unit::intro(u as u32 + 1, cells)
                })
                .collect();
            let lone_cells = (0..langs.len())
                .map(|e| if e == th { vec![3] } else { vec![] })
                .collect();
            units.insert(3, Unit::intro(4, lone_cells));
            for (u, unit) in units.iter_mut().enumerate() {
                unit.number = u as u32 + 1;
            }
            let alignment = Alignment {
                inputs,
                pivot: 0,
                units,
            };
            extra_units(&alignment, Lang::Th)
        };
        assert!(alone("ประชาชนของ").is_empty());
        assert_eq!(
            alone("วันนี้อากาศแจ่มใสและอบอุ่นมากเหมาะสำหรับการเดินเล่นในสวน"),
            vec!["4".to_string()]
        );
    }

    #[test]
    fn text_beside_the_title_only_one_edition_has_is_no_added_sentence() {
        // English has a sentence of its own before unit 0, in the title's section or the body.
        let en = 1;
        let lone = "A long-awaited reform of school funding is finally taking shape in the city.";
        let with_lone = |section: SectionId| -> Vec<String> {
            let mut sentences: Vec<Vec<&str>> = UNITS.iter().map(|u| vec![u[en]]).collect();
            sentences[0].insert(0, lone);
            let mut alignment = article(en, &sentences);
            alignment.units[0].cells[en] = vec![1];
            let cells = (0..alignment.inputs.len())
                .map(|e| if e == en { vec![0] } else { vec![] })
                .collect();
            let mut first = Unit::intro(1, cells);
            first.section = section;
            alignment.units.insert(0, first);
            extra_units(&alignment, Lang::En)
        };
        assert!(with_lone(SectionId::Title).is_empty());
        assert_eq!(with_lone(SectionId::Intro), vec!["1".to_string()]);
    }

    #[test]
    fn a_german_capital_marks_no_name_an_added_sentence_would_carry() {
        // German writes unit 2 as two sentences, a little longer than predicted: a second
        // sentence with only nouns no other edition has is a translator's, one with a number
        // no other edition states was added.
        let de = 4;
        let german = |second: &'static str| -> Alignment {
            let mut sentences: Vec<Vec<&str>> = UNITS.iter().map(|u| vec![u[de]]).collect();
            sentences[2] = vec![UNITS[2][de], second];
            article(de, &sentences)
        };
        assert!(extra_units(&german("Das freut Lehrer."), Lang::De).is_empty());
        assert_eq!(
            extra_units(&german("Das kostet 40 Euro."), Lang::De),
            vec!["3".to_string()]
        );
    }

    #[test]
    fn a_sentence_standing_for_two_units_lacks_the_one_whose_marks_it_does_not_keep() {
        // Every edition has a statement and then a quotation, French only the quotation, as long
        // as the statement; the aligner put it in the first unit, running on into the second.
        // Length points to the first, the quotation marks to the second: French lacks the first.
        // (A third unit all share gives French its length scale.)
        let editions: [(Lang, [&str; 3]); 5] = [
            (
                Lang::Ja,
                [
                    "彼は移民政策の変更も国の大学とその研究を強める助けになると述べた。",
                    "「研究者には自動的に永住権を与えるべきだと思う」と彼は述べた。",
                    "大学は来年、新しい研究所を開く予定だ。",
                ],
            ),
            (
                Lang::En,
                [
                    "He said changes to immigration policy could also help the country's universities and their research.",
                    "\"I think researchers should automatically be given green cards,\" he said.",
                    "The university plans to open a new institute next year.",
                ],
            ),
            (
                Lang::De,
                [
                    "Er sagte, eine geänderte Einwanderungspolitik könne auch den Universitäten des Landes und ihrer Forschung helfen.",
                    "„Ich denke, Forscher sollten automatisch eine Greencard bekommen“, sagte er.",
                    "Die Universität will im nächsten Jahr ein neues Institut eröffnen.",
                ],
            ),
            (
                Lang::Es,
                [
                    "Dijo que los cambios en la política migratoria también podrían ayudar a las universidades del país y a su investigación.",
                    "«Creo que a los investigadores se les debería dar automáticamente la tarjeta verde», dijo.",
                    "La universidad planea abrir un nuevo instituto el próximo año.",
                ],
            ),
            (
                Lang::Fr,
                [
                    "« Je pense sincèrement que les cartes vertes devraient être accordées automatiquement à tous les chercheurs étrangers », dit-il.",
                    "L'université prévoit d'ouvrir un nouvel institut l'année prochaine.",
                    "",
                ],
            ),
        ];
        let inputs: Vec<AlignInput> = editions
            .iter()
            .map(|(lang, texts)| {
                let texts: Vec<&str> = texts.iter().copied().filter(|t| !t.is_empty()).collect();
                input(*lang, &texts)
            })
            .collect();
        let fr = inputs.len() - 1;
        // French sentence 0 stands for units 0 and 1, its sentence 1 for unit 2.
        let cells = |u: usize| -> Vec<Vec<usize>> {
            (0..inputs.len())
                .map(|k| match (k == fr, u) {
                    (true, 0) => vec![0],
                    (true, 1) => vec![],
                    (true, _) => vec![1],
                    (false, u) => vec![u],
                })
                .collect()
        };
        let mut units: Vec<Unit> = (0..3)
            .map(|u| Unit::intro(u as u32 + 1, cells(u)))
            .collect();
        units[0].runs_on[fr] = true;
        units[1].continued[fr] = true;
        let alignment = Alignment {
            inputs,
            pivot: 0,
            units,
        };
        let missing: Vec<String> = super::super::score(&alignment, &Thresholds::default())
            .findings
            .iter()
            .filter(|f| f.lang == Lang::Fr && f.kind == FindingKind::Missing)
            .map(|f| f.unit.clone())
            .collect();
        assert_eq!(missing, vec!["1".to_string()]);
    }
}
