"""Meetings on the factRuEval-2016 devset: vstrecha next to a naive natasha baseline, scored by participants.

Gold: every Meeting fact of a book's *.facts, its Participant objects named through *.coref (lastname,
firstname), or, where the coref has no name, through the name and surname spans of the objects it groups.
A predicted meeting matches a gold one of the same book when their surname sets are equal (strict), or,
leniently, when they share two persons or one set contains the other; matching is one-to-one.

Baseline: natasha Segmenter + NewsNERTagger; every sentence with a meeting word gives one meeting of its
PER spans, normalized with natasha's morph vocabulary (last word taken as the surname).

    python bench/meetings_factrueval.py [DEVSET] [--only vstrecha|baseline] [--errors] [--write DIR]

Development only: natasha is imported here to compare against, never by the package.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from vstrecha.factrueval import (
    Block,
    MeetingScore,
    Participants,
    format_blocks,
    matched_pairs,
    meeting_block,
    overlapping_people,
    participants,
    same_people,
)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DEVSET = ROOT / ".." / "shared" / "factrueval" / "devset"
MEETING_STEMS = ("встреч", "переговор", "саммит", "бесед", "визит", "разговор", "встрет", "созвон")

# A system reads a text and returns its meetings, each with the text it came from (for the error listing).
Meeting = tuple[Block, str]
System = Callable[[str], list[Meeting]]


def records(path: Path) -> list[list[str]]:
    """Non-empty lines of a devset file as fields, comments after '#' dropped."""
    if not path.exists():
        return []
    lines = (line.split("#")[0].split() for line in path.read_text(encoding="utf-8").splitlines())
    return [fields for fields in lines if fields]


def span_texts(book: Path) -> dict[str, tuple[str, str]]:
    """Span id -> (span type, its text)."""
    text = book.with_suffix(".txt").read_text(encoding="utf-8")
    spans = {}
    for fields in records(book.with_suffix(".spans")):
        start, length = int(fields[2]), int(fields[3])
        spans[fields[0]] = (fields[1], text[start : start + length])
    return spans


def object_spans(book: Path) -> dict[str, list[str]]:
    return {fields[0]: fields[2:] for fields in records(book.with_suffix(".objects"))}


def coref_names(book: Path) -> dict[str, str]:
    """Coref entity id -> "Фамилия Имя", from its lastname/firstname, else from its objects' spans."""
    spans, objects = span_texts(book), object_spans(book)
    names: dict[str, str] = {}
    for entry in book.with_suffix(".coref").read_text(encoding="utf-8").split("\n\n"):
        lines = [line.split(maxsplit=1) for line in entry.strip().splitlines()]
        if not lines or not lines[0]:
            continue
        head, attributes = lines[0], dict(line for line in lines[1:] if len(line) == 2)
        last, first = attributes.get("lastname"), attributes.get("firstname")
        if not (last or first):
            typed = [spans[span] for obj in head[1].split() for span in objects.get(obj, []) if span in spans]
            last = next((text for kind, text in typed if kind == "surname"), None)
            first = next((text for kind, text in typed if kind == "name"), None)
        name = " ".join(part.strip() for part in (last, first) if part)
        if name:
            names[head[0]] = name
    return names


def gold_meetings(book: Path) -> list[Block]:
    """The Participant names of every Meeting fact of a book."""
    names = coref_names(book)
    meetings: list[Block] = []
    inside = False
    for fields in records(book.with_suffix(".facts")):
        if fields[0][0].isdigit():
            inside = len(fields) > 1 and fields[1] == "Meeting"
            if inside:
                meetings.append([])
        elif inside and fields[0] == "Participant" and len(fields) > 1:
            entity = fields[1].removeprefix("obj")
            meetings[-1].append(names.get(entity, " ".join(fields[2:])))
    return meetings


def vstrecha_system() -> System:
    from vstrecha import Extractor

    extractor = Extractor(plugins=False)

    def meetings(text: str) -> list[Meeting]:
        document = extractor.extract(text)
        found = []
        for event in document.events:
            block = meeting_block(event)
            if block:
                evidence = " | ".join(text[span.start : span.stop] for span in event.evidence)
                found.append((block, evidence))
        return found

    return meetings


