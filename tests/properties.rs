//! Property tests of invariants users of the corpus rely on, on articles generated at random:
//!
//! - every sentence of every edition is in exactly one unit, and units keep each edition's
//!   order (editions that translate each other with drift, and editions that share nothing);
//! - an edition aligned with an identical copy of itself gives one-to-one units only, each
//!   with confidence near 1;
//! - neither the order the editions come in nor their file names change the corpus.
//!
//! Articles are built from a random model (title, sections with headings, paragraphs and
//! bullets of sentences made of word ids, names and numbers) rendered per edition: each
//! edition has its own vocabulary (random words of its script for the same word ids), keeps
//! names and numbers, and may drop, merge or add sentences. Pages take the site's shapes: the
//! full saved page (chrome, doubled title, date, back link, footer), the content-only copy (it
//! starts at the doubled title), a plain title and paragraphs, or Markdown.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;

use concord::lang::Lang;
use concord::{ArticleResult, Options, process_texts, run};
use proptest::prelude::*;
use proptest::sample::subsequence;

// ---------------------------------------------------------------------------------------------
// Deterministic words from ids.

/// SplitMix64: a well-mixed hash of one value.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn hash(seed: u64, a: u64, b: u64) -> u64 {
    mix(mix(seed ^ a.wrapping_mul(0x0100_0000_01B3)) ^ b)
}

fn pick<T: Copy>(items: &[T], x: u64) -> T {
    items[(x % items.len() as u64) as usize]
}

fn char_at(base: u32, span: u32, x: u64) -> char {
    char::from_u32(base + (x % span as u64) as u32).expect("an assigned code point")
}

/// A Latin word of 2-4 consonant-vowel syllables (4-8 letters: never an abbreviation such as
/// `ca.` or `So.` that some languages would not end a sentence with).
fn latin_word(x: u64) -> String {
    const CONSONANTS: &[u8] = b"bcdfgklmnprstvz";
    const VOWELS: &[u8] = b"aeiou";
    let syllables = 2 + x % 3;
    let mut word = String::new();
    for i in 0..syllables {
        let y = mix(x.wrapping_add(i));
        word.push(pick(CONSONANTS, y) as char);
        word.push(pick(VOWELS, y >> 8) as char);
    }
    word
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// How an edition's language writes words and sentences.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Script {
    Latin,
    Japanese,
    Chinese,
    Korean,
    Hindi,
    Thai,
}

fn script(lang: Lang) -> Script {
    match lang {
        Lang::Ja => Script::Japanese,
        Lang::Zh => Script::Chinese,
        Lang::Ko => Script::Korean,
        Lang::Hi => Script::Hindi,
        Lang::Th => Script::Thai,
        Lang::En | Lang::Es | Lang::Fr | Lang::De => Script::Latin,
    }
}

/// Edition `seed`'s word for word id `id`, in `script`.
fn word(script: Script, seed: u64, id: u32) -> String {
    let x = hash(seed, u64::from(id), 17);
    if script == Script::Latin {
        return latin_word(x);
    }
    let len = 1 + (x % 3) as usize;
    let mut out = String::new();
    for i in 0..len {
        let y = mix(x ^ (i as u64 + 1).wrapping_mul(0x51_7CC1));
        match script {
            Script::Latin => unreachable!(),
            // Mostly kana, some kanji.
            Script::Japanese if y.is_multiple_of(3) => out.push(char_at(0x4E00, 3000, y >> 4)),
            Script::Japanese => out.push(char_at(0x3042, 0x3093 - 0x3042, y >> 4)),
            Script::Chinese => out.push(char_at(0x4E00, 3000, y >> 4)),
            Script::Korean => out.push(char_at(0xAC00, 11172, y >> 4)),
            Script::Hindi => {
                out.push(char_at(0x0915, 0x0939 - 0x0915 + 1, y >> 4));
                if y.is_multiple_of(2) {
                    out.push(char_at(0x093E, 0x094C - 0x093E + 1, y >> 12));
                }
            }
            Script::Thai => {
                out.push(char_at(0x0E01, 0x0E2E - 0x0E01 + 1, y >> 4));
                out.push(pick(&['า', 'ิ', 'ี', 'ุ', 'ั', 'อ'], y >> 12));
            }
        }
    }
    out
}

