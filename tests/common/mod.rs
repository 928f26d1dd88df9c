//! What several test files share: what they know of the bundled example
//! (corpora/ai-china-investment), and how to align an article given as texts.

/// The source names the site glues to paragraph ends in every edition of the example.
#[allow(dead_code)] // not every test file that includes this module reads the example
pub const SOURCES: [&str; 7] = [
    "Techmeme",
    "RAND",
    "White & Case",
    "Wikipedia",
    "TS2 Space",
    "Vox",
    "X",
];

/// Writes an article of `(language, page text)` editions into a temporary folder, runs
/// `concord align` on it and returns the folder (kept alive by the `TempDir`) and the output
/// folder. Panics with concord's message when the run fails.
#[allow(dead_code)] // not every test file that includes this module aligns texts
pub fn align_texts(texts: &[(&str, &str)]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::TempDir::new().unwrap();
    let article = dir.path().join("article");
    std::fs::create_dir(&article).unwrap();
    for (lang, text) in texts {
        std::fs::write(article.join(format!("{lang}.txt")), text).unwrap();
    }
    let out = dir.path().join("out");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_concord"))
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
    (dir, out)
}