def baseline_system() -> System:
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    segmenter, morph, ner, vocab = Segmenter(), NewsMorphTagger(embedding), NewsNERTagger(embedding), MorphVocab()

    def meetings(text: str) -> list[Meeting]:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        found = []
        for sentence in doc.sents:
            if not any(stem in sentence.text.lower() for stem in MEETING_STEMS):
                continue
            names: Block = []
            for span in sentence.spans:
                if span.type != "PER":
                    continue
                span.normalize(vocab)
                words = span.normal.split()
                name = " ".join([words[-1], *words[:-1]])
                if name not in names:
                    names.append(name)
            if names:
                found.append((names, sentence.text))
        return found

    return meetings


@dataclass
class Result:
    strict: MeetingScore = field(default_factory=MeetingScore)
    lenient: MeetingScore = field(default_factory=MeetingScore)
    seconds: float = 0.0  # wall clock
    cpu: float = 0.0  # processor time of this process: steadier than wall time on a shared machine


def books(devset: Path) -> list[Path]:
    return sorted(path.with_suffix("") for path in devset.glob("book_*.txt"))


def run(devset: Path, systems: dict[str, System], errors: bool, write: Path | None) -> dict[str, Result]:
    results = {name: Result() for name in systems}
    for book in books(devset):
        text = book.with_suffix(".txt").read_text(encoding="utf-8")
        gold = [participants(block) for block in gold_meetings(book)]
        for name, system in systems.items():
            started, cpu = time.perf_counter(), time.process_time()
            found = system(text)
            results[name].seconds += time.perf_counter() - started
            results[name].cpu += time.process_time() - cpu
            predicted = [participants(block) for block, _ in found]
            results[name].strict.add(predicted, gold, same_people)
            results[name].lenient.add(predicted, gold, overlapping_people)
            if errors:
                list_errors(f"{name}\t{book.name}", found, gold)
            if write is not None and name == "vstrecha":
                write.mkdir(parents=True, exist_ok=True)
                (write / f"{book.name}.task3").write_text(format_blocks(b for b, _ in found), encoding="utf-8")
    return results


def list_errors(label: str, found: list[Meeting], gold: list[Participants]) -> None:
    """Extra predicted meetings (with their sentence) and missed gold ones, to stderr."""
    for block, evidence in found:
        if not matched_pairs([participants(block)], gold, same_people):
            print(f"{label}\textra\t{block}\t{' '.join(evidence.split())[:300]}", file=sys.stderr)
    for meeting in gold:
        if not matched_pairs([participants(block) for block, _ in found], [meeting], same_people):
            print(f"{label}\tmissed\t{sorted(meeting)}", file=sys.stderr)


COLUMNS = ("P", "R", "F1", "P~", "R~", "F1~", "predicted", "gold", "wall s", "cpu s")


def table(results: dict[str, Result]) -> Iterable[str]:
    yield f"{'system':<10}" + "".join(f"{column:>10}" for column in COLUMNS)
    for name, result in results.items():
        strict, lenient = result.strict, result.lenient
        figures = [strict.precision, strict.recall, strict.f1, lenient.precision, lenient.recall, lenient.f1]
        cells = [f"{value:.3f}" for value in figures] + [str(strict.predicted), str(strict.gold)]
        cells += [f"{result.seconds:.1f}", f"{result.cpu:.1f}"]
        yield f"{name:<10}" + "".join(f"{cell:>10}" for cell in cells)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("devset", nargs="?", type=Path, default=DEFAULT_DEVSET)
    parser.add_argument("--only", choices=("vstrecha", "baseline"), help="run one system")
    parser.add_argument("--errors", action="store_true", help="list extra and missed meetings on stderr")
    parser.add_argument("--write", type=Path, metavar="DIR", help="also write vstrecha's book_N.task3 here")
    args = parser.parse_args(argv)
    systems: dict[str, System] = {}
    if args.only != "baseline":
        systems["vstrecha"] = vstrecha_system()
    if args.only != "vstrecha":
        systems["baseline"] = baseline_system()
    for line in table(run(args.devset, systems, args.errors, args.write)):
        print(line)
    print("P/R/F1: equal surname sets; P~/R~/F1~: two persons shared or one set inside the other; one-to-one")


if __name__ == "__main__":
    main()
