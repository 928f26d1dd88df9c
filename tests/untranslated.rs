//! `untranslated`: a short sentence left word for word in English is found; one that is the
//! same in every edition (a name) is not.

use std::fs;

mod common;

/// Findings of an article whose French edition kept the English quote `line`.
fn findings_with_french(line: &str) -> String {
    let french = format!(
        "Le dessin animé\n\nLa chaîne a diffusé un dessin animé à la place du combat. {line} Les spectateurs se sont plaints pendant des heures.\n"
    );
    let editions: Vec<(&str, &str)> = vec![
        (
            "en",
            "The cartoon\n\nThe channel showed a cartoon instead of the fight. \"Peppa the pig,\" yes. Viewers complained for hours.\n",
        ),
        (
            "de",
            "Der Zeichentrickfilm\n\nDer Sender zeigte statt des Kampfes einen Zeichentrickfilm. „Peppa Wutz“, genau. Die Zuschauer beschwerten sich stundenlang.\n",
        ),
        (
            "es",
            "La caricatura\n\nEl canal emitió una caricatura en lugar de la pelea. «Peppa la cerdita», sí. Los espectadores se quejaron durante horas.\n",
        ),
        ("fr", &french),
    ];
    let (_dir, out) = common::align_texts(&editions);
    fs::read_to_string(out.join("findings.csv")).unwrap()
}

#[test]
fn a_short_quote_left_in_english_is_untranslated() {
    let findings = findings_with_french("\"Peppa the pig,\" yes.");
    assert!(
        findings.lines().any(|l| l.contains(",fr,untranslated,")),
        "{findings}"
    );
    let translated = findings_with_french("« Peppa le cochon », oui.");
    assert!(
        !translated.lines().any(|l| l.contains(",untranslated,")),
        "{translated}"
    );
}
