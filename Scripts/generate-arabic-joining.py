#!/usr/bin/env python3
"""Generates Sources/ArabicTextICU/Shaping/ArabicJoining+Table.swift.

Source: the Unicode Character Database, read from Debian's `unicode-data`
package (/usr/share/unicode, Unicode 15.0), or the folder given as the first
argument:

- extracted/DerivedJoiningType.txt: the Joining_Type of every code point
  (ArabicShaping.txt with its default rules applied: unlisted Mn, Me and Cf
  characters are T, everything else unlisted is U).
- UnicodeData.txt, field 5: the <isolated>, <final>, <initial> and <medial>
  compatibility decompositions of Arabic Presentation Forms-A (U+FB50-U+FDFF)
  and -B (U+FE70-U+FEFF).

It writes:

- joining runs: the joining class of every code point, as runs. T, C and U
  are the Joining_Type. A letter (Joining_Type D, R or L) keeps its type only
  as far as presentation forms exist to show it: it joins the character
  before it only if it has a final form, and the character after it only if
  it has an initial form (and, to join on both sides, a medial form). A
  letter without such forms (U+0621 HAMZA, U+0677, U+06D5, most of Arabic
  Supplement and Extended-A) is U: a display that does not shape draws it
  unjoined, so its neighbours must not join it either.
- letter forms: for each letter that joins, its isolated, final, initial and
  medial presentation forms (0 where Unicode encodes none).
- ligatures: the two-letter ligatures of Presentation Forms-B, lam followed
  by an alef (U+FEF5-U+FEFC), isolated and final.
- spacing marks: the spacing forms of the harakat in U+FE70-U+FE7F,
  <isolated> U+0020 + mark and <medial> U+0640 + mark.
- unshaping: every presentation form above, mapped back to its letters (a
  ligature to its two letters, a spacing mark form to the mark alone), and
  the isolated forms of letters that never join (U+FE80 -> U+0621).

Usage: Scripts/generate-arabic-joining.py [UCD_DIR] > \
         Sources/ArabicTextICU/Shaping/ArabicJoining+Table.swift
"""
import re
import sys

UCD = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
MAX = 0x110000
CLASSES = {"U": 0, "T": 1, "C": 2, "R": 3, "D": 4, "L": 5}
FORMS = ("isolated", "final", "initial", "medial")
PRESENTATION = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def version(path):
    with open(path, encoding="utf-8") as f:
        match = re.search(r"-(\d+\.\d+\.\d+)\.txt", f.readline())
        return match.group(1) if match else "?"


joining = ["U"] * MAX
with open(f"{UCD}/extracted/DerivedJoiningType.txt", encoding="utf-8") as f:
    for line in f:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        cps, value = [x.strip() for x in line.split(";")]
        first, _, last = cps.partition("..")
        for cp in range(int(first, 16), int(last or first, 16) + 1):
            joining[cp] = value

names = {}
forms = {}       # letter -> {form: presentation form}
ligatures = {}   # (first, second) -> {form: presentation form}
marks = {}       # mark -> {form: presentation form}
with open(f"{UCD}/UnicodeData.txt", encoding="utf-8") as f:
    for line in f:
        fields = line.split(";")
        cp = int(fields[0], 16)
        names[cp] = fields[1]
        if not any(lo <= cp <= hi for lo, hi in PRESENTATION):
            continue
        match = re.match(r"<(isolated|final|initial|medial)> (.+)$", fields[5])
        if not match:
            continue
        form = match.group(1)
        parts = [int(x, 16) for x in match.group(2).split()]
        if len(parts) == 1:
            forms.setdefault(parts[0], {})[form] = cp
        elif len(parts) == 2 and parts[0] in (0x0020, 0x0640) and joining[parts[1]] == "T":
            # Spacing forms of harakat: space (isolated) or tatweel (medial) plus the mark.
            expected = "isolated" if parts[0] == 0x0020 else "medial"
            assert form == expected, hex(cp)
            marks.setdefault(parts[1], {})[form] = cp
        elif (len(parts) == 2 and 0xFE70 <= cp <= 0xFEFF and form in ("isolated", "final")
              and joining[parts[0]] == "D" and joining[parts[1]] == "R"):
            # Two-letter ligatures of Presentation Forms-B: lam-alef.
            ligatures.setdefault(tuple(parts), {})[form] = cp

