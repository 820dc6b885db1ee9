"""Date quality of vstrecha against natasha's DatesExtractor and dateparser, on the hand-annotated corpus.

Every system reads the same article bodies (the ` date YYYY-MM-DD` header line is the publication date, not a
date mention: vstrecha strips it itself, the others get the text after it) and its dates are reduced to
normalized values (start, end), ISO at the precision the system knows. The values of one document form a set
(distinct values, as `vstrecha eval` counts them) and are compared exactly with the set of the gold "dates";
counts are summed over documents (micro average).

    python bench/time_quality.py [CORPUS] [--markdown [OUT]] [--systems ...] [-v]

- strict: a value is right when start and end both equal a gold value's (natasha and dateparser give one
  point, so their end is their start);
- start only: the lenient figure, only starts are compared (a range is right when it starts right).

Gold values with no start (deictic "вчера" without a publication date) cannot be compared as values and are
left out, and so are predicted values without a start.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from vstrecha.segment import read_header

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / "corpus"

Value = tuple[str, str]
DatesOf = Callable[["Article"], set[Value]]


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    body: str
    published: date | None
    gold: frozenset[Value]
    gold_without_start: int


# --- the corpus ----------------------------------------------------------------------------------------------


def values(pairs: Iterable[tuple[str | None, str | None]]) -> set[Value]:
    """Normalized (start, end) values; a missing end means a single point, a missing start is no value."""
    return {(start, end or start) for start, end in pairs if start}


def read_article(path: Path) -> Article:
    text = path.read_text(encoding="utf-8")
    published, body_start = read_header(text)
    gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8"))
    pairs = [(item.get("start"), item.get("end")) for item in gold.get("dates", [])]
    without_start = sum(start is None for start, _ in pairs)
    return Article(path.stem, text, text[body_start:], published, frozenset(values(pairs)), without_start)


def read_corpus(directory: Path) -> list[Article]:
    """Every text with a gold file beside it."""
    paths = sorted(path for path in directory.glob("*.txt") if path.with_suffix(".gold.json").exists())
    if not paths:
        raise SystemExit(f"time_quality: {directory}: no *.txt with a *.gold.json")
    return [read_article(path) for path in paths]


# --- the systems (loaded on demand: each import counts toward its own load time) -------------------------------


def load_vstrecha() -> DatesOf:
    from vstrecha import Extractor

    extractor = Extractor()

    def dates_of(article: Article) -> set[Value]:
        document = extractor.extract(article.text, source=article.name)
        return values((mention.start, mention.end) for mention in document.dates)

    return dates_of


def iso_at_precision(year: int | None, month: int | None, day: int | None) -> str | None:
    """natasha's partial facts in the contract's notation: year-less dates stay "--MM-DD" / "--MM"."""
    if year and month and day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if year and month:
        return f"{year:04d}-{month:02d}"
    if year:
        return f"{year:04d}"
    if month and day:
        return f"--{month:02d}-{day:02d}"
    if month:
        return f"--{month:02d}"
    return None


def year_for(month: int, day: int | None, published: date | None, earlier_year: int | None) -> int | None:
    """The corpus rule for a year-less date: the latest such day (or month) not after publication; without a
    publication date, the year of a full date earlier in the article."""
    if published is None:
        return earlier_year
    after = (month, day or 1) > (published.month, published.day if day else 1)
    return published.year - 1 if after else published.year


def load_natasha(resolve_years: bool = False) -> DatesOf:
    from natasha import DatesExtractor, MorphVocab

    extractor = DatesExtractor(MorphVocab())

    def dates_of(article: Article) -> set[Value]:
        found: list[str | None] = []
        earlier_year = None
        for match in extractor(article.body):
            year, month, day = match.fact.year, match.fact.month, match.fact.day
            if resolve_years and month and not year:
                year = year_for(month, day, article.published, earlier_year)
            found.append(iso_at_precision(year, month, day))
            earlier_year = year or earlier_year
        return values((start, None) for start in found)

    return dates_of


def load_natasha_with_years() -> DatesOf:
    return load_natasha(resolve_years=True)


def load_dateparser() -> DatesOf:
    from dateparser.search import search_dates

    def dates_of(article: Article) -> set[Value]:
        settings: dict[str, object] = {"PREFER_DATES_FROM": "past"}
        if article.published:
            settings["RELATIVE_BASE"] = datetime.combine(article.published, datetime.min.time())
        found = search_dates(article.body, languages=["ru"], settings=settings) or []
        return values((moment.date().isoformat(), None) for _, moment in found)

    return dates_of


SYSTEMS: dict[str, tuple[str, Callable[[], DatesOf]]] = {
    "vstrecha": ("vstrecha", load_vstrecha),
    "natasha": ("natasha DatesExtractor", load_natasha),
    "natasha_years": ("natasha + corpus year rule", load_natasha_with_years),
    "dateparser": ("dateparser search_dates", load_dateparser),
}


# --- scoring -------------------------------------------------------------------------------------------------


@dataclass
class Counts:
    right: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: set, gold: set) -> None:
        self.right += len(predicted & gold)
        self.predicted += len(predicted)
        self.gold += len(gold)

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass
class Result:
    label: str
    load: float = 0.0
    run: float = 0.0
    strict: Counts = field(default_factory=Counts)
    start_only: Counts = field(default_factory=Counts)
    misses: list[str] = field(default_factory=list)


def starts(pairs: Iterable[Value]) -> set[str]:
    return {start for start, _ in pairs}


def measure(system: str, articles: Sequence[Article]) -> Result:
    label, load = SYSTEMS[system]
    result = Result(label)
    started = time.perf_counter()
    dates_of = load()
    result.load = time.perf_counter() - started
    for article in articles:
        begun = time.perf_counter()
        predicted = dates_of(article)
        result.run += time.perf_counter() - begun
        result.strict.add(predicted, set(article.gold))
        result.start_only.add(starts(predicted), starts(article.gold))
        result.misses.extend(differences(article, predicted))
    return result


def differences(article: Article, predicted: set[Value]) -> list[str]:
    """Human-readable wrong (+) and missed (-) values of one document, for -v."""
    shown = [f"  + {start} / {end}" for start, end in sorted(predicted - article.gold)]
    shown += [f"  - {start} / {end}" for start, end in sorted(article.gold - predicted)]
    return [f"{article.name}:", *shown] if shown else []


# --- the table -----------------------------------------------------------------------------------------------

HEADERS = ("system", "P", "R", "F1", "P start", "R start", "F1 start", "right/pred", "load s", "run s")


def rows(results: Sequence[Result]) -> list[tuple[str, ...]]:
    table = []
    for result in results:
        strict, lenient = result.strict, result.start_only
        table.append(
            (
                result.label,
                f"{strict.precision:.2f}",
                f"{strict.recall:.2f}",
                f"{strict.f1:.2f}",
                f"{lenient.precision:.2f}",
                f"{lenient.recall:.2f}",
                f"{lenient.f1:.2f}",
                f"{strict.right}/{strict.predicted}",
                f"{result.load:.2f}",
                f"{result.run:.2f}",
            )
        )
    return table


def plain_table(table: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[column]) for row in [HEADERS, *table]) for column in range(len(HEADERS))]
    lines = []
    for row in [HEADERS, *table]:
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells))
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def markdown_table(table: list[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(HEADERS) + " |", "|---" + "|---:" * (len(HEADERS) - 1) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in table]
    return "\n".join(lines)


def caption(articles: Sequence[Article]) -> str:
    gold = sum(len(article.gold) for article in articles)
    dated = sum(article.published is not None for article in articles)
    left_out = sum(article.gold_without_start for article in articles)
    return (
        f"{len(articles)} corpus articles ({dated} with a publication date), {gold} distinct gold date values "
        f"({left_out} gold mentions without a value left out); exact match of (start, end) sets per document, "
        "micro average"
    )


# --- command line --------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="directory of *.txt + *.gold.json")
    parser.add_argument("--systems", nargs="+", choices=list(SYSTEMS), default=list(SYSTEMS))
    parser.add_argument(
        "--markdown", nargs="?", const="-", metavar="OUT", help="also write the table as Markdown (to OUT, or stdout)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong (+) and missed (-) value")
    options = parser.parse_args(argv)

    articles = read_corpus(options.corpus)
    results = [measure(system, articles) for system in options.systems]
    table = rows(results)
    if options.verbose:
        for result in results:
            print(f"== {result.label}", *result.misses, sep="\n", end="\n\n")
    print(caption(articles))
    print(plain_table(table))
    if options.markdown:
        markdown = f"{caption(articles)}.\n\n{markdown_table(table)}\n"
        if options.markdown == "-":
            print("\n" + markdown, end="")
        else:
            Path(options.markdown).write_text(markdown, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
