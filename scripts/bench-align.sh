#!/usr/bin/env bash
# Bilingual alignment benchmark: builds concord and runs scripts/bench_align.py, which prints a
# report on the Text+Berg dev pair (concord pair scored with concord eval, cross-checked with
# ../shared/bench/score_beads.py), NTREX-128 articles in all 36 language pairs (one line
# deleted in half of them) and speed and peak memory, with the targets. Always a report: exits
# 0 unless the data is missing or the build fails.
#
# Usage: scripts/bench-align.sh [--only textberg|ntrex|speed] [--seed N] [--jobs N]
#                               [--timeout S] [--lines N] [--worst N] [--keep DIR]
# (arguments go to scripts/bench_align.py; see its --help)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [[ ! -d ../shared/data || ! -f ../shared/bench/score_beads.py ]]; then
    echo "bench-align: $root/../shared (data/textberg-dev, data/ntrex, bench/score_beads.py) not found; the shared folder must sit beside the repository" >&2
    exit 1
fi

cargo build --release --quiet

exec python3 scripts/bench_align.py "$@"
