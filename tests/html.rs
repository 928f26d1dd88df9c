//! The HTML report of the bundled article: a heatmap of sections by editions, the units with
//! the planted defects highlighted, filters; and, where headless Chromium is installed, the page
//! loads without console errors and renders.

use std::path::{Path, PathBuf};
use std::process::Command;

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/ai-china-investment")
}

fn report(dir: &Path) -> String {
    let html = dir.join("report.html");
    let status = Command::new(env!("CARGO_BIN_EXE_concord"))
        .arg("align")
        .arg(example())
        .arg("--out")
        .arg(dir.join("out"))
        .arg("--html")
        .arg(&html)
        .arg("--quiet")
        .status()
        .expect("runs concord");
    assert!(status.success());
    std::fs::read_to_string(html).expect("the report is written")
}

#[test]
fn the_report_has_a_heatmap_units_and_filters() {
    let dir = tempfile::tempdir().unwrap();
    let page = report(dir.path());
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(
        !page.contains("http://") && !page.contains("https://cdn"),
        "self-contained"
    );
    // Heatmap: 15 sections (title, intro, 1-11, conclusion, refs) by 9 editions.
    let heat_cells = page.matches("<td class=\"cell\"").count();
    assert_eq!(heat_cells, 15 * 9, "heatmap cells");
    // Every planted defect is highlighted in its edition's cell.
    for (lang, kind) in [
        ("ko", "number"),
        ("de", "missing"),
        ("th", "untranslated"),
        ("hi", "extra"),
    ] {
        let found = page
            .split("<tr class=\"unit\"")
            .filter(|row| {
                row.contains(&format!("data-kinds=\"{kind}")) || row.contains(&format!(" {kind}\""))
            })
            .any(|row| row.contains(&format!("data-lang=\"{lang}\" class=\"finding\"")));
        assert!(found, "{lang} {kind} not highlighted");
    }
    assert!(
        page.contains("class=\"lang\" value=\"th\"")
            && page.contains("class=\"kind\" value=\"number\"")
    );
    assert!(page.contains("<script>") && page.trim_end().ends_with("</html>"));
}

/// Chromium's binary, if installed.
fn chromium() -> Option<&'static str> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| Path::new(p).exists())
}

#[test]
fn the_report_renders_in_headless_chromium() {
    let Some(chromium) = chromium() else {
        eprintln!("skipped: Chromium is not installed (Debian package `chromium`)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    report(dir.path());
    let html = dir.path().join("report.html");
    let shot = dir.path().join("report.png");
    let profile = dir.path().join("profile");
    let flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
    let dom = Command::new(chromium)
        .args(flags)
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--enable-logging=stderr")
        .arg("--v=0")
        .arg("--dump-dom")
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("runs chromium");
    let dom_text = String::from_utf8_lossy(&dom.stdout);
    assert!(
        dom_text.contains("class=\"heat\""),
        "the heatmap is in the rendered DOM"
    );
    let log = String::from_utf8_lossy(&dom.stderr);
    assert!(
        !log.lines()
            .any(|l| l.contains("CONSOLE") && l.contains("Uncaught")),
        "console errors:\n{log}"
    );
    let status = Command::new(chromium)
        .args(flags)
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg("--window-size=1400,900")
        .arg(format!("file://{}", html.display()))
        .status()
        .expect("runs chromium");
    assert!(status.success());
    let png = std::fs::read(&shot).expect("a screenshot");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "a real screenshot"
    );
}
