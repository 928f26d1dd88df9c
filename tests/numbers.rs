//! `number` findings: a digit changed in one edition is found even when the new number is one
//! the sentence states elsewhere, and numbers written in another convention raise nothing.

use std::fs;

mod common;

const EDITIONS: &[(&str, &str)] = &[
    (
        "en",
        "Poll on the hearing\n\nThe poll was taken on Friday. Additionally, 38 percent said he probably lied, while just 30 percent said the same about her. The survey had 1,500 respondents.\n",
    ),
    (
        "fr",
        "Sondage sur l’audition\n\nLe sondage a été réalisé vendredi. En outre, 38 % ont dit qu’il avait probablement menti, contre seulement 30 % pour elle. L’enquête comptait 1 500 personnes interrogées.\n",
    ),
    (
        "es",
        "Encuesta sobre la audiencia\n\nLa encuesta se realizó el viernes. Además, el 38 % dijo que probablemente mintió, mientras que solo el 30 % dijo lo mismo de ella. La encuesta tuvo 1.500 encuestados.\n",
    ),
    (
        "de",
        "Umfrage zur Anhörung\n\nDie Umfrage wurde am Freitag durchgeführt. Außerdem sagten 30 Prozent, er habe wahrscheinlich gelogen, während nur 30 Prozent dasselbe über sie sagten. Die Umfrage hatte 1.500 Befragte.\n",
    ),
];

#[test]
fn a_digit_changed_into_a_number_the_sentence_states_elsewhere_is_found() {
    let (_dir, out) = common::align_texts(EDITIONS);
    let findings = fs::read_to_string(out.join("findings.csv")).unwrap();
    let numbers: Vec<&str> = findings
        .lines()
        .filter(|l| l.contains(",number,"))
        .collect();
    assert_eq!(numbers.len(), 1, "{findings}");
    assert!(numbers[0].contains(",de,"), "{}", numbers[0]);
    assert!(numbers[0].contains("38"), "{}", numbers[0]);
}

#[test]
fn numbers_spelled_out_or_converted_raise_nothing() {
    let editions: &[(&str, &str)] = &[
        (
            "en",
            "Hats\n\nThe straw hat with a two-foot wide brim has been seen on everyone this summer. Sales rose in June.\n",
        ),
        (
            "de",
            "Hüte\n\nDen Strohhut mit 60 Zentimeter breitem Rand trugen in diesem Sommer alle. Der Absatz stieg im Juni.\n",
        ),
        (
            "es",
            "Sombreros\n\nEl sombrero de paja con un ala de 60 centímetros se ha visto en todas este verano. Las ventas subieron en junio.\n",
        ),
        (
            "ja",
            "帽子\n\n2フィート幅のつばを持つ麦わら帽子は、この夏誰にでも見られる。6月に売り上げが伸びた。\n",
        ),
    ];
    let (_dir, out) = common::align_texts(editions);
    let findings = fs::read_to_string(out.join("findings.csv")).unwrap();
    assert!(!findings.contains(",number,"), "{findings}");
}
