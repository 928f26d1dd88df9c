#!/usr/bin/env python3
"""Bilingual alignment benchmark for `concord pair`, scored with `concord eval` (a report;
always exits 0 once it runs).

Parts (all by default, or one with --only):
  textberg  Text+Berg dev (de-fr): `concord pair dev.de dev.fr`, strict/lax P/R/F1 from
            `concord eval`, cross-checked against ../shared/bench/score_beads.py; then the same
            cross-check on perturbed alignments (beads deleted, merged, split, shifted,
            duplicated). Target: strict F1 >= 0.80.
  ntrex     NTREX-128 bilingual: every one of the 123 articles in each of the 36 language pairs
            among ja en zh es fr ko de th hi, one line a sentence; in half of the articles
            (random.Random(SEED)) one random line of one random side is deleted and the gold
            gets a 1-0 / 0-1 bead for it. 4,428 `concord pair` runs (--jobs at a time), strict
            F1 per pair micro-averaged over the articles with `concord eval`; then the same
            files with `concord pair --batch`, one run per language pair, which learns word
            translations from all 123 articles. Target: strict F1 >= 0.99 for every pair.
  speed     time and peak memory (/usr/bin/time -v, maximum resident set size) of
            `concord pair` on the Text+Berg dev pair and on a 100,000-sentence pair made of
            NTREX English and German lines repeated; a run over --timeout seconds is killed and
            reported as a timeout. Target: under 30 s and under 1 GB.

Run from the repository root (scripts/bench-align.sh does that and builds concord first).
Standard library only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

from benchlib import SHARED, DATA, NTREX_DIR, NTREX_FILES, NTREX_IDS, read_lines, rule

SCORE_BEADS = os.path.join(SHARED, "bench", "score_beads.py")
TB_DIR = os.path.join(DATA, "textberg-dev")
TB_DE = os.path.join(TB_DIR, "dev.de")
TB_FR = os.path.join(TB_DIR, "dev.fr")
TB_GOLD = os.path.join(TB_DIR, "dev.defr")
LANGS = ["ja", "en", "zh", "es", "fr", "ko", "de", "th", "hi"]

TB_TARGET = 0.80
NTREX_TARGET = 0.99
SPEED_SECONDS = 30.0
SPEED_BYTES = 1 << 30  # 1 GB (GiB) of resident memory
MEMORY_CAP = 8 << 30  # address-space cap for the big run, so a quadratic aligner cannot take the machine

METRIC_KEYS = ["precision_strict", "recall_strict", "f1_strict",
               "precision_lax", "recall_lax", "f1_lax"]
COUNT_KEYS = ["p_n", "p_strict", "p_lax", "r_n", "r_strict", "r_lax"]

SUMMARY: list[tuple[str, str, bool | None]] = []  # (what, value, target met; None = no target)


def load_score_beads():
    """../shared/bench/score_beads.py as a module (the reference implementation)."""
    spec = importlib.util.spec_from_file_location("score_beads", SCORE_BEADS)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def write_lines(path: str, lines: list[str]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")


def bead_text(src: list[int], tgt: list[int]) -> str:
    return f"[{', '.join(map(str, src))}]:[{', '.join(map(str, tgt))}]"


def write_beads(path: str, beads) -> None:
    write_lines(path, [bead_text(s, t) for s, t in beads])


# Aligner weight overrides for tuning runs (`--weights name=value,...`), passed to concord pair.
WEIGHTS = ""


def run_pair(binary: str, src: str, tgt: str, src_lang: str, tgt_lang: str, out: str
             ) -> tuple[int, str]:
    """`concord pair` into `out`; returns (exit code, stderr)."""
    with open(out, "wb") as f:
        extra = ["--weights", WEIGHTS] if WEIGHTS else []
        proc = subprocess.run([binary, "pair", src, tgt, "--src-lang", src_lang,
                               "--tgt-lang", tgt_lang, *extra], stdout=f, stderr=subprocess.PIPE)
    return proc.returncode, proc.stderr.decode("utf-8", "replace")


def concord_eval(binary: str, golds: list[str], tests: list[str]) -> dict:
    """`concord eval --json` over pairs of files; raises on failure."""
    proc = subprocess.run([binary, "eval", "--gold", *golds, "--test", *tests, "--json"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        raise RuntimeError(f"concord eval failed (exit {proc.returncode}): "
                           f"{proc.stderr.decode('utf-8', 'replace').strip()[:300]}")
    return json.loads(proc.stdout)


def concord_eval_table(binary: str, golds: list[str], tests: list[str]) -> str:
    proc = subprocess.run([binary, "eval", "--gold", *golds, "--test", *tests],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        raise RuntimeError(f"concord eval failed (exit {proc.returncode}): "
                           f"{proc.stderr.decode('utf-8', 'replace').strip()[:300]}")
    return proc.stdout.decode("utf-8")


def reference_scores(sb, golds: list[str], tests: list[str]) -> dict:
    """score_beads.py's metrics and counts for the same pairs of files."""
    total, _ = sb.score_files(tests, golds)
    return dict(sb.metrics(total), counts=total)


