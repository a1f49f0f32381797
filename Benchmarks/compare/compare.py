"""Times ArabicText against its Python peers and checks that their outputs agree.

Run by run.sh with the virtual environment's Python; see README.md beside it.

Timing: for each task, each tool runs RUNS times, the tools alternating
(round 1: every tool once, round 2: every tool again, ...). A run is two
processes: one that reads the file, warms up and times one call in process,
and the whole-process run (our CLI, or a Python script that reads the file,
calls the peer once and writes the result to /dev/null), whose wall time and
peak RSS (GNU time's %M, from wait4) are measured here. MB/s are of the input's
UTF-8 bytes. Medians are reported.

Agreement: our outputs and the peers' on a sample (evenly spaced lines of the
file, poems-vocalized.txt and a sample of quran-uthmani.txt for stripping),
with every disagreement grouped by the code points involved.
"""

import argparse
import collections
import datetime
import difflib
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import peers  # noqa: E402
from notes import note  # noqa: E402

TASKS = ["strip", "search", "words", "sentences"]
TASK_TITLES = {
    "strip": "strip diacritics",
    "search": "search normalization",
    "words": "word tokenization",
    "sentences": "sentence splitting",
}
OUR_CLI = {
    "strip": ["strip-diacritics"],
    "search": ["normalize", "--preset", "search"],
    "words": ["tokenize"],
    "sentences": ["tokenize", "--sentences"],
}
OUR_LABEL = {
    "strip": "**ArabicText** `DiacriticStripper` / `arabic-tool strip-diacritics`",
    "search": "**ArabicText** `ArabicNormalizer(preset: .search)` / `arabic-tool normalize --preset search`",
    "words": "**ArabicText** `WordTokenizer` (tokens with ranges) / `arabic-tool tokenize`",
    "sentences": "**ArabicText** `SentenceSegmenter` / `arabic-tool tokenize --sentences`",
}


def log(message):
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------
# Running processes


def run_inproc(command):
    """Runs a timing process; returns its in-process seconds."""
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
    fields = dict(part.split("=", 1) for part in result.stdout.split())
    return float(fields["seconds"])


GNU_TIME = "/usr/bin/time"


def run_whole(command):
    """Runs `command` with its output to /dev/null; returns (wall seconds, peak RSS in KiB).

    Peak RSS comes from GNU time, which forks the command from its own small
    process: a child forked straight from this Python process would count
    this process's memory in its ru_maxrss, which Linux keeps across exec.
    """
    with tempfile.NamedTemporaryFile(mode="r") as report, tempfile.TemporaryFile() as errors, open(
        os.devnull, "wb"
    ) as null:
        start = time.perf_counter()
        result = subprocess.run([GNU_TIME, "-f", "%M", "-o", report.name, *command], stdout=null, stderr=errors)
        seconds = time.perf_counter() - start
        if result.returncode != 0:
            errors.seek(0)
            raise SystemExit(
                f"failed ({result.returncode}): {' '.join(command)}\n{errors.read().decode(errors='replace')}"
            )
        rss = int(report.read().split()[-1])
    return seconds, rss


def output_of(command):
    result = subprocess.run(command, capture_output=True)
    if result.returncode != 0:
        raise SystemExit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr.decode()}")
    return result.stdout.decode("utf-8")


def has_subcommand(tool, name):
    """Whether `arabic-tool --help` lists the subcommand `name`."""
    listing = subprocess.run([tool, "--help"], capture_output=True, text=True).stdout
    return any(line.split()[:1] == [name] for line in listing.split("\n"))


# ---------------------------------------------------------------------------
# Timing


class Entry:
    def __init__(self, task, ident, label, inproc, whole, ours=False):
        self.task, self.ident, self.label = task, ident, label
        self.inproc, self.whole, self.ours = inproc, whole, ours
        self.inproc_seconds, self.whole_seconds, self.rss = [], [], []


