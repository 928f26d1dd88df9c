//! End-to-end tests of the `concord` binary: each test writes its own folder of edition files,
//! runs `concord align` on it and checks what a user sees: the exit code, the messages on
//! stderr, the report on stdout and the CSV files in the output folder.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

/// The files every successful run writes.
const CSV_FILES: [&str; 6] = [
    "corpus.csv",
    "sentences.csv",
    "sections.csv",
    "findings.csv",
    "notes.csv",
    "agreement.csv",
];

const JA: &str = "\
中国が新しい基金を設立

中国が新しい基金を設立

2025年07月17日 02:50

中国政府は人工知能のための新しい基金を設立した。基金の規模は85億ドルである。

この基金は国内の新興企業を支援する。専門家はこの計画を重要な一歩と見ている。

しかし課題も残っている。半導体の不足が成長を妨げている。
";

const EN: &str = "\
China sets up a new fund

China sets up a new fund

2025年07月17日 03:10

The Chinese government has set up a new fund for artificial intelligence. The fund is worth 8.5 billion dollars.

The fund will support domestic start-ups. Experts see the plan as an important step.

But challenges remain. A shortage of semiconductors is holding back growth.
";

const DE: &str = "\
China gründet einen neuen Fonds

China gründet einen neuen Fonds

2025年07月17日 03:40

Die chinesische Regierung hat einen neuen Fonds für künstliche Intelligenz gegründet. Der Fonds ist 8,5 Milliarden Dollar wert.

Der Fonds wird heimische Start-ups unterstützen. Experten sehen den Plan als einen wichtigen Schritt.

Doch es bleiben Herausforderungen. Ein Mangel an Halbleitern bremst das Wachstum.
";

/// Writes the three good editions (ja, en, de) into `dir`, creating it.
fn write_good_editions(dir: &Path) {
    fs::create_dir_all(dir).unwrap();
    fs::write(dir.join("ja.txt"), JA).unwrap();
    fs::write(dir.join("en.txt"), EN).unwrap();
    fs::write(dir.join("de.txt"), DE).unwrap();
}

/// A temp folder with an `article` folder inside; returns (temp, article dir, out dir).
fn setup() -> (TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let article = tmp.path().join("article");
    fs::create_dir_all(&article).unwrap();
    let out = tmp.path().join("out");
    (tmp, article, out)
}

fn concord(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(args)
        .output()
        .expect("failed to run the concord binary")
}

/// Runs `concord align <paths...> --out <out> [extra...]`.
fn align(paths: &[&Path], out: &Path, extra: &[&str]) -> Output {
    let mut args: Vec<&std::ffi::OsStr> = vec!["align".as_ref()];
    args.extend(paths.iter().map(|p| p.as_os_str()));
    args.push("--out".as_ref());
    args.push(out.as_os_str());
    args.extend(extra.iter().map(|s| std::ffi::OsStr::new(*s)));
    concord(&args)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts the exit code, showing stdout and stderr when it is wrong.
fn assert_code(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "expected exit code {code}\n--- stdout:\n{}\n--- stderr:\n{}",
        stdout(o),
        stderr(o)
    );
}

fn assert_no_panic(o: &Output) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "concord panicked:\n{err}");
}

/// Asserts that a failed run left no output: no CSV file in `out`, and no staging folder.
fn assert_no_output(out: &Path) {
    for name in CSV_FILES {
        assert!(
            !out.join(name).exists(),
            "{name} was written although the run failed"
        );
    }
    // The code checks all input before it creates the output folder, so it should not exist.
    assert!(
        !out.exists(),
        "the output folder {} was created although the run failed",
        out.display()
    );
}

/// The header row of a CSV file written by concord.
fn header(path: &Path) -> Vec<String> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect()
}

/// The values of one column of a CSV file.
fn column(path: &Path, name: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let at = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("{} has no column {name}", path.display()));
    reader
        .records()
        .map(|r| r.unwrap()[at].to_string())
        .collect()
}

