"""Merging reports of the same meeting across documents: short news items written for these tests, run through
the real pipeline, then merged."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from vstrecha import Document, Extractor, timeline
from vstrecha.evaluate import evaluate_timeline, gold_meetings
from vstrecha.models import DateValue
from vstrecha.timeline import date_relation, interval, select

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# Reports of one meeting of Macron and Scholz in Berlin on 14 March 2024, told differently
DAY = " date 2024-03-20\nКанцлер ФРГ Олаф Шольц и президент Франции Эмманюэль Макрон провели переговоры в Берлине 14 марта 2024 года. Встреча продлилась 2 часа вместо запланированных 40 минут.\n"  # noqa: E501
MONTH = " date 2024-04-02\nВ марте 2024 года Эмманюэль Макрон встретился в Берлине с Олафом Шольцем. Переговоры длились около двух часов вместо запланированных 40 минут.\n"  # noqa: E501
SHORTER = " date 2024-03-15\nЭмманюэль Макрон и Олаф Шольц встретились 14 марта 2024 года в Берлине. Беседа продлилась больше часа вместо запланированных 30 минут.\n"  # noqa: E501
NEXT_DAY = " date 2024-03-16\nПрезидент Франции Эмманюэль Макрон и канцлер Олаф Шольц встретились 15 марта 2024 года в Берлине.\n"  # noqa: E501
CANCELLED = (
    " date 2024-03-16\nЭмманюэль Макрон отменил встречу с Олафом Шольцем в Берлине, намеченную на 14 марта 2024 года.\n"  # noqa: E501
)
PARIS = " date 2024-03-16\nЭмманюэль Макрон и Олаф Шольц встретились 14 марта 2024 года в Париже.\n"
UNDATED = " date 2024-03-16\nЭмманюэль Макрон и Олаф Шольц встретились в Берлине.\n"
YEAR_EARLIER = " date 2024-03-16\nЭмманюэль Макрон и Олаф Шольц встретились 14 марта 2023 года в Берлине.\n"
CALL_AND_MEETING = (
    " date 2024-03-16\nЭмманюэль Макрон и Олаф Шольц провели телефонный разговор 14 марта 2024 года.\n"
    "Эмманюэль Макрон и Олаф Шольц встретились 14 марта 2024 года в Берлине.\n"
)


@pytest.fixture(scope="module")
def docs(extractor: Extractor):
    def make(*texts: str) -> list[Document]:
        return [extractor.extract(text, None, f"report{index}.txt") for index, text in enumerate(texts)]

    return make


def only_meeting(documents: list[Document]):
    line = timeline(documents)
    assert len(line.meetings) == 1, [(m.date, [s.document for s in m.sources]) for m in line.meetings]
    return line.meetings[0]


def test_a_day_and_its_month_are_one_meeting_the_day_chosen(docs) -> None:
    meeting = only_meeting(docs(DAY, MONTH))
    assert [source.document for source in meeting.sources] == ["report0.txt", "report1.txt"]
    assert meeting.date.start == "2024-03-14"
    assert meeting.attributes["date"].reason == "most precise of values that agree"
    assert meeting.conflicts == []
    assert meeting.links[0].why == "contains"
    assert {p.name for p in meeting.participants} == {"Эмманюэль Макрон", "Олаф Шольц"}
    assert meeting.sources[0].quotes and "Берлине" in meeting.sources[0].quotes[0]


def test_durations_that_cannot_all_be_true_are_a_conflict_chosen_by_most_sources(docs) -> None:
    meeting = only_meeting(docs(DAY, MONTH, SHORTER))
    planned = meeting.attributes["planned_duration"]
    assert planned.conflict and meeting.conflicts == ["planned_duration"]
    assert planned.chosen["min"] == 40 and planned.reason == "most sources (2 of 3)"
    assert sorted((c.value["min"], c.sources) for c in planned.values) == [(30, [2]), (40, [0, 1])]
    # "больше часа" and "2 часа" can both be true: no conflict, the more precise value
    assert not meeting.attributes["duration"].conflict and meeting.duration.min == 120


def test_held_and_cancelled_are_two_meetings(docs) -> None:
    assert len(timeline(docs(DAY, CANCELLED)).meetings) == 2


def test_two_cities_are_two_meetings(docs) -> None:
    assert len(timeline(docs(DAY, PARIS)).meetings) == 2


def test_a_day_apart_in_the_same_city_is_one_meeting_with_a_date_conflict(docs) -> None:
    meeting = only_meeting(docs(DAY, NEXT_DAY))
    assert meeting.links[0].why == "near" and meeting.conflicts == ["date"]
    assert {c.value["start"] for c in meeting.attributes["date"].values} == {"2024-03-14", "2024-03-15"}


def test_a_year_slip_in_the_same_city_is_one_meeting_with_a_date_conflict(docs) -> None:
    meeting = only_meeting(docs(DAY, SHORTER, YEAR_EARLIER))
    assert "year" in [link.why for link in meeting.links]
    assert meeting.date.start == "2024-03-14" and meeting.attributes["date"].reason == "most sources (2 of 3)"


def test_an_undated_report_joins_the_one_meeting_in_its_city(docs) -> None:
    meeting = only_meeting(docs(DAY, UNDATED))
    assert meeting.links[0].why == "undated"
    assert meeting.date.start == "2024-03-14"


def test_an_undated_report_with_two_candidates_stays_apart_and_comes_last(docs) -> None:
    line = timeline(docs(UNDATED, DAY, YEAR_EARLIER.replace("2023", "2022")))
    assert [m.date.start if m.date else None for m in line.meetings] == ["2022-03-14", "2024-03-14", None]


def test_one_document_never_reports_one_meeting_twice(docs) -> None:
    line = timeline(docs(CALL_AND_MEETING, DAY))
    formats = sorted((m.format, len(m.sources)) for m in line.meetings)
    assert formats == [("in_person", 2), ("phone", 1)]


def test_select_by_person_and_dates(docs) -> None:
    line = timeline(docs(DAY, UNDATED.replace("Берлине", "Риме"), YEAR_EARLIER.replace("2023", "2021")))
    assert len(select(line, person="шольц").meetings) == 3
    assert len(select(line, person="Меркель").meetings) == 0
    kept = select(line, since=date(2024, 1, 1), until=date(2024, 12, 31)).meetings
    assert [m.date.start for m in kept] == ["2024-03-14"]


@pytest.mark.parametrize(
    ("one", "other", "relation"),
    [
        (("2024-03", "2024-03", "mid"), ("2024-03-15", "2024-03-15", None), "contains"),
        (("2024-03", "2024-03", "mid"), ("2024-03-22", "2024-03-22", None), None),
        (("--03-14", "--03-14", None), ("2024-03-10", "2024-03-16", None), "contains"),
        (("--03", "--03", None), ("--03-14", "--03-14", None), "contains"),
        (("2024-03-14", "2024-03-14", None), ("2024-03-16", "2024-03-16", None), None),
    ],
)
def test_date_relations(one, other, relation) -> None:
    def span(value):
        start, end, mod = value
        return interval(DateValue(text="", start=start, end=end, mod=mod, resolved=not start.startswith("--")))

    assert date_relation(span(one), span(other)) == relation


def test_the_corpus_merges_reach_the_target(extractor: Extractor) -> None:
    """The merges of the supplied articles (Hamburg, Da Nang, Helsinki, Paris, Buenos Aires, Osaka, Anchorage)."""
    gold = CORPUS / "timeline.gold.json"
    scope = "[0-59]*.txt"  # the batches the timeline gold links (corpus/README.md, Timeline gold)
    result = evaluate_timeline(CORPUS, gold, lambda text, source: extractor.extract(text, None, source), scope)
    assert result.counts.gold >= 37
    assert result.counts.precision >= 0.95 and result.counts.recall >= 0.95, result.wrong + result.missed
    alone = evaluate_timeline(CORPUS, gold, None, scope)
    assert alone.counts.precision == 1.0 and alone.counts.recall == 1.0, alone.wrong + alone.missed


def test_the_timeline_gold_names_real_gold_events() -> None:
    for name, index in gold_meetings(CORPUS / "timeline.gold.json"):
        events = json.loads((CORPUS / name).with_suffix(".gold.json").read_text(encoding="utf-8"))["events"]
        assert index < len(events), (name, index)


def test_corpus_conflicts_named_in_the_issue(extractor: Extractor) -> None:
    names = ["001_f68d6a9b1cbf47e3", "000_f9bba9c19f5a63cd", "002_69461b43884e9923", "004_a13b5eaf904eebac"]
    documents = [extractor.extract((CORPUS / f"{name}.txt").read_text(encoding="utf-8"), None, name) for name in names]
    by_city = {m.city.name: m for m in timeline(documents).meetings if m.city and m.status == "held"}
    assert by_city["Гамбург"].conflicts == ["planned_duration"]
    assert "date" in by_city["Дананг"].conflicts
    anchorage = by_city["Анкоридж"]
    assert "date" in anchorage.conflicts and anchorage.date.start == "2025-08-15"
    assert {v.value["start"][:4] for v in anchorage.attributes["date"].values} == {"2024", "2025"}


def test_gold_refs_are_file_and_index(tmp_path: Path) -> None:
    gold = tmp_path / "timeline.gold.json"
    gold.write_text(json.dumps({"meetings": [{"events": ["a.txt#0", "b.txt#2"]}]}), encoding="utf-8")
    assert gold_meetings(gold) == {("a.txt", 0): 0, ("b.txt", 2): 0}
