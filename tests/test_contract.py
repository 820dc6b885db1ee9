"""The output contract: the shipped JSON Schema is the models' schema, and real output obeys it and the offsets rule."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from vstrecha import Document, Extractor
from vstrecha.models import document_schema

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
ARTICLES = sorted(CORPUS.glob("*.txt"))
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
YEARLESS = re.compile(r"^--(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")  # ISO 8601 "--MM-DD": the year unknown
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def shipped_schema() -> dict[str, Any]:
    return json.loads(files("vstrecha").joinpath("schema/document.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return Draft202012Validator(shipped_schema())


@pytest.fixture(scope="module")
def outputs(extractor: Extractor) -> dict[str, tuple[str, dict[str, Any]]]:
    """Text and output of every corpus article, extracted once."""
    result = {}
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8")
        result[path.name] = (text, extractor.extract(text, source=str(path)).to_dict())
    return result


def test_schema_is_shipped_inside_the_package() -> None:
    resource = files("vstrecha").joinpath("schema/document.schema.json")
    assert resource.is_file()
    assert shipped_schema()["title"] == "Document"


def test_shipped_schema_equals_the_models_schema() -> None:
    assert shipped_schema() == document_schema(), "models changed: run python scripts/write_schema.py"


def test_write_schema_check_agrees() -> None:
    script = ROOT / "scripts" / "write_schema.py"
    if not script.exists():
        pytest.skip("development scripts are not part of this source tree")
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_shipped_schema_is_a_valid_json_schema() -> None:
    Draft202012Validator.check_schema(shipped_schema())


@pytest.mark.parametrize("name", [path.name for path in ARTICLES])
def test_real_output_validates(validator: Draft202012Validator, outputs: dict, name: str) -> None:
    _, output = outputs[name]
    validator.validate(output)


def test_cli_jsonl_output_validates(validator: Draft202012Validator) -> None:
    """What the command line prints is what the schema describes (one article with a header, one without)."""
    articles = [CORPUS / "001_f68d6a9b1cbf47e3.txt", CORPUS / "003_eff5b0a292f1c811.txt"]
    done = subprocess.run(
        [sys.executable, "-m", "vstrecha", "extract", "--format", "jsonl", *map(str, articles)], capture_output=True
    )
    assert done.returncode == 0, done.stderr.decode("utf-8")
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(articles)
    for line in lines:
        validator.validate(json.loads(line))


def _document() -> dict[str, Any]:
    """A complete, valid document written by hand, so that every part of the schema is exercised."""
    text = " date 2025-08-15\nВладимир Путин и Дональд Трамп встретились в Хельсинки 16 июля 2018 года."
    return {
        "source": "x.txt",
        "published": "2025-08-15",
        "events": [
            {
                "format": "in_person",
                "status": "held",
                "participants": [{"name": "Владимир Путин", "first": "Владимир", "last": "Путин"}],
                "others": [],
                "date": {"text": "16 июля 2018 года", "start": "2018-07-16", "end": "2018-07-16", "mod": None},
                "city": {"name": "Хельсинки", "country": "Финляндия"},
                "venue": None,
                "occasion": None,
                "duration": {"text": "более двух часов", "min": 120, "max": None, "approx": False},
                "planned_duration": None,
                "topics": ["Сирия"],
                "ordinal": 4,
                "evidence": [{"start": 17, "stop": len(text)}],
            }
        ],
        "persons": [{"name": "Владимир Путин", "mentions": [{"start": 17, "stop": 31, "text": "Владимир Путин"}]}],
        "cities": [
            {"name": "Хельсинки", "country": None, "mentions": [{"start": 62, "stop": 71, "text": "Хельсинки"}]}
        ],
        "dates": [
            {"text": "16 июля 2018 года", "start": "2018-07-16", "end": "2018-07-16", "span": {"start": 72, "stop": 89}}
        ],
        "durations": [],
    }


def test_hand_written_document_is_valid_and_round_trips(validator: Draft202012Validator) -> None:
    document = _document()
    validator.validate(document)
    model = Document.model_validate(document)
    assert Document.model_validate_json(model.to_json()) == model


def _set(document: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    *parents, last = path.split(".")
    target: Any = changed
    for key in parents:
        target = target[int(key)] if key.isdigit() else target[key]
    if value is _DELETE:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return changed


_DELETE = object()
BROKEN = {
    "unknown top-level field": ("entities", []),
    "status outside the enum": ("events.0.status", "done"),
    "format outside the enum": ("events.0.format", "zoom"),
    "date mod outside the enum": ("events.0.date.mod", "early"),
    "participants missing": ("events.0.participants", _DELETE),
    "person without a name": ("persons.0.name", _DELETE),
    "mention without offsets": ("persons.0.mentions.0.start", _DELETE),
    "duration minutes as text": ("events.0.duration.min", "120"),
    "date mention without span": ("dates.0.span", _DELETE),
    "extra field in a city": ("cities.0.population", 1000),
    "events not a list": ("events", {}),
    "date start not ISO": ("events.0.date.start", "15.08.2025"),
    "date start with month 13": ("dates.0.start", "2025-13"),
    "date end in year 0000": ("dates.0.end", "0000-01-01"),
    "date of a five-digit year": ("dates.0.start", "10000"),
    "year-less date with a day only": ("dates.0.start", "---15"),
    "time past midnight": ("dates.0.time", "24:00"),
    "negative minutes": ("events.0.duration.min", -5),
    "minutes beyond a hundred years": ("events.0.duration.max", 52560001),
    "span before the text": ("dates.0.span.start", -1),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_schema_rejects_documents_that_break_the_contract(validator: Draft202012Validator, case: str) -> None:
    path, value = BROKEN[case]
    with pytest.raises(ValidationError):
        validator.validate(_set(_document(), path, value))


def _quoted(text: str, start: int, stop: int) -> str:
    assert 0 <= start < stop <= len(text)
    return text[start:stop]


@pytest.mark.parametrize("name", [path.name for path in ARTICLES])
def test_offsets_quote_the_original_text(outputs: dict, name: str) -> None:
    text, output = outputs[name]
    for entity in output["persons"] + output["cities"]:
        for mention in entity["mentions"]:
            assert _quoted(text, mention["start"], mention["stop"]) == mention["text"]
    for value in output["dates"] + output["durations"]:
        assert _quoted(text, value["span"]["start"], value["span"]["stop"]) == value["text"]
    for event in output["events"]:
        for span in event["evidence"]:
            _quoted(text, span["start"], span["stop"])


@pytest.mark.parametrize("name", [path.name for path in ARTICLES])
def test_values_have_the_documented_shapes(outputs: dict, name: str) -> None:
    """What the schema cannot say: ISO dates at a precision (year-less only when unresolved), HH:MM,
    minutes in order, at least one side."""
    _, output = outputs[name]
    dates = output["dates"] + [event["date"] for event in output["events"] if event["date"]]
    for value in dates:
        for bound in (value["start"], value["end"]):
            assert bound is None or ISO_DATE.match(bound) or (not value["resolved"] and YEARLESS.match(bound)), value
        if value["start"] and value["end"] and len(value["start"]) == len(value["end"]):
            assert value["start"] <= value["end"], value
        assert value["time"] is None or TIME.match(value["time"]), value
    durations = output["durations"] + [
        event[key] for event in output["events"] for key in ("duration", "planned_duration") if event[key]
    ]
    for value in durations:
        assert value["min"] is not None or value["max"] is not None, value
        for bound in (value["min"], value["max"]):
            assert bound is None or bound > 0, value
        if value["min"] is not None and value["max"] is not None:
            assert value["min"] <= value["max"], value
    for event in output["events"]:
        assert event["participants"], event
        assert all(person["name"].strip() for person in event["participants"] + event["others"])
    for kind in ("persons", "cities"):
        names = [entity["name"] for entity in output[kind]]
        assert len(names) == len(set(names)), f"{kind} are distinct: {names}"