/// A name as every edition writes it (Latin script, as the site keeps `NVIDIA` or `H20`).
fn name(id: u32) -> String {
    let x = hash(0xA5A5, u64::from(id), 3);
    if x.is_multiple_of(4) {
        format!("{}{}", latin_word(x).to_uppercase(), 10 + x % 90)
    } else {
        capitalized(&latin_word(x))
    }
}

// ---------------------------------------------------------------------------------------------
// The article model.

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok {
    Word(u32),
    Name(u32),
    Number(u32),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    /// The whole saved page: chrome, the doubled title, date, body, back link, footer.
    FullChrome,
    /// The content only: it starts at the doubled title.
    ContentOnly,
    /// A title line and paragraphs.
    Plain,
    /// Markdown: `# Title`, `## Heading`, paragraphs, `- ` bullets.
    Markdown,
}

#[derive(Clone, Debug)]
struct Para {
    sentences: Vec<Vec<Tok>>,
    /// A list of bullets, one sentence each, instead of a paragraph.
    bullets: bool,
    /// A source name glued to the paragraph's end (`...werden kann.Techmeme`).
    source: Option<usize>,
}

#[derive(Clone, Debug)]
struct Section {
    heading: Vec<Tok>,
    paragraphs: Vec<Para>,
}

#[derive(Clone, Debug)]
struct Model {
    title: Vec<Tok>,
    /// The first section is the introduction.
    sections: Vec<Section>,
    /// Whether sections have headings (`Introduction: ...`, `1 ...`, `Conclusion: ...`).
    headings: bool,
    /// Whether the last section (of two or more) is the conclusion.
    conclusion: bool,
    shape: Shape,
    dated: bool,
    /// The referenced article's title, for the reference block.
    reference: Option<Vec<Tok>>,
}

/// What one edition does to one body sentence of the model.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Edit {
    Keep,
    Drop,
    /// Joined with the next sentence of the paragraph.
    MergeNext,
    /// Followed by a sentence of the edition's own.
    AddAfter,
}

fn edit_of(code: u8) -> Edit {
    match code {
        0 => Edit::Drop,
        1 => Edit::MergeNext,
        2 => Edit::AddAfter,
        _ => Edit::Keep,
    }
}

/// One edition of an article: its language, its vocabulary and its drift from the model.
#[derive(Clone, Debug)]
struct EditionSpec {
    lang: Lang,
    seed: u64,
    edits: Vec<u8>,
}

const SOURCES: &[&str] = &["Techmeme", "Reuters", "Bloomberg"];

fn tok() -> impl Strategy<Value = Tok> {
    prop_oneof![
        10 => (0u32..400).prop_map(Tok::Word),
        1 => (0u32..40).prop_map(Tok::Name),
        1 => (0u32..100_000).prop_map(Tok::Number),
    ]
}

/// A sentence: a word first, and a word or a name last (a number before the stop could read
/// as an ordinal, `42. Juli`).
fn sentence() -> impl Strategy<Value = Vec<Tok>> {
    (
        0u32..400,
        prop::collection::vec(tok(), 1..12),
        prop_oneof![
            3 => (0u32..400).prop_map(Tok::Word),
            1 => (0u32..40).prop_map(Tok::Name),
        ],
    )
        .prop_map(|(first, middle, last)| {
            let mut s = vec![Tok::Word(first)];
            s.extend(middle);
            s.push(last);
            s
        })
}

fn heading() -> impl Strategy<Value = Vec<Tok>> {
    prop::collection::vec(
        prop_oneof![
            4 => (0u32..400).prop_map(Tok::Word),
            1 => (0u32..40).prop_map(Tok::Name),
        ],
        1..6,
    )
}

