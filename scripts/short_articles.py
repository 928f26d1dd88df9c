"""Writes NTREX-128 as short articles in the FLORES-200 layout, for `editions.py --source flores`.

FLORES-200 articles are three to five consecutive sentences of one source document, every one
punctuated; NTREX articles run to a dozen or more lines, with headlines and bylines between
them. Short articles are where whole-text length ratios mislead (one dropped sentence of four
shifts the ratio by a quarter), so the edition benchmark runs on both. This cuts each NTREX
document into runs of three to five of its punctuated lines (English ending in a stop or quote,
Japanese in 。 or a closing bracket) and writes them as FLORES's devtest files and metadata.

Usage: python3 scripts/short_articles.py OUT [--seed N]
"""
from __future__ import annotations

import argparse
import os
import random
import re

from benchlib import NTREX_DIR, NTREX_FILES, NTREX_IDS

# FLORES-200's file name for each of the site's nine languages.
FLORES_FILES = {
    "en": "eng_Latn", "de": "deu_Latn", "fr": "fra_Latn", "es": "spa_Latn", "ja": "jpn_Jpan",
    "zh": "zho_Hans", "ko": "kor_Hang", "th": "tha_Thai", "hi": "hin_Deva",
}

EN_END = re.compile(r"""[.?!"'”’]$""")
JA_END = re.compile(r"[。」』！？”]$")


def read(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\r\n") for line in f]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=9)
    args = ap.parse_args()
    ids = read(NTREX_IDS)
    lines = {l: read(os.path.join(NTREX_DIR, f)) for l, f in NTREX_FILES.items()}
    keep = [i for i in range(len(ids))
            if EN_END.search(lines["en"][i].strip()) and JA_END.search(lines["ja"][i].strip())]
    rng = random.Random(args.seed)
    rows, keys, at = [], [], 0
    while at < len(keep):
        run = [i for i in keep[at:at + rng.randint(3, 5)] if ids[i] == ids[keep[at]]]
        if len(run) >= 3:
            keys += [f"short-{len(set(keys))}"] * len(run)
            rows += run
        at += len(run)
    root = os.path.join(args.out, "flores200_dataset")
    os.makedirs(os.path.join(root, "devtest"), exist_ok=True)
    with open(os.path.join(root, "metadata_devtest.tsv"), "w", encoding="utf-8") as f:
        f.write("URL\tdomain\n" + "".join(f"{k}\tnews\n" for k in keys))
    for lang, name in FLORES_FILES.items():
        with open(os.path.join(root, "devtest", name + ".devtest"), "w", encoding="utf-8") as f:
            f.write("".join(lines[lang][i] + "\n" for i in rows))
    print(f"short_articles: {len(set(keys))} articles of {len(rows)} lines in {root}")


if __name__ == "__main__":
    main()
