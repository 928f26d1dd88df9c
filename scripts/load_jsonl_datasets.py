#!/usr/bin/env python3
"""Loads concord's corpus.jsonl with Hugging Face `datasets`, as a dataset builder would.

    concord align corpora/ai-china-investment --format jsonl --out out
    python3 scripts/load_jsonl_datasets.py out/corpus.jsonl

Prints the number of units, the languages, and the first unit's translations. Needs
`pip install datasets`; exits 1 with a message when it is missing.
"""
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: load_jsonl_datasets.py CORPUS.jsonl")
    try:
        import datasets
    except ImportError:
        print("load_jsonl_datasets: the `datasets` package is missing; pip install datasets", file=sys.stderr)
        sys.exit(1)
    ds = datasets.load_dataset("json", data_files=sys.argv[1], split="train")
    langs = sorted(ds.features["translation"].keys())
    print(f"{ds.num_rows} units; languages {' '.join(langs)}; columns {', '.join(ds.column_names)}")
    first = ds[0]
    for lang in langs:
        print(f"  {lang}: {first['translation'][lang]}")
    pairs = ds.filter(lambda u: u["translation"]["ja"] is not None and u["translation"]["en"] is not None)
    print(f"{pairs.num_rows} units with both ja and en")


if __name__ == "__main__":
    main()
