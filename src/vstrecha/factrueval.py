"""factRuEval-2016 task 3 meetings: answer files and the scorer of meetings by their participants.

An answer file holds one block per meeting, blocks separated by a blank line:

    MEETING:
    PARTICIPANT: Обама Барак
    PARTICIPANT: Саркози Николя

The task's Meeting facts list everyone who took part, without telling sides from the people with them,
so a block names an event's participants and its others alike. Persons only: no dates, no places.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from vstrecha.models import Document, Event, PersonRef

MEETING = "MEETING:"
PARTICIPANT = "PARTICIPANT:"
ANSWER_SUFFIX = ".task3"

Block = list[str]  # the "Фамилия Имя" names of one meeting
Participants = frozenset[str]  # normalized surnames of one meeting
Same = Callable[[Participants, Participants], bool]


def participant_name(person: PersonRef) -> str:
    """Surname first, then the first name, as the task writes them; a lone name stays as it is."""
    parts = [part for part in (person.last, person.first) if part]
    return " ".join(parts) if parts else person.name


def meeting_block(event: Event) -> Block:
    """Every person of an event, sides first, each once."""
    names: Block = []
    for person in [*event.participants, *event.others]:
        name = participant_name(person)
        if name not in names:
            names.append(name)
    return names


def answer_blocks(document: Document) -> list[Block]:
    """One block per event that names at least one person."""
    return [block for block in map(meeting_block, document.events) if block]


def format_blocks(blocks: Iterable[Block]) -> str:
    return "\n".join("\n".join([MEETING, *(f"{PARTICIPANT} {name}" for name in block)]) + "\n" for block in blocks)


def answer_text(document: Document) -> str:
    return format_blocks(answer_blocks(document))


def answer_path(text_path: Path, out: Path) -> Path:
    """book_12.txt -> OUT/book_12.task3"""
    return out / (text_path.stem + ANSWER_SUFFIX)


def parse_blocks(text: str) -> list[Block]:
    """The blocks of an answer file; a MEETING line opens a block, PARTICIPANT lines fill it."""
    blocks: list[Block] = []
    for line in text.splitlines():
        line = line.strip()
        if line == MEETING:
            blocks.append([])
        elif line.startswith(PARTICIPANT) and blocks:
            blocks[-1].append(line[len(PARTICIPANT) :].strip())
    return blocks


def surname_key(name: str) -> str:
    """The first word of "Фамилия Имя", lowercased, ё as е: how two spellings of one person compare."""
    words = name.split()
    return words[0].lower().replace("ё", "е") if words else ""


def participants(block: Block) -> Participants:
    return frozenset(key for key in map(surname_key, block) if key)


def same_people(predicted: Participants, gold: Participants) -> bool:
    """Strict: the very same surnames."""
    return bool(predicted) and predicted == gold


def overlapping_people(predicted: Participants, gold: Participants) -> bool:
    """Lenient: two persons in common, or one set contained in the other."""
    if not predicted or not gold:
        return False
    return len(predicted & gold) >= 2 or predicted <= gold or gold <= predicted


def matched_pairs(predicted: Sequence[Participants], gold: Sequence[Participants], same: Same) -> int:
    """Size of the largest one-to-one matching (augmenting paths: a greedy pass can waste a gold meeting)."""
    owner: dict[int, int] = {}  # gold index -> predicted index

    def assign(index: int, seen: set[int]) -> bool:
        for other, meeting in enumerate(gold):
            if other in seen or not same(predicted[index], meeting):
                continue
            seen.add(other)
            if other not in owner or assign(owner[other], seen):
                owner[other] = index
                return True
        return False

    return sum(assign(index, set()) for index in range(len(predicted)))


@dataclass
class MeetingScore:
    """Matched, predicted and gold meetings summed over documents."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, predicted: Sequence[Participants], gold: Sequence[Participants], same: Same) -> None:
        self.matched += matched_pairs(predicted, gold, same)
        self.predicted += len(predicted)
        self.gold += len(gold)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0
