//! Tests of `concord fetch` against a local HTTP server the test starts itself on 127.0.0.1:
//! a tiny hand-written HTTP/1.1 responder serving the bundled article's editions in the site's
//! layout (`/article/<slug>`, `/<code>/article/<slug>`), with ETags and 304s, a robots.txt,
//! a 404 for the Hindi edition and a 503-then-200 for the Spanish one. No other address is
//! touched.

use std::collections::HashMap;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use tempfile::TempDir;

const SLUG: &str = "ai-china-investment";

/// One request the server answered.
#[derive(Clone, Debug)]
struct Logged {
    at: Instant,
    path: String,
    /// Header names lower-cased.
    headers: HashMap<String, String>,
    status: u16,
}

/// A local server and the log of what it answered.
struct Server {
    port: u16,
    log: Arc<Mutex<Vec<Logged>>>,
}

impl Server {
    /// Starts a server whose robots.txt is `robots` (the Hindi edition is missing).
    fn start(robots: &'static str) -> Server {
        Server::with_redirects(robots, &[])
    }

    /// Starts a server that has all nine editions.
    fn complete(robots: &'static str) -> Server {
        Server::serving(robots, &[], "")
    }

    /// Starts a server that also redirects the given paths to the given locations.
    fn with_redirects(
        robots: &'static str,
        redirects: &'static [(&'static str, &'static str)],
    ) -> Server {
        Server::serving(robots, redirects, "hi")
    }

    /// Starts a server with its robots.txt, redirects, and one edition missing (`""`: none).
    fn serving(
        robots: &'static str,
        redirects: &'static [(&'static str, &'static str)],
        missing: &'static str,
    ) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("local addr").port();
        let log = Arc::new(Mutex::new(Vec::new()));
        let pages = fixture_pages();
        let thread_log = Arc::clone(&log);
        thread::spawn(move || {
            let mut served_es = false;
            for stream in listener.incoming().flatten() {
                let _ = handle(
                    stream,
                    robots,
                    redirects,
                    missing,
                    &pages,
                    &mut served_es,
                    &thread_log,
                );
            }
        });
        Server { port, log }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn log(&self) -> Vec<Logged> {
        self.log.lock().unwrap().clone()
    }
}

/// The editions' pages by site path, built from the bundled article's text: every line a `<p>`.
fn fixture_pages() -> HashMap<String, (String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpora")
        .join(SLUG);
    let mut pages = HashMap::new();
    for (lang, site) in [
        ("ja", ""),
        ("en", "en"),
        ("zh", "cn"),
        ("es", "es"),
        ("fr", "fr"),
        ("ko", "ko"),
        ("de", "de"),
        ("th", "th"),
        ("hi", "hi"),
    ] {
        let text = fs::read_to_string(dir.join(format!("{lang}.txt"))).expect("fixture text");
        let body: String = text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let l = l
                    .trim()
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;");
                format!("<p>{l}</p>\n")
            })
            .collect();
        // The original's language links: the Korean edition lives elsewhere than the
        // pattern says, the French link points off the site and must be ignored.
        let links = if lang == "ja" {
            format!(
                "<link rel=\"alternate\" hreflang=\"ko-KR\" href=\"/ko/article/{SLUG}/moved\">\
                 <link rel=\"alternate\" hreflang=\"fr\" href=\"http://localhost:1/fr/article/{SLUG}\">"
            )
        } else {
            String::new()
        };
        let html = format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
             <title>{SLUG}</title>{links}</head>\n<body>\n{body}</body></html>\n"
        );
        let path = if site.is_empty() {
            format!("/article/{SLUG}")
        } else {
            format!("/{site}/article/{SLUG}")
        };
        pages.insert(path, (lang.to_string(), html));
    }
    pages
}

