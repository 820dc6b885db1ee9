"""Person mentions on the factRuEval-2016 devset: vstrecha and natasha's NewsNERTagger (PER) side by side.

Gold: every object of type Person, its mention being the character range from its first to its last span.
Scored as exact span matches (precision, recall, F1) and, more leniently, as overlapping spans.

    python bench/persons_factrueval.py [DEVSET] [--misses N]

Development only: natasha is imported here to compare against, never by the package.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEVSET = ROOT / ".." / "shared" / "factrueval" / "devset"

Spans = set[tuple[int, int]]


def read_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def gold_persons(book: Path) -> Spans:
    """Person objects of a book as (start, stop) ranges over its text."""
    spans: dict[str, tuple[int, int]] = {}
    for line in read_text(book.with_suffix(".spans")).splitlines():
        fields = line.split("#")[0].split()
        if len(fields) >= 4:
            start, length = int(fields[2]), int(fields[3])
            spans[fields[0]] = (start, start + length)
    persons: Spans = set()
    for line in read_text(book.with_suffix(".objects")).splitlines():
        fields = line.split("#")[0].split()
        if len(fields) >= 3 and fields[1] == "Person":
            ranges = [spans[span] for span in fields[2:] if span in spans]
            if ranges:
                persons.add((min(start for start, _ in ranges), max(stop for _, stop in ranges)))
    return persons


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    gold: int = 0
    overlap_tp: int = 0
    overlap_gold: int = 0

    def add(self, predicted: Spans, gold: Spans) -> None:
        self.tp += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)
        self.overlap_tp += sum(1 for span in predicted if any(overlaps(span, other) for other in gold))
        self.overlap_gold += sum(1 for span in gold if any(overlaps(span, other) for other in predicted))

    def figures(self) -> tuple[float, float, float, float, float, float]:
        exact = prf(self.tp, self.predicted, self.tp, self.gold)
        lenient = prf(self.overlap_tp, self.predicted, self.overlap_gold, self.gold)
        return (*exact, *lenient)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def prf(hit_p: int, predicted: int, hit_r: int, gold: int) -> tuple[float, float, float]:
    precision = hit_p / predicted if predicted else 0.0
    recall = hit_r / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def vstrecha_tagger() -> Callable[[str], Spans]:
    from vstrecha import Extractor

    extractor = Extractor(plugins=False)
    # Persons read only what the cities grammar found; the other grammars do not change person mentions.
    extractor.grammars = [grammar for grammar in extractor.grammars if grammar.kind in ("persons", "cities")]

    def tag(text: str) -> Spans:
        doc = extractor.analyze(text)
        return {(found.start, found.stop) for found in doc.found.get("persons", [])}

    return tag


def natasha_tagger() -> Callable[[str], Spans]:
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

    def tag(text: str) -> Spans:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        return {(span.start, span.stop) for span in doc.spans if span.type == "PER"}

    return tag


def books(devset: Path) -> list[Path]:
    return sorted(path.with_suffix("") for path in devset.glob("*.txt"))


def run(devset: Path, systems: dict[str, Callable[[str], Spans]], misses: int) -> dict[str, Score]:
    scores = {name: Score() for name in systems}
    shown = 0
    for book in books(devset):
        text = read_text(book.with_suffix(".txt"))
        gold = gold_persons(book)
        for name, tag in systems.items():
            predicted = tag(text)
            scores[name].add(predicted, gold)
            if name == "vstrecha" and shown < misses:
                shown += report(book.name, text, predicted, gold)
    return scores


def report(name: str, text: str, predicted: Spans, gold: Spans) -> int:
    extra = sorted(predicted - gold)
    missed = sorted(gold - predicted)
    for label, spans in (("extra", extra), ("missed", missed)):
        for start, stop in spans:
            print(f"{name}\t{label}\t{text[start:stop]!r}\t{text[max(0, start - 30) : start]!r}", file=sys.stderr)
    return len(extra) + len(missed)


def table(scores: dict[str, Score]) -> Iterable[str]:
    yield f"{'system':<10} {'P':>6} {'R':>6} {'F1':>6}   {'P~':>6} {'R~':>6} {'F1~':>6}   gold predicted"
    for name, score in scores.items():
        exact, lenient = score.figures()[:3], score.figures()[3:]
        figures = " ".join(f"{value:6.3f}" for value in exact) + "   " + " ".join(f"{value:6.3f}" for value in lenient)
        yield f"{name:<10} {figures}   {score.gold:4d} {score.predicted:9d}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--misses", type=int, default=0, help="print up to N wrong vstrecha spans to stderr")
    parser.add_argument("--only", choices=("vstrecha", "natasha"), help="run one system")
    args = parser.parse_args(argv)
    systems = {}
    if args.only != "natasha":
        systems["vstrecha"] = vstrecha_tagger()
    if args.only != "vstrecha":
        systems["natasha"] = natasha_tagger()
    for line in table(run(args.devset, systems, args.misses)):
        print(line)
    print("P/R/F1: exact spans; P~/R~/F1~: overlapping spans")


if __name__ == "__main__":
    main()