#[test]
fn three_editions_align_into_all_csv_files() {
    let (_tmp, article, out) = setup();
    write_good_editions(&article);
    let o = align(&[&article], &out, &[]);
    assert_code(&o, 0);
    assert_no_panic(&o);
    for name in CSV_FILES {
        assert!(
            out.join(name).is_file(),
            "{name} missing from the output folder"
        );
    }
    assert_eq!(
        header(&out.join("corpus.csv")),
        [
            "article",
            "section",
            "unit",
            "confidence",
            "divergence",
            "disputed",
            "ja",
            "ja_ids",
            "en",
            "en_ids",
            "de",
            "de_ids"
        ],
        "corpus.csv columns: five fixed, then each edition in site order (ja en ... de)"
    );
    assert_eq!(
        header(&out.join("findings.csv")),
        [
            "article", "section", "unit", "lang", "kind", "severity", "detail"
        ]
    );
    assert_eq!(
        header(&out.join("notes.csv")),
        [
            "article", "section", "unit", "lang", "kind", "severity", "detail"
        ]
    );
    // Every row belongs to the article, named after its folder, and the texts made it through.
    let articles = column(&out.join("corpus.csv"), "article");
    assert!(!articles.is_empty(), "corpus.csv has no rows");
    assert!(
        articles.iter().all(|a| a == "article"),
        "article column: {articles:?}"
    );
    let en = column(&out.join("corpus.csv"), "en").join(" ");
    assert!(
        en.contains("The fund will support domestic start-ups."),
        "en column: {en}"
    );
    // Sentences that translate each other share a row.
    let (ja, en, de) = (
        column(&out.join("corpus.csv"), "ja"),
        column(&out.join("corpus.csv"), "en"),
        column(&out.join("corpus.csv"), "de"),
    );
    let row = en
        .iter()
        .position(|t| t == "The fund will support domestic start-ups.")
        .unwrap_or_else(|| {
            panic!("no corpus row holds exactly the English sentence; en column: {en:?}")
        });
    assert_eq!(ja[row], "この基金は国内の新興企業を支援する。");
    assert_eq!(de[row], "Der Fonds wird heimische Start-ups unterstützen.");
    let row = en
        .iter()
        .position(|t| t == "The fund is worth 8.5 billion dollars.")
        .unwrap_or_else(|| {
            panic!("no corpus row holds exactly the English sentence; en column: {en:?}")
        });
    assert_eq!(ja[row], "基金の規模は85億ドルである。");
    assert_eq!(de[row], "Der Fonds ist 8,5 Milliarden Dollar wert.");
    // No staging folder is left behind.
    let leftovers: Vec<_> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !CSV_FILES.contains(&n.as_str()) && n != "errors.csv")
        .collect();
    assert!(
        leftovers.is_empty(),
        "unexpected files in the output folder: {leftovers:?}"
    );
}

#[test]
fn empty_edition_file_is_an_error_naming_it_and_writes_nothing() {
    let (_tmp, article, out) = setup();
    write_good_editions(&article);
    fs::write(article.join("fr.txt"), b"").unwrap();
    let o = align(&[&article], &out, &[]);
    assert_code(&o, 1);
    assert_no_panic(&o);
    let err = stderr(&o);
    assert!(
        err.contains("fr.txt"),
        "stderr does not name the empty file:\n{err}"
    );
    assert!(
        err.contains("empty"),
        "stderr does not say the file is empty:\n{err}"
    );
    assert_no_output(&out);
}

#[test]
fn empty_edition_does_not_replace_earlier_output() {
    // A failed run must leave the previous run's files as they were.
    let (_tmp, article, out) = setup();
    write_good_editions(&article);
    assert_code(&align(&[&article], &out, &[]), 0);
    let before = fs::read(out.join("corpus.csv")).unwrap();
    fs::write(article.join("fr.txt"), b"").unwrap();
    let o = align(&[&article], &out, &[]);
    assert_code(&o, 1);
    assert_no_panic(&o);
    assert_eq!(
        fs::read(out.join("corpus.csv")).unwrap(),
        before,
        "corpus.csv changed by a failed run"
    );
}

