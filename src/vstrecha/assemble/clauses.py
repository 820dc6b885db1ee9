"""Where one statement ends and the next begins inside a sentence.

A comma opens a new clause when a conjunction, a relative pronoun or a verb of speech follows it
("..., что", "..., однако", "..., сообщил ТАСС"); semicolons and colons always do.
"""

from __future__ import annotations

from yargy.token import Token

OPENERS = frozenset(
    {"что", "чтобы", "который", "но", "однако", "а", "где", "куда", "когда", "хотя", "поскольку", "если", "как"}
)
SPEECH = frozenset(
    {
        "заявить", "сообщить", "отметить", "рассказать", "добавить", "подчеркнуть", "написать", "сказать",
        "пояснить", "уточнить", "сообщать", "писать", "заявлять", "отмечать", "объяснить", "подтвердить",
        "объявить", "передать", "говорить", "констатировать", "информировать",
    }
)  # fmt: skip
ALWAYS = frozenset({";", ":"})
BUT = frozenset({"но", "однако"})


def lemma(token: Token) -> str:
    forms = getattr(token, "forms", None)
    return forms[0].normalized if forms else token.value.lower()


def clause_bounds(tokens: list[Token]) -> list[tuple[int, int]]:
    """Token ranges [first, last) of the clauses of one sentence."""
    starts = [0]
    relative = said = False  # inside "..., который ...", and whether its own verb was said yet
    for index, token in enumerate(tokens[:-1]):
        following = lemma(tokens[index + 1])
        if relative and said and token.value == "," and (_verb_next(tokens, index + 1) or _and_of(tokens, index + 1)):
            starts.append(index + 1)  # "Посла, который вчера приехал в область, принял не губернатор, а ..."
            relative = False
        elif relative and _predicate(tokens[index]):
            said = True
        if token.value == "," and following in ("который", "что"):
            relative, said = True, False
        if token.value in ALWAYS and not _time_of_day(tokens, index):
            starts.append(index + 1)
        elif token.value == "," and (following in OPENERS or following in SPEECH):
            starts.append(index + 1)
        elif token.value == "," and following == "и" and _verb_next(tokens, index + 2):
            starts.append(index + 1)  # "..., которое запланировано на 12 апреля, и договорились провести встречу"
        elif following in BUT and index + 1 not in starts:
            starts.append(index + 1)
    starts = sorted(set(starts))
    return [(start, stop) for start, stop in zip(starts, starts[1:] + [len(tokens)], strict=True) if start < stop]


def _time_of_day(tokens: list[Token], index: int) -> bool:
    """ "в 19:00": a colon between digits is no clause end."""
    return 0 < index < len(tokens) - 1 and tokens[index - 1].value.isdigit() and tokens[index + 1].value.isdigit()


def _verb_next(tokens: list[Token], index: int) -> bool:
    """A finite verb right after "и" (or after one adverb): a new predicate, not a list of nouns."""
    for token in tokens[index : index + 2]:
        forms = getattr(token, "forms", None)
        if forms and "VERB" in forms[0].grams:
            return True
    return False


def _and_of(tokens: list[Token], index: int) -> bool:
    """ "о переговорах, которые он провел в Пекине, и о встрече в Пхеньяне": "и" and a preposition go back to
    the main clause's list."""
    if index + 1 >= len(tokens) or tokens[index].value.lower() != "и":
        return False
    forms = getattr(tokens[index + 1], "forms", None)
    return bool(forms) and "PREP" in forms[0].grams


def _predicate(token: Token) -> bool:
    """A finite verb or a short participle ("запланирована"): the clause has said what it says."""
    forms = getattr(token, "forms", None)
    return bool(forms) and bool({"VERB", "PRTS"} & forms[0].grams)
