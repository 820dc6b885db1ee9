"""Parts of a scraped page that are not the article: a list of other headlines under "Читайте также".

Each line of such a list is the headline of another story ("В Гомеле пройдут «Славянские театральные
встречи»"); its words name no meeting of this article. Its persons, cities and dates are still text of the page.
"""

from __future__ import annotations

import re

from vstrecha.doc import Doc

RELATED = re.compile(
    r"(?im)^[ \t]*(?:читайте также|читайте еще|читайте ещё|сейчас также читают|смотрите также|еще по теме|ещё по теме"
    r"|по теме|новости по теме|материалы по теме|другие новости|похожие новости)[ \t]*:?[ \t]*$"
)
BLANK = re.compile(r"\n[ \t]*\n")


def related_headlines(doc: Doc) -> set[int]:
    """Indexes of the sentences in a list of other headlines: from its label to the next blank line."""
    spans = []
    for label in RELATED.finditer(doc.text, doc.body_start):
        if spans and label.start() < spans[-1][1]:
            continue  # a label inside the list before it
        blank = BLANK.search(doc.text, label.end() + 1)
        spans.append((label.end(), blank.start() if blank else len(doc.text)))
    found: set[int] = set()
    spans.reverse()  # one walk over the sentences and the lists, both in text order
    for sentence in doc.sentences:
        while spans and spans[-1][1] <= sentence.start:
            spans.pop()
        if spans and spans[-1][0] <= sentence.start:
            found.add(sentence.index)
    return found
