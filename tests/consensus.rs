//! Consensus splits: an edition that joins with a comma two sentences every other edition
//! keeps apart gets a row for each; an edition that lacks the second sentence keeps its own;
//! the original (the pivot) that dropped a stop the translations kept is split too.

use std::collections::HashMap;

mod common;

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

const JAPANESE: &str = "市議会が予算を承認\n\n市議会は月曜日、長い議論の末に2025年度の予算を承認した。市長は、新しい計画で120人の教員を増やすと述べた。批判派は、小さな市にしては支出が多すぎると指摘した。採決は7対4だった。\n";

const SPANISH_JOINED: &str = "El concejo aprueba el presupuesto\n\nEl concejo municipal aprobó el lunes el presupuesto para 2025 tras un largo debate, el alcalde dijo que el nuevo plan financiaría 120 maestros más. Los críticos calificaron el gasto de demasiado alto para una ciudad pequeña. La votación fue de siete a cuatro.\n";

const JAPANESE_WITHOUT_STOP: &str = "市議会が予算を承認\n\n市議会は月曜日、長い議論の末に2025年度の予算を承認しました市長は、新しい計画で120人の教員を増やすと述べた。批判派は、小さな市にしては支出が多すぎると指摘した。採決は7対4だった。\n";

/// Aligns the three editions and `more` (language, text); returns the rows of corpus.csv, each
/// a map from column name to value.
fn align_with(more: &[(&str, &str)]) -> Vec<HashMap<String, String>> {
    let texts: Vec<(&str, &str)> = TEXTS.iter().chain(more).copied().collect();
    align_texts(&texts)
}

