//! The local PySpark example (scripts/spark_align.py): two articles piped through
//! `concord align --jsonl -` by Spark's `rdd.pipe` come out as units of both articles, in
//! order, the same units as `concord align --format jsonl` writes, with the findings.
//! Skipped, saying why, where python3 with pyspark or Java is missing.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Whether a command runs and exits 0.
fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create folder");
    for entry in fs::read_dir(from).expect("read folder") {
        let entry = entry.expect("folder entry");
        if entry.file_type().expect("file type").is_file() {
            fs::copy(entry.path(), to.join(entry.file_name())).expect("copy file");
        }
    }
}

/// `(section, unit, translation)` per line of a units file, by article.
type Units = BTreeMap<String, Vec<(String, String, serde_json::Value)>>;

fn units_by_article(lines: &[serde_json::Value]) -> Units {
    let mut units = Units::new();
    for v in lines {
        units
            .entry(v["article"].as_str().expect("article").to_string())
            .or_default()
            .push((
                v["section"].as_str().expect("section").to_string(),
                v["unit"].as_str().expect("unit").to_string(),
                v["translation"].clone(),
            ));
    }
    units
}

#[test]
fn spark_pipes_articles_through_concord() {
    if !runs("python3", &["-c", "import pyspark"]) {
        eprintln!("skipped: python3 cannot import pyspark (pip install pyspark)");
        return;
    }
    if !runs("java", &["-version"]) {
        eprintln!("skipped: no java (Spark needs Java 17 or newer)");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let example = root.join("corpora/ai-china-investment");
    let tmp = tempfile::tempdir().expect("temporary folder");
    let corpus = tmp.path().join("corpus");
    copy_dir(&example, &corpus.join("ai-china-investment"));
    copy_dir(&example, &corpus.join("another-article"));
    let out = tmp.path().join("units.jsonl");
    let log = tmp.path().join("spark.log");

    // Output to files, not pipes, so that Spark's logging cannot fill a pipe while we wait.
    let started = Instant::now();
    let mut child = Command::new("python3")
        .arg(root.join("scripts/spark_align.py"))
        .arg("--articles")
        .arg(&corpus)
        .arg("--out")
        .arg(&out)
        .args([
            "--concord",
            env!("CARGO_BIN_EXE_concord"),
            "--partitions",
            "2",
        ])
        .current_dir(root)
        .stdin(Stdio::null())
        .stdout(fs::File::create(tmp.path().join("summary.txt")).expect("summary file"))
        .stderr(fs::File::create(&log).expect("log file"))
        .spawn()
        .expect("start python3");
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for python3") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(180) {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "spark_align.py ran over 180 s; log:\n{}",
                fs::read_to_string(&log).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let summary = fs::read_to_string(tmp.path().join("summary.txt")).unwrap_or_default();
    assert!(
        status.success(),
        "spark_align.py failed ({status}):\n{summary}\n{}",
        fs::read_to_string(&log).unwrap_or_default()
    );
    eprintln!(
        "spark_align.py took {:.1} s:\n{summary}",
        started.elapsed().as_secs_f64()
    );
    assert!(summary.contains("2 article(s)"), "{summary}");
    assert!(summary.contains("0 error(s)"), "{summary}");

    let text = fs::read_to_string(&out).expect("units file");
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    for v in &lines {
        assert!(
            v["translation"].is_object(),
            "a line without a translation object: {v}"
        );
        assert!(v["findings"].is_array(), "a line without findings: {v}");
    }

    // Both articles, sorted by name, each unit in concord's own order.
    let articles: Vec<&str> = lines
        .iter()
        .map(|v| v["article"].as_str().expect("article"))
        .collect();
    let mut sorted = articles.clone();
    sorted.sort();
    assert_eq!(
        articles, sorted,
        "lines are not grouped by article in order"
    );
    let units = units_by_article(&lines);
    assert_eq!(
        units.keys().collect::<Vec<_>>(),
        ["ai-china-investment", "another-article"]
    );

    // The same units as the folder mode's corpus.jsonl.
    let folder_out = tmp.path().join("folder");
    let folder = Command::new(env!("CARGO_BIN_EXE_concord"))
        .arg("align")
        .arg(&corpus)
        .arg("--out")
        .arg(&folder_out)
        .args(["--format", "jsonl", "--quiet"])
        .output()
        .expect("run concord");
    assert!(folder.status.success(), "{folder:?}");
    let expected: Vec<serde_json::Value> = fs::read_to_string(folder_out.join("corpus.jsonl"))
        .expect("corpus.jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).expect("corpus.jsonl line"))
        .collect();
    assert_eq!(units, units_by_article(&expected));
    assert!(units["ai-china-investment"].len() > 10);

    // The planted Korean number (58억 for 85億) is reported in both articles.
    for article in ["ai-china-investment", "another-article"] {
        let found = lines.iter().any(|v| {
            v["article"] == article
                && v["findings"]
                    .as_array()
                    .is_some_and(|f| f.iter().any(|f| f["lang"] == "ko" && f["kind"] == "number"))
        });
        assert!(found, "no Korean number finding in {article}");
    }
}
