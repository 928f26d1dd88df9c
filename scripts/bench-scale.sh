#!/usr/bin/env bash
# Scale benchmark: 10,000 nine-edition articles (the NTREX site benchmark replicated), aligned
# in one run; wall time, articles per second and peak memory; then the same corpus with
# --threads 1 and --threads 2, which must be identical byte for byte.
#
# Usage: scripts/bench-scale.sh [ARTICLES]   (default 10000; needs ../shared)
# Environment: KEEP=1 keeps the temporary folder.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
want="${1:-10000}"
shared="../shared"
if [[ ! -f "$shared/bench/editions.py" ]]; then
    echo "bench-scale: $shared/bench/editions.py not found; the shared benchmark folder must sit beside the repository" >&2
    exit 1
fi
tmp="$(mktemp -d "${TMPDIR:-/tmp}/concord-scale.XXXXXX")"
trap '[[ "${KEEP:-0}" == 1 ]] && echo "kept $tmp" >&2 || rm -rf "$tmp"' EXIT

cargo build --release --quiet
python3 "$shared/bench/editions.py" make --source ntrex --data "$shared/data/ntrex" --out "$tmp/base" --layout site --seed 7 >/dev/null
# Replicate the 123 articles (without gold.json) until there are enough.
python3 - "$tmp/base" "$tmp/site" "$want" <<'PY'
import os, shutil, sys
base, site, want = sys.argv[1], sys.argv[2], int(sys.argv[3])
articles = sorted(d for d in os.listdir(base) if os.path.isdir(os.path.join(base, d)))
os.makedirs(site)
for n in range(want):
    src = os.path.join(base, articles[n % len(articles)])
    dst = os.path.join(site, f"{n:05d}-{articles[n % len(articles)]}")
    os.makedirs(dst)
    for f in os.listdir(src):
        if f.endswith(".txt"):
            shutil.copyfile(os.path.join(src, f), os.path.join(dst, f))
PY
echo "articles: $(ls "$tmp/site" | wc -l), $(du -sh "$tmp/site" | cut -f1) of pages"

run() {
    local threads="$1" out="$2"
    /usr/bin/time -v target/release/concord align "$tmp/site" --out "$out" --quiet --threads "$threads" \
        >"$out.stdout" 2>"$out.time" || { cat "$out.time" >&2; exit 1; }
    local secs rss
    secs="$(grep 'Elapsed (wall clock)' "$out.time" | awk '{print $NF}')"
    rss="$(grep 'Maximum resident set size' "$out.time" | awk '{print $NF}')"
    echo "--threads $threads: wall $secs, peak memory $((rss / 1024)) MB; $(tail -1 "$out.stdout")"
}
run 2 "$tmp/out2"
run 1 "$tmp/out1"
if diff -rq "$tmp/out1" "$tmp/out2" --exclude='*.time' --exclude='*.stdout' >/dev/null; then
    echo "identical output with 1 and 2 threads: yes ($(sha256sum "$tmp/out2/corpus.csv" | cut -c1-16))"
else
    echo "identical output with 1 and 2 threads: NO"
    exit 1
fi