fn paragraph(sentences: Range<usize>) -> impl Strategy<Value = Para> {
    (
        prop::collection::vec(sentence(), sentences),
        prop::bool::weighted(0.15),
        prop::option::weighted(0.2, 0..SOURCES.len()),
    )
        .prop_map(|(sentences, bullets, source)| Para {
            sentences,
            bullets,
            source: if bullets { None } else { source },
        })
}

fn section(paragraphs: Range<usize>, sentences: Range<usize>) -> impl Strategy<Value = Section> {
    (
        heading(),
        prop::collection::vec(paragraph(sentences), paragraphs),
    )
        .prop_map(|(heading, paragraphs)| Section {
            heading,
            paragraphs,
        })
}

fn shape() -> impl Strategy<Value = Shape> {
    prop_oneof![
        Just(Shape::FullChrome),
        Just(Shape::ContentOnly),
        Just(Shape::Plain),
        Just(Shape::Markdown),
    ]
}

/// Articles of up to 60 body sentences mostly, and some of up to 300 (long enough for the
/// aligner to learn a lexicon from its confident beads).
fn model() -> impl Strategy<Value = Model> {
    prop_oneof![
        4 => model_of(1..5, 1..4, 1..6),
        1 => model_of(4..9, 2..6, 2..7),
    ]
}

fn model_of(
    sections: Range<usize>,
    paragraphs: Range<usize>,
    sentences: Range<usize>,
) -> impl Strategy<Value = Model> {
    (
        prop::collection::vec(tok(), 3..10),
        prop::collection::vec(section(paragraphs, sentences), sections),
        any::<bool>(),
        any::<bool>(),
        shape(),
        any::<bool>(),
        prop::option::of(heading()),
    )
        .prop_map(
            |(title, sections, headings, conclusion, shape, dated, reference)| Model {
                title,
                sections,
                headings,
                conclusion,
                shape,
                dated,
                reference,
            },
        )
}

/// An edition's drift: about one sentence in six dropped, merged or followed by an addition.
fn edits() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0u8..18, 0..80)
}

// ---------------------------------------------------------------------------------------------
// Rendering a model as one edition's page.

struct Labels {
    intro: &'static str,
    conclusion: &'static str,
    reference: &'static str,
    source: &'static str,
}

fn labels(lang: Lang) -> Labels {
    let (intro, conclusion, reference, source) = match lang {
        Lang::Ja => ("はじめに", "結論", "参考記事", "出典"),
        Lang::En => ("Introduction", "Conclusion", "Reference Article", "Source"),
        Lang::Zh => ("引言", "结论", "参考文章", "来源"),
        Lang::Es => (
            "Introducción",
            "Conclusión",
            "Artículo de referencia",
            "Fuente",
        ),
        Lang::Fr => (
            "Introduction",
            "Conclusion",
            "Article de référence",
            "Source",
        ),
        Lang::Ko => ("서론", "결론", "참고 기사", "출처"),
        Lang::De => ("Einleitung", "Fazit", "Referenzartikel", "Quelle"),
        Lang::Th => ("บทนำ", "บทสรุป", "บทความอ้างอิง", "ที่มา"),
        Lang::Hi => ("परिचय", "निष्कर्ष", "संदर्भ लेख", "स्रोत"),
    };
    Labels {
        intro,
        conclusion,
        reference,
        source,
    }
}

