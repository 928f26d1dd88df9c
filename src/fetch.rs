//! Downloading the editions of one article of the news site into an article folder that
//! `concord align` reads as is: `<lang>.html` per edition and `fetch.json` recording what was
//! fetched (address, status, time, ETag, Last-Modified) so that a second run can send
//! conditional requests.
//!
//! The site's layout: the Japanese original at `/article/<slug>` (sometimes `?lang=ja`), the
//! other editions at `/<code>/article/<slug>` with the codes of [`EDITIONS`].

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// One edition of the site: the language code of the saved file (`zh` → `zh.html`) and the
/// code in the site's addresses (`cn` → `/cn/article/<slug>`; empty for the Japanese original).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EditionCode {
    /// Language code used for the file name: `ja`, `en`, `zh`, ...
    pub lang: &'static str,
    /// Code in the address path; empty for the original at `/article/<slug>`.
    pub site: &'static str,
}

/// The site's nine editions in site order.
pub const EDITIONS: [EditionCode; 9] = [
    EditionCode {
        lang: "ja",
        site: "",
    },
    EditionCode {
        lang: "en",
        site: "en",
    },
    EditionCode {
        lang: "zh",
        site: "cn",
    },
    EditionCode {
        lang: "es",
        site: "es",
    },
    EditionCode {
        lang: "fr",
        site: "fr",
    },
    EditionCode {
        lang: "ko",
        site: "ko",
    },
    EditionCode {
        lang: "de",
        site: "de",
    },
    EditionCode {
        lang: "th",
        site: "th",
    },
    EditionCode {
        lang: "hi",
        site: "hi",
    },
];

/// The User-Agent concord sends.
pub const USER_AGENT: &str = concat!(
    "concord/",
    env!("CARGO_PKG_VERSION"),
    " (+https://github.com/concord)"
);

/// Finds an edition by its language code (`zh`) or its site code (`cn`, `ja`).
pub fn edition(code: &str) -> Option<EditionCode> {
    let code = code.trim().to_ascii_lowercase();
    EDITIONS
        .iter()
        .copied()
        .find(|e| e.lang == code || (!e.site.is_empty() && e.site == code))
}

/// Parses a comma-separated list of edition codes (`ja,en,cn`).
pub fn parse_langs(spec: &str) -> std::result::Result<Vec<EditionCode>, String> {
    let mut out: Vec<EditionCode> = Vec::new();
    for part in spec.split(',').filter(|p| !p.trim().is_empty()) {
        let e = edition(part).ok_or_else(|| {
            format!(
                "unknown edition `{}`; use some of {}",
                part.trim(),
                EDITIONS.map(|e| e.lang).join(",")
            )
        })?;
        if !out.contains(&e) {
            out.push(e);
        }
    }
    if out.is_empty() {
        return Err("no edition given".to_string());
    }
    Ok(out)
}

/// The address of one article, split into its origin and its slug.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArticleUrl {
    /// `scheme://host[:port]`, as given.
    pub origin: String,
    /// The article's slug, the last segment of the path.
    pub slug: String,
    /// The edition whose address was given (the Japanese original for `/article/<slug>`).
    pub given: EditionCode,
}

