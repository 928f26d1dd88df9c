//! What several test files know of the bundled example (corpora/ai-china-investment).

/// The source names the site glues to paragraph ends in every edition of the example.
pub const SOURCES: [&str; 7] = [
    "Techmeme",
    "RAND",
    "White & Case",
    "Wikipedia",
    "TS2 Space",
    "Vox",
    "X",
];
