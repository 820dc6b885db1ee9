"""Why each value was extracted: the grammar rule and tokens behind it, sentence by sentence."""

from __future__ import annotations

from vstrecha.doc import Doc


def explain(doc: Doc, only: int | None = None) -> str:
    lines: list[str] = []
    for sentence in doc.sentences:
        if only is not None and sentence.index != only:
            continue
        matches = [m for kind in doc.matches.values() for m in kind if m.sentence == sentence.index]
        events = [e for e in doc.events if any(s.start <= sentence.start < s.stop for s in e.evidence)]
        if not matches and only is None:
            continue
        lines.append(f"[{sentence.index}] {doc.text[sentence.start : sentence.stop].strip()}")
        for match in sorted(matches, key=lambda m: m.start):
            lines.append(f"    {match.kind:<10} {doc.text[match.start : match.stop]!r:<40} {match.rule}")
        for event in events:
            people = " + ".join(p.name for p in event.participants)
            lines.append(f"    => event {event.status} {event.format}: {people}")
        for reason in doc.rejections.get(sentence.index, []):
            lines.append(f"    no event: {reason}")
    return "\n".join(lines)
