//! `concord pair`: two files of sentences, one a line, aligned into beads; `--batch` for many
//! document pairs at once.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

fn concord(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(args)
        .output()
        .expect("run concord")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// English and German sentences that translate each other, each with its own numbers, so that
/// the alignment is certain.
fn sentences(doc: usize, n: usize) -> (Vec<String>, Vec<String>) {
    (0..n)
        .map(|i| {
            let (a, b) = (doc * 100 + i, 1990 + i);
            (
                format!("The council spent {a} million on the roads of the city in {b}."),
                format!("Der Rat gab im Jahr {b} für die Straßen der Stadt {a} Millionen aus."),
            )
        })
        .unzip()
}

fn write_lines(path: &Path, lines: &[String]) {
    fs::write(path, lines.join("\n") + "\n").unwrap();
}

/// Parses beads (`[0, 1]:[2]:0.5`) into (source ids, target ids).
fn parse_beads(text: &str) -> Vec<(Vec<usize>, Vec<usize>)> {
    let ids = |s: &str| -> Vec<usize> {
        s.trim_matches(|c| c == '[' || c == ']')
            .split(',')
            .filter(|x| !x.trim().is_empty())
            .map(|x| x.trim().parse().unwrap())
            .collect()
    };
    text.lines()
        .map(|line| {
            let mut parts = line.split(':');
            (ids(parts.next().unwrap()), ids(parts.next().unwrap()))
        })
        .collect()
}

/// Every source and target line is in exactly one bead, in order.
fn assert_covers(beads: &[(Vec<usize>, Vec<usize>)], src: usize, tgt: usize) {
    let all_src: Vec<usize> = beads.iter().flat_map(|b| b.0.clone()).collect();
    let all_tgt: Vec<usize> = beads.iter().flat_map(|b| b.1.clone()).collect();
    assert_eq!(all_src, (0..src).collect::<Vec<_>>());
    assert_eq!(all_tgt, (0..tgt).collect::<Vec<_>>());
}

#[test]
fn a_deleted_line_becomes_a_null_bead() {
    let dir = TempDir::new().unwrap();
    let (en, mut de) = sentences(1, 8);
    de.remove(4);
    let (src, tgt) = (dir.path().join("doc.en"), dir.path().join("doc.de"));
    write_lines(&src, &en);
    write_lines(&tgt, &de);
    let out = concord(&[
        "pair".as_ref(),
        src.as_os_str(),
        tgt.as_os_str(),
        "--src-lang".as_ref(),
        "en".as_ref(),
        "--tgt-lang".as_ref(),
        "de".as_ref(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let beads = parse_beads(&String::from_utf8_lossy(&out.stdout));
    assert_covers(&beads, 8, 7);
    assert!(beads.contains(&(vec![4], vec![])), "{beads:?}");
    assert!(beads.contains(&(vec![5], vec![4])), "{beads:?}");
}

/// A batch of `docs` English–German document pairs in `dir`, the list file and the outputs.
/// Document 3 lacks its German line 2.
fn batch(dir: &Path, docs: usize) -> (PathBuf, Vec<PathBuf>) {
    let mut list = String::new();
    let mut outs = Vec::new();
    for d in 0..docs {
        let (en, mut de) = sentences(d, 6);
        if d == 3 {
            de.remove(2);
        }
        let src = dir.join(format!("{d}.en"));
        let tgt = dir.join(format!("{d}.de"));
        let out = dir.join(format!("{d}.align"));
        write_lines(&src, &en);
        write_lines(&tgt, &de);
        list.push_str(&format!(
            "{}\t{}\t{}\n",
            src.display(),
            tgt.display(),
            out.display()
        ));
        outs.push(out);
    }
    let path = dir.join("list.tsv");
    fs::write(&path, list).unwrap();
    (path, outs)
}

fn run_batch(list: &Path) -> Output {
    concord(&[
        "pair".as_ref(),
        "--batch".as_ref(),
        list.as_os_str(),
        "--src-lang".as_ref(),
        "en".as_ref(),
        "--tgt-lang".as_ref(),
        "de".as_ref(),
    ])
}

#[test]
fn batch_writes_every_output() {
    let dir = TempDir::new().unwrap();
    // Enough documents for the batch to learn a lexicon from (60 confident beads and more).
    let (list, outs) = batch(dir.path(), 20);
    let out = run_batch(&list);
    assert!(out.status.success(), "{}", stderr(&out));
    for (d, path) in outs.iter().enumerate() {
        let beads = parse_beads(&fs::read_to_string(path).unwrap());
        let tgt = if d == 3 { 5 } else { 6 };
        assert_covers(&beads, 6, tgt);
        if d == 3 {
            assert!(beads.contains(&(vec![2], vec![])), "{beads:?}");
        } else {
            assert!(beads.iter().all(|b| b.0.len() == 1 && b.1.len() == 1));
        }
    }
}

#[test]
fn a_bad_batch_line_is_named_and_nothing_is_written() {
    let dir = TempDir::new().unwrap();
    let (list, outs) = batch(dir.path(), 3);
    let mut text = fs::read_to_string(&list).unwrap();
    text.push_str("only-one-field\n");
    fs::write(&list, text).unwrap();
    let out = run_batch(&list);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("line 4"), "{}", stderr(&out));
    assert!(outs.iter().all(|p| !p.exists()));
}

#[test]
fn a_missing_batch_file_is_named_and_nothing_is_written() {
    let dir = TempDir::new().unwrap();
    let (list, outs) = batch(dir.path(), 3);
    fs::remove_file(dir.path().join("2.de")).unwrap();
    let out = run_batch(&list);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("2.de"), "{}", stderr(&out));
    assert!(outs.iter().all(|p| !p.exists()));
}

#[test]
fn an_output_folder_that_does_not_exist_is_named_and_nothing_is_written() {
    let dir = TempDir::new().unwrap();
    let (list, outs) = batch(dir.path(), 3);
    let missing = dir.path().join("no-such-folder").join("2.align");
    let text = fs::read_to_string(&list).unwrap().replace(
        &outs[2].display().to_string(),
        &missing.display().to_string(),
    );
    fs::write(&list, text).unwrap();
    let out = run_batch(&list);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("no-such-folder"), "{}", stderr(&out));
    assert!(outs.iter().all(|p| !p.exists()));
}

#[test]
fn batch_and_files_together_are_a_usage_error() {
    let dir = TempDir::new().unwrap();
    let (list, _) = batch(dir.path(), 1);
    let src = dir.path().join("0.en");
    let out = concord(&[
        "pair".as_ref(),
        src.as_os_str(),
        src.as_os_str(),
        "--batch".as_ref(),
        list.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}
