"""What the benchmark scripts share: where the shared data lies, the NTREX-128 files by
language, and small helpers. Paths are relative to the repository root, from which the
scripts run (scripts/bench-*.sh cd there)."""
from __future__ import annotations

import os

SHARED = os.path.join("..", "shared")
DATA = os.path.join(SHARED, "data")
NTREX_DIR = os.path.join(DATA, "ntrex", "NTREX-128")
NTREX_IDS = os.path.join(DATA, "ntrex", "DOCUMENT_IDS.tsv")

# NTREX-128's file for each of the site's nine languages.
NTREX_FILES = {
    "en": "newstest2019-src.eng.txt",
    "de": "newstest2019-ref.deu.txt",
    "fr": "newstest2019-ref.fra.txt",
    "es": "newstest2019-ref.spa.txt",
    "ja": "newstest2019-ref.jpn.txt",
    "zh": "newstest2019-ref.zho-CN.txt",
    "ko": "newstest2019-ref.kor.txt",
    "th": "newstest2019-ref.tha.txt",
    "hi": "newstest2019-ref.hin.txt",
}


def rule(title: str) -> None:
    """A report section's heading."""
    print()
    print("=" * 78)
    print(title)
    print("=" * 78, flush=True)


def read_lines(path: str) -> list[str]:
    """A file's lines without line ends (LF or CRLF), BOM dropped."""
    with open(path, "rb") as f:
        text = f.read().decode("utf-8-sig")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [l.rstrip("\r") for l in lines]
