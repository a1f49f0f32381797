"""Explanations of the disagreement classes that compare.py finds.

note(task, peer, ours, theirs) returns a sentence saying why the outputs
differ and who departs from what (Unicode, UAX #15, UAX #29, the peer's own
documentation), or "" when the class has no explanation here. For strip and
search, ours and theirs are the differing text; for words, token shapes
(ع Arabic letters, a Latin letters, 9 digits); for sentences, ("only ours" or
"only peer", where).
"""

import unicodedata

MADDAH, HAMZA_ABOVE, HAMZA_BELOW = "\u0653", "\u0654", "\u0655"
SUPERSCRIPT_ALEF = "\u0670"
SMALL_WAW, SMALL_YEH = "\u06e5", "\u06e6"

CANONICAL = (
    "Unicode's conformance clause C6 says canonically equivalent sequences must not be treated "
    "differently, and UAX #15 gives U+0622 ≡ U+0627 U+0653"
)


def _is_arabic_mark(char):
    return unicodedata.category(char) == "Mn" and (
        "\u0610" <= char <= "\u061a" or "\u064b" <= char <= "\u065f" or char == SUPERSCRIPT_ALEF
        or "\u06d6" <= char <= "\u06ed" or "\u08d3" <= char <= "\u08ff"
    )


def _mark_kind(char):
    code = ord(char)
    if 0x06D6 <= code <= 0x06ED:
        return "a Quranic annotation sign of U+06D6–U+06ED (gc=Mn)" + (
            "; U+06E1 is the sukun of Uthmani script" if code == 0x06E1 else ""
        )
    if 0x0656 <= code <= 0x065F:
        return "a vowel sign of U+0656–U+065F (gc=Mn)"
    if char == MADDAH:
        return "the maddah mark (gc=Mn), here on a letter it does not compose with"
    if char in (HAMZA_ABOVE, HAMZA_BELOW):
        return "a hamza mark (gc=Mn) with no letter to compose with (in Uthmani text, on a tatweel)"
    if char == SUPERSCRIPT_ALEF:
        return "the superscript (dagger) alef (gc=Mn)"
    return "a combining mark (gc=Mn)"


PEER_MARKS = {
    "pyarabic.strip_tashkeel": "pyarabic's `strip_tashkeel` removes only U+064B–U+0652",
    "pyarabic.search": "pyarabic's `normalize_searchtext` strips only U+064B–U+0652",
    "camel.dediac_ar": "camel-tools' `dediac_ar` removes only U+064B–U+0652 and U+0670",
    "camel.search": "camel-tools' `dediac_ar` removes only U+064B–U+0652 and U+0670",
}


def _strip(task, peer, ours, theirs):
    # The peer leaves a mark we remove.
    if ours == "" and len(theirs) == 1 and _is_arabic_mark(theirs):
        if theirs == SUPERSCRIPT_ALEF and peer == "pyarabic.strip_tashkeel":
            return (
                "pyarabic's `strip_tashkeel` keeps U+0670 (its TASHKEEL set is U+064B–U+0652); we remove it by "
                "default, as camel-tools and pyarabic's own `strip_diacritics` do (`--dagger-alef keep|to-alef` "
                "changes that)"
            )
        if theirs in (HAMZA_ABOVE, HAMZA_BELOW):
            return (
                "U+0654 on a tatweel (Uthmani بـٔ) is the hamza of the word, not a vowel; the peer keeps it, we "
                "remove it as a mark that did not compose (TashkeelMarks.maddahAndHamza) and so lose the hamza: "
                "here the peer is the more faithful (see 'our side' in README.md)"
            )
        why = PEER_MARKS.get(peer, "the peer's set of marks is smaller")
        return f"peer incomplete: {why}, and this is {_mark_kind(theirs)}"
    # Canonically equivalent spellings of alef with madda.
    if ours == "\u0622" and theirs.startswith("\u0627" + MADDAH):
        rest = theirs[2:]
        base = "same letter: the peer leaves ا U+0627 + U+0653, which is canonically equivalent to our آ U+0622 (we compose as NFC does, UAX #15)"
        if rest:
            base += f"; it also leaves {', '.join(f'U+{ord(c):04X}' for c in rest)} (see those classes)"
        return base
    if ours == "\u0622" and theirs == "\u0627":
        return (
            "the peer removes U+0653 from ا U+0627 + U+0653 and so turns آ into ا, but only when the input is "
            "decomposed: a precomposed آ U+0622 stays; " + CANONICAL + ". In Uthmani Quran text, where this "
            "maddah marks a long vowel, the peer's spelling (سواء) is the customary one and ours (سوآء) is not "
            "(see 'our side' in README.md)"
        )
    if ours in (SMALL_WAW, SMALL_YEH) and theirs == "":
        return (
            "peer removes a letter: arabic-norm's range U+06DF–U+06E8 takes in U+06E5 ARABIC SMALL WAW and U+06E6 "
            "ARABIC SMALL YEH, which are letters (gc=Lm), not marks; we never remove letters"
        )
    return ""