#[test]
fn binary_edition_file_is_an_error_naming_it() {
    let (_tmp, article, out) = setup();
    write_good_editions(&article);
    let mut bytes = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00".to_vec();
    bytes.extend(std::iter::repeat_n(0u8, 64));
    bytes.extend(b"some text\x00\x01\x02\x03 more");
    fs::write(article.join("fr.txt"), &bytes).unwrap();
    let o = align(&[&article], &out, &[]);
    assert_code(&o, 1);
    assert_no_panic(&o);
    let err = stderr(&o);
    assert!(
        err.contains("fr.txt"),
        "stderr does not name the binary file:\n{err}"
    );
    assert!(
        err.contains("binary"),
        "stderr does not say the file looks binary:\n{err}"
    );
    assert_no_output(&out);
}

#[test]
fn a_latin1_edition_is_read_as_windows_1252_with_a_note() {
    let (_tmp, article, out) = setup();
    write_good_editions(&article);
    // Latin-1: é is the single byte 0xE9.
    let latin1 = b"Caf\xe9 de la plaza\n\nCaf\xe9 de la plaza\n\n2025-07-17 03:20\n\n\
                   El gobierno chino ha creado un nuevo fondo. El caf\xe9 es bueno.\n";
    fs::write(article.join("es.txt"), latin1).unwrap();
    let o = align(&[&article], &out, &[]);
    assert_code(&o, 0);
    assert_no_panic(&o);
    let err = stderr(&o);
    assert!(
        err.contains("es.txt") && err.contains("windows-1252"),
        "stderr does not say how es.txt was read:\n{err}"
    );
    let sentences = fs::read_to_string(out.join("sentences.csv")).unwrap();
    assert!(
        sentences.contains("El café es bueno."),
        "sentences.csv:\n{sentences}"
    );
}

#[test]
fn one_edition_is_not_enough() {
    let (_tmp, article, out) = setup();
    fs::write(article.join("en.txt"), EN).unwrap();
    let o = align(&[&article], &out, &[]);
    assert_code(&o, 1);
    assert_no_panic(&o);
    let err = stderr(&o);
    assert!(
        err.contains("at least two editions"),
        "stderr does not ask for two editions:\n{err}"
    );
    assert_no_output(&out);
}

#[test]
fn two_files_of_one_language_are_an_error_naming_both() {
    let (_tmp, article, out) = setup();
    write_good_editions(&article);
    fs::write(article.join("article.de.txt"), DE).unwrap();
    let o = align(&[&article], &out, &[]);
    assert_code(&o, 1);
    assert_no_panic(&o);
    let err = stderr(&o);
    assert!(
        err.contains("article.de.txt"),
        "stderr does not name article.de.txt:\n{err}"
    );
    // `de.txt` must be named on its own, not only as the tail of `article.de.txt`.
    let de_alone = err
        .match_indices("de.txt")
        .any(|(i, _)| !err[..i].ends_with("article."));
    assert!(de_alone, "stderr does not name de.txt:\n{err}");
    assert_no_output(&out);
}

#[test]
fn missing_folder_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("no-such-article");
    let out = tmp.path().join("out");
    let o = align(&[&missing], &out, &[]);
    assert_code(&o, 1);
    assert_no_panic(&o);
    let err = stderr(&o);
    assert!(
        err.contains("no-such-article"),
        "stderr does not name the folder:\n{err}"
    );
    assert_no_output(&out);
}

#[test]
fn documentation_files_are_skipped_with_a_note() {
    let (_tmp, article, out) = setup();
    write_good_editions(&article);
    fs::write(article.join("gold.json"), r#"{"word": "Zanzibarwombat"}"#).unwrap();
    fs::write(
        article.join("EXPECTED.md"),
        "# Expected\n\nZanzibarwombat findings go here.\n",
    )
    .unwrap();
    fs::write(
        article.join("README.md"),
        "Readme\n\nReadme\n\nThe Zanzibarwombat explains this folder.\n",
    )
    .unwrap();
    let o = align(&[&article], &out, &[]);
    assert_code(&o, 0);
    assert_no_panic(&o);
    let err = stderr(&o);
    let noted = err
        .lines()
        .any(|l| l.contains("skipped") && l.contains("gold.json"));
    assert!(
        noted,
        "stderr has no note that gold.json was skipped:\n{err}"
    );
    for name in CSV_FILES {
        let text = fs::read_to_string(out.join(name)).unwrap();
        assert!(
            !text.contains("Zanzibarwombat"),
            "{name} holds text from a documentation file:\n{text}"
        );
    }
    let langs = column(&out.join("sentences.csv"), "lang");
    let mut distinct: Vec<&str> = langs.iter().map(String::as_str).collect();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct, ["de", "en", "ja"], "sentences.csv languages");
}

