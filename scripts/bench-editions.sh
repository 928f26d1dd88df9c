#!/usr/bin/env bash
# Edition benchmark: builds concord, makes nine-edition articles from NTREX with the shared
# benchmark's editions.py, aligns them, and prints the score.
#
# Usage: scripts/bench-editions.sh
# Environment:
#   SEED     seed for `editions.py make` (default 7)
#   LAYOUT   page layout: plain, site or html (default site)
#   PERTURB  share of articles given one planted defect (default: editions.py's own default)
#   KEEP=1   keep the temporary folder (articles and concord's output) and print its path
#   SOURCE   ntrex (default: NTREX-128's documents, a dozen lines or more each) or short (the
#            same cut into articles of three to five punctuated lines, as FLORES-200 has them:
#            scripts/short_articles.py); flores or pud read DATA (editions.py's own sources)
#   DATA     the data folder for SOURCE=flores or pud
#   WEIGHTS  bead cost overrides for `concord align --weights` (`number_miss=0.8,skip=3`), for
#            tuning runs
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

shared="../shared"
if [[ ! -f "$shared/bench/editions.py" ]]; then
    echo "bench-editions: $root/../shared/bench/editions.py not found; the shared benchmark folder must sit beside the repository" >&2
    exit 1
fi
if [[ ! -d "$shared/data/ntrex" ]]; then
    echo "bench-editions: $root/../shared/data/ntrex not found; the NTREX data is needed to make the articles" >&2
    exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/concord-bench.XXXXXX")"
cleanup() {
    if [[ "${KEEP:-0}" == 1 ]]; then
        echo "bench-editions: kept $tmp" >&2
    else
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT

cargo build --release --quiet

case "${SOURCE:-ntrex}" in
    ntrex) source_args=(--source ntrex --data "$shared/data/ntrex") ;;
    short)
        python3 scripts/short_articles.py "$tmp/short" >&2
        source_args=(--source flores --data "$tmp/short")
        ;;
    flores | pud) source_args=(--source "$SOURCE" --data "${DATA:?DATA must name the $SOURCE folder}") ;;
    *)
        echo "bench-editions: SOURCE must be ntrex, short, flores or pud, not $SOURCE" >&2
        exit 2
        ;;
esac
make_args=("${source_args[@]}" --out "$tmp/ed" --layout "${LAYOUT:-site}" --seed "${SEED:-7}")
if [[ -n "${PERTURB:-}" ]]; then
    make_args+=(--perturb "$PERTURB")
fi

python3 "$shared/bench/editions.py" make "${make_args[@]}"
# concord notes every gold.json it skips (one per article); show its other messages only.
weights=()
if [[ -n "${WEIGHTS:-}" ]]; then
    weights=(--weights "$WEIGHTS")
fi
if ! target/release/concord align "$tmp/ed" --out "$tmp/ed-out" --quiet "${weights[@]}" 2>"$tmp/align.err"; then
    cat "$tmp/align.err" >&2
    echo "bench-editions: concord align failed" >&2
    exit 1
fi
grep -v '^note: skipped .*/gold\.json: ' "$tmp/align.err" >&2 || true
python3 "$shared/bench/editions.py" score --gold "$tmp/ed" --out "$tmp/ed-out"