/// Tokens as text: words in the edition's vocabulary, names and numbers as they are.
fn phrase(toks: &[Tok], script: Script, seed: u64) -> String {
    let mut out = String::new();
    for (i, t) in toks.iter().enumerate() {
        let (text, foreign) = match *t {
            Tok::Word(id) => (word(script, seed, id), false),
            Tok::Name(id) => (name(id), true),
            Tok::Number(n) => (n.to_string(), true),
        };
        let spaced = i > 0
            && match script {
                Script::Latin | Script::Korean | Script::Hindi => true,
                Script::Japanese | Script::Chinese => false,
                // Thai puts a space between phrases (every third word here) and around Latin.
                Script::Thai => foreign || i % 3 == 0 || !matches!(toks[i - 1], Tok::Word(_)),
            };
        if spaced {
            out.push(' ');
        }
        if i == 0 && script == Script::Latin {
            out.push_str(&capitalized(&text));
        } else {
            out.push_str(&text);
        }
    }
    out
}

/// A sentence with its stop.
fn sentence_text(toks: &[Tok], script: Script, seed: u64) -> String {
    let stop = match script {
        Script::Latin | Script::Korean => ".",
        Script::Japanese | Script::Chinese => "。",
        Script::Hindi => "।",
        // Thai has no sentence punctuation.
        Script::Thai => "",
    };
    format!("{}{stop}", phrase(toks, script, seed))
}

/// The sentences of a paragraph after an edition's edits; `next` counts body sentences over
/// the article, indexing the edits.
fn edited(para: &Para, spec: &EditionSpec, next: &mut usize) -> Vec<Vec<Tok>> {
    let mut out: Vec<Vec<Tok>> = Vec::new();
    let mut merge_into_last = false;
    for s in &para.sentences {
        let g = *next;
        *next += 1;
        let edit = spec.edits.get(g).map_or(Edit::Keep, |&c| edit_of(c));
        // An edition keeps its first body sentence: a page without a body is not an edition.
        if edit == Edit::Drop && g > 0 {
            continue;
        }
        match out.last_mut() {
            Some(last) if merge_into_last => last.extend(s.iter().copied()),
            _ => out.push(s.clone()),
        }
        merge_into_last = edit == Edit::MergeNext;
        if edit == Edit::AddAfter {
            let n = 3 + hash(spec.seed, g as u64, 5) % 8;
            let extra: Vec<Tok> = (0..n)
                .map(|i| Tok::Word(1000 + (hash(spec.seed, g as u64, 100 + i) % 1000) as u32))
                .collect();
            out.push(extra);
            merge_into_last = false;
        }
    }
    out
}

/// The page text of one edition.
fn render(model: &Model, spec: &EditionSpec) -> String {
    let lang = spec.lang;
    let script = script(lang);
    let seed = spec.seed;
    let labels = labels(lang);
    let md = model.shape == Shape::Markdown;
    let mut lines: Vec<String> = Vec::new();
    let title = phrase(&model.title, script, seed);
    match model.shape {
        Shape::FullChrome => {
            lines.extend(
                [
                    "Skip to main content",
                    "ukiyo journal - news between Japan and the world Logo",
                    "  • All articles",
                    "  • Sign in",
                    "",
                ]
                .map(String::from),
            );
            lines.extend([title.clone(), String::new(), title, String::new()]);
        }
        Shape::ContentOnly => lines.extend([title.clone(), String::new(), title, String::new()]),
        Shape::Plain => lines.extend([title, String::new()]),
        Shape::Markdown => lines.extend([format!("# {title}"), String::new()]),
    }
    if model.dated {
        lines.extend(["2025年07月17日 11:30".to_string(), String::new()]);
    }
    let mut next = 0;
    let last = model.sections.len() - 1;
    for (i, section) in model.sections.iter().enumerate() {
        if model.headings {
            let text = phrase(&section.heading, script, seed);
            let line = if i == 0 {
                format!("{}: {text}", labels.intro)
            } else if i == last && model.conclusion {
                format!("{}: {text}", labels.conclusion)
            } else if md {
                text
            } else {
                format!("{i} {text}")
            };
            lines.push(if md { format!("## {line}") } else { line });
            lines.push(String::new());
        }
        for para in &section.paragraphs {
            let sentences = edited(para, spec, &mut next);
            if sentences.is_empty() {
                continue;
            }
            let texts: Vec<String> = sentences
                .iter()
                .map(|s| sentence_text(s, script, seed))
                .collect();
            if para.bullets {
                let marker = if md { "- " } else { "  • " };
                lines.extend(texts.iter().map(|t| format!("{marker}{t}")));
            } else {
                let mut line =
                    texts.join(if script == Script::Japanese || script == Script::Chinese {
                        ""
                    } else {
                        " "
                    });
                if let Some(s) = para.source {
                    line.push_str(SOURCES[s]);
                }
                lines.push(line);
            }
            lines.push(String::new());
        }
    }
    if let Some(reference) = &model.reference {
        lines.extend([
            labels.reference.to_string(),
            String::new(),
            phrase(reference, script, seed),
            String::new(),
            format!("{}: https://example.com/news/2025/07/story", labels.source),
            String::new(),
        ]);
    }
    if model.shape == Shape::FullChrome {
        lines.extend(
            [
                "← Back to all articles",
                "",
                "© 2025 ukiyo journal. All rights reserved.",
            ]
            .map(String::from),
        );
    }
    lines.join("\n") + "\n"
}

