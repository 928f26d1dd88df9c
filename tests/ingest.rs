//! Ingest as a user meets it: the bundled example article's nine editions handed over as HTML
//! pages, under file names that do not tell the language, in the legacy encodings readers save
//! pages in, as a content-only copy, with a table of contents, and as Markdown. Every input is
//! built at run time from the example's page texts, and every variant must read as the same
//! article (title, date, sections, sentences) as the page text it was built from.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use concord::ingest::decode::EncodingEvidence;
use concord::ingest::{LangEvidence, Page, PageKind, PageShape, SectionId, page_from_bytes};
use concord::lang::Lang;
use concord::segment::{Edition, Role, segment};
use encoding_rs::Encoding;

/// The site's editions in its publication order.
const CODES: [&str; 9] = ["ja", "en", "zh", "es", "fr", "ko", "de", "th", "hi"];

fn lang(code: &str) -> Lang {
    Lang::from_code(code).expect("a site language")
}

/// The saved page text of one edition of the example article.
fn edition_text(code: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpora/ai-china-investment")
        .join(format!("{code}.txt"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read(bytes: &[u8], name: &str) -> Page {
    page_from_bytes(bytes, Path::new(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The text edition as the library reads it from `xx.txt`.
fn text_edition(code: &str) -> (Page, Edition) {
    let page = read(edition_text(code).as_bytes(), &format!("{code}.txt"));
    let edition = segment(&page);
    (page, edition)
}

// ---------------------------------------------------------------------------------------------
// The page text taken apart, as the test reads it (independently of the library).

#[derive(Clone, Debug, PartialEq)]
enum Line {
    Heading(String),
    Paragraph(String),
    Bullet(String),
}

/// One edition's saved page, taken apart into what the site's HTML is made of.
#[derive(Clone, Debug)]
struct Parts {
    code: String,
    skip_link: String,
    logo: String,
    /// Menu items (`  • Alle Artikel`), without the bullet.
    menu: Vec<String>,
    /// The language list (`    • English`), without the bullet.
    languages: Vec<String>,
    /// The cookie banner's lines.
    cookie: Vec<String>,
    title: String,
    date: String,
    body: Vec<Line>,
    ref_label: String,
    ref_title: String,
    /// `Quelle: https://...`
    ref_source: String,
    back: String,
    footer: Vec<String>,
}

fn is_blank(line: &str) -> bool {
    // `trim` also removes the no-break space of the site's empty paragraphs.
    line.trim().is_empty()
}

fn next_nonblank(lines: &[&str], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&k| !is_blank(lines[k]))
}

fn prev_nonblank(lines: &[&str], before: usize) -> Option<usize> {
    (0..before).rev().find(|&k| !is_blank(lines[k]))
}

/// Parses a saved page: skip link, logo, menu and language list (bullets), cookie banner, the
/// doubled title, the date line, the body (a line after two or more blank lines is a heading,
/// `  • ` lines are bullets, other lines paragraphs), the reference block, back link, footer.
fn parts(code: &str) -> Parts {
    let text = edition_text(code);
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 2;
    let (mut menu, mut languages) = (Vec::new(), Vec::new());
    while i < lines.len() {
        if let Some(item) = lines[i].strip_prefix("    • ") {
            languages.push(item.trim().to_string());
        } else if let Some(item) = lines[i].strip_prefix("  • ") {
            menu.push(item.trim().to_string());
        } else {
            break;
        }
        i += 1;
    }
    let title_at = (i..lines.len())
        .find(|&k| {
            !is_blank(lines[k])
                && next_nonblank(&lines, k + 1).is_some_and(|j| lines[j].trim() == lines[k].trim())
        })
        .expect("a doubled title");
    let cookie = lines[i..title_at]
        .iter()
        .filter(|l| !is_blank(l))
        .map(|l| l.trim().to_string())
        .collect();
    let second = next_nonblank(&lines, title_at + 1).unwrap();
    let date_at = next_nonblank(&lines, second + 1).unwrap();
    let back_at = (date_at..lines.len())
        .find(|&k| lines[k].trim().starts_with('←'))
        .expect("a back link");
    let source_at = (date_at..back_at)
        .rev()
        .find(|&k| lines[k].contains(": http"))
        .expect("a source line");
    let ref_title_at = prev_nonblank(&lines, source_at).unwrap();
    let ref_label_at = prev_nonblank(&lines, ref_title_at).unwrap();
    let mut body = Vec::new();
    for k in date_at + 1..ref_label_at {
        let line = lines[k];
        if is_blank(line) {
            continue;
        }
        if let Some(item) = line.strip_prefix("  • ") {
            body.push(Line::Bullet(item.trim().to_string()));
            continue;
        }
        let blanks_before = (date_at + 1..k)
            .rev()
            .take_while(|&j| is_blank(lines[j]))
            .count();
        if body.is_empty() || blanks_before >= 2 {
            body.push(Line::Heading(line.trim().to_string()));
        } else {
            body.push(Line::Paragraph(line.trim().to_string()));
        }
    }
    let headings = body
        .iter()
        .filter(|l| matches!(l, Line::Heading(_)))
        .count();
    assert_eq!(
        headings, 13,
        "{code}: the test reads intro, 11 sections, conclusion"
    );
    Parts {
        code: code.to_string(),
        skip_link: lines[0].trim().to_string(),
        logo: lines[1].trim().to_string(),
        menu,
        languages,
        cookie,
        title: lines[title_at].trim().to_string(),
        date: lines[date_at].trim().to_string(),
        body,
        ref_label: lines[ref_label_at].trim().to_string(),
        ref_title: lines[ref_title_at].trim().to_string(),
        ref_source: lines[source_at].trim().to_string(),
        back: lines[back_at].trim().to_string(),
        footer: lines[back_at + 1..]
            .iter()
            .filter(|l| !is_blank(l))
            .map(|l| l.trim().to_string())
            .collect(),
    }
}

/// A menu item's words without its emoji (`🗒️ Registrieren` → `Registrieren`).
fn menu_words(item: &str) -> &str {
    item.trim_start_matches(|c: char| !c.is_alphanumeric())
}

// ---------------------------------------------------------------------------------------------
// HTML pages as the site serves them.

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// How to build an HTML page.
#[derive(Clone, Copy)]
struct HtmlOptions {
    /// Write `<html lang="..">` (the site writes Chinese as `zh-CN`).
    lang_attr: bool,
    /// Keep the language list in the navigation.
    language_list: bool,
    /// The charset the page declares.
    charset: &'static str,
}

const SITE_HTML: HtmlOptions = HtmlOptions {
    lang_attr: true,
    language_list: true,
    charset: "utf-8",
};

fn html_lang(code: &str) -> &str {
    if code == "zh" { "zh-CN" } else { code }
}

/// `2025年07月17日 11:30` → `2025-07-17T11:30`.
fn iso_date(site_date: &str) -> String {
    let n: Vec<&str> = site_date
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .collect();
    assert_eq!(n.len(), 5, "date line {site_date:?}");
    format!("{}-{}-{}T{}:{}", n[0], n[1], n[2], n[3], n[4])
}

/// The edition as the site serves it: head with title, style and script, header with logo and
/// navigation (menu, language list), cookie banner, then the article, back link and footer.
fn html_page(p: &Parts, opts: HtmlOptions) -> String {
    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n");
    if opts.lang_attr {
        h.push_str(&format!("<html lang=\"{}\">\n", html_lang(&p.code)));
    } else {
        h.push_str("<html>\n");
    }
    h.push_str(&format!(
        "<head>\n<meta charset=\"{}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} | ukiyo journal</title>\n\
         <style>\nbody {{ font-family: sans-serif; }}\n.cookie-banner {{ position: fixed; bottom: 0; }}\n</style>\n\
         <script>\nwindow.dataLayer = window.dataLayer || [];\n\
         if (document.cookie.indexOf('cookie_consent') < 0) {{ console.log('<div>cookie</div>'); }}\n</script>\n</head>\n",
        opts.charset,
        escape(&p.title)
    ));
    h.push_str("<body>\n");
    h.push_str(&format!(
        "<a class=\"skip-link\" href=\"#main\">{}</a>\n",
        escape(&p.skip_link)
    ));
    h.push_str(&format!(
        "<header class=\"site-header\">\n<a class=\"logo\" href=\"/{}/\"><img src=\"/logo.svg\" alt=\"\">{}</a>\n<nav>\n<ul class=\"menu\">\n",
        p.code,
        escape(&p.logo)
    ));
    for item in &p.menu {
        h.push_str(&format!(
            "<li><a href=\"/{}/articles\">{}</a></li>\n",
            p.code,
            escape(item)
        ));
    }
    h.push_str("</ul>\n");
    if opts.language_list {
        h.push_str("<ul class=\"languages\">\n");
        for (k, name) in p.languages.iter().enumerate() {
            h.push_str(&format!(
                "<li><a href=\"/lang/{k}/article/20250717\">{}</a></li>\n",
                escape(name)
            ));
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</nav>\n</header>\n");
    h.push_str("<div class=\"cookie-banner\" id=\"cookie-banner\">\n");
    for (k, line) in p.cookie.iter().enumerate() {
        if k % 2 == 0 {
            h.push_str(&format!("<h3>{}</h3>\n", escape(line)));
        } else {
            h.push_str(&format!("<p>{}</p>\n", escape(line)));
        }
    }
    h.push_str("<button>OK</button>\n</div>\n");
    h.push_str("<main id=\"main\">\n<article>\n");
    h.push_str(&format!("<h1>{}</h1>\n", escape(&p.title)));
    h.push_str(&format!("<p class=\"title\">{}</p>\n", escape(&p.title)));
    h.push_str(&format!(
        "<time datetime=\"{}\">{}</time>\n",
        iso_date(&p.date),
        escape(&p.date)
    ));
    let mut in_list = false;
    for line in &p.body {
        let bullet = matches!(line, Line::Bullet(_));
        if in_list && !bullet {
            h.push_str("</ul>\n");
            in_list = false;
        }
        match line {
            Line::Heading(t) => h.push_str(&format!("<h2>{}</h2>\n", escape(t))),
            Line::Paragraph(t) => h.push_str(&format!("<p>{}</p>\n", escape(t))),
            Line::Bullet(t) => {
                if !in_list {
                    h.push_str("<ul>\n");
                    in_list = true;
                }
                h.push_str(&format!("<li>{}</li>\n", escape(t)));
            }
        }
    }
    if in_list {
        h.push_str("</ul>\n");
    }
    let (source_word, url) = p.ref_source.split_once(": ").expect("`Quelle: URL`");
    h.push_str(&format!(
        "<div class=\"reference\">\n<p class=\"label\">{}</p>\n<p>{}</p>\n<p>{}: <a href=\"{url}\">{url}</a></p>\n</div>\n",
        escape(&p.ref_label),
        escape(&p.ref_title),
        escape(source_word)
    ));
    h.push_str("</article>\n");
    h.push_str(&format!(
        "<a class=\"back\" href=\"/{}/articles\">{}</a>\n",
        p.code,
        escape(&p.back)
    ));
    h.push_str("</main>\n<footer>\n");
    for line in &p.footer {
        h.push_str(&format!("<p>{}</p>\n", escape(line)));
    }
    h.push_str("</footer>\n</body>\n</html>\n");
    h
}

// ---------------------------------------------------------------------------------------------
// Comparing editions.

/// Sentence count per section, in page order.
fn counts(edition: &Edition) -> Vec<(SectionId, usize)> {
    edition
        .sections()
        .into_iter()
        .map(|id| (id, edition.section(id).count()))
        .collect()
}

/// The sections every edition of the example has.
fn all_sections() -> Vec<SectionId> {
    let mut wanted = vec![SectionId::Title, SectionId::Intro];
    wanted.extend((1..=11).map(SectionId::Numbered));
    wanted.extend([SectionId::Conclusion, SectionId::Refs]);
    wanted
}

/// Sentence ids, roles (a list item stays a list item), texts and sources, for comparing two
/// readings of one edition.
fn sentences(edition: &Edition) -> Vec<(String, Role, String, Vec<String>)> {
    edition
        .sentences
        .iter()
        .map(|s| (s.id.clone(), s.role, s.text.clone(), s.sources.clone()))
        .collect()
}

/// Differences between `got` and `want` in title, date, sections and sentence counts.
fn same_article(what: &str, got: &Edition, want: &Edition) -> Vec<String> {
    let mut problems = Vec::new();
    if got.title != want.title {
        problems.push(format!(
            "{what}: title {:?}, expected {:?}",
            got.title, want.title
        ));
    }
    if got.date != want.date {
        problems.push(format!(
            "{what}: date {:?}, expected {:?}",
            got.date, want.date
        ));
    }
    if got.sections() != want.sections() {
        problems.push(format!(
            "{what}: sections {:?}, expected {:?}",
            got.sections(),
            want.sections()
        ));
    }
    if counts(got) != counts(want) {
        problems.push(format!(
            "{what}: sentences per section {:?}, expected {:?}",
            counts(got),
            counts(want)
        ));
    }
    problems
}

fn assert_no_problems(problems: Vec<String>) {
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// 0. The test's own reading of the pages matches the library's (guards the builders below).

#[test]
fn every_example_edition_has_title_intro_eleven_sections_conclusion_and_refs() {
    for code in CODES {
        let p = parts(code);
        let (page, edition) = text_edition(code);
        assert_eq!(page.lang, lang(code), "{code}");
        assert_eq!(page.kind, PageKind::Text, "{code}");
        assert!(page.notes.is_empty(), "{code}: notes {:?}", page.notes);
        assert_eq!(page.title, p.title, "{code}: title");
        assert_eq!(page.date.as_deref(), Some(p.date.as_str()), "{code}: date");
        assert_eq!(edition.sections(), all_sections(), "{code}: sections");
        assert_eq!(p.languages.len(), 8, "{code}: the language list names 8");
    }
}

// ---------------------------------------------------------------------------------------------
// 1. HTML pages in all nine languages.

#[test]
fn html_pages_in_all_nine_languages_read_as_their_text_editions() {
    let mut problems = Vec::new();
    for code in CODES {
        let p = parts(code);
        let html = html_page(&p, SITE_HTML);
        let name = format!("{code}.html");
        let page = read(html.as_bytes(), &name);
        let (text_page, want) = text_edition(code);
        if page.lang != lang(code) {
            problems.push(format!("{name}: lang {}, expected {code}", page.lang));
        }
        if page.lang_evidence != LangEvidence::FileName {
            problems.push(format!(
                "{name}: language from {:?}, expected the file name",
                page.lang_evidence
            ));
        }
        if !page.notes.is_empty() {
            problems.push(format!("{name}: unexpected notes {:?}", page.notes));
        }
        if page.kind != PageKind::Html {
            problems.push(format!("{name}: kind {:?}, expected Html", page.kind));
        }
        if page.title != text_page.title {
            problems.push(format!(
                "{name}: title {:?}, expected {:?}",
                page.title, text_page.title
            ));
        }
        let got = segment(&page);
        problems.extend(same_article(&name, &got, &want));
        if got.sections() != all_sections() {
            problems.push(format!("{name}: sections {:?}", got.sections()));
        }
        let menu: Vec<&str> = p.menu.iter().map(|m| menu_words(m)).collect();
        for s in &got.sentences {
            let lower = s.text.to_lowercase();
            if s.text.contains('<') || s.text.contains('>') || lower.contains("cookie") {
                problems.push(format!("{name} {}: markup or banner in {:?}", s.id, s.text));
            }
            if let Some(word) = menu.iter().find(|w| s.text.contains(**w)) {
                problems.push(format!(
                    "{name} {}: menu word {word:?} in {:?}",
                    s.id, s.text
                ));
            }
            if p.languages.contains(&s.text)
                || s.text.contains("ukiyo journal")
                || s.text.contains('←')
                || s.text.contains('©')
                || s.text.contains("dataLayer")
            {
                problems.push(format!("{name} {}: chrome in {:?}", s.id, s.text));
            }
        }
    }
    assert_no_problems(problems);
}

#[test]
fn html_pages_give_the_same_sentences_as_their_text_editions() {
    let mut problems = Vec::new();
    for code in CODES {
        let page = read(
            html_page(&parts(code), SITE_HTML).as_bytes(),
            &format!("{code}.html"),
        );
        let got = sentences(&segment(&page));
        let want = sentences(&text_edition(code).1);
        for (g, w) in got.iter().zip(&want) {
            if g != w {
                problems.push(format!("{code}.html: {g:?}\n   expected {w:?}"));
            }
        }
        if got.len() != want.len() {
            problems.push(format!(
                "{code}.html: {} sentences, expected {}",
                got.len(),
                want.len()
            ));
        }
    }
    assert_no_problems(problems);
}

// ---------------------------------------------------------------------------------------------
// 2. The language of a page whose file name does not tell it.

#[test]
fn html_page1_takes_its_language_from_html_lang() {
    let mut problems = Vec::new();
    for code in CODES {
        let page = read(html_page(&parts(code), SITE_HTML).as_bytes(), "page1.html");
        if (page.lang, page.lang_evidence) != (lang(code), LangEvidence::HtmlLang) {
            problems.push(format!(
                "{code} as page1.html: {} from {:?}, expected {code} from HtmlLang",
                page.lang, page.lang_evidence
            ));
        }
    }
    assert_no_problems(problems);
}

#[test]
fn html_page1_without_lang_or_language_list_takes_its_language_from_the_text() {
    let bare = HtmlOptions {
        lang_attr: false,
        language_list: false,
        ..SITE_HTML
    };
    let mut problems = Vec::new();
    for code in CODES {
        let html = html_page(&parts(code), bare);
        assert!(!html.contains("lang=") && !html.contains("class=\"languages\""));
        let page = read(html.as_bytes(), "page1.html");
        if (page.lang, page.lang_evidence) != (lang(code), LangEvidence::Text) {
            problems.push(format!(
                "{code} as bare page1.html: {} from {:?}, expected {code} from Text",
                page.lang, page.lang_evidence
            ));
        }
    }
    assert_no_problems(problems);
}

#[test]
fn text_page1_takes_its_language_from_the_language_list() {
    let mut problems = Vec::new();
    for code in CODES {
        let page = read(edition_text(code).as_bytes(), "page1.txt");
        if (page.lang, page.lang_evidence) != (lang(code), LangEvidence::LanguageList) {
            problems.push(format!(
                "{code} as page1.txt: {} from {:?}, expected {code} from LanguageList",
                page.lang, page.lang_evidence
            ));
        }
        if page.kind != PageKind::Text {
            problems.push(format!("{code} as page1.txt: kind {:?}", page.kind));
        }
    }
    assert_no_problems(problems);
}

// ---------------------------------------------------------------------------------------------
// 3. Encodings.

fn round_trips(text: &str, encoding: &'static Encoding) -> bool {
    let (bytes, _, unmappable) = encoding.encode(text);
    !unmappable && encoding.decode_without_bom_handling(&bytes).0 == text
}

/// The edition's page text as a reader's browser would save it in `encoding`: characters the
/// encoding lacks in the chrome are gone (lines dropped), bullets use a mark the encoding has,
/// the empty no-break-space paragraph is empty, and the date line is written in ISO form when
/// the encoding lacks `年月日`. The article's own lines are all kept.
fn encodable_text(code: &str, encoding: &'static Encoding) -> String {
    let p = parts(code);
    let bullet = ["•", "・", "●", "*"]
        .into_iter()
        .find(|b| round_trips(b, encoding))
        .unwrap();
    let mut out = Vec::new();
    for line in edition_text(code).lines() {
        let mut line = line.replace('\u{a0}', " ").replace('•', bullet);
        if line.trim() == p.date && !round_trips(&line, encoding) {
            line = iso_date(&p.date).replace('T', " ");
        }
        if round_trips(&line, encoding) {
            out.push(line);
        }
    }
    out.join("\n") + "\n"
}

/// Reads the edition encoded in `encoding` (no declaration, so detected) and checks it against
/// the same text in UTF-8, and that text against the unmodified edition.
fn check_legacy_encoding(code: &str, encoding: &'static Encoding) -> Vec<String> {
    check_legacy_encoding_named(code, encoding, true)
}

/// As [`check_legacy_encoding`]; `check_name` also checks `page.encoding` and the note.
fn check_legacy_encoding_named(
    code: &str,
    encoding: &'static Encoding,
    check_name: bool,
) -> Vec<String> {
    let name = format!("{code}.txt");
    let original = encodable_text(code, encoding);
    let utf8 = segment(&read(original.as_bytes(), &name));
    // The encodable copy is still the whole article.
    assert_eq!(
        sentences(&utf8),
        sentences(&text_edition(code).1),
        "{code} in {}: the test's encodable copy lost article text",
        encoding.name()
    );
    let (bytes, _, unmappable) = encoding.encode(&original);
    assert!(!unmappable);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the bytes are not UTF-8"
    );
    check_decoded(
        &format!("{code} in {}", encoding.name()),
        &bytes,
        &name,
        &utf8,
        check_name.then(|| encoding.name()),
        EncodingEvidence::Detected,
    )
}

fn check_decoded(
    what: &str,
    bytes: &[u8],
    name: &str,
    want: &Edition,
    encoding: Option<&str>,
    evidence: EncodingEvidence,
) -> Vec<String> {
    let page = match page_from_bytes(bytes, Path::new(name)) {
        Ok(page) => page,
        Err(e) => return vec![format!("{what}: not read: {e}")],
    };
    let mut problems = Vec::new();
    if page.encoding_evidence != evidence {
        problems.push(format!(
            "{what}: encoding decided by {:?}, expected {evidence:?}",
            page.encoding_evidence
        ));
    }
    if let Some(encoding) = encoding {
        if page.encoding != encoding {
            problems.push(format!(
                "{what}: read as {}, expected {encoding}",
                page.encoding
            ));
        }
        let noted = page.notes.iter().any(|n| n.contains(encoding));
        if evidence != EncodingEvidence::Bom && !noted {
            problems.push(format!(
                "{what}: no note names {encoding}: {:?}",
                page.notes
            ));
        }
    }
    if page.title != want.title {
        problems.push(format!(
            "{what}: title {:?}, expected {:?}",
            page.title, want.title
        ));
    }
    let got = segment(&page);
    problems.extend(same_article(what, &got, want));
    if sentences(&got) != sentences(want) {
        let first = sentences(&got)
            .into_iter()
            .zip(sentences(want))
            .find(|(g, w)| g != w);
        problems.push(format!(
            "{what}: sentences differ from the UTF-8 original; first: {first:?}"
        ));
    }
    problems
}

#[test]
fn japanese_in_shift_jis() {
    assert_no_problems(check_legacy_encoding("ja", encoding_rs::SHIFT_JIS));
}

#[test]
fn japanese_in_euc_jp() {
    assert_no_problems(check_legacy_encoding("ja", encoding_rs::EUC_JP));
}

#[test]
fn korean_in_euc_kr() {
    assert_no_problems(check_legacy_encoding("ko", encoding_rs::EUC_KR));
}

#[test]
fn chinese_in_gb18030_reads_as_the_utf8_original() {
    assert_no_problems(check_legacy_encoding_named(
        "zh",
        encoding_rs::GB18030,
        false,
    ));
}

#[test]
fn chinese_in_gb18030_is_reported_as_gb18030() {
    let original = encodable_text("zh", encoding_rs::GB18030);
    let (_, _, not_gbk) = encoding_rs::GBK.encode(&original);
    assert!(not_gbk, "the page holds characters GBK cannot encode");
    assert_no_problems(check_legacy_encoding("zh", encoding_rs::GB18030));
}

#[test]
fn thai_in_windows_874() {
    assert_no_problems(check_legacy_encoding("th", encoding_rs::WINDOWS_874));
}

#[test]
fn french_german_spanish_in_windows_1252() {
    let mut problems = Vec::new();
    for code in ["fr", "de", "es"] {
        problems.extend(check_legacy_encoding(code, encoding_rs::WINDOWS_1252));
    }
    assert_no_problems(problems);
}

/// Simplified characters of the Chinese edition's first sections and their Traditional forms,
/// the ones Big5 lacks.
const SIMPLIFIED_TRADITIONAL: &str =
    "业業严嚴个個为為争爭产產亿億内內写寫刚剛创創动動华華参參发發员員响響国國图圖\
    场場备備夺奪实實对對导導将將开開战戰报報数數时時晓曉权權满滿点點环環现現监監称稱约約纽紐\
    练練续續营營蓝藍虽雖规規计計认認训訓设設话話财財资資转轉达達迈邁运運还還这這远遠销銷长長\
    际際预預领領额額库庫结結络絡继繼脉脈论論费費间間
    强強与與并並据據无無优優体體价價";

fn to_traditional(text: &str) -> String {
    let table: Vec<char> = SIMPLIFIED_TRADITIONAL
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    text.chars()
        .map(|c| {
            table
                .chunks(2)
                .find(|pair| pair[0] == c)
                .map_or(c, |pair| pair[1])
        })
        .collect()
}

/// A content-only Traditional-Chinese page made from the Chinese edition's title, intro,
/// sections 1 and 2 and conclusion, converted with the table above; every line is Big5.
fn traditional_chinese_page() -> String {
    let p = parts("zh");
    let mut lines = vec![
        p.title.clone(),
        String::new(),
        p.title.clone(),
        String::new(),
    ];
    lines.push(p.date.clone());
    let mut section = 0;
    for line in &p.body {
        if let Line::Heading(_) = line {
            section += 1;
        }
        // The 1st to 3rd headings open intro, 1 and 2; the 13th the conclusion.
        if !(section <= 3 || section == 13) {
            continue;
        }
        lines.push(String::new());
        match line {
            Line::Heading(t) => {
                lines.push(String::new());
                lines.push(t.clone());
            }
            Line::Paragraph(t) => lines.push(t.clone()),
            Line::Bullet(t) => lines.push(format!("  • {t}")),
        }
    }
    let text = to_traditional(&(lines.join("\n") + "\n"));
    let missing: BTreeSet<char> = text
        .chars()
        .filter(|c| !round_trips(&c.to_string(), encoding_rs::BIG5))
        .collect();
    assert!(
        missing.is_empty(),
        "the test's table lacks the Traditional forms of {missing:?}"
    );
    text
}

#[test]
fn traditional_chinese_in_big5() {
    let text = traditional_chinese_page();
    let want = segment(&read(text.as_bytes(), "zh.txt"));
    let mut wanted = vec![SectionId::Title, SectionId::Intro];
    wanted.extend([SectionId::Numbered(1), SectionId::Numbered(2)]);
    wanted.push(SectionId::Conclusion);
    assert_eq!(want.sections(), wanted, "the UTF-8 page itself");
    assert!(want.sentences.len() >= 15);
    let (bytes, _, unmappable) = encoding_rs::BIG5.encode(&text);
    assert!(!unmappable);
    assert_no_problems(check_decoded(
        "zh-Hant in Big5",
        &bytes,
        "zh.txt",
        &want,
        Some("Big5"),
        EncodingEvidence::Detected,
    ));
}

fn with_bom(bom: &[u8], body: &[u8]) -> Vec<u8> {
    let mut bytes = bom.to_vec();
    bytes.extend_from_slice(body);
    bytes
}

#[test]
fn english_in_utf16le_utf16be_and_utf8_with_byte_order_marks() {
    let text = edition_text("en");
    let want = text_edition("en").1;
    let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let mut problems = Vec::new();
    for (what, bytes, encoding) in [
        (
            "UTF-16LE with BOM",
            with_bom(&[0xFF, 0xFE], &le),
            "UTF-16LE",
        ),
        (
            "UTF-16BE with BOM",
            with_bom(&[0xFE, 0xFF], &be),
            "UTF-16BE",
        ),
        (
            "UTF-8 with BOM",
            with_bom(&[0xEF, 0xBB, 0xBF], text.as_bytes()),
            "UTF-8",
        ),
    ] {
        problems.extend(check_decoded(
            what,
            &bytes,
            "en.txt",
            &want,
            Some(encoding),
            EncodingEvidence::Bom,
        ));
    }
    assert_no_problems(problems);
}

#[test]
fn html_page_declaring_euc_jp_is_read_as_declared() {
    let p = parts("ja");
    let utf8_html = html_page(&p, SITE_HTML);
    let want = segment(&read(utf8_html.as_bytes(), "ja.html"));
    let euc_html = html_page(
        &p,
        HtmlOptions {
            charset: "euc-jp",
            ..SITE_HTML
        },
    );
    // Characters EUC-JP lacks (the menu's emoji, other scripts in the language list) become
    // numeric character references, as browsers write them.
    let (bytes, _, _) = encoding_rs::EUC_JP.encode(&euc_html);
    assert!(std::str::from_utf8(&bytes).is_err());
    assert_no_problems(check_decoded(
        "ja.html declaring euc-jp",
        &bytes,
        "ja.html",
        &want,
        Some("EUC-JP"),
        EncodingEvidence::Declared,
    ));
    let page = read(&bytes, "ja.html");
    assert_eq!(page.kind, PageKind::Html);
    assert_eq!(page.lang, Lang::Ja);
}

// ---------------------------------------------------------------------------------------------
// 4. Page shapes.

/// The page from the first title line on, without the date line.
fn content_only(code: &str) -> String {
    let p = parts(code);
    let text = edition_text(code);
    let lines: Vec<&str> = text.lines().collect();
    let from = lines
        .iter()
        .position(|l| l.trim() == p.title)
        .expect("title line");
    lines[from..]
        .iter()
        .filter(|l| l.trim() != p.date)
        .copied()
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[test]
fn full_page_and_content_only_copy_read_as_the_same_article() {
    let mut problems = Vec::new();
    for code in CODES {
        let (full, want) = text_edition(code);
        if full.shape != PageShape::FullChrome {
            problems.push(format!("{code}.txt: shape {:?}", full.shape));
        }
        let copy = content_only(code);
        assert!(copy.starts_with(&parts(code).title));
        let page = read(copy.as_bytes(), &format!("{code}.txt"));
        let what = format!("{code} content only");
        if page.shape != PageShape::ContentOnly {
            problems.push(format!("{what}: shape {:?}", page.shape));
        }
        if page.date.is_some() {
            problems.push(format!("{what}: date {:?}, expected none", page.date));
        }
        if page.title != full.title {
            problems.push(format!("{what}: title {:?}", page.title));
        }
        let got = segment(&page);
        if got.sections() != want.sections() || counts(&got) != counts(&want) {
            problems.push(format!(
                "{what}: sentences per section {:?}, expected {:?}",
                counts(&got),
                counts(&want)
            ));
        }
        if sentences(&got) != sentences(&want) {
            problems.push(format!("{what}: sentences differ"));
        }
    }
    assert_no_problems(problems);
}

// ---------------------------------------------------------------------------------------------
// 5. Table of contents.

/// The German page with a table of contents after the intro paragraph: the label, then the
/// eleven heading lines as `entry(heading)` writes them, `gap` between entries.
fn german_with_toc(entry: impl Fn(&str) -> String, gap: &str) -> String {
    let p = parts("de");
    let intro_paragraph = p
        .body
        .iter()
        .find_map(|l| match l {
            Line::Paragraph(t) => Some(t.clone()),
            _ => None,
        })
        .unwrap();
    let headings: Vec<String> = p
        .body
        .iter()
        .filter_map(|l| match l {
            Line::Heading(t) if t.starts_with(|c: char| c.is_ascii_digit()) => Some(t.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(headings.len(), 11);
    assert!(headings[0].starts_with("1 ") && headings[10].starts_with("11 "));
    let toc: Vec<String> = headings.iter().map(|h| entry(h)).collect();
    let block = format!(
        "\n\nInhaltsverzeichnis\n{}\n",
        toc.join(&format!("\n{gap}"))
    );
    let text = edition_text("de");
    let at = text.find(&intro_paragraph).unwrap() + intro_paragraph.len();
    let with = format!("{}{}{}", &text[..at], block, &text[at..]);
    with
}

fn check_toc(text: &str) -> Vec<String> {
    let (_, want) = text_edition("de");
    let page = read(text.as_bytes(), "de.txt");
    let got = segment(&page);
    let mut problems = same_article("de with a table of contents", &got, &want);
    for id in got.sections() {
        let n = got.section(id).count();
        if n < 2 && id != SectionId::Title && id != SectionId::Refs {
            problems.push(format!("section {id} has {n} sentence(s)"));
        }
    }
    if sentences(&got) != sentences(&want) {
        problems.push("sentences differ from the edition without the table".into());
    }
    problems
}

#[test]
fn german_table_of_contents_is_not_aligned_twice() {
    let text = german_with_toc(|h| h.to_string(), "");
    assert_no_problems(check_toc(&text));
}

#[test]
fn german_table_of_contents_as_a_bullet_list_is_not_aligned_twice() {
    // A table of contents saved from a `<ul>`: bullets, blank lines between entries.
    let text = german_with_toc(|h| format!("  • {h}"), "\n");
    assert!(text.contains("Inhaltsverzeichnis\n  • 1 So funktioniert"));
    assert_no_problems(check_toc(&text));
}

// ---------------------------------------------------------------------------------------------
// 6. Markdown.

fn english_markdown() -> String {
    let p = parts("en");
    let mut md = format!("# {}\n\n{}\n", p.title, p.date);
    let mut first_paragraph = true;
    let mut in_list = false;
    for line in &p.body {
        match line {
            Line::Heading(t) => md.push_str(&format!("\n## {t}\n\n")),
            Line::Paragraph(t) => {
                if in_list {
                    md.push('\n');
                }
                let t = if first_paragraph {
                    first_paragraph = false;
                    assert!(t.contains("The New York Times (NYT)"));
                    t.replacen(
                        "The New York Times (NYT)",
                        "[The New York Times](https://www.nytimes.com/) (**NYT**)",
                        1,
                    )
                } else {
                    t.clone()
                };
                md.push_str(&format!("{t}\n\n"));
            }
            Line::Bullet(t) => md.push_str(&format!("- {t}\n")),
        }
        in_list = matches!(line, Line::Bullet(_));
    }
    md.push_str(&format!(
        "\n{}\n\n{}\n{}\n",
        p.ref_label, p.ref_title, p.ref_source
    ));
    md
}

#[test]
fn english_markdown_edition_reads_as_the_text_edition() {
    let md = english_markdown();
    assert!(md.contains("**NYT**") && md.contains("\n## 1. How") && md.contains("\n- @"));
    let page = read(md.as_bytes(), "en.md");
    assert_eq!(page.kind, PageKind::Markdown);
    assert_eq!(page.lang, Lang::En);
    let got = segment(&page);
    let (_, want) = text_edition("en");
    assert_no_problems(same_article("en.md", &got, &want));
    assert_eq!(got.sections(), all_sections());
    for s in &got.sentences {
        assert!(
            !s.text.contains("**") && !s.text.contains("](") && !s.text.starts_with('#'),
            "Markdown left in {}: {:?}",
            s.id,
            s.text
        );
    }
    assert_eq!(sentences(&got), sentences(&want), "en.md sentences");
}

// ---------------------------------------------------------------------------------------------
// 7. Glued sources in every script.

fn glued_source_problems(what: &str, edition: &Edition) -> Vec<String> {
    let found: BTreeSet<&str> = edition
        .sentences
        .iter()
        .flat_map(|s| s.sources.iter().map(String::as_str))
        .collect();
    let mut problems: Vec<String> = common::SOURCES
        .iter()
        .filter(|name| !found.contains(**name))
        .map(|name| format!("{what}: source {name} not found (found {found:?})"))
        .collect();
    for s in &edition.sentences {
        if s.text.ends_with("Techmeme") {
            problems.push(format!(
                "{what} {}: glued source left in {:?}",
                s.id, s.text
            ));
        }
    }
    problems
}

#[test]
fn glued_sources_are_split_off_in_every_script() {
    let mut problems = Vec::new();
    for code in CODES {
        problems.extend(glued_source_problems(
            &format!("{code}.txt"),
            &text_edition(code).1,
        ));
        let html = read(
            html_page(&parts(code), SITE_HTML).as_bytes(),
            &format!("{code}.html"),
        );
        problems.extend(glued_source_problems(
            &format!("{code}.html"),
            &segment(&html),
        ));
    }
    assert_no_problems(problems);
}