impl ArticleUrl {
    /// Parses the address of any edition: `/article/<slug>`, `/article/<slug>?lang=ja` or
    /// `/<code>/article/<slug>`.
    pub fn parse(url: &str) -> Result<ArticleUrl> {
        let bad = |what: &str| {
            Error::Input(format!(
                "{url}: {what}; give an edition's address such as \
                 https://host/article/<slug> or https://host/en/article/<slug>"
            ))
        };
        let url = url.trim();
        let (scheme, rest) = url.split_once("://").ok_or_else(|| bad("no scheme"))?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(bad("only http and https addresses can be fetched"));
        }
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (host, path) = rest.split_at(end);
        if host.is_empty() {
            return Err(bad("no host"));
        }
        let path = path.split(['?', '#']).next().unwrap_or("");
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let (given, slug) = match segments.as_slice() {
            ["article", slug] => (EDITIONS[0], *slug),
            [code, "article", slug] => match edition(code).filter(|e| e.site == *code) {
                Some(e) => (e, *slug),
                None => return Err(bad("not an article address of the site")),
            },
            _ => return Err(bad("not an article address of the site")),
        };
        Ok(ArticleUrl {
            origin: format!("{scheme}://{host}"),
            slug: slug.to_string(),
            given,
        })
    }

    /// The address of one edition of this article.
    pub fn edition_url(&self, edition: EditionCode) -> String {
        if edition.site.is_empty() {
            format!("{}/article/{}", self.origin, self.slug)
        } else {
            format!("{}/{}/article/{}", self.origin, edition.site, self.slug)
        }
    }
}

/// The page's own language links, by edition language code: `<link rel="alternate"
/// hreflang="…">` and `<a hreflang="…">`. Only links within `origin` are kept, relative ones
/// resolved against it; the site's links win over the address pattern because an edition may
/// live under another slug.
pub fn language_links(html: &str, origin: &str) -> BTreeMap<&'static str, String> {
    let page = scraper::Html::parse_document(html);
    let mut links = BTreeMap::new();
    let Ok(selector) = scraper::Selector::parse("link[hreflang][href], a[hreflang][href]") else {
        return links;
    };
    for el in page.select(&selector) {
        let (Some(code), Some(href)) = (el.value().attr("hreflang"), el.value().attr("href"))
        else {
            continue;
        };
        let primary = code.split(['-', '_']).next().unwrap_or(code);
        let Some(ed) = edition(primary) else { continue };
        let href = href.trim();
        let absolute = if href.starts_with('/') && !href.starts_with("//") {
            format!("{origin}{href}")
        } else if origin_of(href).as_deref() == Some(&origin.to_ascii_lowercase()) {
            href.to_string()
        } else {
            continue;
        };
        links.entry(ed.lang).or_insert(absolute);
    }
    links
}

/// The origin (`scheme://host[:port]`) of an absolute address, lower-cased, if it has one.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(format!("{scheme}://{}", &rest[..end]).to_ascii_lowercase())
}

/// The path and query of an absolute address (`/` if it has none).
fn path_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    match rest.find(['/', '?']) {
        Some(i) if rest[i..].starts_with('/') => rest[i..].to_string(),
        Some(i) => format!("/{}", &rest[i..]),
        None => "/".to_string(),
    }
}

/// The rules of a robots.txt that apply to concord: the `Disallow:` prefixes of the group for
/// `concord` if there is one, else of the group for `*`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Robots {
    /// Path prefixes concord may not fetch.
    pub disallow: Vec<String>,
}

impl Robots {
    /// Parses robots.txt text. Groups start with `User-agent:` lines; only `Disallow:` rules
    /// are read (an empty `Disallow:` allows everything).
    pub fn parse(text: &str) -> Robots {
        let mut star: Vec<String> = Vec::new();
        let mut ours: Vec<String> = Vec::new();
        let mut have_ours = false;
        // Which groups the current lines belong to, and whether the last line was an agent.
        let (mut for_star, mut for_ours, mut in_agents) = (false, false, false);
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let key = key.trim().to_ascii_lowercase();
            let value = value.trim();
            match key.as_str() {
                "user-agent" => {
                    if !in_agents {
                        for_star = false;
                        for_ours = false;
                    }
                    in_agents = true;
                    let agent = value.to_ascii_lowercase();
                    if agent == "*" {
                        for_star = true;
                    } else if agent.contains("concord") {
                        for_ours = true;
                        have_ours = true;
                    }
                }
                "disallow" => {
                    in_agents = false;
                    if value.is_empty() {
                        continue;
                    }
                    if for_star {
                        star.push(value.to_string());
                    }
                    if for_ours {
                        ours.push(value.to_string());
                    }
                }
                _ => in_agents = false,
            }
        }
        Robots {
            disallow: if have_ours { ours } else { star },
        }
    }

    /// Whether concord may fetch this path (with its query).
    pub fn allows(&self, path: &str) -> bool {
        !self.disallow.iter().any(|p| path.starts_with(p.as_str()))
    }
}