def entries(args, tokenize_cli):
    result = []
    py = [args.python, os.path.join(HERE, "peers.py")]
    for task in TASKS:
        whole = None
        if task in ("strip", "search") or tokenize_cli:
            whole = [args.tool, *OUR_CLI[task], args.file]
        timer_task = {"strip": "strip", "search": "search", "words": "words", "sentences": "sentences"}[task]
        result.append(
            Entry(task, "ours", OUR_LABEL[task], [args.timer, "time", timer_task, args.file], whole, ours=True)
        )
        if task == "words":
            result.append(
                Entry(
                    task,
                    "ours.wordcount",
                    "**ArabicText** `wordCount(of:)`",
                    [args.timer, "time", "wordcount", args.file],
                    None,
                    ours=True,
                )
            )
        for ident, (peer_task, label, _) in peers.OPERATIONS.items():
            if peer_task == task:
                result.append(
                    Entry(task, ident, label, [*py, "inproc", ident, args.file], [*py, "whole", ident, args.file])
                )
    return result


def time_all(args, tokenize_cli):
    table = entries(args, tokenize_cli)
    for round_index in range(args.runs):
        log(f"timing: round {round_index + 1} of {args.runs}")
        # Rotate the starting tool each round so no tool always runs first.
        for task in TASKS:
            group = [entry for entry in table if entry.task == task]
            shift = round_index % len(group)
            for entry in group[shift:] + group[:shift]:
                entry.inproc_seconds.append(run_inproc(entry.inproc))
                if entry.whole:
                    seconds, rss = run_whole(entry.whole)
                    entry.whole_seconds.append(seconds)
                    entry.rss.append(rss)
    return table


def mbps(size, seconds):
    return size / statistics.median(seconds) / 1e6 if seconds else None


def fmt_rate(value):
    if value is None:
        return "—"
    return f"{value:,.0f}" if value >= 100 else f"{value:.1f}"


def fmt_ratio(ours, peer):
    if ours is None or peer is None:
        return "—"
    ratio = ours / peer
    return f"{ratio:,.0f}×" if ratio >= 100 else f"{ratio:.1f}×"


def render_table(table, size):
    lines = [
        "| task | tool | in process, MB/s | whole process, MB/s | peak RSS, MiB | ours/peer in process | ours/peer whole process |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for task in TASKS:
        group = [entry for entry in table if entry.task == task]
        ours = group[0]
        ours_in, ours_whole = mbps(size, ours.inproc_seconds), mbps(size, ours.whole_seconds)
        for entry in group:
            rate_in, rate_whole = mbps(size, entry.inproc_seconds), mbps(size, entry.whole_seconds)
            rss = f"{statistics.median(entry.rss) / 1024:.0f}" if entry.rss else "—"
            if entry.ours:
                ratio_in = ratio_whole = "—"
            else:
                ratio_in, ratio_whole = fmt_ratio(ours_in, rate_in), fmt_ratio(ours_whole, rate_whole)
            lines.append(
                f"| {TASK_TITLES[task]} | {entry.label} | {fmt_rate(rate_in)} | {fmt_rate(rate_whole)} | {rss} | {ratio_in} | {ratio_whole} |"
            )
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Agreement


def spell(text):
    """`text` with its code points named: 'U+0653 ARABIC MADDAH ABOVE'."""
    if text == "":
        return "(nothing)"
    parts = []
    for char in text:
        name = unicodedata.name(char, "")
        if char == "\n":
            name = "LINE FEED"
        elif char == "\t":
            name = "TAB"
        parts.append(f"U+{ord(char):04X} {name}".rstrip())
    return ", ".join(parts)


def visible(text):
    """`text` with marks, invisibles and spaces shown as <U+XXXX>."""
    out = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Mn", "Cf", "Zs", "Cc", "Zl", "Zp") and char != " ":
            out.append(f"<U+{ord(char):04X}>")
        else:
            out.append(char)
    return "".join(out)


def sample_lines(path, count, separator):
    """`count` evenly spaced non-empty lines of `path`, joined by `separator`."""
    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle.read().split("\n") if line.strip()]
    if len(lines) > count:
        step = len(lines) / count
        lines = [lines[int(index * step)] for index in range(count)]
    return separator.join(lines) + "\n"