#[test]
fn align_without_a_path_is_a_usage_error() {
    let o = concord(&["align".as_ref()]);
    assert_code(&o, 2);
    assert_no_panic(&o);
}

#[test]
fn unknown_pivot_language_is_a_usage_error() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let o = align(&[Path::new("x")], &out, &["--pivot", "xx"]);
    assert_code(&o, 2);
    assert_no_panic(&o);
    let err = stderr(&o);
    assert!(
        err.contains("xx"),
        "stderr does not name the bad language:\n{err}"
    );
    assert!(!out.exists(), "a usage error created the output folder");
}

#[test]
fn align_help_shows_examples() {
    let o = concord(&["align".as_ref(), "--help".as_ref()]);
    assert_code(&o, 0);
    let out = stdout(&o);
    assert!(out.contains("Examples"), "help has no Examples:\n{out}");
    assert!(
        out.contains("concord align corpora/ai-china-investment"),
        "help lacks the example command:\n{out}"
    );
}

#[test]
fn pivot_option_is_reported() {
    let (_tmp, article, out) = setup();
    write_good_editions(&article);
    let o = align(&[&article], &out, &["--pivot", "en"]);
    assert_code(&o, 0);
    assert_no_panic(&o);
    let report = stdout(&o);
    assert!(
        report.contains("pivot en"),
        "report does not say pivot en:\n{report}"
    );
    // Without --pivot, the first published edition (ja, 02:50) is the pivot.
    let out2 = out.with_file_name("out2");
    let o = align(&[&article], &out2, &[]);
    assert_code(&o, 0);
    let report = stdout(&o);
    assert!(
        report.contains("pivot ja"),
        "default pivot is not the first published (ja):\n{report}"
    );
}

#[test]
fn corpus_folder_aligns_every_article() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("site-dump");
    write_good_editions(&corpus.join("fund-story"));
    let second = corpus.join("chip-story");
    fs::create_dir_all(&second).unwrap();
    fs::write(second.join("en.txt"), EN).unwrap();
    fs::write(second.join("ja.txt"), JA).unwrap();
    let out = tmp.path().join("out");
    let o = align(&[&corpus], &out, &[]);
    assert_code(&o, 0);
    assert_no_panic(&o);
    let mut articles = column(&out.join("corpus.csv"), "article");
    articles.dedup();
    assert_eq!(
        articles,
        ["chip-story", "fund-story"],
        "articles in corpus.csv, in name order"
    );
    // The corpus has a column for every language of any article.
    assert_eq!(
        header(&out.join("corpus.csv"))[6..],
        ["ja", "ja_ids", "en", "en_ids", "de", "de_ids"]
    );
}

#[test]
fn articles_with_the_same_folder_name_stay_distinct() {
    let tmp = tempfile::tempdir().unwrap();
    let first = tmp.path().join("monday").join("story");
    let second = tmp.path().join("tuesday").join("story");
    write_good_editions(&first);
    write_good_editions(&second);
    let out = tmp.path().join("out");
    let o = align(&[&first, &second], &out, &[]);
    assert_no_panic(&o);
    match o.status.code() {
        // Refusing the clash is fine if the message names the name.
        Some(1) => assert!(stderr(&o).contains("story"), "stderr:\n{}", stderr(&o)),
        // Otherwise every row must stay attributable to its article.
        Some(0) => {
            let mut reader = csv::Reader::from_path(out.join("corpus.csv")).unwrap();
            let mut keys: Vec<(String, String, String)> = reader
                .records()
                .map(|r| {
                    let r = r.unwrap();
                    (r[0].to_string(), r[1].to_string(), r[2].to_string())
                })
                .collect();
            let rows = keys.len();
            keys.sort();
            keys.dedup();
            assert_eq!(
                keys.len(),
                rows,
                "(article, section, unit) is not unique in corpus.csv"
            );
        }
        other => panic!("unexpected exit code {other:?}; stderr:\n{}", stderr(&o)),
    }
}

