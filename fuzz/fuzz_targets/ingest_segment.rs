//! Fuzzes the ingest and segment stages: arbitrary bytes -> `page_from_bytes` -> `segment`,
//! and `split_block` for every language on the input as (lossy) UTF-8.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

/// File names chosen by the first input byte: some carry a language (the file-name path),
/// some don't (the detection path), and the extensions vary.
const NAMES: [&str; 8] = [
    "de.txt",
    "ja.html",
    "page1.html",
    "th.md",
    "x.txt",
    "article.ko.txt",
    "zh.md",
    "page.hi.html",
];

fuzz_target!(|data: &[u8]| {
    let name = NAMES[data.first().map_or(0, |&b| b as usize) % NAMES.len()];
    let path = Path::new(name);

    // Ingest must never panic; errors are fine.
    if let Ok(page) = concord::ingest::page_from_bytes(data, path) {
        let edition = concord::segment::segment(&page);
        let _ = edition.sections();
    }

    let text = String::from_utf8_lossy(data);
    for lang in concord::lang::ALL {
        let _ = concord::segment::split_block(&text, lang);
    }
});
