#!/usr/bin/env python3
"""Seed corpora for the fuzz targets.

Usage: make-corpus.py OUTPUT_DIR TARGET...

Seeds come from the project's Fixtures/, the strings of
../shared/cases/public-cases.jsonl, and pieces of the files of
../shared/corpus (read in place, never copied into the project; skipped
when ../shared is absent). Each seed is a few option bytes (the targets read
their options from the first bytes) followed by up to 4 KiB of text cut at
a line end.
"""
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
MAX = 4000
OPTION_PREFIXES = [b"\x00\x00\x00", b"\x01\x40\x07", b"\x12\x05\x9c", b"\x43\xff\x21"]


def pieces(data, limit=8):
    """Up to `limit` pieces of at most MAX bytes, cut after a line end when there is one."""
    out = []
    start = 0
    while start < len(data) and len(out) < limit:
        end = min(len(data), start + MAX)
        if end < len(data):
            newline = data.rfind(b"\n", start, end)
            if newline > start:
                end = newline + 1
        out.append(data[start:end])
        start = end
    return out


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def sources():
    """(kind, bytes) for every seed text; kind is 'html' for HTML, else 'text'."""
    fixtures = os.path.join(ROOT, "Fixtures")
    for name in sorted(os.listdir(fixtures)):
        path = os.path.join(fixtures, name)
        if os.path.isfile(path):
            with open(path, "rb") as f:
                data = f.read()
            for piece in pieces(data):
                yield ("html" if name.endswith(".html") else "text", piece)
    cases = os.path.join(SHARED, "cases", "public-cases.jsonl")
    if os.path.exists(cases):
        with open(cases, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    for text in strings(json.loads(line).get("input")):
                        yield ("html" if "<" in text else "text", text.encode("utf-8"))
    corpus = os.path.join(SHARED, "corpus")
    if os.path.isdir(corpus):
        for folder, _, files in sorted(os.walk(corpus)):
            for name in sorted(files):
                if name == "README.md":
                    continue
                path = os.path.join(folder, name)
                with open(path, "rb") as f:
                    data = f.read(MAX * 3)
                kind = "html" if name.endswith((".html", ".htm")) else "text"
                for piece in pieces(data, limit=2):
                    yield (kind, piece)
    else:
        print("make-corpus: ../shared/corpus is absent: seeding from Fixtures/ only", file=sys.stderr)


def main():
    output, targets = sys.argv[1], sys.argv[2:]
    seeds = list(sources())
    for target in targets:
        folder = os.path.join(output, target)
        os.makedirs(folder, exist_ok=True)
        count = 0
        for index, (kind, data) in enumerate(seeds):
            if (target == "SEOHTML") != (kind == "html") and target not in ("SEOText",):
                if target == "SEOHTML" or index % 4:
                    continue
            prefix = OPTION_PREFIXES[index % len(OPTION_PREFIXES)]
            seed = prefix + data
            name = hashlib.sha1(seed).hexdigest()
            with open(os.path.join(folder, name), "wb") as f:
                f.write(seed)
            count += 1
        print(f"{target}: {count} seeds")


if __name__ == "__main__":
    main()
