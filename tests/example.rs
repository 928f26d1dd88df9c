//! The bundled example article: every planted defect listed in its EXPECTED.md is reported with
//! the right kind, edition and section, and nothing is reported anywhere else.

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
        for name in [
            "Techmeme",
            "RAND",
            "White & Case",
            "Wikipedia",
            "TS2 Space",
            "Vox",
            "X",
        ] {
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
