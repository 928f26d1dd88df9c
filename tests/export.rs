//! Dataset exports of the bundled article: TMX 1.4b with the structure its DTD requires,
//! JSON lines with a translation per unit, Moses files line-aligned, and the filters.

use std::path::{Path, PathBuf};
use std::process::Command;

use quick_xml::Reader;
use quick_xml::events::Event;

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/ai-china-investment")
}

fn align(out: &Path, extra: &[&str]) {
    let status = Command::new(env!("CARGO_BIN_EXE_concord"))
        .arg("align")
        .arg(example())
        .arg("--out")
        .arg(out)
        .arg("--quiet")
        .args(extra)
        .status()
        .expect("runs concord");
    assert!(status.success());
}

/// The element names on the path from the root to each element, with its attributes.
fn elements(xml: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<String> = Vec::new();
    let mut out = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) if true => {
                let name = e.name().as_ref().to_string();
                let attrs = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        (
                            a.key.as_ref().to_string(),
                            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .unwrap()
                                .to_string(),
                        )
                    })
                    .collect();
                let path = if stack.is_empty() {
                    name.clone()
                } else {
                    format!("{}/{name}", stack.join("/"))
                };
                out.push((path, attrs));
                if !xml[..reader.buffer_position() as usize].ends_with("/>") {
                    stack.push(name);
                }
            }
            Event::End(_) => {
                stack.pop();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn tmx_has_the_structure_of_tmx_1_4b() {
    let dir = tempfile::tempdir().unwrap();
    align(dir.path(), &["--format", "tmx"]);
    let xml = std::fs::read_to_string(dir.path().join("corpus.tmx")).unwrap();
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    let els = elements(&xml);
    let attr = |e: &(String, Vec<(String, String)>), k: &str| {
        e.1.iter().find(|a| a.0 == k).map(|a| a.1.clone())
    };
    assert_eq!(els[0].0, "tmx");
    assert_eq!(attr(&els[0], "version").as_deref(), Some("1.4"));
    let header = els.iter().find(|e| e.0 == "tmx/header").expect("a header");
    for required in [
        "creationtool",
        "creationtoolversion",
        "segtype",
        "o-tmf",
        "adminlang",
        "srclang",
        "datatype",
    ] {
        assert!(attr(header, required).is_some(), "header lacks {required}");
    }
    let tus = els.iter().filter(|e| e.0 == "tmx/body/tu").count();
    let tuvs: Vec<_> = els.iter().filter(|e| e.0 == "tmx/body/tu/tuv").collect();
    let segs = els.iter().filter(|e| e.0 == "tmx/body/tu/tuv/seg").count();
    assert!(tus >= 60, "{tus} units");
    assert_eq!(tuvs.len(), segs, "every tuv holds one seg");
    assert!(tuvs.iter().all(|t| attr(t, "xml:lang").is_some()));
    // Nothing outside the elements the DTD allows.
    let allowed = [
        "tmx",
        "tmx/header",
        "tmx/body",
        "tmx/body/tu",
        "tmx/body/tu/prop",
        "tmx/body/tu/tuv",
        "tmx/body/tu/tuv/seg",
    ];
    assert!(
        els.iter().all(|e| allowed.contains(&e.0.as_str())),
        "unexpected element"
    );
}

#[test]
fn jsonl_has_a_translation_per_unit() {
    let dir = tempfile::tempdir().unwrap();
    align(dir.path(), &["--format", "jsonl"]);
    let text = std::fs::read_to_string(dir.path().join("corpus.jsonl")).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert!(lines.len() >= 60);
    for line in &lines {
        let translation = line["translation"].as_object().expect("translation object");
        assert_eq!(translation.len(), 9, "a key per edition");
        assert!(
            line["article"].is_string() && line["section"].is_string() && line["unit"].is_string()
        );
        assert!(
            line["confidence"]
                .as_f64()
                .is_some_and(|c| (0.0..=1.0).contains(&c))
        );
        // The languages whose place is disputed: language codes of the unit's editions.
        let disputed = line["disputed"].as_array().expect("a disputed list");
        assert!(disputed.iter().all(|l| {
            l.as_str()
                .is_some_and(|code| translation.contains_key(code))
        }));
    }
    assert!(
        !dir.path().join("corpus.csv").exists(),
        "only the formats asked for"
    );
}

#[test]
fn moses_files_are_line_aligned_and_filters_apply() {
    let dir = tempfile::tempdir().unwrap();
    align(dir.path(), &["--format", "moses", "--pairs", "ja-en,en-de"]);
    let count = |name: &str| {
        std::fs::read_to_string(dir.path().join(name))
            .unwrap()
            .lines()
            .count()
    };
    assert_eq!(count("corpus.ja-en.ja"), count("corpus.ja-en.en"));
    assert_eq!(count("corpus.en-de.en"), count("corpus.en-de.de"));
    let all = count("corpus.ja-en.ja");
    let strict = tempfile::tempdir().unwrap();
    align(
        strict.path(),
        &[
            "--format",
            "moses",
            "--pairs",
            "ja-en",
            "--one-to-one",
            "--drop-findings",
        ],
    );
    let kept = std::fs::read_to_string(strict.path().join("corpus.ja-en.ja"))
        .unwrap()
        .lines()
        .count();
    assert!(kept < all, "filters leave units out ({kept} of {all})");
    // The German edition lacks a sentence in section 3: with --drop-findings its unit is gone.
    let de = std::fs::read_to_string(strict.path().join("corpus.ja-en.ja")).unwrap();
    assert!(!de.contains("当局はモデルの規模や用途ごとに審査基準を分け"));
}