def agreement(ours: dict, ref: dict) -> tuple[bool, str]:
    """Whether concord eval and score_beads.py agree: equal counts and metrics equal to
    3 decimals. Returns (agree, what differs)."""
    diffs = []
    for k in COUNT_KEYS:
        if ours["counts"][k] != ref["counts"][k]:
            diffs.append(f"{k} {ours['counts'][k]} vs {ref['counts'][k]}")
    for k in METRIC_KEYS:
        if f"{ours[k]:.3f}" != f"{ref[k]:.3f}":
            diffs.append(f"{k} {ours[k]:.3f} vs {ref[k]:.3f}")
    return not diffs, "; ".join(diffs)


def target_mark(ok: bool) -> str:
    return "ok" if ok else "BELOW TARGET"


# --------------------------------------------------------------------------------------------
# 1. Text+Berg dev
# --------------------------------------------------------------------------------------------

def perturbations(beads, rng: random.Random):
    """Variants of a list of beads that move strict and lax scores apart."""
    beads = [(list(s), list(t)) for s, t in beads]
    out = {}
    out["as is"] = beads
    out["10% beads deleted"] = [b for b in beads if rng.random() >= 0.10]
    merged = []
    i = 0
    while i < len(beads):
        if i + 1 < len(beads) and rng.random() < 0.15:
            (s1, t1), (s2, t2) = beads[i], beads[i + 1]
            merged.append((s1 + s2, t1 + t2))
            i += 2
        else:
            merged.append(beads[i])
            i += 1
    out["15% adjacent beads merged"] = merged
    split = []
    for s, t in beads:
        if len(s) + len(t) > 2:
            pairs = list(zip(s, t))
            split.extend(([a], [b]) for a, b in pairs)
            split.extend(([a], []) for a in s[len(pairs):])
            split.extend(([], [b]) for b in t[len(pairs):])
        else:
            split.append((s, t))
    out["n-m beads split into 1-1 + nulls"] = split
    shifted = []
    for s, t in beads:
        if t and rng.random() < 0.10:
            shifted.append((s, [x + 1 for x in t]))
        else:
            shifted.append((s, t))
    out["10% target sides shifted by one"] = shifted
    noisy = []
    for s, t in beads:
        noisy.append((s, t))
        r = rng.random()
        if r < 0.05:
            noisy.append((s, t))  # duplicate
        elif r < 0.08:
            noisy.append(([], []))  # empty bead
        elif r < 0.12 and s:
            noisy.append(([s[0]], []))  # a null bead overlapping a real one
    out["duplicates, empty and null beads added"] = noisy
    out["all 1-1 on the diagonal"] = [([i], [i]) for i in range(max(len(beads), 1))]
    out["nothing"] = []
    return out


