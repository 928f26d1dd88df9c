//! The real German page (`../shared/seeds/`) in place of the example's `de.txt`: it must read
//! exactly as the site's page is meant, with no chrome, cookie key or glued source name left in
//! any sentence. Skips, saying so, when `../shared` is absent (a user's clone has none).

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use concord::ingest::SectionId;
use concord::segment::Role;
use concord::{Options, run};

fn seed() -> Option<PathBuf> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_d7795f77825f8996.txt");
    path.exists().then_some(path)
}

/// The example article with the real German page as its German edition.
fn article_with_seed(seed: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/ai-china-investment");
    for lang in ["ja", "en", "zh", "es", "fr", "ko", "th", "hi"] {
        let name = format!("{lang}.txt");
        std::fs::copy(example.join(&name), dir.path().join(&name)).expect("copy edition");
    }
    std::fs::copy(seed, dir.path().join("de.txt")).expect("copy seed");
    dir
}

#[test]
fn the_real_german_page_reads_cleanly() {
    let Some(seed) = seed() else {
        eprintln!("skipped: ../shared/seeds is absent (only the development machine has it)");
        return;
    };
    let dir = article_with_seed(&seed);
    let result = run(&[dir.path().to_path_buf()], &Options::default()).expect("aligns");
    let de = result.results[0]
        .alignment
        .inputs
        .iter()
        .find(|i| i.edition.lang.code() == "de")
        .expect("a German edition");
    let edition = &de.edition;
    assert_eq!(edition.date.as_deref(), Some("2025年07月17日 11:30"));
    assert!(
        edition.title.starts_with("Das vollständige Bild"),
        "title {:?}",
        edition.title
    );
    let mut wanted = vec![SectionId::Title, SectionId::Intro];
    wanted.extend((1..=11).map(SectionId::Numbered));
    wanted.extend([SectionId::Conclusion, SectionId::Refs]);
    assert_eq!(edition.sections(), wanted);

    let chrome = [
        "cookie_",
        "_cookies",
        "Zum Hauptinhalt",
        "Registrieren",
        "Anmelden",
        "Alle Artikel",
        "Referenzartikel",
        "Zurück zur Artikelliste",
        "Copyright",
        "ukiyo journal",
        "Quelle:",
        "Datenschutzrichtlinie",
        "English",
        "日本語",
    ];
    let sources = [
        "Techmeme",
        "RAND",
        "Wikipedia",
        "TS2 Space",
        "Vox",
        "White & Case LLP",
        "(formerly Twitter)",
    ];
    for s in &edition.sentences {
        for c in chrome {
            assert!(!s.text.contains(c), "chrome {c:?} in {} {:?}", s.id, s.text);
        }
        if s.role != Role::Bullet {
            for name in sources {
                assert!(
                    !s.text.ends_with(name),
                    "glued source {name:?} left in {} {:?}",
                    s.id,
                    s.text
                );
            }
        }
    }
    let found: BTreeSet<&str> = edition
        .sentences
        .iter()
        .flat_map(|s| s.sources.iter().map(String::as_str))
        .collect();
    for name in common::SOURCES {
        assert!(
            found.contains(name),
            "source {name} not found; found {found:?}"
        );
    }
}

#[test]
fn inspect_shows_what_was_read_from_the_real_page() {
    let Some(seed) = seed() else {
        eprintln!("skipped: ../shared/seeds is absent (only the development machine has it)");
        return;
    };
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
        .arg("inspect")
        .arg(&seed)
        .output()
        .expect("runs concord inspect");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("language   de (from the page's language list)"),
        "{text}"
    );
    assert!(text.contains("date       2025年07月17日 11:30"));
    for section in ["intro", "1 ", "11 ", "conclusion", "refs"] {
        assert!(
            text.lines().any(|l| l.trim_start().starts_with(section)),
            "section {section}: {text}"
        );
    }
    let sources = text
        .lines()
        .find(|l| l.trim_start().starts_with("sources"))
        .unwrap_or("");
    for name in common::SOURCES {
        assert!(sources.contains(name), "source {name}: {sources}");
    }
}