def text_classes(source_lines, ours_lines, peer_lines):
    """Disagreements between two line lists, grouped by (ours, peer) segments."""
    classes = collections.OrderedDict()
    differing = 0
    for source, ours, peer in zip(source_lines, ours_lines, peer_lines):
        if not source.strip() or ours == peer:
            continue
        differing += 1
        matcher = difflib.SequenceMatcher(None, ours, peer, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            a, b = ours[i1:i2], peer[j1:j2]
            if a == "" or b == "":
                pairs = [(c, "") for c in a] + [("", c) for c in b]
            elif len(a) == len(b):
                pairs = list(zip(a, b))
            else:
                pairs = [(a, b)]
            for pair in pairs:
                entry = classes.setdefault(pair, [0, None])
                entry[0] += 1
                if entry[1] is None:
                    entry[1] = (ours[max(0, i1 - 12) : i2 + 12], peer[max(0, j1 - 12) : j2 + 12])
    return differing, classes


def shape(token):
    """A token's shape: runs of Arabic letters → ع, Latin letters → a, digits → 9."""
    out = []
    for char in token:
        category = unicodedata.category(char)
        if category.startswith("L") and "ARABIC" in unicodedata.name(char, ""):
            symbol = "ع"
        elif category.startswith("L"):
            symbol = "a"
        elif category == "Nd":
            symbol = "9"
        elif category == "Mn":
            symbol = "ع" if out and out[-1] == "ع" else "◌"
        else:
            symbol = char
        if not out or out[-1] != symbol or symbol not in "عa9":
            out.append(symbol)
    return visible("".join(out))


def is_punctuation_token(token):
    """A peer token of punctuation, symbols, spaces or format characters only
    (we report no such tokens), emoji aside."""
    import emoji

    if emoji.emoji_count(token):
        return False
    return all(unicodedata.category(char)[0] in "PSZC" for char in token)


def token_classes(ours_lines, peer_lines, transform=None):
    classes = collections.OrderedDict()
    differing = 0
    for ours_line, peer_line in zip(ours_lines, peer_lines):
        ours = [token for token in ours_line.split("\t") if token]
        if transform:
            ours = [t for t in (transform(token) for token in ours) if t]
        peer = [token for token in peer_line.split("\t") if token and not is_punctuation_token(token)]
        if ours == peer:
            continue
        differing += 1
        matcher = difflib.SequenceMatcher(None, ours, peer, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            a, b = ours[i1:i2], peer[j1:j2]
            key = (" ".join(shape(t) for t in a), " ".join(shape(t) for t in b))
            entry = classes.setdefault(key, [0, None])
            entry[0] += 1
            if entry[1] is None:
                entry[1] = (" | ".join(visible(t) for t in a), " | ".join(visible(t) for t in b))
    return differing, classes


def boundaries(text, sentences):
    """Sentence boundaries as offsets in `text` without white space (where each
    sentence after the first starts); the index in `text` of each kept char.

    The sentences are aligned with the text greedily, so a splitter that drops
    characters (pyarabic's keeps only the last of a run of punctuation) still
    has its boundaries placed where its next sentence starts in the text.
    """
    kept = [index for index, char in enumerate(text) if not char.isspace()]
    compact = [text[index] for index in kept]
    starts = set()
    position = 0
    for sentence in sentences:
        first = True
        for char in sentence:
            if char.isspace():
                continue
            probe = position
            while probe < len(compact) and probe < position + 64 and compact[probe] != char:
                probe += 1
            if probe < len(compact) and compact[probe] == char:
                if first and 0 < probe:
                    starts.add(probe)
                position = probe + 1
            first = False
    return starts, kept


def boundary_key(text, kept, position):
    before = text[kept[position - 1]]
    gap = text[kept[position - 1] + 1 : kept[position]]
    where = "blank line" if gap.count("\n") >= 2 else ("line end" if "\n" in gap else ("space" if gap else "no space"))
    category = unicodedata.category(before)
    if category.startswith("L") or category == "Mn":
        what = "a letter"
    elif category == "Nd":
        what = "a digit"
    else:
        what = f"{before} ({spell(before)})"
    return f"after {what}, then {where}"


def sentence_classes(text, ours, peer):
    ours_ends, kept = boundaries(text, ours)
    peer_ends, _ = boundaries(text, peer)
    classes = collections.OrderedDict()
    for side, ends in (("only ours", ours_ends - peer_ends), ("only peer", peer_ends - ours_ends)):
        for position in sorted(ends):
            key = (side, boundary_key(text, kept, position))
            entry = classes.setdefault(key, [0, None])
            entry[0] += 1
            if entry[1] is None:
                start = kept[max(0, position - 14)]
                stop = kept[min(len(kept) - 1, position + 10)]
                entry[1] = visible(text[start : kept[position - 1] + 1]) + " ‖ " + visible(text[kept[position] : stop])
    return len(ours_ends), len(peer_ends), len(ours_ends & peer_ends), classes


def limit(args, ident):
    """Classes listed for a peer: few for the floors, whose differences are all alike."""
    return 4 if ident in ("str.split", "re.split") else args.classes


def agreement(args, tokenize_cli):
    work = args.work
    os.makedirs(work, exist_ok=True)
    samples = {}
    big = os.path.join(work, "sample-big.txt")
    with open(big, "w", encoding="utf-8") as handle:
        # Paragraphs separated by a blank line, as in the file itself.
        handle.write(sample_lines(args.file, args.sample_lines, "\n\n"))
    samples["big"] = (big, f"{args.sample_lines} evenly spaced lines of {os.path.basename(args.file)}")
    poems = os.path.join(args.corpus, "classical-diacritized", "poems-vocalized.txt")
    if os.path.exists(poems):
        samples["poems"] = (poems, "poems-vocalized.txt (1,000 lines)")
    quran = os.path.join(args.corpus, "classical-diacritized", "quran-uthmani.txt")
    if os.path.exists(quran):
        path = os.path.join(work, "sample-quran-uthmani.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(sample_lines(quran, args.sample_lines, "\n"))
        samples["quran"] = (path, f"{args.sample_lines} evenly spaced lines of quran-uthmani.txt")

    task_samples = {
        "strip": [s for s in ("big", "poems", "quran") if s in samples],
        "search": [s for s in ("big", "poems", "quran") if s in samples],
        "words": ["big"],
        "sentences": ["big"],
    }
    py = [args.python, os.path.join(HERE, "peers.py")]
    report = []
    cli_problems = []

    for task in TASKS:
        report.append(f"\n### {TASK_TITLES[task]}\n")
        for sample in task_samples[task]:
            path, description = samples[sample]
            text = open(path, encoding="utf-8").read()
            ours = output_of([args.timer, "dump", task, path])
            # The CLI must give what the library gives.
            if task in ("strip", "search") or tokenize_cli:
                cli = output_of([args.tool, *OUR_CLI[task], path])
                expected = ours.replace("\t", " ") if task == "words" else ours
                if cli != expected:
                    cli_problems.append(f"{task} on {description}: `arabic-tool {' '.join(OUR_CLI[task])}` differs from the library")
            report.append(f"On {description}:\n")
            oracle = None
            if sample == "poems" and task == "strip":
                plain = os.path.join(args.corpus, "classical-diacritized", "poems-plain.txt")
                if os.path.exists(plain):
                    # poems-plain.txt is poems-vocalized.txt less U+064B–U+0652 and U+0670, line by line.
                    oracle = open(plain, encoding="utf-8").read().split("\n")
                    matches = sum(1 for a, b in zip(ours.split("\n"), oracle) if a == b and a.strip())
                    report.append(f"- ours: {matches} of {sum(1 for line in oracle if line.strip())} lines equal to poems-plain.txt")
            for ident, (peer_task, label, _) in peers.OPERATIONS.items():
                if peer_task != task:
                    continue
                theirs = output_of([*py, "dump", ident, path])
                if task in ("strip", "search"):
                    source_lines = text.split("\n")
                    ours_lines, peer_lines = ours.split("\n"), theirs.split("\n")
                    differing, classes = text_classes(source_lines, ours_lines, peer_lines)
                    total = sum(1 for line in source_lines if line.strip())
                    head = f"- {label}: {total - differing} of {total} lines identical to ours"
                    if oracle:
                        matches = sum(1 for a, b in zip(peer_lines, oracle) if a == b and a.strip())
                        head += f"; {matches} equal to poems-plain.txt"
                    report.append(head)
                    for (a, b), (count, example) in sorted(classes.items(), key=lambda item: -item[1][0])[: limit(args, ident)]:
                        explanation = note(task, ident, a, b)
                        report.append(
                            f"  - ×{count}: ours {spell(a)}; peer {spell(b)}"
                            + (f" — {explanation}" if explanation else "")
                            + f" (e.g. ours «{visible(example[0])}», peer «{visible(example[1])}»)"
                        )
                    rest = sorted(classes.items(), key=lambda item: -item[1][0])[limit(args, ident) :]
                    if rest:
                        report.append(f"  - and {len(rest)} more classes ({sum(c for _, (c, _) in rest)} occurrences)")
                elif task == "words":
                    transform = None
                    if ident == "arabic_norm.tokenize":
                        import arabic_norm

                        transform = arabic_norm.normalize
                    ours_lines, peer_lines = ours.split("\n"), theirs.split("\n")
                    differing, classes = token_classes(ours_lines, peer_lines, transform)
                    total = sum(1 for line in text.split("\n") if line.strip())
                    report.append(
                        f"- {label}: {total - differing} of {total} lines give the same words"
                        + (" (our tokens passed through arabic-norm's `normalize` first)" if transform else "")
                        + " (peer tokens of punctuation or symbols only are left out: we report no such tokens)"
                    )
                    for (a, b), (count, example) in sorted(classes.items(), key=lambda item: -item[1][0])[: limit(args, ident)]:
                        explanation = note(task, ident, a, b)
                        report.append(
                            f"  - ×{count}: ours `{a or '(none)'}`; peer `{b or '(none)'}`"
                            + (f" — {explanation}" if explanation else "")
                            + f" (e.g. ours «{example[0]}», peer «{example[1]}»)"
                        )
                    rest = sorted(classes.items(), key=lambda item: -item[1][0])[limit(args, ident) :]
                    if rest:
                        report.append(f"  - and {len(rest)} more classes ({sum(c for _, (c, _) in rest)} occurrences)")
                else:
                    ours_sentences = [line for line in ours.split("\n") if line]
                    peer_sentences = theirs.split("\n")[:-1]
                    n_ours, n_peer, common, classes = sentence_classes(text, ours_sentences, peer_sentences)
                    report.append(
                        f"- {label}: {len(peer_sentences)} pieces; {common} boundaries in common, ours {n_ours}, peer {n_peer}"
                    )
                    for (side, key), (count, example) in sorted(classes.items(), key=lambda item: -item[1][0])[: limit(args, ident)]:
                        explanation = note(task, ident, side, key)
                        report.append(
                            f"  - ×{count}: {side}, {key}"
                            + (f" — {explanation}" if explanation else "")
                            + f" (e.g. «{example}»)"
                        )
                    rest = sorted(classes.items(), key=lambda item: -item[1][0])[limit(args, ident) :]
                    if rest:
                        report.append(f"  - and {len(rest)} more classes ({sum(c for _, (c, _) in rest)} occurrences)")
            report.append("")
    if cli_problems:
        report.append("\n### our CLI and library\n")
        report.extend(f"- {problem}" for problem in cli_problems)
    return "\n".join(report)


# ---------------------------------------------------------------------------
# Machine


def machine():
    model = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"] * 3
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return model, cores, " ".join(load)


def versions(args):
    result = subprocess.run(
        [args.python, "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"],
        capture_output=True,
        text=True,
    )
    wanted = {"pyarabic", "camel-tools", "camel_tools", "arabic-norm", "arabic_norm", "arabic-normalize", "arabic_normalize"}
    found = [line for line in result.stdout.split() if line.split("==")[0].lower() in wanted]
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    return ", ".join(found), swift


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--file", required=True)
    parser.add_argument("--corpus", required=True, help="the shared corpus folder (for the stripping samples)")
    parser.add_argument("--tool", required=True, help="the release arabic-tool")
    parser.add_argument("--timer", required=True, help="the release compare-timing")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sample-lines", type=int, default=500)
    parser.add_argument("--classes", type=int, default=12, help="disagreement classes listed per peer")
    parser.add_argument("--work", default=os.path.join(HERE, "work"))
    parser.add_argument("--results", default=os.path.join(HERE, "results.md"))
    parser.add_argument("--skip-timing", action="store_true")
    parser.add_argument("--skip-agreement", action="store_true")
    args = parser.parse_args()

    size = os.path.getsize(args.file)
    tokenize_cli = has_subcommand(args.tool, "tokenize")
    model, cores, load_before = machine()
    started = datetime.datetime.now(datetime.timezone.utc)

    agreement_text = ""
    if not args.skip_agreement:
        log("agreement: comparing outputs on the samples")
        agreement_text = agreement(args, tokenize_cli)
    table_text = ""
    if not args.skip_timing:
        table = time_all(args, tokenize_cli)
        table_text = render_table(table, size)
    _, _, load_after = machine()
    peer_versions, swift = versions(args)

    header = [
        "# ArabicText and its Python peers",
        "",
        f"Date: {started:%Y-%m-%d %H:%M} UTC. Machine: nproc {cores}, {model}, "
        f"{platform.system()} {platform.release()}; load average {load_before} at the start, {load_after} at the end "
        "(the machine is shared, so timings are noisy).",
        f"{swift}; Python {platform.python_version()}; {peer_versions}.",
        f"Input: `{os.path.basename(args.file)}`, {size:,} bytes of UTF-8. Medians of {args.runs} runs, the tools alternating.",
        "",
        "In process: one call on the whole text, after one warm-up call, timed inside the process "
        "(Swift: `compare-timing`; Python: `peers.py`). Whole process: wall time and peak RSS of "
        "`arabic-tool … FILE > /dev/null`, or of a Python process that imports the peer, reads the "
        "file, calls it once and writes the result to /dev/null. MB/s are of input UTF-8 bytes; "
        "ratios are our throughput over the peer's (above 1: we are faster).",
    ]
    if not tokenize_cli:
        header += ["", "This `arabic-tool` has no `tokenize` subcommand: word and sentence rows have no whole-process figures."]
    output = "\n".join(header)
    if table_text:
        output += "\n\n" + table_text + "\n"
        print(table_text)
    if agreement_text:
        output += "\n## Agreement on samples\n" + agreement_text + "\n"
    if not args.skip_timing and not args.skip_agreement:
        with open(args.results, "w", encoding="utf-8") as handle:
            handle.write(output)
        log(f"wrote {args.results}")
    else:
        with open(os.path.join(args.work, "partial-results.md"), "w", encoding="utf-8") as handle:
            handle.write(output)
        log(f"wrote {os.path.join(args.work, 'partial-results.md')}")


if __name__ == "__main__":
    main()