/// Aligns the editions given (language, text); returns the rows of corpus.csv.
fn align_texts(texts: &[(&str, &str)]) -> Vec<HashMap<String, String>> {
    let (_dir, out) = common::align_texts(texts);
    let mut reader = csv::Reader::from_path(out.join("corpus.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// The row whose English cell starts with `start`.
fn row<'a>(rows: &'a [HashMap<String, String>], start: &str) -> &'a HashMap<String, String> {
    rows.iter()
        .find(|r| r["en"].starts_with(start))
        .unwrap_or_else(|| panic!("no row for {start:?}"))
}

#[test]
fn a_sentence_joined_with_a_comma_is_split_where_the_others_end_theirs() {
    let rows = align_with(&[("de", GERMAN_JOINED)]);
    let mayor = row(&rows, "The mayor said");
    assert_eq!(mayor["de_ids"], "intro.2");
    assert!(
        mayor["de"].starts_with("der Bürgermeister sagte"),
        "{:?}",
        mayor["de"]
    );
    let first = row(&rows, "The city council");
    assert!(first["de"].ends_with("gebilligt,"), "{:?}", first["de"]);
    // Later sentences are numbered anew.
    assert_eq!(row(&rows, "The vote")["de_ids"], "intro.4");
}

#[test]
fn a_sentence_that_only_says_the_first_part_is_not_split() {
    let rows = align_with(&[("de", GERMAN_SHORT)]);
    assert!(row(&rows, "The mayor said")["de"].is_empty());
    assert!(rows.iter().any(|r| r["de"].ends_with("dagegen war.")));
}

#[test]
fn the_original_without_a_stop_is_split_where_every_translation_ends_a_sentence() {
    let rows = align_with(&[("de", GERMAN_SHORT), ("ja", JAPANESE_WITHOUT_STOP)]);
    let first = row(&rows, "The city council");
    assert!(first["ja"].ends_with("承認しました"), "{:?}", first["ja"]);
    let mayor = row(&rows, "The mayor said");
    assert!(mayor["ja"].starts_with("市長は"), "{:?}", mayor["ja"]);
    assert_eq!(mayor["ja_ids"], "intro.2");
    assert_eq!(row(&rows, "The vote")["ja_ids"], "intro.4");
}

#[test]
fn two_editions_that_join_what_the_original_keeps_apart_are_split() {
    // Spanish and German join the first two sentences with a comma; Japanese (the original),
    // English and French keep them apart. Half the translations joining would make one row of
    // the two for every edition; split where the others end theirs, each keeps its own.
    let texts: Vec<(&str, &str)> = TEXTS
        .iter()
        .filter(|(lang, _)| *lang != "es")
        .copied()
        .chain([
            ("es", SPANISH_JOINED),
            ("de", GERMAN_JOINED),
            ("ja", JAPANESE),
        ])
        .collect();
    let rows = align_texts(&texts);
    let mayor = row(&rows, "The mayor said");
    assert!(mayor["ja"].starts_with("市長は"), "{:?}", mayor["ja"]);
    assert!(
        mayor["es"].starts_with("el alcalde dijo"),
        "{:?}",
        mayor["es"]
    );
    assert!(
        mayor["de"].starts_with("der Bürgermeister sagte"),
        "{:?}",
        mayor["de"]
    );
}

/// An article whose first line, a headline summary, has no stop in English, German and
/// Chinese: `survey reveals Survey of`.
const HEADLINE_LINE: &[(&str, &str)] = &[
    (
        "ja",
        "生徒の秘密のアカウント\n\n生徒の5人に1人が親にアカウントを隠していることが調査で分かった。2万人の生徒を対象にした調査で偽ページの増加が明らかになった。学校は安全についての新しい授業を計画している。\n",
    ),
    (
        "en",
        "Pupils' secret accounts\n\nOne in five pupils hide accounts from their parents, survey reveals Survey of 20,000 pupils revealed growth in fake pages. Schools plan new lessons on safety.\n",
    ),
    (
        "fr",
        "Les comptes secrets des élèves\n\nUn élève sur cinq cache des comptes à ses parents, selon un sondage. Un sondage auprès de 20 000 élèves a révélé une hausse des fausses pages. Les écoles prévoient de nouveaux cours sur la sécurité.\n",
    ),
    (
        "es",
        "Las cuentas secretas de los alumnos\n\nUno de cada cinco alumnos oculta cuentas a sus padres, según una encuesta. La encuesta a 20 000 alumnos reveló un aumento de páginas falsas. Las escuelas preparan nuevas clases sobre seguridad.\n",
    ),
    (
        "de",
        "Die geheimen Konten der Schüler\n\nJeder fünfte Schüler verbirgt Konten vor den Eltern, zeigt eine Umfrage Eine Umfrage unter 20.000 Schülern ergab einen Anstieg gefälschter Seiten. Schulen planen neue Stunden zur Sicherheit.\n",
    ),
    (
        "zh",
        "学生的秘密账户\n\n调查显示五分之一的学生向父母隐瞒账户对2万名学生的调查显示假页面有所增加。学校计划开设新的安全课程。\n",
    ),
];

#[test]
fn a_headline_line_without_its_stop_is_split_where_the_original_ends_it() {
    // A summary line written without a period runs into the next sentence in English, German
    // and Chinese; Japanese (the original), French and Spanish end it. Fewer than two thirds
    // keep the two apart, but English and German have a sentence start there (`Survey of`,
    // `Eine Umfrage`): each edition gets a row for each sentence.
    let rows = align_texts(HEADLINE_LINE);
    let survey = row(&rows, "Survey of 20,000");
    assert!(survey["ja"].starts_with("2万人"), "{:?}", survey["ja"]);
    assert!(
        survey["de"].starts_with("Eine Umfrage"),
        "{:?}",
        survey["de"]
    );
    assert!(survey["fr"].starts_with("Un sondage"), "{:?}", survey["fr"]);
    let first = row(&rows, "One in five");
    assert!(first["en"].ends_with("survey reveals"), "{:?}", first["en"]);
}

#[test]
fn a_headline_line_the_original_runs_on_is_split_where_two_editions_end_it() {
    // Only French and Spanish end the headline line; Japanese (the original) and Chinese run
    // on without a stop, English and German have a sentence start there. The row splits for
    // the four; Japanese and Chinese run on into the second row.
    let ja = "生徒の秘密のアカウント\n\n生徒の5人に1人が親にアカウントを隠していることが調査で分かった2万人の生徒を対象にした調査で偽ページの増加が明らかになった。学校は安全についての新しい授業を計画している。\n";
    let texts: Vec<(&str, &str)> = HEADLINE_LINE
        .iter()
        .map(|&(lang, text)| {
            if lang == "ja" {
                (lang, ja)
            } else {
                (lang, text)
            }
        })
        .collect();
    let rows = align_texts(&texts);
    let survey = row(&rows, "Survey of 20,000");
    assert!(
        survey["de"].starts_with("Eine Umfrage"),
        "{:?}",
        survey["de"]
    );
    assert!(
        survey["es"].starts_with("La encuesta"),
        "{:?}",
        survey["es"]
    );
    assert!(survey["ja"].is_empty(), "{:?}", survey["ja"]);
    let first = row(&rows, "One in five");
    assert!(
        first["ja"].ends_with("明らかになった。"),
        "{:?}",
        first["ja"]
    );
    assert!(
        first["fr"].ends_with("selon un sondage."),
        "{:?}",
        first["fr"]
    );
}