def part_textberg(binary: str, tmpdir: str, seed: int) -> None:
    rule("1. Text+Berg dev (de-fr): concord pair, scored with concord eval")
    for path in (TB_DE, TB_FR, TB_GOLD):
        if not os.path.exists(path):
            print(f"  missing {path}; skipped")
            return
    sb = load_score_beads()
    align = os.path.join(tmpdir, "dev.align")
    code, err = run_pair(binary, TB_DE, TB_FR, "de", "fr", align)
    if code != 0:
        print(f"  concord pair failed (exit {code}): {err.strip()[:300]}")
        SUMMARY.append(("Text+Berg dev strict F1", "concord pair failed", False))
        return
    n_de, n_fr = len(read_lines(TB_DE)), len(read_lines(TB_FR))
    print(f"  {n_de} German and {n_fr} French sentences; "
          f"{len(read_lines(TB_GOLD))} gold beads, {len(read_lines(align))} test beads")
    print()
    print("  concord eval --gold dev.defr --test dev.align:")
    table = concord_eval_table(binary, [TB_GOLD], [align])
    for line in table.rstrip("\n").split("\n"):
        print("    " + line)
    ours = concord_eval(binary, [TB_GOLD], [align])
    ref = reference_scores(sb, [TB_GOLD], [align])
    print()
    ref_table = sb.table(ref)
    same_table = ref_table.rstrip("\n") == table.rstrip("\n")
    ok, diff = agreement(ours, ref)
    print(f"  score_beads.py cross-check: {'same table, same counts' if ok and same_table else 'DIFFERENT: ' + diff}")
    c = ours["counts"]
    print(f"  counts: {c['p_n']} test beads ({c['p_strict']} strict, {c['p_lax']} lax hits); "
          f"{c['r_n']} gold beads with both sides ({c['r_strict']} strict, {c['r_lax']} lax found)")
    f1 = ours["f1_strict"]
    print(f"  strict F1 {f1:.3f}  (target >= {TB_TARGET:.2f}: {target_mark(f1 >= TB_TARGET)})")
    SUMMARY.append(("Text+Berg dev strict F1", f"{f1:.3f} (target >= {TB_TARGET:.2f})",
                    f1 >= TB_TARGET))
    SUMMARY.append(("concord eval = score_beads.py (Text+Berg)", "yes" if ok and same_table else "NO",
                    ok and same_table))

    # Cross-check on perturbed alignments, both as tests against the gold and as golds.
    print()
    print("  concord eval vs score_beads.py on perturbed alignments (random.Random"
          f"({seed})); counts must be equal, metrics equal to 3 decimals:")
    print(f"    {'variant':<42}{'side':<6}{'strict F1':>10}{'lax F1':>8}{'P lax-strict':>14}  agree")
    rng = random.Random(seed)
    gold_beads = sb.read_beads(TB_GOLD)
    test_beads = sb.read_beads(align)
    all_agree = True
    n_checked = 0
    for side, base in (("test", test_beads), ("gold", gold_beads)):
        for name, variant in perturbations(base, rng).items():
            path = os.path.join(tmpdir, f"variant-{side}-{n_checked}.align")
            write_beads(path, variant)
            golds, tests = ([TB_GOLD], [path]) if side == "test" else ([path], [align])
            ours = concord_eval(binary, golds, tests)
            ref = reference_scores(sb, golds, tests)
            ok, diff = agreement(ours, ref)
            all_agree &= ok
            n_checked += 1
            print(f"    {name:<42}{side:<6}{ours['f1_strict']:>10.3f}{ours['f1_lax']:>8.3f}"
                  f"{ours['precision_lax'] - ours['precision_strict']:>14.3f}  "
                  f"{'yes' if ok else 'NO: ' + diff}")
    print(f"  {n_checked} variants: {'all agree' if all_agree else 'DISAGREEMENT (see above)'}")
    SUMMARY.append(("concord eval = score_beads.py (perturbed variants)",
                    f"{'yes' if all_agree else 'NO'} ({n_checked} variants)", all_agree))


