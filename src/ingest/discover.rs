//! Finding articles and their edition files in the folders a user names.
//!
//! A path is an article folder (it holds edition files) or a corpus folder (it holds article
//! folders). Files that are not editions (`gold.json`, `EXPECTED.md`, a README) are skipped with
//! a note, never read as an edition.

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
fn edition_files(dir: &Path, notes: &mut Vec<String>) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in sorted_entries(dir)? {
        if !path.is_file() {
            continue;
        }
        match not_an_edition(&path) {
            Some(why) => notes.push(format!("skipped {}: {why}", path.display())),
            None => files.push(path),
        }
    }
    Ok(files)
}

/// Finds the articles under the given paths. A folder with edition files is one article; a
/// folder whose sub-folders hold edition files is a corpus of articles.
pub fn discover(paths: &[PathBuf]) -> Result<Discovery> {
    let mut found = Discovery::default();
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
                "is a file; give the folder that holds the article's editions (for one page, use `concord inspect`)",
            ));
        }
        discover_dir(path, &mut found)?;
    }
    if found.articles.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::Input(format!(
            "{}: no edition files found; an article folder holds files such as ja.txt en.txt de.txt",
            shown.join(", ")
        )));
    }
    Ok(found)
}

fn discover_dir(dir: &Path, found: &mut Discovery) -> Result<()> {
    let mut notes = Vec::new();
    let files = edition_files(dir, &mut notes)?;
    if !files.is_empty() {
        found.notes.append(&mut notes);
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
        let mut sub_notes = Vec::new();
        let files = edition_files(&sub, &mut sub_notes)?;
        found.notes.append(&mut sub_notes);
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
    found.notes.append(&mut notes);
    Ok(())
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
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
    fn documentation_is_not_an_edition() {
        assert!(not_an_edition(Path::new("gold.json")).is_some());
        assert!(not_an_edition(Path::new("EXPECTED.md")).is_some());
        assert!(not_an_edition(Path::new("README.txt")).is_some());
        assert!(not_an_edition(Path::new("de.txt")).is_none());
        assert!(not_an_edition(Path::new("de.md")).is_none());
    }
}