// ---------------------------------------------------------------------------------------------
// Checks.

/// The code of every edition's language, with its page text.
fn texts(model: &Model, specs: &[EditionSpec]) -> Vec<(String, String)> {
    specs
        .iter()
        .map(|s| (s.lang.code().to_string(), render(model, s)))
        .collect()
}

fn show(editions: &[(String, String)]) -> String {
    editions
        .iter()
        .map(|(code, text)| format!("===== {code} =====\n{text}"))
        .collect()
}

/// Every sentence of every edition is in exactly one unit, and reading edition k's cells unit
/// by unit gives its sentences in increasing order.
fn check_partition(result: &ArticleResult) -> Result<(), TestCaseError> {
    let alignment = &result.alignment;
    for (k, input) in alignment.inputs.iter().enumerate() {
        let lang = input.edition.lang;
        let n = input.edition.sentences.len();
        let mut seen = vec![0usize; n];
        let mut order: Vec<usize> = Vec::new();
        for (u, unit) in alignment.units.iter().enumerate() {
            prop_assert_eq!(unit.cells.len(), alignment.inputs.len(), "unit {} cells", u);
            for &i in &unit.cells[k] {
                prop_assert!(i < n, "{lang}: unit {u} names sentence {i} of {n}");
                seen[i] += 1;
                order.push(i);
            }
        }
        let wrong: Vec<(usize, usize)> = seen
            .iter()
            .enumerate()
            .filter(|&(_, &c)| c != 1)
            .map(|(i, &c)| (i, c))
            .collect();
        prop_assert!(
            wrong.is_empty(),
            "{lang}: sentences not in exactly one unit (sentence, units): {wrong:?}"
        );
        prop_assert!(
            order.windows(2).all(|w| w[0] < w[1]),
            "{lang}: units do not keep the edition's order: {order:?}"
        );
    }
    Ok(())
}

/// The corpus as comparable rows: section, unit and, per language, the sentence ids and texts.
fn corpus(result: &ArticleResult) -> Vec<String> {
    let alignment = &result.alignment;
    alignment
        .units
        .iter()
        .map(|unit| {
            let mut cells: BTreeMap<&str, String> = BTreeMap::new();
            for (k, cell) in unit.cells.iter().enumerate() {
                let edition = &alignment.inputs[k].edition;
                let ids: Vec<&str> = cell
                    .iter()
                    .map(|&i| edition.sentences[i].id.as_str())
                    .collect();
                let texts: Vec<&str> = cell
                    .iter()
                    .map(|&i| edition.sentences[i].text.as_str())
                    .collect();
                cells.insert(
                    edition.lang.code(),
                    format!("{} {:?}", ids.join("+"), texts),
                );
            }
            format!("{}.{} {:?}", unit.section, unit.id(), cells)
        })
        .collect()
}

