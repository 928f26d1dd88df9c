//! The bundled example article: every planted defect listed in its EXPECTED.md is reported with
//! the right kind, edition and section, and nothing is reported anywhere else.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use concord::ingest::SectionId;
use concord::{Options, run};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/ai-china-investment")
}

/// (edition, section, kind) rows of the EXPECTED.md table.
fn expected() -> BTreeSet<(String, String, String)> {
    let text = std::fs::read_to_string(example().join("EXPECTED.md")).expect("EXPECTED.md");
    text.lines()
        .filter(|l| l.starts_with('|') && !l.contains("---"))
        .map(|l| {
            l.split('|')
                .map(|c| c.trim().to_string())
                .collect::<Vec<_>>()
        })
        .filter(|cells| cells[1] != "edition")
        .map(|cells| (cells[1].clone(), cells[2].clone(), cells[3].clone()))
        .collect()
}

#[test]
fn expected_lists_the_six_kinds_of_defect() {
    let kinds: BTreeSet<String> = expected().into_iter().map(|e| e.2).collect();
    for kind in [
        "missing",
        "extra",
        "number",
        "untranslated",
        "split",
        "merged",
    ] {
        assert!(kinds.contains(kind), "EXPECTED.md has no {kind} defect");
    }
}

#[test]
fn every_planted_defect_is_reported_and_nothing_else() {
    let result = run(&[example()], &Options::default()).expect("the example aligns");
    assert_eq!(result.results.len(), 1);
    let reported: BTreeSet<(String, String, String)> = result.results[0]
        .score
        .findings
        .iter()
        .map(|f| {
            (
                f.lang.code().to_string(),
                f.section.to_string(),
                f.kind.name().to_string(),
            )
        })
        .collect();
    let expected = expected();
    let missed: Vec<_> = expected.difference(&reported).collect();
    let spurious: Vec<_> = reported.difference(&expected).collect();
    assert!(
        missed.is_empty(),
        "planted defects not reported: {missed:?}"
    );
    assert!(
        spurious.is_empty(),
        "findings on clean sections: {spurious:?}"
    );
}

#[test]
fn planted_sentences_and_facts_are_severe_and_forms_are_not() {
    use concord::score::Severity;
    let result = run(&[example()], &Options::default()).expect("the example aligns");
    for f in &result.results[0].score.findings {
        // Every planted defect of content is a whole sentence, a number or English text.
        let expected = if f.kind.is_defect() {
            Severity::High
        } else {
            Severity::Low
        };
        assert_eq!(f.severity, expected, "{} {} {}", f.lang, f.kind, f.detail);
    }
}

#[test]
fn every_edition_has_intro_eleven_sections_and_conclusion() {
    let result = run(&[example()], &Options::default()).expect("the example aligns");
    let alignment = &result.results[0].alignment;
    assert_eq!(alignment.inputs.len(), 9, "nine editions");
    let mut wanted = vec![SectionId::Title, SectionId::Intro];
    wanted.extend((1..=11).map(SectionId::Numbered));
    wanted.extend([SectionId::Conclusion, SectionId::Refs]);
    for input in &alignment.inputs {
        assert_eq!(
            input.edition.sections(),
            wanted,
            "sections of {}",
            input.edition.lang
        );
        assert_eq!(
            input
                .edition
                .date
                .as_deref()
                .map(|d| d.starts_with("2025年07月17日")),
            Some(true),
            "date of {}",
            input.edition.lang
        );
    }
}

#[test]
fn the_japanese_original_is_the_default_pivot() {
    let result = run(&[example()], &Options::default()).expect("the example aligns");
    let alignment = &result.results[0].alignment;
    assert_eq!(alignment.inputs[alignment.pivot].edition.lang.code(), "ja");
}

#[test]
fn glued_sources_are_split_off_in_every_script() {
    let result = run(&[example()], &Options::default()).expect("the example aligns");
    for input in &result.results[0].alignment.inputs {
        let sources: BTreeSet<&str> = input
            .edition
            .sentences
            .iter()
            .flat_map(|s| s.sources.iter().map(String::as_str))
            .collect();
        for name in common::SOURCES {
            assert!(
                sources.contains(name),
                "{}: source {name} not found",
                input.edition.lang
            );
        }
        for s in &input.edition.sentences {
            for name in ["Techmeme", "TS2 Space", "Wikipedia"] {
                assert!(
                    !s.text.ends_with(name),
                    "{}: glued source left in {:?}",
                    input.edition.lang,
                    s.text
                );
            }
        }
    }
}

/// A German page of another article, in the site's layout, published the same day.
const OTHER_ARTICLE_DE: &str = "\
Zum Hauptinhalt springen