/// Spaces requests out to at most `rate` per second by sleeping before each one.
#[derive(Debug)]
pub struct RateLimiter {
    interval: Duration,
    last: Option<Instant>,
}

impl RateLimiter {
    /// A limiter for `rate` requests per second (a rate of 0 or less, or not finite, means
    /// no limit).
    pub fn new(rate: f64) -> RateLimiter {
        let interval = if rate.is_finite() && rate > 0.0 {
            Duration::from_secs_f64(1.0 / rate)
        } else {
            Duration::ZERO
        };
        RateLimiter {
            interval,
            last: None,
        }
    }

    /// Sleeps until the next request may go out, and counts it.
    pub fn wait(&mut self) {
        if let Some(last) = self.last {
            let next = last + self.interval;
            let now = Instant::now();
            if next > now {
                std::thread::sleep(next - now);
            }
        }
        self.last = Some(Instant::now());
    }
}

/// What `fetch.json` records about one edition.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditionRecord {
    /// The address requested.
    pub url: String,
    /// The final HTTP status (304 when the saved copy was still current); absent when no
    /// request was made.
    pub status: Option<u16>,
    /// When it was fetched, RFC 3339 UTC.
    pub fetched_at: String,
    /// The server's ETag, if it sent one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// The server's Last-Modified, if it sent one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// The saved file's name, when the edition is saved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Why the edition is not saved, if it is not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The content of `fetch.json`: one record per edition, by language code.
pub type FetchLog = BTreeMap<String, EditionRecord>;

/// The name of the record file in an article folder.
pub const FETCH_JSON: &str = "fetch.json";

/// What fetching one article did.
#[derive(Debug)]
pub struct ArticleReport {
    /// The article folder.
    pub dir: PathBuf,
    /// The records written to `fetch.json`, by language code.
    pub records: FetchLog,
    /// How many editions are saved in the folder (downloaded or still current).
    pub saved: usize,
}

/// One HTTP response, read whole.
struct Reply {
    status: u16,
    body: Vec<u8>,
    etag: Option<String>,
    last_modified: Option<String>,
    location: Option<String>,
    retry_after: Option<String>,
}

/// Fetches pages politely: one agent, a rate limit across all requests, robots.txt per host,
/// retries with backoff, and redirects only within the same host.
pub struct Fetcher {
    agent: ureq::Agent,
    limiter: RateLimiter,
    robots: HashMap<String, Robots>,
    /// Longest wait for a retry.
    max_backoff: Duration,
}

/// How many times a 429 or 5xx reply is retried.
const RETRIES: u32 = 3;
/// How many redirects within the host are followed.
const MAX_REDIRECTS: u32 = 5;

impl Fetcher {
    /// A fetcher sending at most `rate` requests per second.
    pub fn new(rate: f64) -> Fetcher {
        let config = ureq::Agent::config_builder()
            .user_agent(USER_AGENT)
            .timeout_connect(Some(Duration::from_secs(10)))
            .timeout_global(Some(Duration::from_secs(30)))
            .http_status_as_error(false)
            .max_redirects(0)
            .build();
        Fetcher {
            agent: config.into(),
            limiter: RateLimiter::new(rate),
            robots: HashMap::new(),
            max_backoff: Duration::from_secs(30),
        }
    }

