//! Fuzzes the bilingual aligner (`concord pair`): arbitrary bytes -> two lists of sentences,
//! one a line -> `align_sentences` with the default and the document weights, and checks that
//! the beads cover every line of both sides exactly once, in order.
//!
//! The input is split at its first zero byte: the bytes before it are the source side, the
//! bytes after it the target side (no zero byte: the target side is empty). Each side is read
//! as lossy UTF-8 and split into lines.
#![no_main]

use concord::align::{Bead, Weights, align_sentences};
use concord::lang::{ALL, Lang};
use libfuzzer_sys::fuzz_target;

/// The byte that separates the two sides.
const SEPARATOR: u8 = 0;

fn lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(str::to_string)
        .collect()
}

/// Panics unless `beads` cover `0..src` and `0..tgt` exactly once, in order, each bead taking
/// at least one line and having a finite cost.
fn check(beads: &[Bead], src: usize, tgt: usize, what: &str) {
    let (mut i, mut j) = (0, 0);
    for (b, bead) in beads.iter().enumerate() {
        assert_eq!(
            (bead.pivot.start, bead.other.start),
            (i, j),
            "{what}: bead {b} {bead:?} does not start where the previous one ended"
        );
        assert!(
            bead.pivot.end >= bead.pivot.start && bead.other.end >= bead.other.start,
            "{what}: bead {b} {bead:?} has a reversed range"
        );
        assert!(
            !bead.pivot.is_empty() || !bead.other.is_empty(),
            "{what}: bead {b} {bead:?} is empty on both sides"
        );
        assert!(
            bead.cost.is_finite(),
            "{what}: bead {b} {bead:?} has a cost that is not finite"
        );
        i = bead.pivot.end;
        j = bead.other.end;
    }
    assert_eq!(
        (i, j),
        (src, tgt),
        "{what}: the beads end at ({i}, {j}), the sides have ({src}, {tgt}) lines"
    );
}

fuzz_target!(|data: &[u8]| {
    let (a, b) = match data.iter().position(|&c| c == SEPARATOR) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let src = lines(a);
    let tgt = lines(b);

    let beads = align_sentences(&src, Lang::En, &tgt, Lang::De, &Weights::default());
    check(&beads, src.len(), tgt.len(), "en-de, default weights");

    let beads = align_sentences(&src, Lang::En, &tgt, Lang::De, &Weights::for_documents());
    check(&beads, src.len(), tgt.len(), "en-de, document weights");

    // Another language pair, chosen by the input's first and last bytes: numbers, scale words
    // and names are read per language.
    let pick = |byte: Option<&u8>| ALL[byte.map_or(0, |&c| c as usize) % ALL.len()];
    let (sl, tl) = (pick(data.first()), pick(data.last()));
    let beads = align_sentences(&src, sl, &tgt, tl, &Weights::for_documents());
    check(
        &beads,
        src.len(),
        tgt.len(),
        &format!("{sl}-{tl}, document weights"),
    );
});
