#!/usr/bin/env python3
"""Sentence segmentation benchmark for `concord segment` (a report; always exits 0).

Parts (all by default, or one with --only):
  pysbd  pySBD golden rules (plain mode): exact sentence lists per case
  ntrex  NTREX-128 re-split: lines joined into paragraphs of 1-4 lines, boundary recall,
         extra boundaries and precision at character level
  speed  throughput of `concord segment` on ~20 MB texts (best of 3), MB/s

Run from the repository root (scripts/bench-segment.sh does that and builds concord first).
Standard library only.
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import unicodedata
from collections import Counter, defaultdict

from benchlib import DATA, NTREX_DIR, NTREX_FILES, NTREX_IDS, read_lines, rule

PYSBD = os.path.join(DATA, "pysbd", "golden.jsonl")
NTREX_ORDER = ["de", "en", "es", "fr", "ja", "zh", "ko", "hi", "th"]
NO_SPACE_LANGS = {"ja", "zh"}

RECALL_TARGET = {lang: 0.98 for lang in NTREX_ORDER}
RECALL_TARGET["th"] = 0.90
EXTRA_RATE_TARGET = 0.08
SPEED_TARGET = 20.0  # MB/s


def js(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def run_segment(binary: str, lang: str, *, path: str | None = None, text: str | None = None,
                fmt: str = "json") -> tuple[int, str, str]:
    """Run `concord segment`; returns (exit code, stdout, stderr)."""
    cmd = [binary, "segment", path if path is not None else "-", "--lang", lang, "--format", fmt]
    proc = subprocess.run(
        cmd,
        input=None if text is None else text.encode("utf-8"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


# --------------------------------------------------------------------------------------------
# 1. pySBD golden rules
# --------------------------------------------------------------------------------------------

def part_pysbd(binary: str) -> None:
    rule("1. pySBD golden rules (golden.jsonl, mode == \"default\")")
    if not os.path.exists(PYSBD):
        print(f"  missing {PYSBD}; skipped")
        return
    cases = []
    with open(PYSBD, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            case = json.loads(line)
            if case.get("mode") == "default":
                cases.append(case)

    totals: Counter = Counter()
    passed: Counter = Counter()
    failures = []
    offset_problems = 0
    for case in cases:
        lang = case["lang"]
        totals[lang] += 1
        expected = [s.strip() for s in case["sentences"] if s.strip()]
        code, out, err = run_segment(binary, lang, text=case["text"])
        if code != 0:
            got = [f"<concord exit {code}: {err.strip()[:200]}>"]
        else:
            spans = json.loads(out)
            for s in spans:
                if case["text"][s["start"]:s["end"]] != s["text"]:
                    offset_problems += 1
            got = [s["text"].strip() for s in spans if s["text"].strip()]
        if got == expected:
            passed[lang] += 1
        else:
            failures.append((case, expected, got))

    order = sorted(totals, key=lambda l: (-totals[l], l))
    print(f"  {'lang':<5} {'concord':>9} {'rate':>7}    {'pySBD (reference)':>18}")
    all_t = all_p = 0
    for lang in order:
        t, p = totals[lang], passed[lang]
        all_t += t
        all_p += p
        ref = t - 1 if lang == "en" else t
        print(f"  {lang:<5} {p:>4}/{t:<4} {p / t:>7.1%}    {ref:>9}/{t:<4} {ref / t:>5.1%}")
    ref_all = all_t - (1 if "en" in totals else 0)
    print(f"  {'all':<5} {all_p:>4}/{all_t:<4} {all_p / max(all_t, 1):>7.1%}    "
          f"{ref_all:>9}/{all_t:<4} {ref_all / max(all_t, 1):>5.1%}")
    print("  (pySBD itself passes every case but one English one)")
    if offset_problems:
        print(f"  WARNING: {offset_problems} JSON spans whose text != input[start:end]")

    print()
    print(f"  Failures ({len(failures)}):")
    for case, expected, got in failures:
        print(f"  - [{case['lang']}] {case.get('source', '?')}")
        print(f"      expected ({len(expected)}): {js(expected)}")
        print(f"      got      ({len(got)}): {js(got)}")


# --------------------------------------------------------------------------------------------
# 2. NTREX re-split
# --------------------------------------------------------------------------------------------

def paragraph_layout(doc_ids: list[str], seed: int) -> list[tuple[int, int]]:
    """(first line, line count) of every paragraph: articles are runs of the same id,
    cut into paragraphs of 1-4 lines. The same layout serves every language."""
    rng = random.Random(seed)
    layout = []
    i = 0
    n = len(doc_ids)
    while i < n:
        j = i
        while j < n and doc_ids[j] == doc_ids[i]:
            j += 1
        k = i
        while k < j:
            size = min(rng.choice([1, 2, 3, 4]), j - k)
            layout.append((k, size))
            k += size
        i = j
    return layout


def context(text: str, pos: int, width: int = 40) -> str:
    left = text[max(0, pos - width):pos]
    right = text[pos:pos + width]
    return (left + "|" + right).replace("\n", "⏎")


# Closing quotes and brackets that may follow a sentence's final mark, and the final marks.
CLOSERS = set("\"'\u201d\u2019\u201c\u2018\u00bb\u203a)]}\uff09\u300d\u300f\u3011\u3015\u3009\u300b\uff3d\uff5d")  # incl. “ ‘ (German closers)
TERMINALS = set(".!?。！？．｡…।॥؟")


def punctuated(line: str) -> bool:
    """Whether a line ends in sentence-final punctuation (closing quotes/brackets skipped)."""
    t = line.rstrip()
    while t and t[-1] in CLOSERS:
        t = t[:-1].rstrip()
    return bool(t) and t[-1] in TERMINALS


def spread(items: list, n: int) -> list:
    """Up to n items spread evenly over the list (examples from the whole corpus)."""
    if len(items) <= n:
        return list(items)
    return [items[(i * len(items)) // n] for i in range(n)]


def build_paragraphs(lines: list[str], layout: list[tuple[int, int]], joiner: str):
    """Paragraph texts and, per paragraph, (offset, line index) of every inner line end."""
    paragraphs = []
    gold_raw = []
    for first, size in layout:
        parts = lines[first:first + size]
        ends = []
        pos = 0
        for idx, part in enumerate(parts):
            pos += len(part)
            if idx < len(parts) - 1:
                ends.append((pos, first + idx))
                pos += len(joiner)
        paragraphs.append(joiner.join(parts))
        gold_raw.append(ends)
    return paragraphs, gold_raw


def offset_check(binary: str, lang: str, raw_lines: list[str], layout, joiner: str,
                 tmpdir: str) -> str | None:
    """concord's JSON offsets should index the input as given. Runs concord on the raw
    (not NFC-normalized) paragraphs and describes the first span that does not match."""
    paragraphs, _ = build_paragraphs(raw_lines, layout, joiner)
    text = "\n".join(paragraphs) + "\n"
    path = os.path.join(tmpdir, f"ntrex.{lang}.raw.txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    code, out, err = run_segment(binary, lang, path=path)
    os.remove(path)
    if code != 0:
        return f"concord failed on the raw text (exit {code}): {err.strip()[:200]}"
    spans = json.loads(out)
    bad = [sp for sp in spans if text[sp["start"]:sp["end"]] != sp["text"]]
    if not bad:
        return None
    nfc = unicodedata.normalize("NFC", text)
    nfc_ok = sum(1 for sp in spans if nfc[sp["start"]:sp["end"]] == sp["text"])
    first = bad[0]
    got = text[first["start"]:first["end"]]
    k = next((i for i, (a, b) in enumerate(zip(got, first["text"])) if a != b), min(len(got), len(first["text"])))
    return (f"{len(bad)}/{len(spans)} spans have text != input[start:end] on the raw input; "
            f"{nfc_ok}/{len(spans)} match the NFC-normalized input instead (offsets count NFC "
            f"characters). First at start={first['start']}: input {js(got[max(0, k - 8):k + 4])} "
            f"vs text {js(first['text'][max(0, k - 8):k + 4])}")


def part_ntrex(binary: str, seed: int, n_examples: int, tmpdir: str) -> None:
    rule(f"2. NTREX-128 re-split (paragraphs of 1-4 lines, random.Random({seed}))")
    if not os.path.exists(NTREX_IDS):
        print(f"  missing {NTREX_IDS}; skipped")
        return
    doc_ids = [l.strip() for l in read_lines(NTREX_IDS)]
    layout = paragraph_layout(doc_ids, seed)
    sizes = Counter(size for _, size in layout)
    print(f"  {len(doc_ids)} lines, {len(set(doc_ids))} articles, {len(layout)} paragraphs "
          f"(sizes: " + ", ".join(f"{k}:{sizes[k]}" for k in sorted(sizes)) + "); same layout for every language")
    print("  Boundaries are compared after skipping whitespace; paragraph ends are left out.")
    print("  Lines are NFC-normalized before joining (concord reports offsets in NFC characters;")
    print("  see the offset check below).")

    results = {}
    examples = {}
    offset_notes = {}
    for lang in NTREX_ORDER:
        path = os.path.join(NTREX_DIR, NTREX_FILES[lang])
        if not os.path.exists(path):
            print(f"  [{lang}] missing {path}; skipped")
            continue
        raw_lines = read_lines(path)
        if len(raw_lines) != len(doc_ids):
            print(f"  [{lang}] {len(raw_lines)} lines but {len(doc_ids)} document ids; skipped")
            continue
        joiner = "" if lang in NO_SPACE_LANGS else " "
        lines = [unicodedata.normalize("NFC", l) for l in raw_lines]
        if lines != raw_lines:
            changed = sum(1 for a, b in zip(lines, raw_lines) if a != b)
            note = offset_check(binary, lang, raw_lines, layout, joiner, tmpdir)
            if note:
                offset_notes[lang] = f"{changed} lines not in NFC; {note}"

        paragraphs, gold_raw = build_paragraphs(lines, layout, joiner)
        text = "\n".join(paragraphs) + "\n"
        file_path = os.path.join(tmpdir, f"ntrex.{lang}.txt")
        with open(file_path, "w", encoding="utf-8", newline="") as f:
            f.write(text)

        code, out, err = run_segment(binary, lang, path=file_path)
        os.remove(file_path)
        if code != 0:
            print(f"  [{lang}] concord failed (exit {code}): {err.strip()[:300]}")
            continue
        spans = json.loads(out)

        # Paragraph start offsets (characters) in the whole text.
        starts = []
        pos = 0
        for p in paragraphs:
            starts.append(pos)
            pos += len(p) + 1

        def norm(par: int, off: int) -> int | None:
            """Whole-text index of the next non-space character at or after paragraph-local
            offset `off`; None when only whitespace remains in the paragraph (its end)."""
            p = paragraphs[par]
            while off < len(p) and p[off].isspace():
                off += 1
            if off >= len(p):
                return None
            return starts[par] + off

        gold = {}  # normalized whole-text index -> whether the line before ends in punctuation
        for par, ends in enumerate(gold_raw):
            for e, line_idx in ends:
                g = norm(par, e)
                if g is not None:
                    gold[g] = punctuated(lines[line_idx])

        pred = set()
        mismatched = 0
        for sp in spans:
            if text[sp["start"]:sp["end"]] != sp["text"]:
                mismatched += 1
            end = sp["end"]
            par = bisect.bisect_right(starts, end) - 1
            if par < 0 or end - starts[par] > len(paragraphs[par]):
                continue
            g = norm(par, end - starts[par])
            if g is not None:
                pred.add(g)

        found = sorted(g for g in gold if g in pred)
        missed = sorted(g for g in gold if g not in pred)
        extra = sorted(g for g in pred if g not in gold)
        n_gold, n_pred = len(gold), len(pred)
        gold_p = sum(1 for v in gold.values() if v)
        found_p = sum(1 for g in found if gold[g])
        results[lang] = dict(
            gold=n_gold, found=len(found), recall=len(found) / n_gold if n_gold else 1.0,
            pred=n_pred, extra=len(extra), extra_rate=len(extra) / n_gold if n_gold else 0.0,
            precision=len(found) / n_pred if n_pred else 1.0, mismatched=mismatched,
            gold_p=gold_p, found_p=found_p, gold_u=n_gold - gold_p, found_u=len(found) - found_p)
        examples[lang] = (text, missed, extra, gold)

    print()
    print(f"  {'lang':<5}{'gold':>6}{'found':>7}{'recall':>8}{'target':>8}      "
          f"{'pred':>5}{'extra':>7}{'x-rate':>8}{'target':>8}       {'prec':>5}")
    for lang in NTREX_ORDER:
        if lang not in results:
            continue
        r = results[lang]
        rt = RECALL_TARGET[lang]
        rec_ok = "ok" if r["recall"] >= rt else "LOW"
        ext_ok = "ok" if r["extra_rate"] <= EXTRA_RATE_TARGET else "HIGH"
        print(f"  {lang:<5}{r['gold']:>6}{r['found']:>7}{r['recall']:>8.3f}{'>=' + format(rt, '.2f'):>8} {rec_ok:<4}"
              f"{r['pred']:>6}{r['extra']:>7}{r['extra_rate']:>8.3f}{'<=' + format(EXTRA_RATE_TARGET, '.2f'):>8} {ext_ok:<4}"
              f"{r['precision']:>7.3f}")
    print()
    print("  Recall split by how the source line ends: 'punct' = in . ! ? 。 ！ ？ … । etc. (closing")
    print("  quotes/brackets skipped); 'bare' = no final mark (headlines, bylines, lines cut mid-sentence).")
    print(f"  {'lang':<5}{'punct found/gold':>18}{'recall':>8}{'bare found/gold':>18}{'recall':>8}")
    for lang in NTREX_ORDER:
        if lang not in results:
            continue
        r = results[lang]
        rp = r["found_p"] / r["gold_p"] if r["gold_p"] else float("nan")
        ru = r["found_u"] / r["gold_u"] if r["gold_u"] else float("nan")
        print(f"  {lang:<5}{str(r['found_p']) + '/' + str(r['gold_p']):>18}{rp:>8.3f}"
              f"{str(r['found_u']) + '/' + str(r['gold_u']):>18}{ru:>8.3f}")
    for lang, r in results.items():
        if r["mismatched"]:
            print(f"  WARNING [{lang}]: {r['mismatched']} JSON spans whose text != input[start:end] (NFC input)")
    print()
    print("  Offset check (raw, non-NFC input; JSON offsets should index the input as given):")
    if offset_notes:
        for lang, note in offset_notes.items():
            print(f"    [{lang}] {note}")
    else:
        print("    all languages: offsets match the input")
    print("  (NTREX lines sometimes hold two sentences, so some extras are legitimate.)")

    for lang in NTREX_ORDER:
        if lang not in examples:
            continue
        text, missed, extra, gold = examples[lang]
        missed_p = [g for g in missed if gold[g]]
        missed_u = [g for g in missed if not gold[g]]
        shown = spread(missed_p, n_examples)
        shown += spread(missed_u, n_examples - len(shown))
        print()
        print(f"  [{lang}] missed boundaries: {len(missed)} ({len(missed_p)} after punctuation, "
              f"{len(missed_u)} bare); {len(shown)} shown, punctuated first, spread over the corpus")
        for g in shown:
            print(f"      {'p' if gold[g] else '-'} {context(text, g)}")
        shown = spread(extra, n_examples)
        print(f"  [{lang}] extra boundaries: {len(extra)}; {len(shown)} shown, spread over the corpus")
        for g in shown:
            print(f"        {context(text, g)}")


# --------------------------------------------------------------------------------------------
# 3. Speed
# --------------------------------------------------------------------------------------------

def repeat_to(unit: str, min_bytes: int) -> str:
    size = len(unit.encode("utf-8"))
    reps = max(1, -(-min_bytes // size))
    return unit * reps


def part_speed(binary: str, min_mb: float, runs: int, tmpdir: str) -> None:
    rule(f"3. Speed (best of {runs}, output to /dev/null)")
    min_bytes = int(min_mb * 1_000_000)
    all_lines: dict[str, list[str]] = {}
    for lang in NTREX_ORDER:
        path = os.path.join(NTREX_DIR, NTREX_FILES[lang])
        if os.path.exists(path):
            all_lines[lang] = read_lines(path)
    if not all_lines:
        print("  no NTREX files; skipped")
        return

    mixed_unit = "".join(l + "\n" for lang in NTREX_ORDER if lang in all_lines for l in all_lines[lang])
    jobs = [("en", "all NTREX languages", mixed_unit)]
    for lang in ("ja", "th"):
        if lang in all_lines:
            jobs.append((lang, f"NTREX {lang} only", "".join(l + "\n" for l in all_lines[lang])))

    print(f"  {'--lang':<7}{'text':<22}{'MB':>7}{'best s':>9}{'MB/s':>9}{'target':>9}")
    for lang, label, unit in jobs:
        text = repeat_to(unit, min_bytes)
        path = os.path.join(tmpdir, f"speed.{lang}.txt")
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        del text
        best = None
        failed = None
        for _ in range(runs):
            with open(os.devnull, "wb") as devnull:
                t0 = time.perf_counter()
                proc = subprocess.run([binary, "segment", path, "--lang", lang],
                                      stdout=devnull, stderr=subprocess.PIPE)
                dt = time.perf_counter() - t0
            if proc.returncode != 0:
                failed = f"exit {proc.returncode}: {proc.stderr.decode('utf-8', 'replace').strip()[:200]}"
                break
            best = dt if best is None else min(best, dt)
        mb = len(data) / 1_000_000
        os.remove(path)
        if failed:
            print(f"  {lang:<7}{label:<22}{mb:>7.1f}  concord failed ({failed})")
            continue
        rate = mb / best
        ok = "ok" if rate >= SPEED_TARGET else "SLOW"
        print(f"  {lang:<7}{label:<22}{mb:>7.1f}{best:>9.3f}{rate:>9.1f}{'>=' + format(SPEED_TARGET, '.0f'):>9} {ok}")
    print("  (MB = 10^6 bytes of UTF-8 input; wall time of the whole process)")


# --------------------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=["pysbd", "ntrex", "speed"], help="run one part only")
    ap.add_argument("--bin", default=os.path.join("target", "release", "concord"),
                    help="concord binary (default target/release/concord)")
    ap.add_argument("--seed", type=int, default=0, help="seed for NTREX paragraph sizes (default 0)")
    ap.add_argument("--examples", type=int, default=10,
                    help="missed/extra examples per language (default 10)")
    ap.add_argument("--mb", type=float, default=20.0, help="speed text size in MB (default 20)")
    ap.add_argument("--runs", type=int, default=3, help="speed runs, best taken (default 3)")
    args = ap.parse_args()

    if not os.path.exists(args.bin):
        print(f"bench_segment: {args.bin} not found; build with `cargo build --release`", file=sys.stderr)
        return 0
    if not os.path.isdir(DATA):
        print(f"bench_segment: {DATA} not found (run from the repository root)", file=sys.stderr)
        return 0

    tmpdir = tempfile.mkdtemp(prefix="concord-bench-segment.")
    try:
        parts = [
            ("pysbd", lambda: part_pysbd(args.bin)),
            ("ntrex", lambda: part_ntrex(args.bin, args.seed, args.examples, tmpdir)),
            ("speed", lambda: part_speed(args.bin, args.mb, args.runs, tmpdir)),
        ]
        for name, run in parts:
            if args.only not in (None, name):
                continue
            try:
                run()
            except BrokenPipeError:
                raise
            except Exception:  # a report: note the failure and go on
                print(f"\n  part {name} failed:")
                traceback.print_exc(file=sys.stdout)
            sys.stdout.flush()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # piped into head: temp files are already gone (finally)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
