#!/usr/bin/env bash
# Local PySpark example: builds concord and runs scripts/spark_align.py, which pipes every
# article of a folder through `concord align --jsonl -` with Spark's rdd.pipe (local[2]),
# writes the units as JSON lines and prints a summary (articles, units, errors, findings by
# kind).
#
# Usage: scripts/spark-align.sh [ARTICLES_DIR] [OUT_FILE] [--partitions N]
#   ARTICLES_DIR  a folder of article folders, or one article folder (default: corpora/)
#   OUT_FILE      units as JSON lines (default: a new temporary file, named at the end)
# (arguments after the first two go to scripts/spark_align.py; see its --help)
#
# Needs pyspark (`pip install pyspark`) and Java 17 or newer. Exit codes as spark_align.py:
# 0 done, 1 an article failed or bad input, 2 usage.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Resolve the paths given before leaving the caller's folder.
articles="${1:-$root/corpora}"
if [[ ! -d "$articles" ]]; then
    echo "spark-align: $articles: not a folder of articles" >&2
    exit 1
fi
articles="$(cd "$articles" && pwd)"
if [[ $# -ge 2 ]]; then
    out="$2"
    [[ "$out" = /* ]] || out="$PWD/$out"
else
    out="$(mktemp "${TMPDIR:-/tmp}/concord-spark-XXXXXX.jsonl")"
fi
shift $(($# < 2 ? $# : 2))

cd "$root"

if ! python3 -c "import pyspark" 2>/dev/null; then
    echo "spark-align: pyspark is not installed for python3; install it with \`pip install pyspark\` (it also needs Java 17 or newer: \`java -version\`)" >&2
    exit 1
fi
if ! java -version >/dev/null 2>&1; then
    echo "spark-align: java not found; Spark needs Java 17 or newer (Debian: \`apt-get install openjdk-17-jre-headless\`)" >&2
    exit 1
fi

cargo build --release --quiet

exec python3 scripts/spark_align.py --articles "$articles" --out "$out" \
    --concord "$root/target/release/concord" "$@"
