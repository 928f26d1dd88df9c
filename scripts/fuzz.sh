#!/usr/bin/env bash
# Fuzzes the ingest and segment stages (fuzz/fuzz_targets/ingest_segment.rs) with cargo-fuzz.
#
# Usage (from anywhere; it runs from the repo root):
#   scripts/fuzz.sh          # fuzz for 600 seconds
#   scripts/fuzz.sh 3600     # fuzz for an hour
#   scripts/fuzz.sh 600 -len_control=0   # further arguments go to libFuzzer
#
# Needs cargo-fuzz (installed here on first use with `cargo install cargo-fuzz --locked`).
# Only a stable toolchain is required: RUSTC_BOOTSTRAP=1 lets cargo-fuzz use the nightly-only
# flags (-Zsanitizer=address, -Cpasses=sancov-module) it needs.
#
# Inputs found interesting go to fuzz/corpus/ingest_segment/ (git-ignored); the seeds in
# fuzz/seeds/ are read as a second corpus and never written to.
#
# On a crash (a panic, a timeout or running out of memory) libFuzzer writes the input to
# fuzz/artifacts/ingest_segment/crash-<sha1> (or timeout-*, oom-*), prints the panic and its
# backtrace, and this script exits non-zero. Reproduce one with:
#   RUSTC_BOOTSTRAP=1 cargo fuzz run ingest_segment fuzz/artifacts/ingest_segment/crash-<sha1>
# and shrink it with:
#   RUSTC_BOOTSTRAP=1 cargo fuzz tmin ingest_segment fuzz/artifacts/ingest_segment/crash-<sha1>
set -euo pipefail

SECS="${1:-600}"
shift || true
if ! [[ "$SECS" =~ ^[0-9]+$ ]]; then
    echo "usage: $0 [seconds [libFuzzer args...]]" >&2
    exit 2
fi

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install cargo-fuzz --locked
fi

export RUSTC_BOOTSTRAP=1
export RUST_BACKTRACE=1

mkdir -p fuzz/corpus/ingest_segment
# cargo-fuzz exits non-zero when libFuzzer reports a crash; set -e passes that on.
cargo fuzz run ingest_segment fuzz/corpus/ingest_segment fuzz/seeds -- \
    -max_total_time="$SECS" \
    -max_len=16384 \
    -timeout=10 \
    -print_final_stats=1 \
    "$@"
