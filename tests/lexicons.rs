//! A run of several articles learns which words translate each other (`align::Lexicons`) and
//! tells by it a short sentence an edition added: one that translates no word of the original
//! there. Synthetic articles in Japanese (one Han character a concept), English and Korean (a
//! word a concept), so that nothing but the learned lexicon ties the editions' words together.

use std::fs;
use std::path::Path;
use std::process::Command;

/// Concepts of the synthetic language: one Han character each in Japanese.
const HAN: &str = "山川田林森村町市国県海空雨雪風花草木竹石金銀銅鉄魚鳥犬猫牛馬羊豚米麦茶酒塩油紙糸布皮骨肉血心手足目耳口鼻歯首腕指胸腹背腰肩門窓壁床屋橋道駅港船車春夏秋冬朝昼夜星月日火水土光音声色形線点面箱机椅皿箸鍋窯炉灯傘靴帽袋鞄鏡櫛針釘槌斧鋸鎌鍬網籠桶樽瓶壺杯盆盤棚扉柱梁瓦畳障襖縁庭池泉滝沼湖島岬浜崖谷峠坂丘野原芝苔蔦藤桜梅松杉桐楓柳";

/// Sentences an article has, and concepts a sentence names.
const SENTENCES: usize = 9;
const CONCEPTS: usize = 16;

/// Editions besides the Japanese original, and the syllables their words are made of.
const SYLLABLES: [(&str, [&str; 8]); 4] = [
    ("en", ["ka", "mo", "ri", "te", "su", "no", "ha", "pe"]),
    ("fr", ["bu", "di", "lo", "va", "ze", "fi", "gu", "ja"]),
    (
        "de",
        ["wan", "tor", "gel", "bis", "kum", "dra", "fen", "hol"],
    ),
    ("ko", ["가", "모", "리", "테", "수", "노", "하", "페"]),
];

/// The word of concept `c` in the edition of `syllables`.
fn word(c: usize, syllables: &[&str; 8]) -> String {
    [c % 8, (c / 8) % 8, c / 64 % 8]
        .iter()
        .map(|&n| syllables[n])
        .collect()
}

/// The concepts of sentence `s` of article `a`: a fixed pseudo-random pick, without repeats.
fn concepts(a: usize, s: usize, n: usize) -> Vec<usize> {
    let total = HAN.chars().count();
    let mut state = (a * 7919 + s * 104_729 + 17) as u64;
    let mut out = Vec::new();
    while out.len() < n {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let c = ((state >> 33) as usize) % total;
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// The sentences of concepts `cs` in Japanese and then each edition of `SYLLABLES`.
fn sentence(cs: &[usize]) -> Vec<String> {
    let han: Vec<char> = HAN.chars().collect();
    let mut out = vec![cs.iter().map(|&c| han[c]).collect::<String>() + "。"];
    for (lang, syllables) in &SYLLABLES {
        let words: Vec<String> = cs.iter().map(|&c| word(c, syllables)).collect();
        let mut text = words.join(" ");
        if *lang == "ko" {
            text.push('다');
        } else {
            let first = text.remove(0).to_ascii_uppercase();
            text.insert(0, first);
        }
        text.push('.');
        out.push(text);
    }
    out
}

/// Writes article `a` into `dir`; in the article `added`, the Korean edition adds a short
/// sentence of three concepts the original's fifth sentence does not name after its own.
fn write_article(dir: &Path, a: usize, added: bool) {
    fs::create_dir_all(dir).unwrap();
    let langs: Vec<&str> = std::iter::once("ja")
        .chain(SYLLABLES.iter().map(|s| s.0))
        .collect();
    let mut pages: Vec<String> = langs
        .iter()
        .map(|lang| format!("{lang} {a}\n\n{lang} {a}\n\n2025年07月17日 02:50\n\n"))
        .collect();
    for s in 0..SENTENCES {
        let cs = concepts(a, s, CONCEPTS);
        for (page, text) in pages.iter_mut().zip(sentence(&cs)) {
            page.push_str(&text);
            page.push(' ');
        }
        if added && s == 4 {
            let others: Vec<usize> = (0..HAN.chars().count())
                .filter(|c| !cs.contains(c))
                .take(3)
                .collect();
            let korean = sentence(&others).pop().unwrap();
            pages.last_mut().unwrap().push_str(&(korean + " "));
        }
        if s % 3 == 2 {
            for page in pages.iter_mut() {
                page.push_str("\n\n");
            }
        }
    }
    for (lang, page) in langs.iter().zip(&pages) {
        fs::write(dir.join(format!("{lang}.txt")), page).unwrap();
    }
}

/// What concord writes about article `a-00`: its rows (corpus.csv without the `article`
/// column) and the `lang kind` of its findings and notes.
#[derive(Debug, PartialEq)]
struct Article {
    rows: Vec<Vec<String>>,
    findings: Vec<String>,
}

/// Runs `concord align` on `path` and returns what it wrote about article `a-00`.
fn first_article(path: &Path, out: &Path, extra: &[&str]) -> Article {
    let o = Command::new(env!("CARGO_BIN_EXE_concord"))
        .arg("align")
        .arg(path)
        .arg("--out")
        .arg(out)
        .arg("--quiet")
        .args(extra)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rows = |file: &str| -> Vec<csv::StringRecord> {
        let mut reader = csv::Reader::from_path(out.join(file)).unwrap();
        reader
            .records()
            .map(|r| r.unwrap())
            .filter(|r| &r[0] == "a-00")
            .collect()
    };
    let mut findings = Vec::new();
    for file in ["findings.csv", "notes.csv"] {
        let mut reader = csv::Reader::from_path(out.join(file)).unwrap();
        let headers = reader.headers().unwrap().clone();
        let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
        let (lang, kind) = (column("lang"), column("kind"));
        findings.extend(
            rows(file)
                .iter()
                .map(|r| format!("{} {}", &r[lang], &r[kind])),
        );
    }
    Article {
        rows: rows("corpus.csv")
            .iter()
            .map(|r| r.iter().skip(1).map(str::to_string).collect())
            .collect(),
        findings,
    }
}

/// Ten synthetic articles in a folder `site` under `dir`; the Korean edition of `a-00` adds a
/// sentence.
fn corpus(dir: &Path) -> std::path::PathBuf {
    let corpus = dir.join("site");
    for a in 0..10 {
        write_article(&corpus.join(format!("a-{a:02}")), a, a == 0);
    }
    corpus
}

#[test]
fn a_short_added_sentence_that_translates_nothing_there_is_extra() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = corpus(tmp.path());
    let learned = first_article(&corpus, &tmp.path().join("out"), &[]);
    assert_eq!(
        learned.findings,
        ["ko extra"],
        "the run's lexicon tells the added sentence"
    );
    // Alone, concord sees one sentence more than the others, not what it says.
    let alone = first_article(&corpus, &tmp.path().join("alone"), &["--isolated"]);
    assert_eq!(alone.findings, ["ko split"]);
}

#[test]
fn isolated_articles_align_as_they_do_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = corpus(tmp.path());
    let isolated = first_article(&corpus, &tmp.path().join("isolated"), &["--isolated"]);
    let alone = first_article(&corpus.join("a-00"), &tmp.path().join("alone"), &[]);
    assert_eq!(isolated, alone);
    assert!(!alone.rows.is_empty());
}