    /// One request, after waiting for the rate limit.
    fn request(&mut self, url: &str, headers: &[(&str, &str)]) -> Result<Reply> {
        self.limiter.wait();
        let mut req = self.agent.get(url);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let mut resp = req.call().map_err(|e| {
            Error::Input(format!(
                "{url}: request failed: {e}; check the address and the network, then run again"
            ))
        })?;
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let etag = header("etag");
        let last_modified = header("last-modified");
        let location = header("location");
        let retry_after = header("retry-after");
        let status = resp.status().as_u16();
        let body = if (200..300).contains(&status) {
            resp.body_mut()
                .with_config()
                .limit(50 * 1024 * 1024)
                .read_to_vec()
                .map_err(|e| {
                    Error::Input(format!("{url}: cannot read the page: {e}; run again later"))
                })?
        } else {
            Vec::new()
        };
        Ok(Reply {
            status,
            body,
            etag,
            last_modified,
            location,
            retry_after,
        })
    }

    /// GET with retries on 429 and 5xx and redirects followed within the same origin.
    fn get(&mut self, url: &str, headers: &[(&str, &str)]) -> Result<(Reply, String)> {
        let origin = origin_of(url).unwrap_or_default();
        let mut url = url.to_string();
        let mut redirects = 0;
        let mut retries = 0;
        loop {
            let reply = self.request(&url, headers)?;
            match reply.status {
                301 | 302 | 303 | 307 | 308 => {
                    let location = reply.location.unwrap_or_default().trim().to_string();
                    let next = if location.starts_with('/') {
                        format!("{origin}{location}")
                    } else {
                        location
                    };
                    if origin_of(&next).as_deref() != Some(origin.as_str()) {
                        // Not followed: the caller sees the redirect and its target.
                        let reply = Reply {
                            location: Some(next),
                            ..reply
                        };
                        return Ok((reply, url));
                    }
                    redirects += 1;
                    if redirects > MAX_REDIRECTS {
                        return Err(Error::Input(format!(
                            "{url}: more than {MAX_REDIRECTS} redirects; check the address"
                        )));
                    }
                    if !self.allowed(&next)? {
                        return Err(Error::Input(format!(
                            "{url}: redirected to {next}, which robots.txt disallows"
                        )));
                    }
                    url = next;
                }
                s if (s == 429 || s >= 500) && retries < RETRIES => {
                    let asked = reply
                        .retry_after
                        .as_deref()
                        .unwrap_or("")
                        .trim()
                        .parse::<u64>()
                        .ok()
                        .map(Duration::from_secs);
                    let wait = asked
                        .unwrap_or(Duration::from_secs(1 << retries))
                        .min(self.max_backoff);
                    std::thread::sleep(wait);
                    retries += 1;
                }
                _ => return Ok((reply, url)),
            }
        }
    }

    /// Whether robots.txt of the address's host allows it (robots.txt is fetched once per
    /// host; a 4xx robots.txt allows everything).
    pub fn allowed(&mut self, url: &str) -> Result<bool> {
        let origin = origin_of(url)
            .ok_or_else(|| Error::Input(format!("{url}: not an absolute address")))?;
        if !self.robots.contains_key(&origin) {
            let robots_url = format!("{origin}/robots.txt");
            self.robots.insert(origin.clone(), Robots::default());
            let (reply, _) = self.get(&robots_url, &[])?;
            let robots = match reply.status {
                200..=299 => Robots::parse(&String::from_utf8_lossy(&reply.body)),
                400..=499 => Robots::default(),
                s => {
                    return Err(Error::Input(format!(
                        "{robots_url}: status {s}; cannot tell what the site allows, run again later"
                    )));
                }
            };
            self.robots.insert(origin.clone(), robots);
        }
        Ok(self.robots[&origin].allows(&path_of(url)))
    }

