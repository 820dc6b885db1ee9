"""Per batch of the corpus: vstrecha next to a naive natasha baseline, scored by the same code as `vstrecha eval`.

A batch is a group of corpus articles added together (the learning-curve table of corpus/README.md).
The baseline is what a natasha user gets in a few lines: natasha Segmenter + NewsNERTagger, and every
sentence with a meeting word gives one held, in-person event (a phone word makes it a call) of that
sentence's PER spans, normalized with natasha's morph vocabulary, dated by the first date natasha's
DatesExtractor finds in the sentence (year-less dates take the publication year). Its entities are its
PER and LOC spans (normalized) and DatesExtractor's dates.

    python bench/batches.py                  # every batch
    python bench/batches.py --batch B3       # one batch

Development only: natasha is imported here to compare against, never by the package.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from vstrecha.evaluate import Score, score

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
BATCHES = {  # name -> file patterns, in the order they were added (corpus/README.md, learning curve)
    "seeds": ("00*.txt",),
    "written 1": ("1*.txt", "2*.txt"),
    "B1 factRuEval": ("9*.txt",),
    "B2": ("5*.txt",),
    "B3": ("4*.txt",),
    "B4": ("3*.txt",),
    "B5": ("6*.txt",),
    "B6": ("7*.txt",),
    "B7": ("8*.txt",),
    "B8": ("A*.txt",),
    "B9": ("B*.txt",),
    "B10": ("C*.txt",),
    "B11": ("D*.txt",),
    "B12": ("E*.txt",),
    "B13": ("J*.txt",),
    "B14": ("H*.txt",),
    "B15": ("K*.txt",),
    "B16": ("L*.txt",),
    "B17": ("F*.txt",),
    "B18": ("G*.txt",),
    "B19": ("M*.txt",),
    "B20": ("N*.txt",),
}
MEETING_STEMS = ("встреч", "переговор", "саммит", "бесед", "визит", "разговор", "встрет", "созвон", "телефон")
System = Callable[[str, str | None], dict]


def batch_files(patterns: tuple[str, ...]) -> list[Path]:
    return sorted({path for pattern in patterns for path in CORPUS.glob(pattern)})


def vstrecha_system() -> System:
    from vstrecha import Extractor

    extractor = Extractor(plugins=False)
    return lambda text, source: extractor.extract(text, None, source).to_dict()


def baseline_system() -> System:
    from natasha import (
        DatesExtractor,
        Doc,
        MorphVocab,
        NewsEmbedding,
        NewsMorphTagger,
        NewsNERTagger,
        Segmenter,
    )

    embedding = NewsEmbedding()
    segmenter, morph, ner, vocab = Segmenter(), NewsMorphTagger(embedding), NewsNERTagger(embedding), MorphVocab()
    dates = DatesExtractor(vocab)

    def iso(fact, published: str | None) -> dict | None:
        year = fact.year or (int(published[:4]) if published else None)
        if year is None:
            return None
        value = f"{year:04d}"
        if fact.month:
            value += f"-{fact.month:02d}"
            if fact.day:
                value += f"-{fact.day:02d}"
        return {"start": value, "end": value, "mod": None}

    def extract(text: str, source: str | None) -> dict:
        published = None
        if text.startswith(" date "):
            published, text = text[6:16], text.split("\n", 1)[1] if "\n" in text else ""
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        found_dates = [(match.start, iso(match.fact, published)) for match in dates(text)]
        persons: list[str] = []
        cities: list[str] = []
        events = []
        for span in doc.spans:
            span.normalize(vocab)
            target = persons if span.type == "PER" else cities if span.type == "LOC" else None
            if target is not None and span.normal not in target:
                target.append(span.normal)
        for sentence in doc.sents:
            lowered = sentence.text.lower()
            if not any(stem in lowered for stem in MEETING_STEMS):
                continue
            names = list(dict.fromkeys(span.normal for span in sentence.spans if span.type == "PER"))
            if len(names) < 2:
                continue
            date = next((value for start, value in found_dates if sentence.start <= start < sentence.stop), None)
            events.append(
                {
                    "format": "phone" if "телефон" in lowered else "in_person",
                    "status": "held",
                    "participants": names,
                    "date": date,
                }
            )
        return {
            "events": events,
            "persons": persons,
            "cities": cities,
            "dates": [value for _, value in found_dates if value],
            "durations": [],
        }

    return extract


def run(system: System, files: list[Path]) -> Score:
    total = Score()
    for path in files:
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        total.add(score(system(path.read_text(encoding="utf-8"), str(path)), gold))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--batch", action="append", help="a batch name (default: every batch)")
    args = parser.parse_args()
    systems = {"vstrecha": vstrecha_system(), "baseline": baseline_system()}
    print(f"{'batch':<14} {'system':<9} {'texts':>5} {'events':>6} {'P':>5} {'R':>5} {'F1':>5} {'strict':>6}")
    for name, patterns in BATCHES.items():
        if args.batch and name not in args.batch and name.split()[0] not in args.batch:
            continue
        files = batch_files(patterns)
        if not files:
            continue
        for label, system in systems.items():
            result = run(system, files)
            events = result.events
            print(
                f"{name:<14} {label:<9} {len(files):>5} {events.gold:>6} {events.precision:>5.2f} "
                f"{events.recall:>5.2f} {events.f1:>5.2f} {result.strict.f1:>6.2f}"
            )


if __name__ == "__main__":
    main()
