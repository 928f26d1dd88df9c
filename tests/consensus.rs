//! Consensus splits: an edition that joins with a comma two sentences every other edition
//! keeps apart gets a row for each; an edition that lacks the second sentence keeps its own.

use std::fs;
use std::path::Path;
use std::process::Command;

use tempfile::TempDir;

const TEXTS: &[(&str, &str)] = &[
    (
        "en",
        "Council approves budget\n\nThe city council approved the budget for 2025 on Monday after a long debate. The mayor said the new plan would fund 120 more teachers. Critics called the spending too high for a small city. The vote was seven to four.\n",
    ),
    (
        "fr",
        "Le conseil approuve le budget\n\nLe conseil municipal a approuvé lundi le budget pour 2025 après un long débat. Le maire a déclaré que le nouveau plan financerait 120 enseignants de plus. Les critiques ont jugé ces dépenses trop élevées pour une petite ville. Le vote a été de sept voix contre quatre.\n",
    ),
    (
        "es",
        "El concejo aprueba el presupuesto\n\nEl concejo municipal aprobó el lunes el presupuesto para 2025 tras un largo debate. El alcalde dijo que el nuevo plan financiaría 120 maestros más. Los críticos calificaron el gasto de demasiado alto para una ciudad pequeña. La votación fue de siete a cuatro.\n",
    ),
];

const GERMAN_JOINED: &str = "Stadtrat billigt Haushalt\n\nDer Stadtrat hat am Montag nach langer Debatte den Haushalt für 2025 gebilligt, der Bürgermeister sagte, der neue Plan werde 120 zusätzliche Lehrer finanzieren. Kritiker nannten die Ausgaben für eine kleine Stadt zu hoch. Die Abstimmung endete sieben zu vier.\n";

const GERMAN_SHORT: &str = "Stadtrat billigt Haushalt\n\nDer Stadtrat hat am Montag nach langer Debatte den Haushalt für 2025 gebilligt, obwohl die Opposition dagegen war. Kritiker nannten die Ausgaben für eine kleine Stadt zu hoch. Die Abstimmung endete sieben zu vier.\n";

/// Aligns the three editions and `german`; returns the rows of corpus.csv as (de ids, de, en).
fn align_with(german: &str) -> Vec<(String, String, String)> {
    let dir = TempDir::new().unwrap();
    let article = dir.path().join("budget");
    fs::create_dir(&article).unwrap();
    for (lang, text) in TEXTS {
        fs::write(article.join(format!("{lang}.txt")), text).unwrap();
    }
    fs::write(article.join("de.txt"), german).unwrap();
    let out = dir.path().join("out");
    let run = Command::new(env!("CARGO_BIN_EXE_concord"))
        .args([
            "align".as_ref(),
            article.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ])
        .arg("--quiet")
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    rows(&out.join("corpus.csv"))
}

fn rows(path: &Path) -> Vec<(String, String, String)> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let headers = reader.headers().unwrap().clone();
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (ids, de, en) = (at("de_ids"), at("de"), at("en"));
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[ids].to_string(), r[de].to_string(), r[en].to_string())
        })
        .collect()
}

#[test]
fn a_sentence_joined_with_a_comma_is_split_where_the_others_end_theirs() {
    let rows = align_with(GERMAN_JOINED);
    let mayor = rows
        .iter()
        .find(|r| r.2.starts_with("The mayor said"))
        .expect("a row for the mayor's sentence");
    assert_eq!(mayor.0, "intro.2");
    assert!(
        mayor.1.starts_with("der Bürgermeister sagte"),
        "{:?}",
        mayor.1
    );
    let first = rows
        .iter()
        .find(|r| r.2.starts_with("The city council"))
        .unwrap();
    assert!(first.1.ends_with("gebilligt,"), "{:?}", first.1);
    // Later sentences are numbered anew.
    assert!(
        rows.iter()
            .any(|r| r.0 == "intro.4" && r.2.starts_with("The vote"))
    );
}

#[test]
fn a_sentence_that_only_says_the_first_part_is_not_split() {
    let rows = align_with(GERMAN_SHORT);
    let mayor = rows
        .iter()
        .find(|r| r.2.starts_with("The mayor said"))
        .unwrap();
    assert!(mayor.1.is_empty(), "{:?}", mayor.1);
    assert!(rows.iter().any(|r| r.1.ends_with("dagegen war.")));
}