SEARCH_FOLDS = {
    (",", "\u060c"): "ours folds Arabic punctuation to ASCII (the search preset's `punctuation` fold); a deliberate extra fold",
    ("?", "\u061f"): "ours folds Arabic punctuation to ASCII (`punctuation` fold); deliberate",
    (";", "\u061b"): "ours folds Arabic punctuation to ASCII (`punctuation` fold); deliberate",
    ("%", "\u066a"): "ours folds Arabic punctuation to ASCII (`punctuation` fold); deliberate",
    ("", " "): "ours collapses runs of white space and trims line ends (`whitespace` fold); deliberate",
    (" ", "\u00a0"): "ours turns U+00A0 and the other Unicode spaces into U+0020 (`whitespace` fold); deliberate",
    ("", "\u200f"): "ours removes bidi marks (`invisibles` fold), as arabic-normalize does; deliberate",
    ("", "\u200e"): "ours removes bidi marks (`invisibles` fold), as arabic-normalize does; deliberate",
    ("", "\u200c"): "ours removes ZWNJ outside words (`invisibles` fold); deliberate",
    ("", "\u0640"): "camel-tools' normalizers keep tatweel; ours removes it (`tatweel` fold), as pyarabic, arabic-norm and arabic-normalize do",
}


def _search(task, peer, ours, theirs):
    key = (ours, theirs)
    if key in SEARCH_FOLDS:
        return SEARCH_FOLDS[key]
    if len(ours) == 1 and len(theirs) == 1 and ("\u0660" <= theirs <= "\u0669" or "\u06f0" <= theirs <= "\u06f9"):
        return "ours folds Arabic-Indic digits to ASCII (`digits` fold); deliberate"
    if peer == "pyarabic.search":
        if ours == "\u064a" and theirs == "\u0627":
            return (
                "peer wrong: pyarabic folds ى U+0649 to ا U+0627 (its `normalize_hamza` maps its ALEFAT set, which "
                "holds ALEF MAKSURA, to alef before its ى → ي step runs), so على becomes علا; its own documentation "
                "says ALEF_MAKSURA goes to YEH. Ours, camel-tools, arabic-norm and arabic-normalize give ي"
            )
        if ours in ("\u064a", "\u0648") and theirs == "\u0621":
            letter = "ئ U+0626" if ours == "\u064a" else "ؤ U+0624"
            return (
                f"a different choice: pyarabic writes {letter} as a bare hamza ء U+0621; ours folds the carrier to "
                f"its letter (`hamzaCarriers` fold: {letter} → {ours}), as arabic-normalize does"
            )
        if ours == "" and theirs == "\u0627":
            return (
                "pyarabic turns the superscript alef U+0670 into ا (its ALEFAT set holds SMALL ALEF); ours "
                "removes it with the other diacritics"
            )
        if ours == "" and theirs == "\u0621":
            return "pyarabic keeps the hamza of U+0654 on a tatweel as ء; ours removes the uncomposed hamza mark (see 'our side')"
    if ours == "\u064a" and theirs == "\u0626" or ours == "\u0648" and theirs == "\u0624":
        return (
            "ours folds the hamza carriers ئ → ي and ؤ → و (`hamzaCarriers` fold), which this peer's search "
            "normalization does not do; a deliberate extra fold"
        )
    if ours in (SMALL_WAW, SMALL_YEH) and theirs == "":
        return _strip(task, peer, ours, theirs)
    if ours == "" and len(theirs) == 1 and _is_arabic_mark(theirs):
        return _strip(task, peer, ours, theirs)
    if len(theirs) > 1 or len(ours) > 1:
        return "several of the classes above at one place"
    return ""