/// How a file may be named for its language.
fn file_name(variant: usize, code: &str) -> String {
    match variant % 5 {
        0 => format!("{code}.txt"),
        1 => format!("article.{code}.txt"),
        2 => format!("page_{code}.txt"),
        3 => format!("story-{code}.text"),
        _ => code.to_string(),
    }
}

/// Writes the editions into a new folder, in the given order and with the given names, and
/// runs the library on it.
fn run_files(
    editions: &[(String, String)],
    order: &[usize],
    variants: &[usize],
) -> Result<(tempfile::TempDir, ArticleResult), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let article = dir.path().join("story");
    std::fs::create_dir(&article).map_err(|e| e.to_string())?;
    for (n, &e) in order.iter().enumerate() {
        let (code, text) = &editions[e];
        let path = article.join(file_name(variants[n % variants.len()], code));
        std::fs::write(&path, text).map_err(|e| e.to_string())?;
    }
    let mut ran =
        run(&[PathBuf::from(&article)], &Options::default()).map_err(|e| e.to_string())?;
    if ran.results.len() != 1 {
        return Err(format!("{} articles found", ran.results.len()));
    }
    let result = ran.results.remove(0);
    Ok((dir, result))
}

// ---------------------------------------------------------------------------------------------
// Strategies over editions.

fn lang_set(max: usize) -> impl Strategy<Value = Vec<Lang>> {
    subsequence(concord::lang::ALL.to_vec(), 2..=max)
}

/// Editions of one model in some languages, each with its own vocabulary and drift.
fn translations(max: usize) -> impl Strategy<Value = (Model, Vec<EditionSpec>)> {
    (model(), lang_set(max)).prop_flat_map(|(model, langs)| {
        let n = langs.len();
        (
            Just(model),
            Just(langs),
            prop::collection::vec((any::<u64>(), edits()), n),
        )
            .prop_map(|(model, langs, drift)| {
                let specs = langs
                    .into_iter()
                    .zip(drift)
                    .map(|(lang, (seed, edits))| EditionSpec { lang, seed, edits })
                    .collect();
                (model, specs)
            })
    })
}

/// Pairs of languages of one script, for an edition and its identical copy.
fn same_script_pair() -> impl Strategy<Value = (Lang, Lang)> {
    prop_oneof![
        Just((Lang::De, Lang::Fr)),
        Just((Lang::En, Lang::Es)),
        Just((Lang::Fr, Lang::En)),
        Just((Lang::Es, Lang::De)),
        Just((Lang::Ja, Lang::Zh)),
    ]
}