Regen in Hokkaido: Bauern warten auf die Ernte

Regen in Hokkaido: Bauern warten auf die Ernte

2025年07月17日 11:30

Einleitung: Ein nasser Sommer

Seit drei Wochen regnet es in Hokkaido fast ohne Pause. Die Kartoffelbauern fürchten um ihre Ernte.

1 Die Felder

Viele Felder stehen unter Wasser. Die Maschinen bleiben in den Scheunen.

Schlussfolgerung: Warten auf die Sonne

Die Wetterdienste erwarten erst im August trockenere Tage.

← Zurück zur Artikelliste
";

fn example_with_german(text: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for lang in ["ja", "en", "zh", "es", "fr", "ko", "th", "hi"] {
        let name = format!("{lang}.txt");
        std::fs::copy(example().join(&name), dir.path().join(&name)).expect("copy edition");
    }
    std::fs::write(dir.path().join("de.txt"), text).expect("write de.txt");
    dir
}

#[test]
fn a_page_of_another_article_is_left_out_with_a_warning() {
    let dir = example_with_german(OTHER_ARTICLE_DE);
    let result = run(&[dir.path().to_path_buf()], &Options::default()).expect("aligns");
    let langs = result.results[0].alignment.langs();
    assert!(
        !langs.iter().any(|l| l.code() == "de"),
        "the German page was aligned: {langs:?}"
    );
    assert!(
        result
            .notes
            .iter()
            .any(|n| n.contains("de.txt") && n.contains("another article")),
        "no warning naming de.txt: {:?}",
        result.notes
    );
    let forced = Options {
        force: true,
        ..Options::default()
    };
    let result = run(&[dir.path().to_path_buf()], &forced).expect("aligns");
    assert!(
        result.results[0]
            .alignment
            .langs()
            .iter()
            .any(|l| l.code() == "de"),
        "--force keeps it"
    );
}

#[test]
fn a_page_published_days_apart_is_left_out() {
    let de = std::fs::read_to_string(example().join("de.txt")).expect("de.txt");
    let dir = example_with_german(&de.replace("2025年07月17日", "2025年05月02日"));
    let result = run(&[dir.path().to_path_buf()], &Options::default()).expect("aligns");
    assert!(
        !result.results[0]
            .alignment
            .langs()
            .iter()
            .any(|l| l.code() == "de")
    );
    assert!(
        result.notes.iter().any(|n| n.contains("2025年05月02日")),
        "{:?}",
        result.notes
    );
}

#[test]
fn editions_with_a_defect_of_content_agree_less_than_a_clean_one() {
    let result = run(&[example()], &Options::default()).expect("the example aligns");
    let score = &result.results[0].score;
    let clean = score.edition_agreement(concord::lang::Lang::En).agreement;
    let defective: BTreeSet<String> = expected()
        .into_iter()
        .filter(|(_, _, kind)| kind != "split" && kind != "merged")
        .map(|(lang, _, _)| lang)
        .collect();
    assert_eq!(defective.len(), 4);
    for lang in score.sections.iter().map(|s| s.lang) {
        let a = score.edition_agreement(lang).agreement;
        if defective.contains(lang.code()) {
            assert!(
                a < clean,
                "{lang:?} agreement {a} not below English {clean}"
            );
        }
        assert!(a > 0.8 && a <= 1.0, "{lang:?} agreement {a}");
    }
    let article = score.agreement().agreement;
    assert!(
        article < 1.0 && article > 0.8,
        "article agreement {article}"
    );
}

#[test]
fn a_name_the_other_editions_carry_is_reported_where_it_is_dropped() {
    let dir = tempfile::tempdir().expect("temporary folder");
    for entry in std::fs::read_dir(example()).expect("the example folder") {
        let path = entry.expect("an entry").path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).expect("copy");
    }
    let de = dir.path().join("de.txt");
    let text = std::fs::read_to_string(&de).expect("de.txt");
    let dropped = text.replace("Auch Alibaba und Tencent", "Auch andere Konzerne");
    assert_ne!(
        text, dropped,
        "the German edition names Alibaba and Tencent"
    );
    std::fs::write(&de, dropped).expect("write de.txt");
    let result = run(&[dir.path().to_path_buf()], &Options::default()).expect("aligns");
    let names: Vec<_> = result.results[0]
        .score
        .findings
        .iter()
        .filter(|f| f.kind == concord::score::FindingKind::Name)
        .map(|f| (f.lang.code(), f.detail.clone()))
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert_eq!(names[0].0, "de");
    assert!(names[0].1.contains("alibaba") || names[0].1.contains("tencent"));
}
