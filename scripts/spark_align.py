#!/usr/bin/env python3
"""Align a folder of articles with concord on Spark (local mode): a runnable PySpark example.

The driver reads every article folder into one JSON line
`{"article": "<folder name>", "editions": {"ja": "page text", "en": ...}}`, Spark spreads the
lines over partitions, and each partition is piped through one `concord align --jsonl -`
process (`rdd.pipe`), which writes the article's units as JSON lines (translation, article,
section, unit, confidence, findings) or `{"article": id, "error": "..."}`. The units are
sorted by article, keeping concord's order within an article, written to one JSON-lines file,
and a summary is printed.

    python3 scripts/spark_align.py --articles corpora --out units.jsonl
    scripts/spark-align.sh [ARTICLES_DIR] [OUT_FILE]     # builds concord first

Edition files are `<code>.txt` or `<code>.html` with code one of ja en zh es fr ko de th hi
(`cn`, the site's code for Chinese, is zh); anything else in an article folder (gold.json,
EXPECTED.md, ...) is skipped. `--articles` may also name one article folder.

Exit codes: 0 done, 1 an article failed (the output and summary are still written) or no
article was found, 2 usage. Needs pyspark (`pip install pyspark`) and Java 17 or newer.
Standard library plus pyspark only.
"""

from __future__ import annotations

import argparse
import heapq
import json
import os
import re
import shlex
import sys
import tempfile
import time
from collections import Counter

LANGS = ("ja", "en", "zh", "es", "fr", "ko", "de", "th", "hi")
# Differences of form, not defects: concord lists them in notes.csv, but the --jsonl mode
# puts them among a unit's findings.
NOTE_KINDS = {"split", "merged"}
EDITION = re.compile(r"^([A-Za-z]{2})\.(txt|html)$")
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def edition_code(name: str) -> str | None:
    """The language key of an edition file name (`de.txt` -> `de`, `cn.html` -> `cn`)."""
    m = EDITION.match(name)
    if not m:
        return None
    code = m.group(1).lower()
    return code if code in LANGS or code == "cn" else None