def _words(task, peer, ours, theirs):
    if peer == "str.split":
        return "the floor splits at white space only, so punctuation stays on the words"
    ours_parts, their_parts = ours.split(" "), theirs.split(" ")
    if len(ours_parts) == 1 and "://" in ours:
        return "we keep a URL as one token (a documented departure from UAX #29); the peer cuts it at its punctuation"
    if ours.startswith("#") and not theirs.startswith("#"):
        return "we keep a hashtag as one token (a documented departure from UAX #29); the peer drops the #"
    if all(set(part) <= set("9.,") for part in ours_parts) and "." in ours and theirs == " ".join(
        "9" for _ in range(ours.count(".") + 1)
    ):
        return (
            "peer departs from UAX #29: rules WB11/WB12 keep digits joined by a full stop (MidNumLet) in one "
            "word, so 2.5 or 10.0.0.0 is one token"
        )
    if "." in ours and theirs == ours.replace(".", " "):
        return (
            "peer departs from UAX #29: rules WB6/WB7 keep letters joined by a full stop (MidNumLet) in one "
            "word (approx.conf, crypto.randomUUID)"
        )
    if "_" in ours and theirs == ours.replace("_", " "):
        return "peer departs from UAX #29: rule WB13a/WB13b joins words through _ (ExtendNumLet), so DEBIAN_FRONTEND is one word"
    if theirs.replace("'", "") == ours and "'" in theirs:
        return "pyarabic's token pattern counts ' as a word character, so quoted words keep their quotes"
    if "<U+200F>" in theirs or "<U+200E>" in theirs:
        return (
            "the peer leaves a bidi mark (U+200E/U+200F, gc=Cf) on a word; UAX #29 rule WB4 attaches format "
            "characters to the character before, and we never put them at a word's edge"
        )
    if "<U+200C>" in theirs:
        return "the peer splits a word at ZWNJ U+200C, which joins a Persian word (می‌خواهم); we keep it inside the word"
    return ""


def _sentences(task, peer, side, where):
    shipped = peer == "pyarabic.sentence_tokenize"
    if shipped and side == "only ours":
        return (
            "pyarabic's `sentence_tokenize` calls re.sub(pattern, repl, text, re.UNICODE): the fourth positional "
            "argument of re.sub is count, so it stops after 32 splits (33 pieces here, whatever the length)"
        )
    if peer.startswith("pyarabic") and side == "only peer" and ("U+060C" in where or "U+002C" in where or "U+003A" in where or "U+061B" in where or "U+003B" in where):
        return (
            "pyarabic also splits at commas, colons and semicolons; they are not sentence terminators "
            "(UAX #29: only STerm and ATerm end sentences; ، U+060C and ؛ U+061B are SContinue)"
        )
    if peer.startswith("pyarabic") and side == "only peer" and "no space" in where:
        return (
            "pyarabic's pattern ([.,:;،؟?\\n])+([\\n\\t\\r ])+ keeps only the last character of a run of punctuation "
            "(\\1), so the terminator before a blank line and all but one dot of '...' are lost and the piece ends "
            "before them"
        )
    if peer.startswith("pyarabic") and side == "only ours" and "blank line" in where:
        return (
            "we end a sentence at a blank line (paragraph break, UAX #29 SB4 for ParaSep, adapted to blank lines); "
            "pyarabic joins the paragraph to the next unless punctuation or a line end is followed by white space"
        )
    if side == "only ours" and "no space" in where:
        return (
            "UAX #29 rule SB11 breaks after a terminator even with no space when no lowercase letter follows "
            "(`Profile`.**); the peer needs white space after it"
        )
    if side == "only peer" and "FULL STOP" in where and "space" in where:
        return (
            "UAX #29 rule SB8 does not break after a full stop when the next letter is lowercase "
            "(IP). → http://…); the peer breaks"
        )
    if side == "only ours" and "QUOTATION MARK" in where:
        return "we end the sentence after its closing quote (UAX #29 SB9–SB11: STerm Close*); the peer ends it before the quote or not at all"
    if peer.startswith("pyarabic") and side == "only ours" and "EXCLAMATION" in where:
        return "pyarabic's pattern [.,:;،؟?\\n] has no ! (nor … ۔ ‼): it never ends a sentence at an exclamation mark"
    if peer.startswith("pyarabic") and side == "only ours" and ("FULL STOP" in where or "QUESTION" in where):
        return (
            "pyarabic's pattern needs [\\n\\t\\r ] right after the terminator, so it misses one followed by U+00A0 "
            "NO-BREAK SPACE (9.4.2.<U+00A0>…) or by a closing bracket"
        )
    return ""


def note(task, peer, ours, theirs):
    if task == "strip":
        return _strip(task, peer, ours, theirs)
    if task == "search":
        return _search(task, peer, ours, theirs)
    if task == "words":
        return _words(task, peer, ours, theirs)
    if task == "sentences":
        return _sentences(task, peer, ours, theirs)
    return ""
