"""
Measure ceasefire against itself and against the tools a user would otherwise combine.

Run with ``nox -s bench``, which installs the peers (dateparser, quantulum3, spaCy, pydantic)
into that session only. Everything is timed in one run on one machine, so the ratios are
comparable; absolute numbers depend on the machine.

Usage: python benchmarks/bench.py [--quick]
"""

from __future__ import annotations

import argparse
import datetime
import gc
import importlib.util
import re
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import attrs

import ceasefire
from ceasefire._lexicon import Lexicon
from ceasefire._parse._mentions import Analysis, Stage
from ceasefire._parse._text import PhraseIndex
from ceasefire._parse.pipeline import STAGES
from ceasefire._parse.segment import segment


ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_44517ffaa18d11d5.txt"
PUBLISHED = datetime.date(2016, 11, 2)


def best_of(func: Callable[[], object], *, repeat: int = 7, number: int = 1) -> float:
    """
    The median of `repeat` timings of `number` calls, in seconds per call, after a warm-up.

    The warm-up (calls for at least a fifth of a second, as pyperf does) builds what is made
    once (compiled patterns, the default lexicon) and lets the interpreter specialise the
    code it runs, for ours and the peers alike, so every figure is a steady state.
    """
    warm_until = time.perf_counter() + 0.2
    func()
    while time.perf_counter() < warm_until:
        func()
    timings = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        for _ in range(number):
            func()
        timings.append((time.perf_counter() - start) / number)
    return statistics.median(timings)


def corpus_texts() -> list[str]:
    """Our own test corpus and the shared development articles."""
    folders = [ROOT / "tests" / "corpus", ROOT.parent / "shared" / "corpus" / "dev"]
    return [
        path.read_text(encoding="utf-8")
        for folder in folders
        if folder.is_dir()
        for path in sorted(folder.glob("*.txt"))
    ]


def row(label: str, value: str) -> None:
    """Print one aligned result line."""
    print(f"  {label:<58} {value}")


