//! `concord fetch`: download every edition of one article of the news site into an article
//! folder that `concord align` reads as is.
//!
//! Usage: concord fetch URL [--out DIR] [--langs ja,en,...] [--rate N]
//!        concord fetch --list FILE [--out DIR] [--langs ja,en,...] [--rate N]
//!
//! Examples:
//!   concord fetch https://example.com/article/ai-china-investment
//!   concord fetch https://example.com/en/article/ai-china-investment --langs ja,en,cn --rate 0.5
//!   concord fetch --list urls.txt --out articles

use std::path::{Path, PathBuf};

use clap::Args;

use concord::error::{Error, Result};
use concord::fetch::{self, EditionCode, Fetcher};

/// Help text shown after the options.
pub const EXAMPLES: &str = "\
Examples:
  concord fetch https://example.com/article/ai-china-investment
      Saves ja.html, en.html, zh.html, ... and fetch.json in ./ai-china-investment/.
  concord fetch https://example.com/en/article/ai-china-investment --langs ja,en,cn --rate 0.5
      Any edition's address will do; only three editions, one request every two seconds.
  concord fetch --list urls.txt --out articles
      One folder per article under articles/; then `concord align articles`.

The given edition is fetched first; its language links (<link hreflang>, <a hreflang>) on the
same site give the other editions' addresses, else the site's pattern /<code>/article/<slug>
does. A second run sends conditional requests (ETag, Last-Modified from fetch.json) and keeps pages
that did not change. robots.txt is honoured. Exit codes: 0 at least two editions of every
article saved, 1 otherwise, 2 usage.";

/// Arguments of `concord fetch`.
#[derive(Args, Debug)]
pub struct FetchArgs {
    /// Address of any edition of the article: https://host/article/<slug> or
    /// https://host/<code>/article/<slug>.
    #[arg(
        value_name = "URL",
        required_unless_present = "list",
        conflicts_with = "list"
    )]
    pub url: Option<String>,
    /// Article folder (default: the slug in the current folder); with --list, the folder the
    /// article folders go in (default: the current folder).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Editions to fetch, comma-separated (`cn` or `zh` for Chinese); default all nine.
    #[arg(long, value_name = "LANGS", value_delimiter = ',', value_parser = parse_edition)]
    pub langs: Option<Vec<EditionCode>>,
    /// At most this many requests per second.
    #[arg(long, value_name = "N", default_value_t = 1.0, value_parser = parse_rate)]
    pub rate: f64,
    /// A file of article addresses, one a line (blank lines and `#` comments skipped).
    #[arg(long, value_name = "FILE")]
    pub list: Option<PathBuf>,
}

/// Parses one edition code of --langs.
fn parse_edition(s: &str) -> std::result::Result<EditionCode, String> {
    fetch::parse_langs(s).map(|l| l[0])
}

/// Parses a positive request rate.
fn parse_rate(s: &str) -> std::result::Result<f64, String> {
    match s.parse::<f64>() {
        Ok(r) if r.is_finite() && r > 0.0 => Ok(r),
        _ => Err(format!(
            "`{s}` is not a positive number of requests per second"
        )),
    }
}

/// Runs `concord fetch`.
pub fn run(args: &FetchArgs) -> Result<()> {
    let editions: Vec<EditionCode> = match &args.langs {
        Some(l) => {
            let mut unique: Vec<EditionCode> = Vec::new();
            for e in l {
                if !unique.contains(e) {
                    unique.push(*e);
                }
            }
            unique
        }
        None => fetch::EDITIONS.to_vec(),
    };
    let mut fetcher = Fetcher::new(args.rate);
    match (&args.url, &args.list) {
        (Some(url), _) => {
            let slug = fetch::ArticleUrl::parse(url)?.slug;
            let dir = args.out.clone().unwrap_or_else(|| PathBuf::from(&slug));
            fetch_one(&mut fetcher, url, &dir, &editions)
        }
        (None, Some(list)) => {
            let text = std::fs::read_to_string(list)
                .map_err(|e| Error::input(list, format!("cannot read the list: {e}")))?;
            let base = args.out.clone().unwrap_or_else(|| PathBuf::from("."));
            let urls: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect();
            if urls.is_empty() {
                return Err(Error::input(
                    list,
                    "no addresses in the list; write one a line",
                ));
            }
            let mut failed = Vec::new();
            for url in urls {
                let result = fetch::ArticleUrl::parse(url)
                    .and_then(|a| fetch_one(&mut fetcher, url, &base.join(&a.slug), &editions));
                if let Err(e) = result {
                    eprintln!("concord: {e}");
                    failed.push(url.to_string());
                }
            }
            if failed.is_empty() {
                Ok(())
            } else {
                Err(Error::input(
                    list,
                    format!(
                        "{} article(s) could not be fetched: {}; see the messages above",
                        failed.len(),
                        failed.join(", ")
                    ),
                ))
            }
        }
        (None, None) => Err(Error::Input(
            "give an article's address or --list FILE".to_string(),
        )),
    }
}

/// Fetches one article and tells the user what each edition did.
fn fetch_one(fetcher: &mut Fetcher, url: &str, dir: &Path, editions: &[EditionCode]) -> Result<()> {
    let report = fetcher.fetch_article(url, dir, editions)?;
    for ed in editions {
        if let Some(r) = report.records.get(ed.lang) {
            let status = r.status.map_or("-".to_string(), |s| s.to_string());
            let what = match (&r.file, &r.note) {
                (_, Some(note)) => note.clone(),
                (Some(file), None) => format!("saved {file}"),
                (None, None) => String::new(),
            };
            eprintln!("{}: {status} {} {what}", ed.lang, r.url);
        }
    }
    eprintln!(
        "{}: {} of {} editions saved",
        report.dir.display(),
        report.saved,
        editions.len()
    );
    Ok(())
}
