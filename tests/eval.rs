//! End-to-end tests of `concord eval`: each test writes small bead files whose scores were
//! worked out by hand, runs the binary and checks the table, the JSON, the exit code and the
//! messages.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

/// Gold for document 1: 0-0, 1-1, 2 deleted, 3-2, 4+5 merged into 3.
const GOLD_1: &str = "[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2]\n[4, 5]:[3]\n";

/// Test for document 1, with costs and a blank line.
///
/// Precision (5 test beads): strict hits `[0]:[0]`, `[3]:[2]` (2); lax also `[1, 2]:[1]`
/// (gold link 1-1) and `[4]:[3]` (gold link 4-3), not the null bead `[5]:[]` (4).
/// Recall (4 gold beads with both sides): strict `[0]:[0]`, `[3]:[2]` (2); lax also `[1]:[1]`
/// (test link 1-1) and `[4, 5]:[3]` (test link 4-3) (4).
/// P = 0.4 / 0.8, R = 0.5 / 1.0, F1 = 4/9 = 0.444 / 8/9 = 0.889 (strict / lax).
const TEST_1: &str = "[0]:[0]:0.1000\n[1, 2]:[1]:0.5\n\n[3]:[2]\n[4]:[3]\n[5]:[]:-1.2\n";

/// Document 2: every bead wrong, no shared link (P = R = 0).
const GOLD_2: &str = "[0]:[0]\n[1]:[1]\n";
const TEST_2: &str = "[0]:[1]\n[1]:[0]\n";

fn concord(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(args)
        .output()
        .expect("runs concord")
}

/// `concord eval --gold GOLD --test TEST`.
fn eval(gold: &Path, test: &Path) -> Output {
    concord(&[
        "eval".as_ref(),
        "--gold".as_ref(),
        gold.as_ref(),
        "--test".as_ref(),
        test.as_ref(),
    ])
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    path
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// Writes both documents' files; returns (temp, gold 1, test 1, gold 2, test 2).
fn files() -> (TempDir, PathBuf, PathBuf, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let g1 = write(tmp.path(), "one.gold", GOLD_1);
    let t1 = write(tmp.path(), "one.align", TEST_1);
    let g2 = write(tmp.path(), "two.gold", GOLD_2);
    let t2 = write(tmp.path(), "two.align", TEST_2);
    (tmp, g1, t1, g2, t2)
}

/// The value of `"key": value` in concord's JSON output.
fn json_number(json: &str, key: &str) -> f64 {
    let at = json
        .find(&format!("\"{key}\": "))
        .unwrap_or_else(|| panic!("no {key} in {json}"));
    let rest = &json[at + key.len() + 4..];
    let end = rest.find([',', '\n', '}']).unwrap();
    rest[..end].trim().parse().unwrap()
}

#[test]
fn one_pair_prints_the_table() {
    let (_tmp, g1, t1, _, _) = files();
    let out = eval(&g1, &t1);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "            Strict    Lax\n\
         Precision   0.400   0.800\n\
         Recall      0.500   1.000\n\
         F1          0.444   0.889\n"
    );
}

#[test]
fn perfect_alignment_scores_one() {
    let (_tmp, g1, _, _, _) = files();
    let out = concord(&[
        "eval".as_ref(),
        "-g".as_ref(),
        g1.as_ref(),
        "-t".as_ref(),
        g1.as_ref(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("F1          1.000   1.000"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn counts_are_summed_over_pairs_before_dividing() {
    let (_tmp, g1, t1, g2, t2) = files();
    // Summed counts: P 2/7 and 4/7, R 2/6 and 4/6, F1 4/13 and 8/13.
    let out = concord(&[
        "eval".as_ref(),
        "--gold".as_ref(),
        g1.as_ref(),
        g2.as_ref(),
        "--test".as_ref(),
        t1.as_ref(),
        t2.as_ref(),
        "--json".as_ref(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json = stdout(&out);
    for (key, want) in [
        ("precision_strict", 2.0 / 7.0),
        ("recall_strict", 1.0 / 3.0),
        ("f1_strict", 4.0 / 13.0),
        ("precision_lax", 4.0 / 7.0),
        ("recall_lax", 2.0 / 3.0),
        ("f1_lax", 8.0 / 13.0),
        ("p_n", 7.0),
        ("p_strict", 2.0),
        ("p_lax", 4.0),
        ("r_n", 6.0),
        ("r_strict", 2.0),
        ("r_lax", 4.0),
    ] {
        let got = json_number(&json, key);
        assert!((got - want).abs() < 1e-12, "{key}: {got} != {want}\n{json}");
    }
    // The same as a table; --gold given twice appends.
    let out = concord(&[
        "eval".as_ref(),
        "--gold".as_ref(),
        g1.as_ref(),
        "--gold".as_ref(),
        g2.as_ref(),
        "--test".as_ref(),
        t1.as_ref(),
        t2.as_ref(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "            Strict    Lax\n\
         Precision   0.286   0.571\n\
         Recall      0.333   0.667\n\
         F1          0.308   0.615\n"
    );
}

#[test]
fn unequal_file_counts_are_a_usage_error() {
    let (_tmp, g1, t1, g2, _) = files();
    let out = concord(&[
        "eval".as_ref(),
        "--gold".as_ref(),
        g1.as_ref(),
        g2.as_ref(),
        "--test".as_ref(),
        t1.as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("2 gold files but 1 test file"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty());

    let out = concord(&["eval".as_ref(), "--gold".as_ref(), g1.as_ref()]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_bad_line_names_the_file_and_line() {
    let (tmp, g1, _, _, _) = files();
    let bad = write(tmp.path(), "bad.align", "[0]:[0]\n\n[1]:[one]\n");
    let out = eval(&g1, &bad);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("bad.align: line 3:"), "{err}");
    assert!(err.contains("[1, 2]:[3]"), "{err}");
    assert!(stdout(&out).is_empty());

    let half = write(tmp.path(), "half.align", "[0]:[0]\n[1]\n");
    let out = eval(&half, &g1);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("half.align: line 2:"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn missing_and_binary_files_are_bad_input() {
    let (tmp, g1, _, _, _) = files();
    let missing = tmp.path().join("nope.align");
    let out = eval(&g1, &missing);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("nope.align: cannot read"),
        "{}",
        stderr(&out)
    );

    let binary = tmp.path().join("binary.align");
    fs::write(&binary, [0xff, 0xfe, 0x00, 0x80, 0x5b]).unwrap();
    let out = eval(&g1, &binary);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("binary.align: not UTF-8"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn empty_files_score_zero() {
    let (tmp, _, _, _, _) = files();
    let empty = write(tmp.path(), "empty.align", "\n\n");
    let out = concord(&[
        "eval".as_ref(),
        "--gold".as_ref(),
        empty.as_ref(),
        "--test".as_ref(),
        empty.as_ref(),
        "--json".as_ref(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_number(&stdout(&out), "f1_strict"), 0.0);
}

#[test]
fn help_shows_examples() {
    let out = concord(&["eval".as_ref(), "--help".as_ref()]);
    assert!(out.status.success());
    let help = stdout(&out);
    assert!(help.contains("Examples:"), "{help}");
    assert!(
        help.contains("concord eval --gold dev.defr --test dev.align"),
        "{help}"
    );
}