/// Answers one request on its own connection and closes it.
fn handle(
    stream: TcpStream,
    robots: &str,
    redirects: &[(&str, &str)],
    missing: &str,
    pages: &HashMap<String, (String, String)>,
    served_es: &mut bool,
    log: &Mutex<Vec<Logged>>,
) -> std::io::Result<()> {
    let at = Instant::now();
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let target = line.split_whitespace().nth(1).unwrap_or("/").to_string();
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let path = target.split('?').next().unwrap_or("").to_string();
    let redirect = redirects.iter().find(|(from, _)| *from == path);
    let (status, extra, body): (u16, Vec<String>, String) = if path == "/robots.txt" {
        (200, vec![], robots.to_string())
    } else if let Some((_, to)) = redirect {
        (301, vec![format!("Location: {to}")], String::new())
    } else if let Some((lang, html)) = pages.get(path.trim_end_matches("/moved")) {
        let etag = format!("\"{lang}-v1\"");
        if lang == missing {
            (404, vec![], "not found".to_string())
        } else if lang == "es" && !*served_es {
            *served_es = true;
            (503, vec!["Retry-After: 1".to_string()], "busy".to_string())
        } else if headers.get("if-none-match") == Some(&etag) {
            (304, vec![format!("ETag: {etag}")], String::new())
        } else {
            (
                200,
                vec![
                    format!("ETag: {etag}"),
                    "Last-Modified: Thu, 17 Jul 2025 02:50:00 GMT".to_string(),
                    "Content-Type: text/html; charset=utf-8".to_string(),
                ],
                html.clone(),
            )
        }
    } else {
        (404, vec![], "not found".to_string())
    };
    log.lock().unwrap().push(Logged {
        at,
        path: path.clone(),
        headers,
        status,
    });
    let reason = match status {
        200 => "OK",
        301 => "Moved Permanently",
        304 => "Not Modified",
        404 => "Not Found",
        _ => "Service Unavailable",
    };
    let mut out = stream;
    let mut head = format!("HTTP/1.1 {status} {reason}\r\nConnection: close\r\n");
    for e in extra {
        head.push_str(&e);
        head.push_str("\r\n");
    }
    if status != 304 {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    out.write_all(body.as_bytes())?;
    out.flush()
}

fn concord(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(args)
        .output()
        .expect("run concord")
}

/// Runs `concord fetch URL --out DIR --rate 20 EXTRA...` and asserts it succeeded.
fn fetch_ok(url: &str, dir: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["fetch", url, "--out", dir.to_str().unwrap(), "--rate", "20"];
    args.extend_from_slice(extra);
    let out = concord(&args);
    assert!(
        out.status.success(),
        "fetch failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn fetch_json(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&fs::read_to_string(dir.join("fetch.json")).expect("fetch.json"))
        .expect("fetch.json is JSON")
}

const ROBOTS: &str = "User-agent: *\nDisallow: /private/\n";

#[test]
fn fetches_available_editions_and_align_reads_them() {
    let server = Server::start(ROBOTS);
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join(SLUG);
    let url = server.url(&format!("/en/article/{SLUG}"));
    let out = concord(&[
        "fetch",
        &url,
        "--out",
        dir.to_str().unwrap(),
        "--rate",
        "20",
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "fetch failed: {stderr}");
    for lang in ["ja", "en", "zh", "es", "fr", "ko", "de", "th"] {
        assert!(
            dir.join(format!("{lang}.html")).is_file(),
            "{lang}.html missing"
        );
    }
    assert!(!dir.join("hi.html").exists());
    let names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.ends_with(".tmp")), "{names:?}");
    let json = fetch_json(&dir);
    assert_eq!(json["hi"]["status"], 404);
    assert_eq!(json["es"]["status"], 200);
    assert_eq!(json["ja"]["etag"], "\"ja-v1\"");
    assert_eq!(json["ja"]["url"], server.url(&format!("/article/{SLUG}")));
    assert_eq!(
        json["zh"]["url"],
        server.url(&format!("/cn/article/{SLUG}"))
    );
    let at = json["ja"]["fetched_at"].as_str().unwrap();
    assert!(
        at.len() == 20 && at.ends_with('Z') && at.as_bytes()[10] == b'T',
        "{at}"
    );

    let log = server.log();
    assert_eq!(log.iter().filter(|r| r.path == "/robots.txt").count(), 1);
    assert!(log.iter().all(|r| {
        r.headers
            .get("user-agent")
            .is_some_and(|ua| ua.starts_with("concord/"))
    }));
    // The 503 was retried.
    let es: Vec<u16> = log
        .iter()
        .filter(|r| r.path == format!("/es/article/{SLUG}"))
        .map(|r| r.status)
        .collect();
    assert_eq!(es, [503, 200]);

    let aligned = tmp.path().join("aligned");
    let out = concord(&[
        "align",
        dir.to_str().unwrap(),
        "--out",
        aligned.to_str().unwrap(),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "align failed: {}\n{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("8 editions (ja en zh es fr ko de th)"),
        "{stdout}"
    );
}

#[test]
fn second_fetch_is_conditional() {
    let server = Server::start(ROBOTS);
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("article");
    let url = server.url(&format!("/article/{SLUG}?lang=ja"));
    let d = dir.to_str().unwrap();
    let first = concord(&["fetch", &url, "--out", d, "--rate", "20"]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let before = server.log().len();
    let ja_before = fs::read(dir.join("ja.html")).unwrap();
    let second = concord(&["fetch", &url, "--out", d, "--rate", "20"]);
    assert!(
        second.status.success(),
        "{}",
        String::from_utf8_lossy(&second.stderr)
    );
    let log = server.log();
    let again: Vec<&Logged> = log[before..]
        .iter()
        .filter(|r| r.path != "/robots.txt")
        .collect();
    assert_eq!(again.len(), 9, "{again:?}");
    for r in &again {
        if r.path.starts_with("/hi/") {
            assert_eq!(r.status, 404);
        } else {
            assert!(r.headers.contains_key("if-none-match"), "{r:?}");
            assert!(r.headers.contains_key("if-modified-since"), "{r:?}");
            assert_eq!(r.status, 304, "{r:?}");
        }
    }
    assert_eq!(fs::read(dir.join("ja.html")).unwrap(), ja_before);
    let json = fetch_json(&dir);
    assert_eq!(json["ja"]["status"], 304);
    assert_eq!(json["ja"]["etag"], "\"ja-v1\"");
    assert_eq!(json["hi"]["status"], 404);
}

#[test]
fn rate_limit_holds() {
    let server = Server::start(ROBOTS);
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("a");
    let url = server.url(&format!("/ko/article/{SLUG}"));
    let out = concord(&["fetch", &url, "--out", dir.to_str().unwrap(), "--rate", "5"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let log = server.log();
    assert!(log.len() >= 10, "{}", log.len());
    // Any six consecutive requests span at least a second (five gaps of 0.2 s), with a
    // little slack for timer granularity.
    for w in log.windows(6) {
        let span = w[5].at - w[0].at;
        assert!(span >= Duration::from_millis(950), "6 requests in {span:?}");
    }
    for w in log.windows(2) {
        assert!(w[1].at - w[0].at >= Duration::from_millis(180));
    }
}

#[test]
fn robots_disallowed_path_is_not_fetched() {
    let server = Server::start("User-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /th/\n");
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("a");
    let url = server.url(&format!("/article/{SLUG}"));
    fetch_ok(&url, &dir, &["--langs", "ja,en,th"]);
    let log = server.log();
    assert!(!log.iter().any(|r| r.path.starts_with("/th/")), "{log:?}");
    assert!(!log.iter().any(|r| r.path.starts_with("/fr/")), "{log:?}");
    assert!(dir.join("ja.html").is_file() && dir.join("en.html").is_file());
    assert!(!dir.join("th.html").exists());
    let json = fetch_json(&dir);
    assert!(json["th"]["status"].is_null());
    assert!(json["th"]["note"].as_str().unwrap().contains("robots.txt"));
}

#[test]
fn fewer_than_two_editions_fail() {
    let server = Server::start("User-agent: *\nDisallow: /article/\n");
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("a");
    let url = server.url(&format!("/article/{SLUG}"));
    let out = concord(&[
        "fetch",
        &url,
        "--out",
        dir.to_str().unwrap(),
        "--rate",
        "20",
        "--langs",
        "ja,hi",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("at least two"), "{stderr}");
    assert!(fetch_json(&dir)["hi"]["status"] == 404);
}

#[test]
fn redirects_are_followed_only_within_the_host() {
    let server = Server::with_redirects(
        ROBOTS,
        &[
            (
                "/fr/article/ai-china-investment",
                "/fr/article/ai-china-investment/moved",
            ),
            (
                "/de/article/ai-china-investment",
                "http://localhost:1/de/article/ai-china-investment",
            ),
        ],
    );
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("a");
    let url = server.url(&format!("/article/{SLUG}"));
    fetch_ok(&url, &dir, &["--langs", "ja,fr,de"]);
    assert!(dir.join("fr.html").is_file());
    assert!(!dir.join("de.html").exists());
    let json = fetch_json(&dir);
    assert_eq!(json["fr"]["status"], 200);
    assert_eq!(json["de"]["status"], 301);
    assert!(
        json["de"]["note"]
            .as_str()
            .unwrap()
            .contains("another host")
    );
    let paths: Vec<String> = server.log().into_iter().map(|r| r.path).collect();
    assert!(
        paths.contains(&format!("/fr/article/{SLUG}/moved")),
        "{paths:?}"
    );
}

#[test]
fn list_fetches_one_folder_per_slug_and_default_out_is_the_slug() {
    let server = Server::start(ROBOTS);
    let tmp = TempDir::new().unwrap();
    let list = tmp.path().join("urls.txt");
    let url = server.url(&format!("/de/article/{SLUG}"));
    fs::write(&list, format!("# articles\n\n{url}\n")).unwrap();
    let base = tmp.path().join("articles");
    let out = concord(&[
        "fetch",
        "--list",
        list.to_str().unwrap(),
        "--out",
        base.to_str().unwrap(),
        "--rate",
        "20",
        "--langs",
        "ja,en",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(base.join(SLUG).join("ja.html").is_file());
    assert!(base.join(SLUG).join("en.html").is_file());

    let cwd = tmp.path().join("cwd");
    fs::create_dir(&cwd).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_concord"))
        .args(["fetch", &url, "--rate", "20", "--langs", "ja,cn"])
        .current_dir(&cwd)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(cwd.join(SLUG).join("zh.html").is_file());
    assert!(cwd.join(SLUG).join("fetch.json").is_file());
}

#[test]
fn all_nine_editions_fetched_align_to_the_same_corpus_as_the_fixture_pages() {
    let server = Server::complete(ROBOTS);
    let tmp = TempDir::new().unwrap();
    let fetched = tmp.path().join("fetched").join(SLUG);
    let url = server.url(&format!("/article/{SLUG}"));
    fetch_ok(&url, &fetched, &[]);
    for lang in ["ja", "en", "zh", "es", "fr", "ko", "de", "th", "hi"] {
        assert!(
            fetched.join(format!("{lang}.html")).is_file(),
            "{lang}.html missing"
        );
    }
    // The same pages written straight from the fixtures.
    let direct = tmp.path().join("direct").join(SLUG);
    fs::create_dir_all(&direct).unwrap();
    for (_, (lang, html)) in fixture_pages() {
        fs::write(direct.join(format!("{lang}.html")), html).unwrap();
    }
    let corpus = |dir: &Path, name: &str| {
        let out_dir = tmp.path().join(name);
        let o = concord(&[
            "align",
            dir.to_str().unwrap(),
            "--out",
            out_dir.to_str().unwrap(),
            "--quiet",
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        fs::read(out_dir.join("corpus.csv")).unwrap()
    };
    assert_eq!(
        corpus(&fetched, "out-fetched"),
        corpus(&direct, "out-direct")
    );
}

#[test]
fn the_pages_own_language_links_win_over_the_pattern_within_the_site() {
    let server = Server::complete(ROBOTS);
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("a");
    let url = server.url(&format!("/article/{SLUG}"));
    fetch_ok(&url, &dir, &["--langs", "ko,fr,ja"]);
    let paths: Vec<String> = server.log().into_iter().map(|r| r.path).collect();
    assert!(
        paths.contains(&format!("/ko/article/{SLUG}/moved")),
        "{paths:?}"
    );
    assert!(!paths.contains(&format!("/ko/article/{SLUG}")), "{paths:?}");
    assert!(paths.contains(&format!("/fr/article/{SLUG}")), "{paths:?}");
    let json = fetch_json(&dir);
    assert!(
        json["ko"]["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/ko/article/{SLUG}/moved"))
    );
    assert!(dir.join("ko.html").is_file() && dir.join("fr.html").is_file());
}
