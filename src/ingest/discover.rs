//! Finding articles and their edition files in the folders a user names.
//!
//! A path is an article folder (it holds edition files) or a corpus folder (it holds article
//! folders). Files that are not editions (`gold.json`, `EXPECTED.md`, a README) are skipped with
//! a note, never read as an edition.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::lang::Lang;

/// One article to align: its name (the folder name) and its candidate edition files.
#[derive(Debug, Clone)]
pub struct ArticleFiles {
    /// The article's name, written in the `article` column of every output file.
    pub name: String,
    /// The folder the files came from.
    pub dir: PathBuf,
    /// Files that may be editions, sorted by name.
    pub files: Vec<PathBuf>,
}

/// What discovery found: the articles, and notes about what it skipped.
#[derive(Debug, Default)]
pub struct Discovery {
    pub articles: Vec<ArticleFiles>,
    pub notes: Vec<String>,
}

/// Above this many skipped files, notes are summarised by file name.
const SKIPPED_LISTED_MAX: usize = 5;

/// Notes for skipped files: each one, or when there are many, one line per file name
/// (`skipped 123 files named gold.json: ...`).
fn skipped_notes(skipped: &[(PathBuf, &'static str)]) -> Vec<String> {
    if skipped.len() <= SKIPPED_LISTED_MAX {
        return skipped
            .iter()
            .map(|(path, why)| format!("skipped {}: {why}", path.display()))
            .collect();
    }
    let mut groups: Vec<(String, &'static str, usize)> = Vec::new();
    for (path, why) in skipped {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        match groups.iter_mut().find(|g| g.0 == name && g.1 == *why) {
            Some(g) => g.2 += 1,
            None => groups.push((name, why, 1)),
        }
    }
    groups
        .into_iter()
        .map(|(name, why, n)| format!("skipped {n} file(s) named {name}: {why}"))
        .collect()
}

/// Gives every article a distinct name: a folder named twice is aligned once, and two folders
/// with the same name are told apart by their parent folder (`monday/story`, `tuesday/story`).
/// Sets, not lists: a corpus of 10,000 articles took three seconds comparing paths pairwise.
fn distinct_names(found: &mut Discovery) {
    let mut seen: HashSet<PathBuf> = HashSet::new();
    found.articles.retain(|a| {
        let canonical = a.dir.canonicalize().unwrap_or_else(|_| a.dir.clone());
        if !seen.insert(canonical) {
            found
                .notes
                .push(format!("{} was given twice; aligned once", a.dir.display()));
            return false;
        }
        true
    });
    let mut uses: HashMap<String, usize> = HashMap::new();
    for article in &found.articles {
        *uses.entry(article.name.clone()).or_default() += 1;
    }
    for article in &mut found.articles {
        if uses[&article.name] > 1 {
            let canonical = article
                .dir
                .canonicalize()
                .unwrap_or_else(|_| article.dir.clone());
            let parent = canonical
                .parent()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            article.name = format!("{parent}/{}", article.name);
        }
    }
}

/// File extensions an edition may have: saved page text, HTML, Markdown, or none.
const EDITION_EXTENSIONS: &[&str] = &["txt", "text", "html", "htm", "md", "markdown", ""];

/// File-name stems that are documentation around editions, never editions themselves.
const NOT_EDITION_STEMS: &[&str] = &[
    "readme",
    "expected",
    "license",
    "licence",
    "notes",
    "changelog",
    "copying",
    "gold",
];

/// The language a file name carries: `de.txt`, `article.de.txt`, `page_de.html`.
pub fn lang_from_file_name(path: &Path) -> Option<Lang> {
    let name = path.file_name()?.to_str()?;
    let stem = name.split('.').next().unwrap_or(name);
    let dotted = name.split('.').skip(1).collect::<Vec<_>>();
    // `de.txt` and `article.de.txt`: a dot-separated part that is a code.
    let parts = std::iter::once(stem).chain(dotted.iter().copied());
    for part in parts {
        if part.len() <= 5
            && let Some(lang) = Lang::from_code(part)
        {
            return Some(lang);
        }
    }
    // `page_de.txt`, `article-de.html`.
    let last = stem.rsplit(['_', '-']).next()?;
    if last.len() == 2 && last != stem {
        return Lang::from_code(last);
    }
    None
}

/// Why a file is not an edition, or `None` when it may be one.
fn not_an_edition(path: &Path) -> Option<&'static str> {
    let name = path.file_name()?.to_str()?;
    if name.starts_with('.') {
        return Some("hidden file");
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if !EDITION_EXTENSIONS.contains(&ext.as_str()) {
        return Some("not a page (its extension is not .txt, .html or .md)");
    }
    let stem = name.split('.').next().unwrap_or("").to_ascii_lowercase();
    if NOT_EDITION_STEMS.contains(&stem.as_str()) {
        return Some("documentation, not an edition");
    }
    if ext == "md" && lang_from_file_name(path).is_none() {
        return Some("a Markdown file whose name carries no language code");
    }
    None
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let read = fs::read_dir(dir).map_err(|e| Error::input(dir, format!("cannot list: {e}")))?;
    let mut entries = Vec::new();
    for entry in read {
        let entry = entry.map_err(|e| Error::input(dir, format!("cannot list: {e}")))?;
        entries.push(entry.path());
    }
    entries.sort();
    Ok(entries)
}

fn article_name(dir: &Path) -> String {
    let canonical = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    canonical
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("article")
        .to_string()
}

/// Collects the candidate edition files directly in `dir`, noting what it skips.
fn edition_files(dir: &Path, skipped: &mut Vec<(PathBuf, &'static str)>) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in sorted_entries(dir)? {
        if !path.is_file() {
            continue;
        }
        match not_an_edition(&path) {
            Some(why) => skipped.push((path, why)),
            None => files.push(path),
        }
    }
    Ok(files)
}

/// Finds the articles under the given paths. A folder with edition files is one article; a
/// folder whose sub-folders hold edition files is a corpus of articles.
pub fn discover(paths: &[PathBuf]) -> Result<Discovery> {
    let mut found = Discovery::default();
    let mut skipped = Vec::new();
    for path in paths {
        if !path.exists() {
            return Err(Error::input(
                path,
                "no such file or folder; give an article folder (its edition files) or a folder of article folders",
            ));
        }
        if path.is_file() {
            return Err(Error::input(
                path,
                "is a file; give the folder that holds the article's editions",
            ));
        }
        discover_dir(path, &mut found, &mut skipped)?;
    }
    let mut notes = skipped_notes(&skipped);
    notes.append(&mut found.notes);
    found.notes = notes;
    distinct_names(&mut found);
    if found.articles.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::Input(format!(
            "{}: no edition files found; an article folder holds files such as ja.txt en.txt de.txt",
            shown.join(", ")
        )));
    }
    Ok(found)
}

fn discover_dir(
    dir: &Path,
    found: &mut Discovery,
    skipped: &mut Vec<(PathBuf, &'static str)>,
) -> Result<()> {
    let files = edition_files(dir, skipped)?;
    if !files.is_empty() {
        found.articles.push(ArticleFiles {
            name: article_name(dir),
            dir: dir.to_path_buf(),
            files,
        });
        return Ok(());
    }
    let subdirs: Vec<PathBuf> = sorted_entries(dir)?
        .into_iter()
        .filter(|p| p.is_dir() && !is_hidden(p))
        .collect();
    for sub in subdirs {
        let files = edition_files(&sub, skipped)?;
        if files.is_empty() {
            found
                .notes
                .push(format!("skipped {}: no edition files", sub.display()));
            continue;
        }
        found.articles.push(ArticleFiles {
            name: article_name(&sub),
            dir: sub,
            files,
        });
    }
    Ok(())
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

impl Discovery {
    /// The languages the corpus columns will hold, in site order: those the file names carry,
    /// or all nine when a file name carries none (its language is told from its content).
    pub fn langs_hint(&self) -> Vec<Lang> {
        let mut found = [false; 9];
        for files in &self.articles {
            for path in &files.files {
                match lang_from_file_name(path) {
                    Some(lang) => found[lang as usize] = true,
                    None => return crate::lang::ALL.to_vec(),
                }
            }
        }
        crate::lang::ALL
            .iter()
            .copied()
            .filter(|l| found[*l as usize])
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_in_file_names() {
        assert_eq!(lang_from_file_name(Path::new("de.txt")), Some(Lang::De));
        assert_eq!(
            lang_from_file_name(Path::new("x/article.ja.txt")),
            Some(Lang::Ja)
        );
        assert_eq!(
            lang_from_file_name(Path::new("page_th.html")),
            Some(Lang::Th)
        );
        assert_eq!(lang_from_file_name(Path::new("cn.txt")), Some(Lang::Zh));
        assert_eq!(lang_from_file_name(Path::new("000_d7795f77.txt")), None);
        assert_eq!(lang_from_file_name(Path::new("gold.json")), None);
    }

    #[test]
    fn a_folder_given_twice_is_one_article_and_a_shared_name_takes_its_parent() {
        let tmp = tempfile::tempdir().unwrap();
        let story = |day: &str| {
            let dir = tmp.path().join(day).join("story");
            fs::create_dir_all(&dir).unwrap();
            fs::write(dir.join("en.txt"), "A sentence.").unwrap();
            dir
        };
        let (monday, tuesday) = (story("monday"), story("tuesday"));
        let found = discover(&[monday.clone(), tuesday, monday]).unwrap();
        let names: Vec<&str> = found.articles.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["monday/story", "tuesday/story"]);
        assert!(
            found.notes.iter().any(|n| n.contains("given twice")),
            "{:?}",
            found.notes
        );
    }

    #[test]
    fn documentation_is_not_an_edition() {
        assert!(not_an_edition(Path::new("gold.json")).is_some());
        assert!(not_an_edition(Path::new("EXPECTED.md")).is_some());
        assert!(not_an_edition(Path::new("README.txt")).is_some());
        assert!(not_an_edition(Path::new("de.txt")).is_none());
        assert!(not_an_edition(Path::new("de.md")).is_none());
    }
}