    /// Downloads the given editions of the article at `url` (any edition's address) into
    /// `dir`, sending conditional requests for editions `fetch.json` already records. The
    /// given edition is fetched first; the language links of the first page saved (the given
    /// edition's, unless it is missing) give the other editions' addresses, else the site's
    /// pattern does. Fails when fewer than two editions
    /// are saved.
    pub fn fetch_article(
        &mut self,
        url: &str,
        dir: &Path,
        editions: &[EditionCode],
    ) -> Result<ArticleReport> {
        let article = ArticleUrl::parse(url)?;
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::output(dir, format!("cannot create the folder: {e}")))?;
        let log_path = dir.join(FETCH_JSON);
        let old: FetchLog = match std::fs::read(&log_path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_default(),
            Err(_) => FetchLog::new(),
        };
        let mut records = old.clone();
        let mut saved = 0;
        // The first saved page's language links (None until a page is saved).
        let mut links: Option<BTreeMap<&str, String>> = None;
        let mut order: Vec<EditionCode> = editions.to_vec();
        order.sort_by_key(|e| *e != article.given);
        for ed in order {
            let edition_url = match links.as_ref().and_then(|l| l.get(ed.lang)) {
                Some(link) => String::clone(link),
                None if ed == article.given => url.trim().to_string(),
                None => article.edition_url(ed),
            };
            let file = format!("{}.html", ed.lang);
            let path = dir.join(&file);
            let previous = old
                .get(ed.lang)
                .filter(|r| r.url == edition_url && path.is_file());
            let record = self.fetch_edition(&edition_url, dir, &file, previous)?;
            if record.file.is_some() {
                saved += 1;
                if links.is_none() {
                    let page = std::fs::read(&path).unwrap_or_default();
                    links = Some(language_links(
                        &String::from_utf8_lossy(&page),
                        &article.origin,
                    ));
                }
            }
            records.insert(ed.lang.to_string(), record);
        }
        let json = serde_json::to_vec_pretty(&records)
            .map_err(|e| Error::output(&log_path, format!("cannot encode: {e}")))?;
        write_atomic(dir, FETCH_JSON, &json)?;
        if saved < 2 {
            return Err(Error::Input(format!(
                "{url}: only {saved} edition(s) could be saved in {}, an article needs at \
                 least two; see {} for what each address returned",
                dir.display(),
                log_path.display()
            )));
        }
        Ok(ArticleReport {
            dir: dir.to_path_buf(),
            records,
            saved,
        })
    }

    /// Fetches one edition into `dir/file` and says what happened.
    fn fetch_edition(
        &mut self,
        url: &str,
        dir: &Path,
        file: &str,
        previous: Option<&EditionRecord>,
    ) -> Result<EditionRecord> {
        let mut record = EditionRecord {
            url: url.to_string(),
            fetched_at: rfc3339(SystemTime::now()),
            ..EditionRecord::default()
        };
        if !self.allowed(url)? {
            record.note = Some("disallowed by robots.txt; not fetched".to_string());
            return Ok(record);
        }
        let mut headers: Vec<(&str, &str)> = Vec::new();
        if let Some(prev) = previous {
            if let Some(etag) = &prev.etag {
                headers.push(("If-None-Match", etag));
            }
            if let Some(lm) = &prev.last_modified {
                headers.push(("If-Modified-Since", lm));
            }
        }
        let reply = match self.get(url, &headers) {
            Ok((reply, _)) => reply,
            Err(e) => {
                record.note = Some(format!("{e}; skipped"));
                return Ok(record);
            }
        };
        record.status = Some(reply.status);
        match reply.status {
            200..=299 => {
                write_atomic(dir, file, &reply.body)?;
                record.etag = reply.etag;
                record.last_modified = reply.last_modified;
                record.file = Some(file.to_string());
            }
            304 if previous.is_some() => {
                let prev = previous.cloned().unwrap_or_default();
                record.etag = reply.etag.or(prev.etag);
                record.last_modified = reply.last_modified.or(prev.last_modified);
                record.file = Some(file.to_string());
                record.note = Some("not modified; saved copy kept".to_string());
            }
            404 | 410 => record.note = Some("no such edition; skipped".to_string()),
            301..=308 => {
                record.note = Some(format!(
                    "redirected to another host ({}); not followed, skipped",
                    reply.location.unwrap_or_default()
                ));
            }
            s => record.note = Some(format!("status {s}; skipped")),
        }
        Ok(record)
    }
}

