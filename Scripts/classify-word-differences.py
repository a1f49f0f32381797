#!/usr/bin/env python3
"""Classifies the differences between the words of arabic-tool tokenize and
those of ICU's word break iterator on the corpus, by cause.

For each corpus file, both word lists are aligned by diff(1) and each
differing stretch is put in the first class that explains it; the table
gives, per class, the stretches and the net difference in words (ours minus
ICU's). The Segmentation article documents each class.

Usage: Scripts/classify-word-differences.py [CORPUS_DIR]   (default: ../shared/corpus)
Needs what Scripts/compare-word-counts.sh needs.
"""
import collections
import os
import re
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "corpus")
tool = os.environ.get("ARABIC_TOOL", os.path.join(root, ".build", "debug", "arabic-tool"))
if not os.access(tool, os.X_OK):
    subprocess.run(["swift", "build", "--product", "arabic-tool"], cwd=root, check=True)

work = tempfile.mkdtemp()
icu = os.path.join(work, "icu-word-count")
flags = subprocess.run(["pkg-config", "--cflags", "--libs", "icu-uc"], capture_output=True, text=True).stdout.split()
subprocess.run(["cc", "-O2", "-o", icu, os.path.join(root, "Scripts", "icu-word-count.c")] + flags, check=True)

ARABIC = "\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF"
DIGIT = "0-9\u0660-\u0669\u06F0-\u06F9"
INVISIBLE = "\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF"
CLASSES = [
    ("url", "URLs are one token", lambda a, b: any(re.match(r"(https?|ftp)://|www\.", w, re.I) for w in b)),
    ("email", "e-mail addresses are one token", lambda a, b: any(re.match(r"[^@\s]+@[^@\s]+\.\w+$", w) for w in b)),
    ("hashtag", "hashtags and mentions keep # and @", lambda a, b: any(w[:1] in "#@" for w in b)),
    ("emoji", "emoji count as words", lambda a, b: any(not re.search(r"\w", w) for w in b)),
    ("invisible", "invisible format characters are not part of words",
     lambda a, b: any(re.search(f"[{INVISIBLE}]", w) for w in a)),
    ("arabic-digit", "Arabic letters and digits written together are two words",
     lambda a, b: any(re.search(f"[{ARABIC}][{DIGIT}]|[{DIGIT}][{ARABIC}]", w) for w in a)),
    ("arabic-stop", "a full stop, colon or apostrophe next to an Arabic letter ends a word",
     lambda a, b: any(re.search(f"[{ARABIC}][.:'’]\\w|\\w[.:'’][{ARABIC}]", w) for w in a)),
    ("colon", "a colon between Latin letters or digits stays inside (UAX #29 MidLetter; ICU's root rules drop it)",
     lambda a, b: any(":" in w for w in b)),
    ("number", "number separators other than . , and U+066C split numbers", lambda a, b: any(
        re.search(f"[{DIGIT}][;،'][{DIGIT}]", w) for w in a)),
    ("at", "@ between letters splits them (UAX #29: @ is Other; ICU 72 joins)", lambda a, b: any("@" in w for w in a)),
    ("connector", "underscores alone are punctuation", lambda a, b: any(re.fullmatch("_+", w) for w in a)),
]

totals = collections.Counter()
stretches = collections.Counter()
examples = {}
for directory, _, files in sorted(os.walk(corpus)):
    for name in sorted(files):
        if name == "README.md":
            continue
        path = os.path.join(directory, name)
        theirs_path, ours_path = os.path.join(work, "theirs"), os.path.join(work, "ours")
        with open(theirs_path, "w") as f:
            f.write(subprocess.run([icu, "-w", path], capture_output=True, text=True).stdout)
        with open(ours_path, "w") as f:
            f.write("\n".join(subprocess.run([tool, "tokenize", path], capture_output=True, text=True).stdout.split()))
            f.write("\n")
        diff = subprocess.run(["diff", theirs_path, ours_path], capture_output=True, text=True).stdout
        hunks = []
        for line in diff.split("\n"):
            if line[:1].isdigit():
                hunks.append(([], []))
            elif line.startswith("< "):
                hunks[-1][0].append(line[2:])
            elif line.startswith("> "):
                hunks[-1][1].append(line[2:])
        for a, b in hunks:
            key = next((k for k, _, test in CLASSES if test(a, b)), "other")
            totals[key] += len(b) - len(a)
            stretches[key] += 1
            examples.setdefault(key, (a[:3], b[:3], os.path.relpath(path, corpus)))
            if key == "other" and os.environ.get("SHOW_OTHER"):
                print(a, b, file=sys.stderr)

print("| class | stretches | words (ours − ICU) | example (ICU → ours) |")
print("|---|---:|---:|---|")
for key, description, _ in CLASSES + [("other", "other", None)]:
    if stretches[key]:
        a, b, where = examples[key]
        print(f"| {description} | {stretches[key]} | {totals[key]:+d} | `{' '.join(a)}` → `{' '.join(b)}` ({where}) |")
print(f"| **all** | {sum(stretches.values())} | {sum(totals.values()):+d} | |")