# Letters join only through their presentation forms: those without any are non-joining.
classes = [CLASSES["U"] if j in ("D", "R", "L") else CLASSES[j] for j in joining]
letters = []
for letter in sorted(forms):
    have = forms[letter]
    kind = joining[letter]
    before = kind in ("D", "R") and "final" in have
    after = kind in ("D", "L") and "initial" in have and (not before or "medial" in have)
    effective = "D" if before and after else "R" if before else "L" if after else "U"
    classes[letter] = CLASSES[effective]
    if effective != "U":
        letters.append((letter, [have.get(form, 0) for form in FORMS]))

assert all(0x0600 <= letter <= 0x06FF for letter, _ in letters), "letters outside the Arabic block"
for (first, second), have in ligatures.items():
    assert set(have) == {"isolated", "final"}, (hex(first), hex(second))
    assert CLASSES[joining[first]] == classes[first] == CLASSES["D"], hex(first)
assert len({first for first, _ in ligatures}) == 1, "ligatures start with one letter (lam)"

unshape = {}
for letter, have in forms.items():
    for form in have.values():
        unshape[form] = (letter, 0)
for (first, second), have in ligatures.items():
    for form in have.values():
        unshape[form] = (first, second)
for mark, have in marks.items():
    for form in have.values():
        unshape[form] = (mark, 0)

starts, values = [], []
for cp in range(MAX):
    if cp == 0 or classes[cp] != classes[cp - 1]:
        starts.append(cp)
        values.append(classes[cp])


def rows(items, per_line):
    return "\n".join("    " + " ".join(items[i:i + per_line]) for i in range(0, len(items), per_line))


ucd_version = version(f"{UCD}/extracted/DerivedJoiningType.txt")
out = []
out.append(f"""// Generated by Scripts/generate-arabic-joining.py; do not edit.
//
// Source: the Unicode Character Database {ucd_version} (Debian package unicode-data):
// extracted/DerivedJoiningType.txt (Joining_Type, from ArabicShaping.txt) and the <isolated>,
// <final>, <initial> and <medial> decompositions of UnicodeData.txt for Arabic Presentation
// Forms-A (U+FB50–U+FDFF) and -B (U+FE70–U+FEFF). See the script for the rules.

extension _ArabicJoining {{
  /// The Unicode version the tables were generated from.
  static let unicodeVersion = "{ucd_version}"

  /// The first code point of each run of one joining class, ascending; the first is U+0000.
  static let runStarts: [UInt32] = [
{rows([f"0x{x:X}," for x in starts], 10)}
  ]

  /// The joining class of each run (`_ArabicJoining.Class` raw values: 0 U, 1 T, 2 C, 3 R, 4 D, 5 L).
  static let runClasses: [UInt8] = [
{rows([f"{x}," for x in values], 20)}
  ]

  /// Letters that join, with their isolated, final, initial and medial presentation forms
  /// (0: not encoded), by letter.
  static let letterForms: [(letter: UInt16, isolated: UInt16, final: UInt16, initial: UInt16, medial: UInt16)] = [""")
for letter, f in letters:
    out.append(f"    (0x{letter:04X}, " + ", ".join(f"0x{x:04X}" for x in f) + f"),  // {names[letter]}")
out.append("""  ]

  /// Two-letter ligatures: the first and second letter, the isolated and the final ligature.
  static let ligatures: [(first: UInt16, second: UInt16, isolated: UInt16, final: UInt16)] = [""")
for (first, second), have in sorted(ligatures.items()):
    out.append(f"    (0x{first:04X}, 0x{second:04X}, 0x{have['isolated']:04X}, 0x{have['final']:04X}),"
               f"  // {names[have['isolated']]}")
out.append("""  ]

  /// Marks with spacing forms: the mark, its isolated form (space + mark) and its medial form
  /// (tatweel + mark; 0: not encoded).
  static let spacingMarks: [(mark: UInt16, isolated: UInt16, medial: UInt16)] = [""")
for mark, have in sorted(marks.items()):
    out.append(f"    (0x{mark:04X}, 0x{have['isolated']:04X}, 0x{have.get('medial', 0):04X}),  // {names[mark]}")
out.append("""  ]

  /// Presentation forms turned back into letters before shaping: the form, its first letter and
  /// its second letter (0: none), by form.
  static let unshaping: [(form: UInt16, first: UInt16, second: UInt16)] = [""")
for form in sorted(unshape):
    first, second = unshape[form]
    out.append(f"    (0x{form:04X}, 0x{first:04X}, 0x{second:04X}),  // {names[form]}")
out.append("""  ]
}""")
print("\n".join(out))
