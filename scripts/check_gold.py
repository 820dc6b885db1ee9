"""Check the shape of gold files (corpus/README.md) before they are scored.

    python scripts/check_gold.py corpus/*.gold.json

Prints one line per problem as ``file: problem`` and exits non-zero when there is any.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ISO = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$")
FORMATS = {"in_person", "phone", "video"}
STATUSES = {"held", "planned", "cancelled", "postponed", "proposed"}
MODS = {None, "start", "mid", "end", "approx"}
EVENT_KEYS = {
    "note",
    "format",
    "status",
    "participants",
    "others",
    "date",
    "city",
    "venue",
    "occasion",
    "duration",
    "planned_duration",
    "topics",
    "ordinal",
}


def date_problems(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, dict):
        return [f"{where}: a date is an object or null"]
    problems = []
    resolved = value.get("resolved", True)
    for end in ("start", "end"):
        item = value.get(end)
        if item is None and resolved is False:
            continue
        if not isinstance(item, str) or not ISO.match(item):
            problems.append(f"{where}: {end} {item!r} is not YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD")
        elif item.startswith("--") and resolved is not False:
            problems.append(f'{where}: {end} {item!r} is unresolved but "resolved": false is missing')
    if value.get("mod") not in MODS:
        problems.append(f"{where}: mod {value.get('mod')!r} is not one of {sorted(m for m in MODS if m)} or null")
    start, end = value.get("start"), value.get("end")
    if isinstance(start, str) and isinstance(end, str) and not start.startswith("--") and start[: len(end)] > end:
        problems.append(f"{where}: start {start} is after end {end}")
    return problems


def duration_problems(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, dict):
        return [f"{where}: a duration is an object or null"]
    low, high = value.get("min"), value.get("max")
    problems = [
        f"{where}: {key} must be an integer of minutes or null"
        for key, item in (("min", low), ("max", high))
        if item is not None and not isinstance(item, int)
    ]
    if low is None and high is None:
        problems.append(f"{where}: min and max are both null")
    if isinstance(low, int) and isinstance(high, int) and low > high:
        problems.append(f"{where}: min {low} > max {high}")
    return problems


def check_timeline(path: Path, gold: dict) -> list[str]:
    """timeline.gold.json: every FILE#N names a gold event, no event is in two meetings, a meeting has reports
    of at least two articles and at most one event of each (corpus/README.md, Timeline gold)."""
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, meeting in enumerate(gold.get("meetings", []), 1):
        where = f"{path}: meeting {number}"
        refs = meeting.get("events", [])
        files = [ref.rpartition("#")[0] for ref in refs]
        if len(set(files)) < 2:
            problems.append(f"{where}: fewer than two articles")
        if len(set(files)) != len(files):
            problems.append(f"{where}: two events of one article")
        for ref in refs:
            name, _, index = ref.rpartition("#")
            other = path.with_name(name).with_suffix(".gold.json")
            if not index.isdigit() or not other.exists():
                problems.append(f"{where}: {ref!r} is not FILE#N of a gold file beside it")
                continue
            if int(index) >= len(json.loads(other.read_text(encoding="utf-8")).get("events", [])):
                problems.append(f"{where}: {ref!r}: {other.name} has no event {index}")
            if ref in seen:
                problems.append(f"{where}: {ref!r} is in meeting {seen[ref]} too")
            seen[ref] = number
    return problems


def check(path: Path) -> list[str]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return [f"{path}: {error}"]
    if path.name == "timeline.gold.json":
        return check_timeline(path, gold)
    problems: list[str] = []
    text_path = path.with_name(path.name.replace(".gold.json", ".txt"))
    if not text_path.exists():
        problems.append(f"{path}: no text file {text_path.name} beside it")
    for key in ("published", "events", "persons", "cities", "dates", "durations"):
        if key not in gold:
            problems.append(f"{path}: missing {key!r}")
    published = gold.get("published")
    if published is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", str(published)):
        problems.append(f"{path}: published {published!r} is not YYYY-MM-DD or null")
    persons = set(gold.get("persons", []))
    cities = set(gold.get("cities", []))
    for number, event in enumerate(gold.get("events", []), 1):
        where = f"{path}: event {number}"
        unknown = set(event) - EVENT_KEYS
        if unknown:
            problems.append(f"{where}: unknown keys {sorted(unknown)}")
        if event.get("format") not in FORMATS:
            problems.append(f"{where}: format {event.get('format')!r} not in {sorted(FORMATS)}")
        if event.get("status") not in STATUSES:
            problems.append(f"{where}: status {event.get('status')!r} not in {sorted(STATUSES)}")
        sides = event.get("participants", [])
        if len(sides) < 2:
            problems.append(f"{where}: fewer than two participants")
        for name in [*sides, *event.get("others", [])]:
            if name not in persons:
                problems.append(f"{where}: {name!r} is not in persons")
        if event.get("city") is not None and event["city"] not in cities and not event.get("venue"):
            problems.append(f"{where}: city {event['city']!r} is not in cities")
        problems += date_problems(event.get("date"), f"{where} date")
        problems += duration_problems(event.get("duration"), f"{where} duration")
        problems += duration_problems(event.get("planned_duration"), f"{where} planned_duration")
    for number, item in enumerate(gold.get("dates", []), 1):
        if "text" not in item:
            problems.append(f"{path}: date {number} has no text")
        problems += date_problems(item, f"{path}: date {number} {item.get('text')!r}")
    for number, item in enumerate(gold.get("durations", []), 1):
        if "text" not in item:
            problems.append(f"{path}: duration {number} has no text")
        problems += duration_problems(item, f"{path}: duration {number} {item.get('text')!r}")
    return problems


def main(argv: list[str]) -> int:
    problems = [problem for name in argv for problem in check(Path(name))]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
