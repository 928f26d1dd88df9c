//! The part of a dynamic program's matrix that is computed: for each row, a range of columns.
//!
//! Short spans (the sections of an article) are computed whole. Long documents get a band:
//! first around the diagonal, then around the path a first pass found, so that time and memory
//! grow linearly with the length of the documents.

use std::ops::Range;

/// Spans with at most this many cells are computed whole.
pub const FULL_CELLS: usize = 60_000;

/// Half-width of the band around the diagonal in a first pass over long documents, in
/// sentences: wide enough for the drift of omissions and merges over a few hundred sentences.
pub const DIAGONAL_HALF_WIDTH: usize = 60;

/// Half-width of the band around a first pass's path.
pub const PATH_HALF_WIDTH: usize = 40;

/// Half-width of the band in rounds that only refine a path with a learned lexicon.
pub const REFINE_HALF_WIDTH: usize = 12;

/// For each row `i` in `0..=n`, the columns computed.
#[derive(Clone, Debug)]
pub struct Band {
    rows: Vec<Range<usize>>,
}

impl Band {
    /// Every cell of an `(n+1) × (m+1)` matrix.
    pub fn full(n: usize, m: usize) -> Band {
        Band {
            rows: vec![0..m + 1; n + 1],
        }
    }

    /// Cells within `half` columns of the diagonal from (0,0) to (n,m).
    pub fn diagonal(n: usize, m: usize, half: usize) -> Band {
        let rows = (0..=n)
            .map(|i| {
                let center = (i * m).checked_div(n).unwrap_or(0);
                center.saturating_sub(half)..(center + half + 1).min(m + 1)
            })
            .collect();
        Band { rows }.closed(m)
    }

    /// Cells within `half` columns of a path through the matrix, given as points (i, j) in
    /// increasing order that start at (0,0) and end at (n,m).
    pub fn around(n: usize, m: usize, path: &[(usize, usize)], half: usize) -> Band {
        let mut lo = vec![usize::MAX; n + 1];
        let mut hi = vec![0usize; n + 1];
        for w in path.windows(2) {
            let ((i0, j0), (i1, j1)) = (w[0], w[1]);
            for i in i0..=i1.min(n) {
                let (a, b) = (j0.min(j1), j0.max(j1));
                lo[i] = lo[i].min(a);
                hi[i] = hi[i].max(b);
            }
        }
        let rows = (0..=n)
            .map(|i| {
                let (a, b) = if lo[i] == usize::MAX {
                    (0, m)
                } else {
                    (lo[i], hi[i])
                };
                a.saturating_sub(half)..(b + half + 1).min(m + 1)
            })
            .collect();
        Band { rows }.closed(m)
    }

    /// Makes every row overlap the next, so that a path can always pass (monotone ranges).
    fn closed(mut self, m: usize) -> Band {
        for i in 1..self.rows.len() {
            let prev = self.rows[i - 1].clone();
            let row = &mut self.rows[i];
            row.start = row.start.min(prev.end.saturating_sub(1)).max(prev.start);
            row.end = row.end.max(row.start + 1).min(m + 1);
        }
        if let Some(last) = self.rows.last_mut() {
            last.end = m + 1;
        }
        if let Some(first) = self.rows.first_mut() {
            first.start = 0;
        }
        self
    }

    /// The same band widened by `by` columns on both sides, clipped to `0..cols`.
    pub fn widened(&self, by: usize, cols: usize) -> Band {
        Band {
            rows: self
                .rows
                .iter()
                .map(|r| r.start.saturating_sub(by)..(r.end + by).min(cols))
                .collect(),
        }
    }

    /// The columns computed in row `i`.
    pub fn row(&self, i: usize) -> Range<usize> {
        self.rows.get(i).cloned().unwrap_or(0..0)
    }

    /// Whether cell (i, j) is computed.
    pub fn contains(&self, i: usize, j: usize) -> bool {
        self.rows.get(i).is_some_and(|r| r.contains(&j))
    }

    /// Number of computed cells.
    pub fn cells(&self) -> usize {
        self.rows.iter().map(|r| r.len()).sum()
    }
}

/// A matrix stored only within a band.
#[derive(Clone, Debug)]
pub struct BandMatrix<T> {
    band: Band,
    offsets: Vec<usize>,
    data: Vec<T>,
}

impl<T: Clone> BandMatrix<T> {
    /// A matrix over `band` filled with `value`.
    pub fn new(band: Band, value: T) -> Self {
        let mut offsets = Vec::with_capacity(band.rows.len());
        let mut total = 0;
        for r in &band.rows {
            offsets.push(total);
            total += r.len();
        }
        BandMatrix {
            data: vec![value; total],
            band,
            offsets,
        }
    }

    fn index(&self, i: usize, j: usize) -> Option<usize> {
        let row = self.band.rows.get(i)?;
        row.contains(&j).then(|| self.offsets[i] + j - row.start)
    }

    /// The value at (i, j), if the cell is in the band.
    pub fn get(&self, i: usize, j: usize) -> Option<&T> {
        self.index(i, j).map(|k| &self.data[k])
    }

    /// Sets the value at (i, j); cells outside the band are ignored.
    pub fn set(&mut self, i: usize, j: usize, value: T) {
        if let Some(k) = self.index(i, j) {
            self.data[k] = value;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_reach_both_corners_and_stay_connected() {
        for band in [
            Band::diagonal(1000, 1200, 10),
            Band::around(1000, 1200, &[(0, 0), (500, 700), (1000, 1200)], 5),
            Band::full(3, 4),
        ] {
            assert!(band.contains(0, 0));
            let last = band.rows.len() - 1;
            assert!(band.contains(last, band.row(last).end - 1));
            for i in 1..band.rows.len() {
                assert!(band.row(i).start <= band.row(i - 1).end, "row {i} detached");
            }
        }
        assert!(Band::diagonal(100_000, 100_000, 60).cells() < 100_001 * 122);
    }

    #[test]
    fn matrix_stores_only_the_band() {
        let mut m = BandMatrix::new(Band::diagonal(10, 10, 1), 0u8);
        m.set(5, 5, 7);
        assert_eq!(m.get(5, 5), Some(&7));
        assert_eq!(m.get(5, 9), None);
    }
}