/// Writes `dir/name` through a temporary file in the same folder and a rename.
fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> Result<()> {
    let tmp = dir.join(format!(".{name}.tmp"));
    let path = dir.join(name);
    std::fs::write(&tmp, bytes)
        .and_then(|()| std::fs::rename(&tmp, &path))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            Error::output(&path, format!("cannot write: {e}"))
        })
}

/// Formats a time as RFC 3339 UTC to the second: `2026-11-29T10:31:00Z`.
pub fn rfc3339(time: SystemTime) -> String {
    let secs = time
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derives_every_edition_from_any_one() {
        for url in [
            "http://h:8080/article/abc",
            "http://h:8080/article/abc?lang=ja",
            "http://h:8080/cn/article/abc",
            "http://h:8080/en/article/abc/",
        ] {
            let a = ArticleUrl::parse(url).unwrap();
            assert_eq!(a.slug, "abc");
            assert_eq!(a.edition_url(EDITIONS[0]), "http://h:8080/article/abc");
            assert_eq!(
                a.edition_url(edition("zh").unwrap()),
                "http://h:8080/cn/article/abc"
            );
        }
        assert!(ArticleUrl::parse("http://h/xx/article/abc").is_err());
        assert!(ArticleUrl::parse("ftp://h/article/abc").is_err());
        assert!(ArticleUrl::parse("http://h/about").is_err());
    }

    #[test]
    fn language_links_win_and_stay_on_the_site() {
        let page = r#"<html><head>
            <link rel="alternate" hreflang="zh-CN" href="/cn/article/other-slug">
            <link rel="alternate" hreflang="en" href="http://h:8080/en/article/abc">
            <link rel="alternate" hreflang="fr" href="http://elsewhere/fr/article/abc">
            <link rel="alternate" hreflang="x-default" href="/article/abc">
            </head><body><a hreflang="de" href="/de/article/abc-de">Deutsch</a></body></html>"#;
        let links = language_links(page, "http://h:8080");
        assert_eq!(links["zh"], "http://h:8080/cn/article/other-slug");
        assert_eq!(links["en"], "http://h:8080/en/article/abc");
        assert_eq!(links["de"], "http://h:8080/de/article/abc-de");
        assert!(!links.contains_key("fr"), "another host is never followed");
        assert_eq!(links.len(), 3);
        assert_eq!(
            ArticleUrl::parse("http://h/cn/article/a")
                .unwrap()
                .given
                .lang,
            "zh"
        );
    }

    #[test]
    fn parses_langs() {
        let l = parse_langs("ja,cn,zh,en").unwrap();
        assert_eq!(
            l.iter().map(|e| e.lang).collect::<Vec<_>>(),
            ["ja", "zh", "en"]
        );
        assert!(parse_langs("xx").is_err());
    }

    #[test]
    fn robots_groups() {
        let r = Robots::parse(
            "User-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /private\nDisallow:\n",
        );
        assert!(r.allows("/article/x"));
        assert!(!r.allows("/private/x"));
        let r = Robots::parse("User-agent: *\nDisallow: /a\n\nUser-agent: Concord\nDisallow: /b\n");
        assert!(r.allows("/a"));
        assert!(!r.allows("/b/c"));
    }

    #[test]
    fn formats_dates() {
        assert_eq!(rfc3339(UNIX_EPOCH), "1970-01-01T00:00:00Z");
        let t = UNIX_EPOCH + Duration::from_secs(1_709_210_096);
        assert_eq!(rfc3339(t), "2024-02-29T12:34:56Z");
        assert_eq!(path_of("http://h:1/a/b?x=1"), "/a/b?x=1");
        assert_eq!(path_of("http://h:1"), "/");
    }
}