# --------------------------------------------------------------------------------------------
# 2. NTREX bilingual
# --------------------------------------------------------------------------------------------

def ntrex_articles() -> tuple[list[str], list[list[int]]] | None:
    """Article names in file order and the line numbers of each."""
    ids = [l.strip() for l in read_lines(NTREX_IDS)]
    order: list[str] = []
    lines: dict[str, list[int]] = {}
    for i, doc in enumerate(ids):
        if doc not in lines:
            order.append(doc)
            lines[doc] = []
        lines[doc].append(i)
    return order, [lines[d] for d in order]


def part_ntrex(binary: str, tmpdir: str, seed: int, jobs: int, n_worst: int) -> None:
    pairs = [(a, b) for i, a in enumerate(LANGS) for b in LANGS[i + 1:]]
    rule(f"2. NTREX-128 bilingual: 123 articles x {len(pairs)} language pairs "
         f"(random.Random({seed}))")
    if not os.path.exists(NTREX_IDS):
        print(f"  missing {NTREX_IDS}; skipped")
        return
    texts = {}
    for lang in LANGS:
        path = os.path.join(NTREX_DIR, NTREX_FILES[lang])
        if not os.path.exists(path):
            print(f"  missing {path}; skipped")
            return
        texts[lang] = read_lines(path)
    names, article_lines = ntrex_articles()
    n_lines = sum(len(l) for l in article_lines)
    for lang in LANGS:
        if len(texts[lang]) != n_lines:
            print(f"  {lang}: {len(texts[lang])} lines but {n_lines} document ids; skipped")
            return
    sb = load_score_beads()

    rng = random.Random(seed)
    perturbed = set(rng.sample(range(len(names)), len(names) // 2))
    print(f"  {len(names)} articles ({min(map(len, article_lines))}-"
          f"{max(map(len, article_lines))} lines), {len(perturbed)} of them with one line deleted "
          "in every pair")
    print("  (per article and pair, random.Random(f\"{seed}:{src}-{tgt}:{article}\") picks the side")
    print("  and the line; gold = identity beads plus a 1-0 / 0-1 bead for the deleted line)")

    # Write the files and collect the jobs.
    work = []  # (pair, article index, src file, tgt file, gold file, test file)
    deleted_sides: dict[tuple[str, str], list[str]] = {}
    for a, b in pairs:
        pair_dir = os.path.join(tmpdir, "ntrex", f"{a}-{b}")
        os.makedirs(pair_dir, exist_ok=True)
        for k, (name, lines) in enumerate(zip(names, article_lines)):
            src = [texts[a][i] for i in lines]
            tgt = [texts[b][i] for i in lines]
            n = len(lines)
            gold = [([i], [i]) for i in range(n)]
            if k in perturbed:
                prng = random.Random(f"{seed}:{a}-{b}:{k}")
                side = prng.choice(["src", "tgt"])
                gone = prng.randrange(n)
                deleted_sides.setdefault((a, b), []).append(side)
                if side == "src":
                    del src[gone]
                    gold = ([([i], [i if i < gone else i - 1]) for i in range(gone)]
                            + [([], [gone])]
                            + [([i - 1], [i]) for i in range(gone + 1, n)])
                else:
                    del tgt[gone]
                    gold = ([([i], [i]) for i in range(gone)]
                            + [([gone], [])]
                            + [([i], [i - 1]) for i in range(gone + 1, n)])
            base = os.path.join(pair_dir, f"{k:03d}")
            write_lines(base + f".{a}", src)
            write_lines(base + f".{b}", tgt)
            write_beads(base + ".gold", gold)
            work.append(((a, b), k, base + f".{a}", base + f".{b}", base + ".gold",
                         base + ".align"))

    print(f"  running {len(work)} `concord pair` jobs, {jobs} at a time ...", flush=True)
    failures = []
    started = time.perf_counter()

    def job(item):
        (a, b), k, src, tgt, gold, test = item
        code, err = run_pair(binary, src, tgt, a, b, test)
        return item, code, err

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for item, code, err in pool.map(job, work):
            if code != 0:
                failures.append((item, code, err))
                open(item[5], "w").close()  # an empty alignment: every gold bead missed
    elapsed = time.perf_counter() - started
    print(f"  done in {elapsed:.1f} s ({1000 * elapsed / len(work):.1f} ms a run, wall clock)")
    if failures:
        print(f"  {len(failures)} runs FAILED (scored as empty alignments); first ones:")
        for item, code, err in failures[:5]:
            print(f"    {item[0][0]}-{item[0][1]} article {item[1]} ({names[item[1]]}): "
                  f"exit {code}: {err.strip()[:200]}")

    print()
    print("  Strict scores micro-averaged over the articles with concord eval; 'clean' and")
    print("  'deleted' split the articles by whether a line was deleted; lax F1 for reference.")
    print(f"  {'pair':<7}{'P':>7}{'R':>7}{'F1':>7}   {'clean F1':>9}{'deleted F1':>11}"
          f"{'lax F1':>8}   {'target':>8}")
    rows = []
    mismatches = []
    per_file = []  # (strict F1, pair, article index, counts)
    for a, b in pairs:
        items = [w for w in work if w[0] == (a, b)]
        golds = [w[4] for w in items]
        tests = [w[5] for w in items]
        ours = concord_eval(binary, golds, tests)
        clean = [w for w in items if w[1] not in perturbed]
        dirty = [w for w in items if w[1] in perturbed]
        clean_m = concord_eval(binary, [w[4] for w in clean], [w[5] for w in clean])
        dirty_m = concord_eval(binary, [w[4] for w in dirty], [w[5] for w in dirty])
        total, files = sb.score_files(tests, golds)
        ref = dict(sb.metrics(total), counts=total)
        ok, diff = agreement(ours, ref)
        if not ok:
            mismatches.append(f"{a}-{b}: {diff}")
        for (t, g, c), w in zip(files, items):
            per_file.append((sb.metrics(c)["f1_strict"], (a, b), w[1], c))
        f1 = ours["f1_strict"]
        rows.append(((a, b), f1))
        print(f"  {a + '-' + b:<7}{ours['precision_strict']:>7.3f}{ours['recall_strict']:>7.3f}"
              f"{f1:>7.3f}   {clean_m['f1_strict']:>9.3f}{dirty_m['f1_strict']:>11.3f}"
              f"{ours['f1_lax']:>8.3f}   {target_mark(f1 >= NTREX_TARGET):>8}")
    worst_pair, worst = min(rows, key=lambda r: r[1])
    mean = sum(f for _, f in rows) / len(rows)
    below = [f"{a}-{b}" for (a, b), f in rows if f < NTREX_TARGET]
    print()
    print(f"  mean strict F1 {mean:.3f}; minimum {worst:.3f} ({worst_pair[0]}-{worst_pair[1]}); "
          f"{len(rows) - len(below)}/{len(rows)} pairs >= {NTREX_TARGET:.2f}")
    if below:
        print(f"  below target: {' '.join(below)}")
    print(f"  score_beads.py cross-check (all {len(rows)} pairs): "
          f"{'same counts, same metrics' if not mismatches else 'DIFFERENT'}")
    for m in mismatches:
        print(f"    {m}")
    SUMMARY.append(("NTREX min strict F1, one article a run",
                    f"{worst:.3f} ({worst_pair[0]}-{worst_pair[1]}; mean {mean:.3f}; "
                    f"target >= {NTREX_TARGET:.2f} for every pair)", worst >= NTREX_TARGET))
    ntrex_batch(binary, tmpdir, pairs, work, jobs)
    SUMMARY.append(("concord eval = score_beads.py (NTREX, 36 pairs)",
                    "yes" if not mismatches else "NO", not mismatches))
    if failures:
        SUMMARY.append(("NTREX concord pair failures", str(len(failures)), False))

    worst_files = sorted((f for f in per_file if f[0] < 1.0), key=lambda f: (f[0], f[1], f[2]))
    print()
    print(f"  Articles below strict F1 1.000: {len(worst_files)} of {len(per_file)}; "
          f"the {min(n_worst, len(worst_files))} worst (--keep DIR keeps their files in DIR/ntrex):")
    for f1, (a, b), k, c in worst_files[:n_worst]:
        print(f"    {a}-{b} {k:03d} {names[k]:<26} strict F1 {f1:.3f}  "
              f"{'line deleted' if k in perturbed else 'clean':<12} "
              f"test beads {c['p_n']}, gold beads {c['r_n']}")


def ntrex_batch(binary: str, tmpdir: str, pairs, work, jobs: int) -> None:
    """The same files aligned with `concord pair --batch`, one run per language pair: the 123
    articles of a pair together, so that word translations are learned from all of them."""
    print()
    print("  Batch mode: `concord pair --batch` once per language pair, the 123 articles together")
    print("  (word translations learned from the whole batch); same files, same gold.")

    def job(pair):
        a, b = pair
        items = [w for w in work if w[0] == pair]
        lst = os.path.join(tmpdir, "ntrex", f"{a}-{b}", "batch.tsv")
        write_lines(lst, [f"{w[2]}\t{w[3]}\t{w[5][:-len('.align')]}.batch" for w in items])
        extra = ["--weights", WEIGHTS] if WEIGHTS else []
        proc = subprocess.run([binary, "pair", "--batch", lst, "--src-lang", a, "--tgt-lang", b,
                               *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return pair, items, proc.returncode, proc.stderr.decode("utf-8", "replace")

    started = time.perf_counter()
    rows = []
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(job, pairs))
    elapsed = time.perf_counter() - started
    failed = [f"{a}-{b}: exit {code}: {err.strip()[:200]}"
              for (a, b), _, code, err in results if code != 0]
    for (a, b), items, code, _ in results:
        if code != 0:
            rows.append(((a, b), 0.0))
            continue
        golds = [w[4] for w in items]
        tests = [w[5][:-len(".align")] + ".batch" for w in items]
        rows.append(((a, b), concord_eval(binary, golds, tests)["f1_strict"]))
    print(f"  {len(pairs)} runs in {elapsed:.1f} s (wall clock, {jobs} at a time)")
    for f in failed:
        print(f"    FAILED {f}")
    for i in range(0, len(rows), 6):
        print("  " + "  ".join(f"{a}-{b} {f:.3f}" for (a, b), f in rows[i:i + 6]))
    worst_pair, worst = min(rows, key=lambda r: r[1])
    mean = sum(f for _, f in rows) / len(rows)
    below = [f"{a}-{b}" for (a, b), f in rows if f < NTREX_TARGET]
    print(f"  mean strict F1 {mean:.4f}; minimum {worst:.4f} ({worst_pair[0]}-{worst_pair[1]}); "
          f"{len(rows) - len(below)}/{len(rows)} pairs >= {NTREX_TARGET:.2f}")
    SUMMARY.append(("NTREX min strict F1, --batch per pair",
                    f"{worst:.3f} ({worst_pair[0]}-{worst_pair[1]}; mean {mean:.3f}; "
                    f"target >= {NTREX_TARGET:.2f} for every pair)",
                    worst >= NTREX_TARGET and not failed))


# --------------------------------------------------------------------------------------------
# 3. Speed
# --------------------------------------------------------------------------------------------

def parse_time_v(text: str) -> tuple[float | None, int | None]:
    """(wall seconds, max RSS bytes) from /usr/bin/time -v output."""
    wall = rss = None
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
    if m:
        parts = [float(p) for p in m.group(1).split(":")]
        wall = 0.0
        for p in parts:
            wall = wall * 60 + p
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    if m:
        rss = int(m.group(1)) * 1024
    return wall, rss


def timed_pair(binary: str, src: str, tgt: str, a: str, b: str, out: str, timeout: float,
               cap: int | None) -> dict:
    """Runs `/usr/bin/time -v concord pair`, killing it after `timeout` seconds."""
    time_v = os.path.join(os.path.dirname(out), "time-v.txt")
    cmd = ["/usr/bin/time", "-v", "-o", time_v, binary, "pair", src, tgt,
           "--src-lang", a, "--tgt-lang", b]

    def limit():
        if cap is not None:
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    started = time.perf_counter()
    with open(out, "wb") as f:
        proc = subprocess.Popen(cmd, stdout=f, stderr=subprocess.PIPE, start_new_session=True,
                                preexec_fn=limit)
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return dict(status="timeout", seconds=time.perf_counter() - started)
    seconds = time.perf_counter() - started
    report = open(time_v, encoding="utf-8", errors="replace").read() if os.path.exists(time_v) else ""
    wall, rss = parse_time_v(report)
    err = err.decode("utf-8", "replace")
    m = re.search(r"Exit status: (\d+)", report)
    exit_status = int(m.group(1)) if m else proc.returncode
    signalled = re.search(r"Command terminated by signal (\d+)", report)
    if signalled or exit_status != 0:
        why = "memory allocation failed" if "memory allocation" in err else err.strip()[:200]
        if signalled:
            why = f"killed by signal {signalled.group(1)}; " + why
        return dict(status="failed", why=why, seconds=wall or seconds, rss=rss)
    return dict(status="ok", seconds=wall if wall is not None else seconds, rss=rss)


def fmt_bytes(n: int | None) -> str:
    if n is None:
        return "?"
    return f"{n / (1 << 20):.0f} MB"


def part_speed(binary: str, tmpdir: str, timeout: float, n_big: int) -> None:
    rule("3. Speed and peak memory of concord pair (/usr/bin/time -v)")
    if not os.path.exists("/usr/bin/time"):
        print("  /usr/bin/time not found (apt-get install time); skipped")
        return
    runs = []
    if os.path.exists(TB_DE) and os.path.exists(TB_FR):
        runs.append(("Text+Berg dev de-fr", TB_DE, TB_FR, "de", "fr",
                     f"{len(read_lines(TB_DE))} x {len(read_lines(TB_FR))} sentences", None))
    else:
        print(f"  missing {TB_DE} or {TB_FR}; Text+Berg run skipped")
    en_path = os.path.join(NTREX_DIR, NTREX_FILES["en"])
    de_path = os.path.join(NTREX_DIR, NTREX_FILES["de"])
    if os.path.exists(en_path) and os.path.exists(de_path):
        en, de = read_lines(en_path), read_lines(de_path)
        big_en = os.path.join(tmpdir, "big.en")
        big_de = os.path.join(tmpdir, "big.de")
        write_lines(big_en, [en[i % len(en)] for i in range(n_big)])
        write_lines(big_de, [de[i % len(de)] for i in range(n_big)])
        mb = (os.path.getsize(big_en) + os.path.getsize(big_de)) / 1e6
        runs.append((f"NTREX en-de x{n_big:,}", big_en, big_de, "en", "de",
                     f"{n_big:,} x {n_big:,} sentences, {mb:.0f} MB", MEMORY_CAP))
    else:
        print(f"  missing {en_path} or {de_path}; 100k run skipped")

    print(f"  targets: under {SPEED_SECONDS:.0f} s and under {SPEED_BYTES >> 30} GB; runs over "
          f"{timeout:.0f} s are killed; the big run may use at most {MEMORY_CAP >> 30} GB of "
          "address space")
    print(f"  {'input':<24}{'size':<34}{'time':>10}{'max RSS':>10}   result")
    for name, src, tgt, a, b, size, cap in runs:
        out = os.path.join(tmpdir, "speed.align")
        r = timed_pair(binary, src, tgt, a, b, out, timeout, cap)
        if r["status"] == "timeout":
            print(f"  {name:<24}{size:<34}{'timeout':>10}{'-':>10}   "
                  f"killed after {timeout:.0f} s: BELOW TARGET")
            SUMMARY.append((f"speed: {name}", f"timeout (> {timeout:.0f} s)", False))
            continue
        if r["status"] == "failed":
            print(f"  {name:<24}{size:<34}{r['seconds']:>9.2f}s{fmt_bytes(r.get('rss')):>10}   "
                  f"FAILED: {r['why']}")
            SUMMARY.append((f"speed: {name}", f"failed ({r['why'][:60]})", False))
            continue
        ok = r["seconds"] < SPEED_SECONDS and (r["rss"] or 0) < SPEED_BYTES
        extra = ""
        if name.startswith("NTREX"):
            # The big pair is line-parallel: how much of the diagonal did concord find?
            gold = os.path.join(tmpdir, "big.gold")
            write_beads(gold, [([i], [i]) for i in range(n_big)])
            m = concord_eval(binary, [gold], [out])
            extra = f"; strict F1 vs the diagonal {m['f1_strict']:.3f}"
        print(f"  {name:<24}{size:<34}{r['seconds']:>9.2f}s{fmt_bytes(r['rss']):>10}   "
              f"{target_mark(ok)}{extra}")
        SUMMARY.append((f"speed: {name}", f"{r['seconds']:.2f} s, {fmt_bytes(r['rss'])}", ok))


# --------------------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=["textberg", "ntrex", "speed"])
    ap.add_argument("--weights", default="", help="aligner weight overrides for concord pair (tuning)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--jobs", type=int, default=2, help="concord pair runs at a time (default 2)")
    ap.add_argument("--timeout", type=float, default=120.0,
                    help="seconds before the 100k speed run is killed (default 120)")
    ap.add_argument("--lines", type=int, default=100_000,
                    help="sentences a side in the big speed run (default 100000)")
    ap.add_argument("--worst", type=int, default=10, help="worst NTREX articles listed (default 10)")
    ap.add_argument("--keep", metavar="DIR",
                    help="write the benchmark files into DIR and keep them (default: a temporary folder)")
    ap.add_argument("--binary", default=os.path.join("target", "release", "concord"))
    args = ap.parse_args()
    global WEIGHTS
    WEIGHTS = args.weights

    if not os.path.exists(args.binary):
        print(f"bench-align: {args.binary} not found; run `cargo build --release` first",
              file=sys.stderr)
        return 1
    binary = os.path.abspath(args.binary)
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        tmpdir = args.keep
    else:
        tmpdir = tempfile.mkdtemp(prefix="bench-align-")
    started = time.perf_counter()
    try:
        print(f"concord bilingual alignment benchmark ({binary}, seed {args.seed})")
        if args.only in (None, "textberg"):
            part_textberg(binary, tmpdir, args.seed)
        if args.only in (None, "ntrex"):
            part_ntrex(binary, tmpdir, args.seed, args.jobs, args.worst)
        if args.only in (None, "speed"):
            part_speed(binary, tmpdir, args.timeout, args.lines)
    finally:
        if not args.keep:
            shutil.rmtree(tmpdir, ignore_errors=True)

    rule("Summary")
    for what, value, ok in SUMMARY:
        mark = "" if ok is None else ("ok" if ok else "MISSED")
        print(f"  {mark:<8}{what:<52}{value}")
    missed = sum(1 for _, _, ok in SUMMARY if ok is False)
    print()
    print(f"  {len(SUMMARY) - missed}/{len(SUMMARY)} checks met; "
          f"{time.perf_counter() - started:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