def bench_throughput(seed: str, corpus: list[str], repeat: int) -> float:
    """Articles and megabytes per second on the seed and on the corpus; returns seconds per seed parse."""
    print("Throughput (one core)")
    per_seed = best_of(lambda: ceasefire.parse(seed, published=PUBLISHED), repeat=repeat, number=5)
    row("seed: ms per parse", f"{per_seed * 1e3:8.2f} ms")
    row("seed: articles per second", f"{1 / per_seed:8.0f}")
    row("seed: MB per second", f"{len(seed.encode()) / per_seed / 1e6:8.2f}")
    if corpus:
        size = sum(len(text.encode()) for text in corpus)
        per_corpus = best_of(lambda: [ceasefire.parse(text) for text in corpus], repeat=max(repeat // 2, 3))
        row(
            f"corpus ({len(corpus)} articles, {size / 1e3:.0f} KB): articles per second",
            f"{len(corpus) / per_corpus:8.0f}",
        )
        row("corpus: MB per second", f"{size / per_corpus / 1e6:8.2f}")
    return per_seed


def bench_stages(seed: str, repeat: int) -> None:
    """The cost of each pipeline stage on the seed."""
    print("Cost of each stage on the seed")
    lexicon = Lexicon.default()
    row("segment", f"{best_of(lambda: segment(seed, published=PUBLISHED), repeat=repeat, number=20) * 1e6:8.0f} us")
    row(
        "word index (one pass, shared by the stages)",
        f"{best_of(lambda: PhraseIndex(seed).word_starts(), repeat=repeat, number=20) * 1e6:8.0f} us",
    )
    words = PhraseIndex(seed).word_starts()
    analysis = Analysis(article=segment(seed, published=PUBLISHED), lexicon=lexicon)
    for stage in STAGES:
        before = analysis

        def run(stage: Stage = stage, before: Analysis = before) -> Analysis:
            # A fresh phrase index each time, so that no stage reuses the matches an earlier run
            # found; the word index is made once above and shown on its own line.
            return stage(attrs.evolve(before, phrases=PhraseIndex(seed, words=words)))

        row(stage.__name__, f"{best_of(run, repeat=repeat, number=20) * 1e6:8.0f} us")
        analysis = stage(before)
    report = ceasefire.parse(seed, published=PUBLISHED)
    row(
        "Report construction (validation)",
        f"{best_of(lambda: attrs.evolve(report), repeat=repeat, number=50) * 1e6:8.0f} us",
    )


def bench_scaling(corpus: list[str], seed: str) -> None:
    """Time per character from 3 KB to 3 MB: flat when the parser is linear."""
    print("Scaling: time per character (should stay flat)")
    base = "\n\n".join([seed, *corpus])
    per_char = {}
    for size in (3_000, 30_000, 300_000, 3_000_000):
        text = (base * (size // len(base) + 1))[:size]
        seconds = best_of(lambda t=text: ceasefire.parse(t), repeat=3)
        per_char[size] = seconds / size
        row(f"{size / 1e3:>7.0f} KB", f"{per_char[size] * 1e9:8.1f} ns/char ({seconds * 1e3:8.1f} ms)")
    row("ratio 3 MB / 3 KB (target <= 1.5)", f"{per_char[3_000_000] / per_char[3_000]:8.2f}")


def bench_memory(corpus: list[str], seed: str, copies: tuple[int, ...] = (1, 10)) -> None:
    """Peak memory of one parse, and of streaming the corpus once and ten times over (flat if streaming is)."""
    print("Peak memory")
    tracemalloc.start()
    ceasefire.parse(seed, published=PUBLISHED)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    row("one seed parse", f"{peak / 1e6:8.2f} MB")
    parse_many = getattr(ceasefire, "parse_many", None)
    if parse_many is None or not corpus:
        return
    for times in copies:
        records = (text for _ in range(times) for text in corpus)
        tracemalloc.start()
        for _ in parse_many(records):
            pass
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        row(f"streaming parse_many over {times * len(corpus)} articles", f"{peak / 1e6:8.2f} MB")


def bench_json(seed: str, repeat: int) -> float:
    """to_json + from_json (full validation) of the seed report; returns seconds."""
    print("Serialization")
    report = ceasefire.parse(seed, published=PUBLISHED)
    dumped = ceasefire.to_json(report)
    to_json = best_of(lambda: ceasefire.to_json(report), repeat=repeat, number=50)
    from_json = best_of(lambda: ceasefire.from_json(dumped), repeat=repeat, number=50)
    row("to_json (seed report)", f"{to_json * 1e6:8.0f} us")
    row("from_json with validation (seed report)", f"{from_json * 1e6:8.0f} us")
    return to_json + from_json


def bench_peers(seed: str, ours: float, ours_json: float, repeat: int) -> None:
    """The same text through the tools a user would otherwise combine, as ratios to ours."""
    print("Peers (ratio = their time / our whole parse; higher is better for us)")
    peers: list[tuple[str, Callable[[], object], float]] = []
    if importlib.util.find_spec("dateparser"):
        from dateparser.search import search_dates

        peers.append(("dateparser search_dates(languages=['en'])", lambda: search_dates(seed, languages=["en"]), 10))
    if importlib.util.find_spec("quantulum3"):
        from quantulum3 import parser as quantulum

        peers.append(("quantulum3 parse", lambda: quantulum.parse(seed), 30))
    if importlib.util.find_spec("spacy"):
        import spacy

        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("entity_ruler")
        lexicon = Lexicon.default()
        names = [name for entry in lexicon.actors for name in entry.names][:60]
        ruler.add_patterns([{"label": "ORG", "pattern": name} for name in names])  # type: ignore[attr-defined]
        peers.append(("spaCy blank('en') + EntityRuler (60 patterns)", lambda: nlp(seed), 1))
    if not peers:
        row("(no peers installed: run through `nox -s bench`)", "")
    for label, func, target in peers:
        theirs = best_of(func, repeat=repeat)
        verdict = "ok" if theirs / ours >= target else "BELOW TARGET"
        row(f"{label}: {theirs * 1e3:.2f} ms", f"x{theirs / ours:6.1f}  (target x{target}: {verdict})")
    if importlib.util.find_spec("pydantic"):
        from pydantic_twin import pydantic_round_trip

        theirs = pydantic_round_trip(ceasefire.to_json(ceasefire.parse(seed, published=PUBLISHED)), repeat)
        verdict = "ok" if ours_json <= 2 * theirs else "BELOW TARGET"
        row(
            f"pydantic v2 twin to_json+from_json: {theirs * 1e6:.0f} us",
            f"ours/theirs {ours_json / theirs:5.2f} (target <= 2: {verdict})",
        )


def bench_adversarial() -> None:
    """Hostile inputs: each must return a valid report in bounded time."""
    print("Adversarial inputs (each returns a valid report)")
    inputs = {
        "1 MB without spaces": "x" * 1_000_000,
        "1 MB of digits and commas": "1,2" * 333_333,
        "'a.m.' x 100,000": "a.m. " * 100_000,
        "'\"' x 100,000": '"' * 100_000,
        # single quotation marks, read only where no double ones are: each opening scanned once
        "single marks and apostrophes x 100,000": " 'x y'z" * 100_000,
        "nested brackets x 50,000": "(" * 50_000 + ")" * 50_000,
        "control characters and NUL": "".join(chr(i % 32) for i in range(200_000)),
        "right-to-left and emoji": ("\u202eمرحبا 🕊️ ceasefire " * 20_000),
        "mixed line endings": "Truce holds.\r\nAid enters.\rMore than 1,000 fled.\n" * 10_000,
        "10 MB article": (SEED.read_text(encoding="utf-8") + "\n\n") * (10_000_000 // 3_000),
        # pauses in ever new places in one sentence: a mention is weighed against a bounded few places
        "1 MB of pauses in new places, one sentence": " ".join(
            f"a truce in Town{i} while a pause in City{i}" for i in range(25_000)
        ),
        # every mention in one sentence: what is read once per sentence must not be read once per mention
        "1 MB in one sentence (the seed without its stops)": (
            re.sub(r"[.!?\n]", " ", SEED.read_text(encoding="utf-8")) + " "
        )
        * (1_000_000 // 2_700),
        # corridors without end: the first few hundred are read (each is weighed against those before it)
        "1 MB of corridors to new places": "A pause will hold in Aleppo from 9 a.m. on Friday. "
        + " ".join(f"Civilians may use a corridor to Town{i}." for i in range(24_000)),
        # a sentence opening on a long run of digits before a day: each opening read once
        "sentences opening on digits before a day": (
            "The pause was offered. " + "1" * 40 + "x on Thursday, fighters may leave. "
        )
        * 10_000,
    }
    for label, text in inputs.items():
        start = time.perf_counter()
        report = ceasefire.parse(text)
        seconds = time.perf_counter() - start
        row(f"{label} ({len(text) / 1e6:.1f} M chars)", f"{seconds:8.2f} s, {len(report.figures)} figures")


def main() -> None:
    """Run every benchmark and print one report."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument(
        "--quick",
        action="store_true",
        help="fewer repeats, the corpus streamed once, no 3 MB scaling step or adversarial inputs",
    )
    args = options.parse_args()
    repeat = 3 if args.quick else 7
    sys.path.insert(0, str(Path(__file__).parent))
    seed = SEED.read_text(encoding="utf-8")
    corpus = corpus_texts()
    print(f"ceasefire {ceasefire.__version__} on Python {sys.version.split()[0]}\n")
    ours = bench_throughput(seed, corpus, repeat)
    bench_stages(seed, repeat)
    ours_json = bench_json(seed, repeat)
    bench_peers(seed, ours, ours_json, repeat)
    bench_memory(corpus, seed, copies=(1,) if args.quick else (1, 10))  # ten copies under tracemalloc take an hour
    if not args.quick:
        bench_scaling(corpus, seed)
        bench_adversarial()


if __name__ == "__main__":
    main()
