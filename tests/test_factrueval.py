"""factRuEval task 3 answers: the export command over real texts, and the scorer's matching of meetings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vstrecha import Extractor
from vstrecha.factrueval import (
    MEETING,
    PARTICIPANT,
    MeetingScore,
    answer_text,
    matched_pairs,
    overlapping_people,
    parse_blocks,
    participant_name,
    participants,
    same_people,
    surname_key,
)
from vstrecha.models import PersonRef

MEETING_TEXT = (
    "Президент Франции Николя Саркози прибыл в Вашингтон.\n"
    "В понедельник Барак Обама встретился с Николя Саркози в Белом доме, переговоры продлились два часа.\n"
)
NO_MEETING_TEXT = "В Москве ожидается снег. Синоптики обещают похолодание до минус десяти градусов к выходным.\n"


def export(directory: Path, out: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "vstrecha", "export-factrueval", str(directory), str(out)]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)


def test_export_writes_one_answer_file_per_book(tmp_path: Path) -> None:
    books = tmp_path / "books"
    books.mkdir()
    (books / "book_1.txt").write_text(MEETING_TEXT, encoding="utf-8")
    (books / "book_2.txt").write_text(NO_MEETING_TEXT, encoding="utf-8")
    (books / "notes.txt").write_text(MEETING_TEXT, encoding="utf-8")
    out = tmp_path / "answers"

    result = export(books, out)

    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in out.iterdir()) == ["book_1.task3", "book_2.task3"]
    meeting = (out / "book_1.task3").read_text(encoding="utf-8")
    assert meeting.splitlines()[0] == MEETING
    blocks = parse_blocks(meeting)
    assert len(blocks) == 1
    assert sorted(blocks[0]) == ["Обама Барак", "Саркози Николя"]
    assert (out / "book_2.task3").read_text(encoding="utf-8") == ""


def test_export_of_a_missing_directory_fails(tmp_path: Path) -> None:
    result = export(tmp_path / "absent", tmp_path / "answers")
    assert result.returncode == 2
    assert "not a directory" in result.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Владимир Путин провел переговоры с Си Цзиньпином в Пекине.", {"путин", "си"}),
        ("Ангела Меркель и Эмманюэль Макрон встретились в Берлине.", {"меркель", "макрон"}),
        ("Сергей Лавров побеседовал по телефону с Энтони Блинкеном.", {"лавров", "блинкен"}),
    ],
)
def test_answer_text_names_the_people_of_each_meeting(extractor: Extractor, text: str, expected: set[str]) -> None:
    blocks = parse_blocks(answer_text(extractor.extract(text)))
    assert [participants(block) for block in blocks] == [frozenset(expected)]


def test_answer_blocks_are_separated_by_a_blank_line(extractor: Extractor) -> None:
    text = (
        "Владимир Путин встретился с Реджепом Эрдоганом в Сочи. "
        "На следующей неделе Сергей Лавров проведет переговоры с Энтони Блинкеном в Женеве."
    )
    answer = answer_text(extractor.extract(text))
    assert [participants(block) for block in parse_blocks(answer)] == [
        frozenset({"путин", "эрдоган"}),
        frozenset({"лавров", "блинкен"}),
    ]
    assert f"\n\n{MEETING}\n" in answer
    assert all(line.startswith((MEETING, PARTICIPANT)) for line in answer.splitlines() if line)


@pytest.mark.parametrize(
    ("person", "name"),
    [
        (PersonRef(name="Барак Обама", first="Барак", last="Обама"), "Обама Барак"),
        (PersonRef(name="Путин", last="Путин"), "Путин"),
        (PersonRef(name="Лиза", first="Лиза"), "Лиза"),
        (
            PersonRef(name="Владимир Владимирович Путин", first="Владимир", middle="Владимирович", last="Путин"),
            "Путин Владимир",
        ),
    ],
)
def test_participant_name_puts_the_surname_first(person: PersonRef, name: str) -> None:
    assert participant_name(person) == name


def test_parse_blocks_reads_what_the_export_writes() -> None:
    text = f"{MEETING}\n{PARTICIPANT} Обама Барак\n{PARTICIPANT}  Саркози Николя \n\n{MEETING}\n{PARTICIPANT} Лиза\n"
    assert parse_blocks(text) == [["Обама Барак", "Саркози Николя"], ["Лиза"]]
    assert parse_blocks("") == []


@pytest.mark.parametrize(("name", "key"), [("Пётр Сёмин", "петр"), ("Семёнов Игорь", "семенов"), ("", "")])
def test_surname_key_ignores_case_and_yo(name: str, key: str) -> None:
    assert surname_key(name) == key


def meeting(*names: str) -> frozenset[str]:
    return participants(list(names))


@pytest.mark.parametrize(
    ("predicted", "gold", "strict", "lenient"),
    [
        (meeting("Обама Барак", "Саркози"), meeting("САРКОЗИ Николя", "Обама"), True, True),
        (meeting("Обама Барак"), meeting("Саркози Николя", "Обама Барак"), False, True),
        (meeting("Бут Виктор", "Бут Алла", "Лиза"), meeting("Бут Виктор", "Лиза", "Раиса"), False, True),
        (meeting("Путин", "Трамп", "Лавров"), meeting("Путин", "Си"), False, False),
        (meeting("Путин", "Трамп"), meeting("Лавров", "Тиллерсон"), False, False),
        (meeting(), meeting("Путин"), False, False),
    ],
)
def test_strict_and_lenient_matching(
    predicted: frozenset[str], gold: frozenset[str], strict: bool, lenient: bool
) -> None:
    assert same_people(predicted, gold) is strict
    assert overlapping_people(predicted, gold) is lenient


def test_matching_is_one_to_one_and_maximal() -> None:
    putin_trump, putin_trump_lavrov = meeting("Путин", "Трамп"), meeting("Путин", "Трамп", "Лавров")
    # one prediction cannot match two gold meetings, nor two predictions one gold meeting
    assert matched_pairs([putin_trump], [putin_trump, putin_trump], same_people) == 1
    assert matched_pairs([putin_trump, putin_trump], [putin_trump], same_people) == 1
    # the first prediction fits both gold meetings, the second only the first: a greedy pass would match one
    trump_lavrov = meeting("Трамп", "Лавров")
    assert matched_pairs([putin_trump_lavrov, meeting("Путин")], [putin_trump, trump_lavrov], overlapping_people) == 2
    assert matched_pairs([putin_trump_lavrov, meeting("Путин")], [putin_trump, trump_lavrov], same_people) == 0


def test_score_sums_over_documents() -> None:
    score = MeetingScore()
    score.add([meeting("Обама", "Саркози"), meeting("Путин", "Си")], [meeting("Обама", "Саркози")], same_people)
    score.add([], [meeting("Янукович", "Эрдоган")], same_people)
    assert (score.matched, score.predicted, score.gold) == (1, 2, 2)
    assert score.precision == pytest.approx(0.5)
    assert score.recall == pytest.approx(0.5)
    assert score.f1 == pytest.approx(0.5)
    assert MeetingScore().f1 == 0.0
