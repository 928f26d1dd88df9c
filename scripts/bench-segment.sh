#!/usr/bin/env bash
# Sentence segmentation benchmark: builds concord and runs scripts/bench_segment.py, which
# prints a report on pySBD's golden rules, NTREX-128 paragraphs re-split into sentences, and
# throughput. Always a report: exits 0 unless the data is missing or the build fails.
#
# Usage: scripts/bench-segment.sh [--only pysbd|ntrex|speed] [--seed N] [--examples N]
#                                 [--mb MB] [--runs N]
# (arguments go to scripts/bench_segment.py; see its --help)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ ! -d ../shared/data ]]; then
    echo "bench-segment: $root/../shared/data not found; the shared data folder (pysbd/, ntrex/) must sit beside the repository" >&2
    exit 1
fi

cargo build --release --quiet

exec python3 scripts/bench_segment.py "$@"
