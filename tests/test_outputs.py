"""CSV, DataFrames and HTML pages of documents and timelines, from the real pipeline and the real command line."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import vstrecha
from vstrecha import Document, Extractor
from vstrecha.html import document_page, mark_spans, timeline_page
from vstrecha.models import City, DateMention, Event, Mention, Person, Span
from vstrecha.tables import BOM, EVENT_COLUMNS, TIMELINE_COLUMNS

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# Written for these tests: two reports of one meeting in Rome, and a call
ROME = (
    " date 2023-06-10\n"
    "Премьер-министр Италии Джорджа Мелони и канцлер ФРГ Олаф Шольц провели переговоры в Риме 8 июня 2023 года. "
    "Встреча продлилась полтора часа вместо запланированного часа.\n"
    "9 июня Мелони поговорила по телефону с президентом Франции Эмманюэлем Макроном.\n"
)
ROME_AGAIN = (
    " date 2023-06-12\n"
    "В июне 2023 года Олаф Шольц встретился в Риме с Джорджей Мелони; переговоры длились около полутора часов.\n"
)


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "vstrecha", *args], capture_output=True, timeout=300, cwd=cwd, check=False
    )


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reports")
    (folder / "a_rome.txt").write_text(ROME, encoding="utf-8")
    (folder / "b_rome.txt").write_text(ROME_AGAIN, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def rome(extractor: Extractor) -> Document:
    return extractor.extract(ROME, None, "a_rome.txt")


def test_the_reports_give_the_events_the_tests_rely_on(rome: Document, extractor: Extractor) -> None:
    assert [(e.format, e.date.start) for e in rome.events] == [("in_person", "2023-06-08"), ("phone", "2023-06-09")]
    assert [e.city.name for e in extractor.extract(ROME_AGAIN).events] == ["Рим"]


def test_extract_csv_has_a_bom_a_header_and_a_row_per_event(reports: Path) -> None:
    done = run("extract", str(reports), "--format", "csv")
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode("utf-8")
    assert text.startswith(BOM) and text.count(BOM) == 1
    rows = list(csv.DictReader(io.StringIO(text.removeprefix(BOM))))
    assert list(rows[0]) == EVENT_COLUMNS
    assert [(row["source"].rsplit("/", 1)[-1], row["event"], row["format"]) for row in rows] == [
        ("a_rome.txt", "0", "in_person"),
        ("a_rome.txt", "1", "phone"),
        ("b_rome.txt", "0", "in_person"),
    ]
    first = rows[0]
    assert first["participants"] == "Джорджа Мелони; Олаф Шольц"
    assert (first["date_start"], first["city"], first["country"]) == ("2023-06-08", "Рим", "Италия")
    assert (first["duration_min"], first["planned_duration_min"], first["date_resolved"]) == ("90", "60", "true")
    assert first["venue"] == "" and re.fullmatch(r"\d+-\d+(; \d+-\d+)*", first["evidence"])


def test_timeline_csv_and_json(reports: Path, tmp_path: Path) -> None:
    out = tmp_path / "line.csv"
    assert run("timeline", str(reports), "--format", "csv", "-o", str(out)).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert list(rows[0]) == TIMELINE_COLUMNS
    assert [(row["date_start"], row["format"], row["sources_count"]) for row in rows] == [
        ("2023-06-08", "in_person", "2"),
        ("2023-06-09", "phone", "1"),
    ]
    done = run("timeline", str(reports), "--person", "шольц")
    line = json.loads(done.stdout)
    assert [m["date"]["start"] for m in line["meetings"]] == ["2023-06-08"]
    assert len(line["meetings"][0]["sources"]) == 2
    jsonl = run("timeline", str(reports), "--format", "jsonl", "--until", "2023-06-08").stdout.decode()
    assert [json.loads(row)["id"] for row in jsonl.splitlines()] == [line["meetings"][0]["id"]]
    bad = run("timeline", str(reports), "--since", "June")
    assert bad.returncode == 2 and b"YYYY-MM-DD" in bad.stderr


def test_frames(rome: Document, extractor: Extractor) -> None:
    events = rome.events_frame()
    assert list(events.columns) == EVENT_COLUMNS and len(events) == 2
    assert events.loc[0, "duration_min"] == 90 and events.loc[1, "format"] == "phone"
    meetings = vstrecha.timeline_frame([rome, extractor.extract(ROME_AGAIN, None, "b.txt")])
    assert list(meetings.columns) == TIMELINE_COLUMNS
    assert list(meetings["sources_count"]) == [2, 1]


def test_frames_without_pandas_say_what_to_install(rome: Document, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"vstrecha\[pandas\]"):
        rome.events_frame()


def count_mentions(document: Document) -> int:
    return (
        sum(len(person.mentions) for person in document.persons)
        + sum(len(city.mentions) for city in document.cities)
        + len(document.dates)
        + len(document.durations)
        + len(document.meeting_words)
    )


@pytest.mark.parametrize(
    "name", ["001_f68d6a9b1cbf47e3.txt", "205_lavrov_asia_tour.txt", "509_volodin_hanoi_visit.txt"]
)
def test_page_of_an_article_has_a_card_per_event_and_a_mark_per_mention(extractor: Extractor, name: str) -> None:
    document = extractor.extract((CORPUS / name).read_text(encoding="utf-8"), None, name)
    page = document_page([document])
    assert page.count('class="card"') == len(document.events) > 0
    assert page.count("<mark ") == count_mentions(document) > 0
    for index in range(len(document.events)):  # every card's evidence is in the text
        assert f'id="d0e{index}"' in page and re.search(rf'data-events="[^"]*\bd0e{index}\b', page)
    assert '<meta charset="utf-8">' in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page) and "@import" not in page


def test_the_text_survives_the_marks(rome: Document) -> None:
    page = document_page([rome])
    text = re.search(r'<div class="text">(.*?)</div></section>', page, re.S).group(1)
    plain = re.sub(r"<[^>]+>", "", text).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    assert plain == rome.text


def test_nested_marks_and_crossing_ones() -> None:
    text = "Город Москва 5 мая"
    document = Document(
        events=[],
        persons=[Person(name="X", mentions=[Mention(start=0, stop=12, text=text[0:12])])],
        cities=[City(name="Москва", mentions=[Mention(start=6, stop=12, text="Москва")])],
        dates=[DateMention(text="Москва 5", start="2020", end="2020", span=Span(start=6, stop=14))],
    )
    marks = mark_spans(document)
    assert [(start, stop) for start, stop, _, _ in marks] == [(0, 12), (6, 12)]  # nested kept, crossing dropped


def test_a_document_from_json_has_cards_and_no_text(rome: Document) -> None:
    again = Document.model_validate(rome.to_dict())
    page = document_page([again])
    assert again.text is None and page.count('class="card"') == 2 and "<mark " not in page


def test_repr_html_is_a_fragment_with_unique_ids(rome: Document) -> None:
    one, two = rome._repr_html_(), rome._repr_html_()
    assert one.startswith('<div class="vstrecha">') and "<html" not in one
    ids = set(re.findall(r'id="([^"]+)"', one))
    assert ids and not ids & set(re.findall(r'id="([^"]+)"', two))


def big_document(document: Document, size: int) -> Document:
    """The document's text repeated to ``size`` characters, its mentions and events with it."""
    assert document.text is not None
    copies = size // len(document.text) + 1
    step = len(document.text)
    events: list[Event] = []
    persons, dates = [], []
    for copy in range(copies):
        shift = copy * step
        for event in document.events:
            moved = [Span(start=s.start + shift, stop=s.stop + shift) for s in event.evidence]
            events.append(event.model_copy(update={"evidence": moved}))
        for person in document.persons:
            mentions = [
                m.model_copy(update={"start": m.start + shift, "stop": m.stop + shift}) for m in person.mentions
            ]
            persons.append(person.model_copy(update={"mentions": mentions}))
        for found in document.dates:
            span = Span(start=found.span.start + shift, stop=found.span.stop + shift)
            dates.append(found.model_copy(update={"span": span}))
    big = Document(
        source="big.txt",
        events=events,
        persons=persons,
        dates=dates,
    )
    big._text = document.text * copies
    return big


def test_a_one_megabyte_article_is_written_whole(extractor: Extractor) -> None:
    """Every mention of a 1 MB article is marked; how fast is bench/html_pages.py's."""
    article = extractor.extract((CORPUS / "001_f68d6a9b1cbf47e3.txt").read_text(encoding="utf-8"), None, "001")
    big = big_document(article, 1_000_000)
    page = document_page([big])
    assert len(big.text) >= 1_000_000 and page.count("<mark ") == count_mentions(big)


def test_timeline_page_has_a_meeting_per_merged_meeting(rome: Document, extractor: Extractor) -> None:
    line = vstrecha.timeline([rome, extractor.extract(ROME_AGAIN, None, "b_rome.txt")])
    page = timeline_page(line)
    assert page.count('class="meeting"') == len(line.meetings) == 2
    assert 'data-sources="2"' in page and "b_rome.txt" in page and "Риме" in page


def test_extract_html_of_several_inputs(reports: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    assert run("extract", str(reports), "--format", "html", "-o", str(out)).returncode == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="document"') == 2 and page.count('class="card"') == 3