// ---------------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(ProptestConfig {
        // Failures are reported with their minimal case; nothing is written next to the test.
        failure_persistence: None,
        ..ProptestConfig::with_cases(64)
    })]

    /// (a) Editions that translate each other with drift (dropped, merged and added
    /// sentences): every sentence is in exactly one unit, in order.
    #[test]
    fn every_sentence_in_exactly_one_unit_in_order((model, specs) in translations(9)) {
        let editions = texts(&model, &specs);
        let result = process_texts("article", &editions, &Options::default())
            .map_err(|e| TestCaseError::fail(format!("{e}\n{}", show(&editions))))?;
        prop_assert!(result.alignment.inputs.len() >= 2);
        check_partition(&result).map_err(|e| TestCaseError::fail(format!("{e}\n{}", show(&editions))))?;
    }

    /// (a) Editions that share nothing (each its own article), kept with `force`: the same
    /// invariant holds for whatever the aligner makes of them.
    #[test]
    fn every_sentence_in_exactly_one_unit_for_unrelated_editions(
        (models, langs) in lang_set(4).prop_flat_map(|langs| {
            (prop::collection::vec((model(), any::<u64>()), langs.len()), Just(langs))
        })
    ) {
        let editions: Vec<(String, String)> = models
            .iter()
            .zip(&langs)
            .map(|((model, seed), &lang)| {
                let spec = EditionSpec { lang, seed: *seed, edits: Vec::new() };
                (lang.code().to_string(), render(model, &spec))
            })
            .collect();
        let options = Options { force: true, ..Options::default() };
        let result = process_texts("article", &editions, &options)
            .map_err(|e| TestCaseError::fail(format!("{e}\n{}", show(&editions))))?;
        prop_assert_eq!(result.alignment.inputs.len(), langs.len());
        check_partition(&result).map_err(|e| TestCaseError::fail(format!("{e}\n{}", show(&editions))))?;
    }

    /// (b) An edition aligned with an identical copy of itself under another language: only
    /// one-to-one units, and every unit's confidence is near 1.
    #[test]
    fn an_edition_aligned_with_itself_is_one_to_one(
        model in model(),
        (first, second) in same_script_pair(),
        seed in any::<u64>(),
    ) {
        let spec = EditionSpec { lang: first, seed, edits: Vec::new() };
        let text = render(&model, &spec);
        let editions = vec![
            (first.code().to_string(), text.clone()),
            (second.code().to_string(), text),
        ];
        let result = process_texts("article", &editions, &Options::default())
            .map_err(|e| TestCaseError::fail(format!("{e}\n{}", show(&editions[..1]))))?;
        let alignment = &result.alignment;
        prop_assert_eq!(alignment.inputs.len(), 2);
        let n = alignment.inputs[0].edition.sentences.len();
        prop_assert_eq!(
            n,
            alignment.inputs[1].edition.sentences.len(),
            "the copies segment differently\n{}",
            show(&editions[..1])
        );
        prop_assert_eq!(alignment.units.len(), n, "{:#?}\n{}", corpus(&result), show(&editions[..1]));
        for (u, unit) in alignment.units.iter().enumerate() {
            prop_assert!(
                unit.cells.iter().all(|c| c.len() == 1) && unit.cells[0] == unit.cells[1],
                "unit {} ({}.{}) is not one-to-one: {:?}\n{}",
                u, unit.section, unit.id(), unit.cells, show(&editions[..1])
            );
            let confidence = result.score.units[u].confidence;
            prop_assert!(
                confidence >= 0.9,
                "unit {} ({}.{}) has confidence {} (costs {:?})\n{}",
                u, unit.section, unit.id(), confidence, unit.costs, show(&editions[..1])
            );
        }
    }

    /// (c) The order the editions come in and their file names do not change the corpus:
    /// two folders with the files in other orders and named otherwise, and the texts given in
    /// memory in a shuffled order, give the same units.
    #[test]
    fn edition_order_and_file_names_do_not_change_the_corpus(
        (model, specs, first_order, second_order, shuffled) in translations(6).prop_flat_map(|(model, specs)| {
            let n = specs.len();
            let order = Just((0..n).collect::<Vec<usize>>()).prop_shuffle();
            (Just(model), Just(specs), order.clone(), order.clone(), order)
        }),
        first_names in prop::collection::vec(0usize..5, 1..6),
        second_names in prop::collection::vec(0usize..5, 1..6),
    ) {
        let editions = texts(&model, &specs);
        let fail = |e: String| TestCaseError::fail(format!("{e}\n{}", show(&editions)));
        let (_a, first) = run_files(&editions, &first_order, &first_names).map_err(fail)?;
        let (_b, second) = run_files(&editions, &second_order, &second_names).map_err(fail)?;
        let in_memory: Vec<(String, String)> = shuffled.iter().map(|&e| editions[e].clone()).collect();
        let third = process_texts("story", &in_memory, &Options::default())
            .map_err(|e| fail(e.to_string()))?;
        let (c1, c2, c3) = (corpus(&first), corpus(&second), corpus(&third));
        prop_assert_eq!(
            &c1, &c2,
            "files in orders {:?} {:?}, names {:?} {:?}\n{}",
            first_order, second_order, first_names, second_names, show(&editions)
        );
        prop_assert_eq!(&c1, &c3, "texts in order {:?}\n{}", shuffled, show(&editions));
    }
}
