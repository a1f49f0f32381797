"""The Python peers' operations for Benchmarks/compare, and their driver.

Each peer operation takes the whole text as one str and returns a str (strip,
search) or a list of str (words, sentences). The driver runs one of them on a
file:

    peers.py inproc ID FILE   read FILE, call once to warm up, time one call,
                              print "seconds=S bytes=N items=K"
    peers.py whole ID FILE    read FILE, call once, write the result to
                              standard output (str as is, lists one item a
                              line): the whole-process run
    peers.py dump ID FILE     like whole; for words, each input line's tokens
                              separated by tabs, one output line per line;
                              for sentences, line ends inside a sentence
                              written as spaces
    peers.py list             print the operations: ID, task, label
"""

import re
import sys
import time

# ---------------------------------------------------------------------------
# Operations. Imports are done lazily so that a run loads only its own peer.


def _pyarabic():
    import pyarabic.araby as araby
    import pyarabic.normalize as normalize

    return araby, normalize


def _camel():
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
    )

    return dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar, simple_word_tokenize


def pyarabic_strip_tashkeel():
    araby, _ = _pyarabic()
    return araby.strip_tashkeel


def pyarabic_strip_diacritics():
    araby, _ = _pyarabic()
    return araby.strip_diacritics


def camel_dediac():
    return _camel()[0]


def arabic_norm_strip():
    import arabic_norm

    def strip(text):
        return arabic_norm.normalize(text, strip_tatweel=False, normalize_alif=False, normalize_ya=False)

    return strip


def arabic_normalize_strip():
    import arabic_normalize

    return arabic_normalize.strip_diacritics


def pyarabic_search():
    _, normalize = _pyarabic()
    return normalize.normalize_searchtext


def camel_search():
    dediac_ar, alef, alef_maksura, teh_marbuta, _ = _camel()

    def search(text):
        return dediac_ar(teh_marbuta(alef_maksura(alef(text))))

    return search


def arabic_norm_search():
    import arabic_norm

    def search(text):
        return arabic_norm.normalize(text, ta_marbuta=True)

    return search


def arabic_normalize_search():
    import arabic_normalize

    return arabic_normalize.normalize_for_search


def pyarabic_tokenize():
    araby, _ = _pyarabic()
    return araby.tokenize


def camel_tokenize():
    return _camel()[4]


def arabic_norm_tokenize():
    import arabic_norm

    return arabic_norm.tokenize


def str_split():
    return str.split


def pyarabic_sentences():
    araby, _ = _pyarabic()
    return araby.sentence_tokenize


# pyarabic.araby.sentence_tokenize calls re.sub(pattern, repl, text, re.UNICODE):
# the fourth positional argument of re.sub is count, so re.UNICODE (32) limits
# it to the first 32 boundaries. This is the same pattern with every match.
_PYARABIC_SENTENCE = re.compile(r"([.,:;،؟?\n])+([\n\t\r ])+")


def pyarabic_sentences_all():
    def sentences(text):
        return _PYARABIC_SENTENCE.sub(r"\1<SPLIT>", text).split("<SPLIT>")

    return sentences


_FLOOR_SENTENCE = re.compile(r"(?<=[.!?؟…])\s+|\n\s*\n")


def re_split_sentences():
    return _FLOOR_SENTENCE.split


# id: (task, label, factory)
OPERATIONS = {
    "pyarabic.strip_tashkeel": ("strip", "pyarabic `araby.strip_tashkeel`", pyarabic_strip_tashkeel),
    "pyarabic.strip_diacritics": ("strip", "pyarabic `araby.strip_diacritics`", pyarabic_strip_diacritics),
    "camel.dediac_ar": ("strip", "camel-tools `dediac_ar`", camel_dediac),
    "arabic_norm.strip": ("strip", "arabic-norm `normalize` (tashkeel only)", arabic_norm_strip),
    "arabic_normalize.strip": ("strip", "arabic-normalize `strip_diacritics`", arabic_normalize_strip),
    "pyarabic.search": ("search", "pyarabic `normalize.normalize_searchtext`", pyarabic_search),
    "camel.search": ("search", "camel-tools alef + alef maksura + teh marbuta + `dediac_ar`", camel_search),
    "arabic_norm.search": ("search", "arabic-norm `normalize(ta_marbuta=True)`", arabic_norm_search),
    "arabic_normalize.search": ("search", "arabic-normalize `normalize_for_search`", arabic_normalize_search),
    "pyarabic.tokenize": ("words", "pyarabic `araby.tokenize`", pyarabic_tokenize),
    "camel.simple_word_tokenize": ("words", "camel-tools `simple_word_tokenize`", camel_tokenize),
    "arabic_norm.tokenize": ("words", "arabic-norm `tokenize` (normalizes too)", arabic_norm_tokenize),
    "str.split": ("words", "Python `str.split` (floor)", str_split),
    "pyarabic.sentence_tokenize": ("sentences", "pyarabic `araby.sentence_tokenize` (as shipped)", pyarabic_sentences),
    "pyarabic.sentence_tokenize.all": (
        "sentences",
        "pyarabic's sentence pattern, every match",
        pyarabic_sentences_all,
    ),
    "re.split": ("sentences", "Python `re.split` on terminators (floor)", re_split_sentences),
}


def operation(ident):
    task, _, factory = OPERATIONS[ident]
    return task, factory()


def count(result):
    return len(result)


def write(result, out):
    if isinstance(result, str):
        out.write(result)
    else:
        out.write("\n".join(result))
        out.write("\n")


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def main(argv):
    if len(argv) == 2 and argv[1] == "list":
        for ident, (task, label, _) in OPERATIONS.items():
            print(f"{ident}\t{task}\t{label}")
        return 0
    if len(argv) != 4 or argv[1] not in ("inproc", "whole", "dump") or argv[2] not in OPERATIONS:
        sys.stderr.write(__doc__)
        return 64
    mode, ident, path = argv[1:]
    task, function = operation(ident)
    text = read(path)
    out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="\n", closefd=False)
    if mode == "inproc":
        function(text)
        start = time.perf_counter()
        result = function(text)
        seconds = time.perf_counter() - start
        out.write(f"seconds={seconds} bytes={len(text.encode('utf-8'))} items={count(result)}\n")
    elif mode == "dump" and task == "words":
        lines = text.split("\n")
        if text.endswith("\n"):
            lines.pop()  # one output line per input line
        for line in lines:
            out.write("\t".join(function(line)))
            out.write("\n")
    elif mode == "dump" and task == "sentences":
        for sentence in function(text):
            out.write(sentence.replace("\r", " ").replace("\n", " "))
            out.write("\n")
    else:
        write(function(text), out)
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