def decode(data: bytes) -> str | None:
    """A page's text: UTF-8 (with or without BOM), UTF-16 with a BOM, or the charset an HTML
    page declares. None when none of these reads it (concord's own detection of Shift_JIS,
    EUC-KR, ... works on files; a JSON line must carry text)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            return None
    return None


def read_article(folder: str) -> tuple[dict[str, str], list[str], list[str]]:
    """(editions by language key, skipped file names, problems) of one article folder."""
    editions: dict[str, str] = {}
    skipped: list[str] = []
    problems: list[str] = []
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isfile(path):
            continue
        code = edition_code(name)
        if code is None:
            skipped.append(name)
            continue
        if code in editions:
            problems.append(f"{name} is a second {code} edition; keep one file per language")
            continue
        with open(path, "rb") as f:
            text = decode(f.read())
        if text is None:
            problems.append(
                f"{name}: not UTF-8, UTF-16 or a declared charset; convert it to UTF-8"
            )
            continue
        editions[code] = text
    return editions, skipped, problems


def find_articles(root: str) -> list[str]:
    """Article folders: the sub-folders of root, or root itself when it holds edition files."""
    names = sorted(os.listdir(root))
    if any(edition_code(n) and os.path.isfile(os.path.join(root, n)) for n in names):
        return [root]
    return [
        os.path.join(root, n)
        for n in names
        if os.path.isdir(os.path.join(root, n)) and not n.startswith(".")
    ]


def build_lines(root: str) -> tuple[list[str], list[str], list[dict], Counter]:
    """(article names, their JSON lines for concord, error records made on the driver,
    skipped file names)."""
    names: list[str] = []
    lines: list[str] = []
    errors: list[dict] = []
    skipped: Counter = Counter()
    for folder in find_articles(root):
        article = os.path.basename(os.path.normpath(folder))
        editions, skip, problems = read_article(folder)
        skipped.update(skip)
        if problems:
            errors.append({"article": article, "error": "; ".join(problems)})
            continue
        names.append(article)
        lines.append(
            json.dumps({"article": article, "editions": editions}, ensure_ascii=False)
        )
    return names, lines, errors, skipped


def compact(record: dict) -> str:
    """A JSON line in concord's style (no spaces, UTF-8 text)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def tag_lines(partition: int, lines):
    """(article, partition, line number, line) for every output line of one concord process:
    sorting by the first three keeps concord's order of units within an article."""
    for n, line in enumerate(lines):
        try:
            article = str(json.loads(line).get("article", ""))
        except (ValueError, AttributeError):
            article = ""
        yield (article, partition, n, line)


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Align a folder of articles with concord on local Spark (rdd.pipe).",
    )
    parser.add_argument("--articles", required=True, help="folder of article folders")
    parser.add_argument("--out", required=True, help="output file, units as JSON lines")
    parser.add_argument(
        "--concord", default="target/release/concord", help="concord binary (%(default)s)"
    )
    parser.add_argument(
        "--partitions", type=int, default=2, help="Spark partitions (%(default)s)"
    )
    args = parser.parse_args()
    if args.partitions < 1:
        parser.error("--partitions must be at least 1")
    if not os.path.isdir(args.articles):
        print(f"spark_align: {args.articles}: not a folder", file=sys.stderr)
        return 1
    concord = os.path.abspath(args.concord)
    if not os.access(concord, os.X_OK):
        print(
            f"spark_align: {concord}: no concord binary; run `cargo build --release`",
            file=sys.stderr,
        )
        return 1
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print("spark_align: pyspark is missing; run `pip install pyspark`", file=sys.stderr)
        return 1

    started = time.monotonic()
    names, lines, driver_errors, skipped = build_lines(args.articles)
    if skipped:
        listed = ", ".join(f"{n} ({c})" if c > 1 else n for n, c in sorted(skipped.items()))
        print(f"note: skipped files that are not editions: {listed}", file=sys.stderr)
    articles = len(lines) + len(driver_errors)
    if articles == 0:
        print(f"spark_align: {args.articles}: no article folder found", file=sys.stderr)
        return 1

    # Spark's Python workers run the driver's interpreter; everything stays on this machine.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("concord-align")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    session_ready = time.monotonic()
    units = 0
    errors: list[dict] = []
    kinds: Counter = Counter()
    by_lang: Counter = Counter()
    seen: set[str] = set()
    bad_lines = 0
    try:
        sc = spark.sparkContext
        sc.setLogLevel("ERROR")
        command = f"{shlex.quote(concord)} align --jsonl -"
        # rdd.pipe starts one concord per partition, writes the partition's lines to its
        # standard input and reads its standard output; checkCode fails the job if it exits
        # non-zero (an article that fails is an error line, not an exit code).
        piped = sc.parallelize(lines, args.partitions).pipe(command, checkCode=True)
        tagged = piped.mapPartitionsWithIndex(tag_lines).persist()
        ordered = tagged.sortBy(lambda t: (t[0], t[1], t[2]), numPartitions=args.partitions)
        out_dir = os.path.dirname(os.path.abspath(args.out))
        os.makedirs(out_dir, exist_ok=True)
        fd, staging = tempfile.mkstemp(prefix=".spark-align-", suffix=".jsonl", dir=out_dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
                records = sorted(
                    (e["article"], -1, 0, compact(e))
                    for e in driver_errors
                )
                merged = heapq.merge(records, ordered.toLocalIterator(), key=lambda t: t[:3])
                for article, _, _, line in merged:
                    out.write(line + "\n")
                    try:
                        record = json.loads(line)
                    except ValueError:
                        bad_lines += 1
                        continue
                    seen.add(article)
                    if "error" in record:
                        errors.append(record)
                        continue
                    units += 1
                    for finding in (record.get("findings") or []) + (record.get("notes") or []):
                        kinds[finding.get("kind", "?")] += 1
                        if finding.get("kind") not in NOTE_KINDS:
                            by_lang[finding.get("lang", "?")] += 1
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(staging, 0o666 & ~umask)
            os.replace(staging, args.out)
        except BaseException:
            if os.path.exists(staging):
                os.unlink(staging)
            raise
        tagged.unpersist()
    except Exception as e:  # a Spark job failure (concord exited non-zero, a lost worker)
        text = [line.strip() for line in str(e).splitlines() if line.strip()]
        pipe = [line for line in text if "PIPE_FUNCTION_EXITED" in line]
        message = (pipe or text or [type(e).__name__])[0]
        print(f"spark_align: the Spark job failed: {message}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    finished = time.monotonic()

    silent = sorted(set(names) - seen)
    findings = {k: c for k, c in kinds.items() if k not in NOTE_KINDS}
    notes = {k: c for k, c in kinds.items() if k in NOTE_KINDS}

    def listing(counts: dict) -> str:
        return ", ".join(f"{k} {c}" for k, c in sorted(counts.items())) or "none"

    print(
        f"spark-align: {articles} article(s), {units} unit(s), {len(errors)} error(s), "
        f"{sum(findings.values())} finding(s), {sum(notes.values())} note(s); "
        f"{args.partitions} partition(s) on local[2]"
    )
    print(f"  findings by kind: {listing(findings)}")
    print(f"  findings by edition: {listing(by_lang)}")
    print(f"  notes by kind: {listing(notes)}")
    for e in errors:
        print(f"  error: {e.get('article')}: {e.get('error')}")
    if silent:
        print(f"  no output for: {', '.join(silent)}")
    if bad_lines:
        print(f"  {bad_lines} output line(s) were not JSON")
    print(
        f"  time: {finished - started:.1f} s (Spark start {session_ready - started:.1f} s, "
        f"align and write {finished - session_ready:.1f} s)"
    )
    print(f"  wrote {args.out}")
    return 1 if errors or silent or bad_lines else 0


if __name__ == "__main__":
    sys.exit(main())