/// An edition page saved as HTML: the same article as plain text, in tags.
fn as_html(text: &str, lang: &str) -> String {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let title = lines.next().unwrap();
    let _doubled = lines.next();
    let date = lines.next().unwrap();
    let paragraphs: String = lines.map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n</head>\n\
         <body>\n<nav><a href=\"/\">Home</a></nav>\n<h1>{title}</h1>\n<time>{date}</time>\n{paragraphs}</body>\n</html>\n"
    )
}

#[test]
fn html_editions_are_read_as_their_text() {
    let (_tmp, article, out) = setup();
    fs::write(article.join("ja.html"), as_html(JA, "ja")).unwrap();
    fs::write(article.join("en.html"), as_html(EN, "en")).unwrap();
    fs::write(article.join("de.html"), as_html(DE, "de")).unwrap();
    let o = align(&[&article], &out, &[]);
    assert_code(&o, 0);
    assert_no_panic(&o);
    let corpus = fs::read_to_string(out.join("corpus.csv")).unwrap();
    assert!(
        !corpus.contains('<'),
        "corpus.csv holds HTML tags:\n{corpus}"
    );
    let en = column(&out.join("corpus.csv"), "en");
    assert!(
        en.iter().any(|t| t == "China sets up a new fund"),
        "title missing; en column: {en:?}"
    );
    assert!(
        en.iter()
            .any(|t| t == "The fund will support domestic start-ups."),
        "sentence missing; en column: {en:?}"
    );
}

/// A folder of two articles, `fund-story` and `bad-story`, whose Japanese edition is empty.
fn corpus_with_a_bad_article(dir: &Path) -> PathBuf {
    let corpus = dir.join("site-dump");
    write_good_editions(&corpus.join("fund-story"));
    let bad = corpus.join("bad-story");
    write_good_editions(&bad);
    fs::write(bad.join("ja.txt"), b"").unwrap();
    corpus
}

#[test]
fn one_bad_article_in_a_corpus_is_listed_and_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = corpus_with_a_bad_article(tmp.path());
    let out = tmp.path().join("out");
    let o = align(&[&corpus], &out, &[]);
    assert_code(&o, 1);
    assert_no_panic(&o);
    let err = stderr(&o);
    assert!(
        err.contains("bad-story") && err.contains("ja.txt"),
        "stderr does not name the file:\n{err}"
    );
    let errors = fs::read_to_string(out.join("errors.csv")).unwrap();
    assert!(
        errors.contains("bad-story") && errors.contains("empty"),
        "errors.csv:\n{errors}"
    );
    let articles = column(&out.join("corpus.csv"), "article");
    assert!(articles.iter().all(|a| a == "fund-story") && !articles.is_empty());
}

#[test]
fn fail_fast_stops_at_the_bad_article_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = corpus_with_a_bad_article(tmp.path());
    let out = tmp.path().join("out");
    let o = align(&[&corpus], &out, &["--fail-fast"]);
    assert_code(&o, 1);
    assert_no_panic(&o);
    assert!(stderr(&o).contains("bad-story"));
    assert_no_output(&out);
}

#[test]
fn quiet_prints_only_the_summary_line() {
    let (_tmp, article, out) = setup();
    write_good_editions(&article);
    let o = align(&[&article], &out, &["--quiet"]);
    assert_code(&o, 0);
    let report = stdout(&o);
    assert_eq!(
        report.lines().count(),
        1,
        "--quiet printed more than one line:\n{report}"
    );
    assert!(
        report.contains("1 article(s)"),
        "summary line missing:\n{report}"
    );
}

#[test]
fn output_is_the_same_whatever_the_number_of_threads() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/ai-china-investment");
    let tmp = tempfile::tempdir().unwrap();
    let (one, two) = (tmp.path().join("one"), tmp.path().join("two"));
    let formats = ["--format", "csv,tmx,jsonl,moses"];
    assert_code(
        &align(
            &[&example],
            &one,
            &[&["--threads", "1"][..], &formats[..]].concat(),
        ),
        0,
    );
    assert_code(
        &align(
            &[&example],
            &two,
            &[&["--threads", "2"][..], &formats[..]].concat(),
        ),
        0,
    );
    let mut names: Vec<String> = fs::read_dir(&one)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.len() >= 8, "{names:?}");
    for name in names {
        assert_eq!(
            fs::read(one.join(&name)).unwrap(),
            fs::read(two.join(&name)).unwrap(),
            "{name} differs between 1 and 2 threads"
        );
    }
}

#[test]
fn jsonl_mode_reads_articles_and_writes_units_in_order() {
    use std::io::Write as _;
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/ai-china-investment");
    let mut editions = serde_json::Map::new();
    for lang in ["ja", "en", "ko", "de"] {
        let text = fs::read_to_string(example.join(format!("{lang}.txt"))).unwrap();
        editions.insert(lang.to_string(), serde_json::Value::String(text));
    }
    let article = serde_json::json!({"article": "fund", "editions": editions});
    let input =
        format!("{article}\n{{\"article\": \"lonely\", \"editions\": {{\"de\": \"x\"}}}}\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(["align", "--jsonl", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_code(&o, 0);
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines.len() > 60);
    assert!(
        lines[..lines.len() - 1]
            .iter()
            .all(|l| l["article"] == "fund")
    );
    assert_eq!(lines[0]["section"], "title");
    let number = lines
        .iter()
        .flat_map(|l| l["findings"].as_array().cloned().unwrap_or_default());
    assert!(
        number
            .into_iter()
            .any(|f| f["lang"] == "ko" && f["kind"] == "number"),
        "the Korean number defect is reported"
    );
    // Every unit line carries the article's agreement, below 1 since the Korean edition
    // changed a number.
    let agreement = lines[0]["agreement"].as_f64().expect("an agreement");
    assert!(agreement > 0.5 && agreement < 1.0, "agreement {agreement}");
    assert!(
        lines[..lines.len() - 1]
            .iter()
            .all(|l| l["agreement"].as_f64() == Some(agreement))
    );
    let last = lines.last().unwrap();
    assert_eq!(last["article"], "lonely");
    assert!(last["error"].as_str().is_some_and(|e| !e.is_empty()));
}

/// The site's page for each language, cut after its title and date: a brief without a body.
fn title_only(text: &str) -> String {
    text.lines().take(5).collect::<Vec<_>>().join("\n") + "\n"
}

#[test]
fn editions_that_are_their_title_alone_align_into_one_unit() {
    let (_tmp, article, out) = setup();
    for (code, text) in [("ja", JA), ("en", EN), ("de", DE)] {
        fs::write(article.join(format!("{code}.txt")), title_only(text)).unwrap();
    }
    let o = align(&[&article], &out, &[]);
    assert_code(&o, 0);
    assert_no_panic(&o);
    assert_eq!(column(&out.join("corpus.csv"), "section"), ["title"]);
    assert_eq!(
        column(&out.join("corpus.csv"), "de"),
        ["China gründet einen neuen Fonds"]
    );
}

#[test]
fn a_page_of_chrome_lines_without_a_title_is_an_error() {
    let (_tmp, article, out) = setup();
    write_good_editions(&article);
    fs::write(
        article.join("fr.txt"),
        "Aller au contenu principal\n\nTous les articles\n\n© ukiyo journal\n",
    )
    .unwrap();
    let o = align(&[&article], &out, &[]);
    assert_code(&o, 1);
    assert_no_panic(&o);
    assert!(stderr(&o).contains("no article found"), "{}", stderr(&o));
    assert_no_output(&out);
}
