"""HTML views: a document's text with its mentions marked and a card per event; a timeline of merged meetings.

Pages are self-contained (styles and script inline, nothing fetched) and declare UTF-8. The text is written in
one pass over sorted tag positions, so a long article costs O(n log n) to write; the script indexes the
evidence once when the page loads and answers each click from that index, never by scanning the marks.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from vstrecha.models import DateValue, Document, DurationValue, Event

if TYPE_CHECKING:
    from vstrecha.timeline import Meeting, Timeline

# kind -> (CSS class, label in the legend, colour)
KINDS = {
    "person": ("per", "персона", "#ffd6a5"),
    "city": ("loc", "город", "#a0e7a0"),
    "date": ("dat", "дата", "#a5c8ff"),
    "duration": ("dur", "длительность", "#e0bbff"),
    "meeting": ("mtg", "встреча", "#ffadad"),
}
STATUS_COLOURS = {
    "held": "#2e7d32",
    "planned": "#1565c0",
    "proposed": "#6a1b9a",
    "postponed": "#ef6c00",
    "cancelled": "#c62828",
}
MODS = {"start": "начало", "mid": "середина", "end": "конец", "approx": "около"}

CSS = """
.vstrecha{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#222;background:#fafafa}
.vstrecha *{box-sizing:border-box}
.vstrecha h1{font-size:20px;margin:0 0 4px}
.vstrecha h2{font-size:16px;margin:16px 0 8px}
.vstrecha .meta{color:#666;font-size:13px;margin:0 0 8px}
.vstrecha .legend{display:flex;flex-wrap:wrap;gap:8px;padding:0;margin:8px 0;list-style:none;font-size:13px}
.vstrecha .legend li{padding:1px 8px;border-radius:4px}
.vstrecha .doc{display:grid;grid-template-columns:minmax(260px,360px) 1fr;gap:16px;margin:0 0 24px}
.vstrecha .cards{display:flex;flex-direction:column;gap:8px}
.vstrecha .card{background:#fff;border:1px solid #ddd;border-left:5px solid #999;border-radius:6px;padding:8px 10px;
 cursor:pointer}
.vstrecha .card:hover{box-shadow:0 1px 4px rgba(0,0,0,.15)}
.vstrecha .card.active{outline:2px solid #f9a825;background:#fffde7}
.vstrecha .who{font-weight:600}
.vstrecha .badge{display:inline-block;font-size:12px;color:#fff;border-radius:3px;padding:0 6px;margin-right:4px}
.vstrecha .fmt{display:inline-block;font-size:12px;border:1px solid #bbb;border-radius:3px;padding:0 6px}
.vstrecha dl{display:grid;grid-template-columns:auto 1fr;gap:0 8px;margin:4px 0 0;font-size:13px}
.vstrecha dt{color:#777}
.vstrecha dd{margin:0}
.vstrecha .text{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 16px;white-space:pre-wrap;
 overflow-wrap:anywhere}
.vstrecha mark{border-radius:3px;padding:0 1px;color:inherit}
.vstrecha .ev.hl{background:#fff59d;outline:1px solid #f9a825}
.vstrecha .none{color:#888;font-style:italic}
.vstrecha .line{position:relative;margin:0 0 0 90px;border-left:3px solid #bbb;padding:0 0 0 16px}
.vstrecha .year{position:relative;left:-108px;width:80px;text-align:right;font-weight:700;color:#555;margin:12px 0 -8px}
.vstrecha .meeting{position:relative;background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 10px;
 margin:10px 0;cursor:pointer}
.vstrecha .meeting:before{content:"";position:absolute;left:-24px;top:12px;width:11px;height:11px;border-radius:50%;
 background:var(--dot,#999)}
.vstrecha .meeting.active{outline:2px solid #f9a825}
.vstrecha .when{font-weight:700;margin-right:8px}
.vstrecha .sources{margin:6px 0 0;padding-left:18px;font-size:13px}
.vstrecha .sources li.hl{background:#fff59d}
.vstrecha .quote{color:#555}
.vstrecha .details{display:none}
.vstrecha .meeting.active .details{display:block}
.vstrecha .conflict{background:#ffebee;border:1px solid #ef9a9a;border-radius:4px;padding:2px 6px;margin:4px 0;
 font-size:13px}
.vstrecha .conflict-badge{background:#c62828}
"""

DOCUMENT_SCRIPT = """
(function(root){
  var index = {};
  var spans = root.querySelectorAll('.ev');
  for (var i = 0; i < spans.length; i++) {
    var ids = spans[i].getAttribute('data-events').split(' ');
    for (var j = 0; j < ids.length; j++) { (index[ids[j]] = index[ids[j]] || []).push(spans[i]); }
  }
  var cards = {};
  var all = root.querySelectorAll('.card');
  for (var k = 0; k < all.length; k++) { cards[all[k].getAttribute('data-event')] = all[k]; }
  var lit = [], card = null;
  function show(id, scroll) {
    for (var i = 0; i < lit.length; i++) { lit[i].classList.remove('hl'); }
    if (card) { card.classList.remove('active'); }
    lit = index[id] || [];
    for (var j = 0; j < lit.length; j++) { lit[j].classList.add('hl'); }
    card = cards[id] || null;
    if (card) { card.classList.add('active'); }
    if (scroll && lit.length) { lit[0].scrollIntoView({block: 'center'}); }
  }
  root.addEventListener('click', function(event) {
    var target = event.target.closest('.card');
    if (target) { event.preventDefault(); show(target.getAttribute('data-event'), true); return; }
    var span = event.target.closest('.ev');
    if (span) {
      var id = span.getAttribute('data-events').split(' ')[0];
      show(id, false);
      if (cards[id]) { cards[id].scrollIntoView({block: 'nearest'}); }
    }
  });
  root.addEventListener('keydown', function(event) {
    var target = event.target.closest('.card');
    if (target && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault(); show(target.getAttribute('data-event'), true);
    }
  });
})(document.currentScript.parentNode);
"""

TIMELINE_SCRIPT = """
(function(root){
  var open = null;
  root.addEventListener('click', function(event) {
    var target = event.target.closest('.meeting');
    if (!target) { return; }
    if (open && open !== target) { open.classList.remove('active'); }
    target.classList.toggle('active');
    open = target.classList.contains('active') ? target : null;
  });
})(document.currentScript.parentNode);
"""


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="ru">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>body{{margin:0;padding:16px}}{CSS}</style>\n</head>\n"
        f'<body class="vstrecha">\n{body}\n</body>\n</html>\n'
    )


def _legend() -> str:
    items = "".join(
        f'<li class="{css}" style="background:{colour}">{escape(label)}</li>' for css, label, colour in KINDS.values()
    )
    return f'<ul class="legend">{items}</ul>'


def _mark_css() -> str:
    return "".join(f".vstrecha mark.{css}{{background:{colour}}}" for css, _, colour in KINDS.values())


def date_text(value: DateValue | dict | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        value = DateValue(**value)
    if not value.start:
        return value.text
    shown = value.start if not value.end or value.end == value.start else f"{value.start} – {value.end}"
    return f"{MODS[value.mod]} {shown}" if value.mod in MODS else shown


def duration_text(value: DurationValue | dict | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        value = DurationValue(**value)
    if value.min is not None and value.min == value.max:
        figure = f"{value.min} мин"
    elif value.min is not None and value.max is not None:
        figure = f"{value.min}–{value.max} мин"
    elif value.min is not None:
        figure = f"≥ {value.min} мин"
    elif value.max is not None:
        figure = f"≤ {value.max} мин"
    else:
        figure = ""
    return f"{value.text} ({figure})" if value.text and figure else value.text or figure


def _status_badge(status: str) -> str:
    return f'<span class="badge" style="background:{STATUS_COLOURS.get(status, "#777")}">{escape(status)}</span>'


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"<dt>{escape(name)}</dt><dd>{escape(value)}</dd>" for name, value in pairs if value)


def _event_pairs(event: Event | Any) -> list[tuple[str, str]]:
    city = event.city
    return [
        ("дата", date_text(event.date)),
        ("город", f"{city.name}, {city.country}" if city and city.country else city.name if city else ""),
        ("место", event.venue.name if event.venue else ""),
        ("повод", event.occasion.name if event.occasion else ""),
        ("длилась", duration_text(event.duration)),
        ("план", duration_text(event.planned_duration)),
        ("темы", ", ".join(event.topics)),
    ]


def _card(event: Event, key: str, number: int) -> str:
    who = " — ".join(person.name for person in event.participants)
    others = ", ".join(person.name for person in event.others)
    pairs = _event_pairs(event) + [("также", others)]
    return (
        f'<div class="card" data-event="{key}" tabindex="0" role="button" '
        f'style="border-left-color:{STATUS_COLOURS.get(event.status, "#999")}">'
        f'<div>{_status_badge(event.status)}<span class="fmt">{escape(event.format)}</span> #{number + 1}</div>'
        f'<div class="who">{escape(who)}</div><dl>{_rows(pairs)}</dl>'
        f'<a href="#{key}" class="to-evidence">к тексту</a></div>'
    )


def mark_spans(document: Document) -> list[tuple[int, int, str, str]]:
    """Every mention as (start, stop, CSS class, title), sorted; a mention that crosses an earlier one is left
    out (one that lies inside another is nested)."""
    found: list[tuple[int, int, str, str]] = []
    for person in document.persons:
        found.extend((m.start, m.stop, "per", person.name) for m in person.mentions)
    for city in document.cities:
        found.extend((m.start, m.stop, "loc", city.name) for m in city.mentions)
    found.extend((d.span.start, d.span.stop, "dat", date_text(d)) for d in document.dates)
    found.extend((d.span.start, d.span.stop, "dur", duration_text(d)) for d in document.durations)
    found.extend((m.start, m.stop, "mtg", "встреча") for m in document.meeting_words)
    found.sort(key=lambda item: (item[0], -item[1]))
    kept: list[tuple[int, int, str, str]] = []
    stack: list[int] = []  # stops of the open marks
    for start, stop, css, title in found:
        while stack and stack[-1] <= start:
            stack.pop()
        if stop <= start or (stack and stop > stack[-1]):
            continue
        kept.append((start, stop, css, title))
        stack.append(stop)
    return kept


def _evidence_segments(document: Document, key: str, marks: list[tuple[int, int, str, str]]) -> list[tuple]:
    """Stretches of text each covered by the same events' evidence, cut only between marks."""
    covering: list[tuple[int, int, str]] = []
    for index, event in enumerate(document.events):
        covering.extend((span.start, span.stop, f"{key}e{index}") for span in event.evidence if span.stop > span.start)
    if not covering:
        return []
    outer = [(start, stop) for start, stop, _, _ in marks]
    top: list[tuple[int, int]] = []
    for start, stop in outer:
        if not top or start >= top[-1][1]:
            top.append((start, stop))

    def snap(position: int) -> int:
        low, high = 0, len(top)
        while low < high:
            middle = (low + high) // 2
            if top[middle][1] <= position:
                low = middle + 1
            else:
                high = middle
        if low < len(top) and top[low][0] < position < top[low][1]:
            return top[low][1]
        return position

    points = sorted({snap(point) for start, stop, _ in covering for point in (start, stop)})
    opening: dict[int, list[str]] = {}
    closing: dict[int, list[str]] = {}
    for start, stop, name in covering:
        opening.setdefault(snap(start), []).append(name)
        closing.setdefault(snap(stop), []).append(name)
    active: dict[str, int] = {}
    segments = []
    for here, there in itertools.pairwise(points):
        for name in closing.get(here, []):
            active[name] -= 1
            if not active[name]:
                del active[name]
        for name in opening.get(here, []):
            active[name] = active.get(name, 0) + 1
        if active and there > here:
            segments.append((here, there, sorted(active, key=lambda name: int(name.rsplit("e", 1)[1]))))
    return segments


def _text_html(document: Document, key: str) -> str:
    text = document.text
    if text is None:
        return '<p class="none">Текст документа неизвестен (документ прочитан из JSON).</p>'
    marks = mark_spans(document)
    tags: list[tuple[int, int, int, int, str]] = []  # position, close before open, nesting order, kind, tag
    first_evidence: dict[str, int] = {}
    for start, stop, names in _evidence_segments(document, key, marks):
        anchors = ""
        for name in names:
            if name not in first_evidence:
                first_evidence[name] = start
                anchors += f'<span id="{name}"></span>'
        tags.append((start, 1, -(stop - start), 0, f'{anchors}<span class="ev" data-events="{" ".join(names)}">'))
        tags.append((stop, 0, stop - start, 1, "</span>"))
    for start, stop, css, title in marks:
        tags.append((start, 1, -(stop - start), 1, f'<mark class="{css}" title="{escape(title)}">'))
        tags.append((stop, 0, stop - start, 0, "</mark>"))
    tags.sort(key=lambda tag: tag[:4])
    parts: list[str] = []
    position = 0
    for where, _, _, _, tag in tags:
        if where > position:
            parts.append(escape(text[position:where], quote=False))
            position = where
        parts.append(tag)
    parts.append(escape(text[position:], quote=False))
    return f'<div class="text">{"".join(parts)}</div>'


def _document_section(document: Document, key: str) -> str:
    cards = "".join(_card(event, f"{key}e{index}", index) for index, event in enumerate(document.events))
    if not cards:
        cards = '<p class="none">Встреч не найдено.</p>'
    published = f"опубликовано {document.published}" if document.published else "дата публикации неизвестна"
    return (
        f'<section class="document" data-events="{len(document.events)}">'
        f"<h1>{escape(document.source or 'текст')}</h1>"
        f'<p class="meta">{escape(published)} · встреч: {len(document.events)} · персон: {len(document.persons)} · '
        f"городов: {len(document.cities)} · дат: {len(document.dates)}</p>"
        f'<div class="doc"><div class="cards">{cards}</div>{_text_html(document, key)}</div></section>'
    )


def _document_body(documents: Sequence[Document], prefix: str) -> str:
    sections = "".join(_document_section(document, f"{prefix}{index}") for index, document in enumerate(documents))
    return f"{_legend()}{sections}"


def document_page(documents: Sequence[Document]) -> str:
    """One page for one or more documents."""
    title = documents[0].source or "vstrecha" if len(documents) == 1 else f"vstrecha: {len(documents)} документов"
    body = f"<style>{_mark_css()}</style>{_document_body(documents, 'd')}<script>{DOCUMENT_SCRIPT}</script>"
    return _page(f"vstrecha: {title}", f"<div>{body}</div>")


_fragments = itertools.count()


def document_fragment(document: Document) -> str:
    """The same view inside a notebook cell: styles scoped to the fragment, ids unique per call."""
    key = f"v{next(_fragments)}d"
    body = _document_body([document], key)
    return f'<div class="vstrecha"><style>{CSS}{_mark_css()}</style>{body}<script>{DOCUMENT_SCRIPT}</script></div>'


# --- the timeline -----------------------------------------------------------------------------------


def _value_text(name: str, value: Any) -> str:
    if value is None:
        return "—"
    if name == "date":
        return date_text(value)
    if name in ("duration", "planned_duration"):
        return duration_text(value)
    if isinstance(value, dict):
        return str(value.get("name", value))
    return str(value)


def _source_name(line: Timeline, index: int) -> str:
    name = line.documents[index] if index < len(line.documents) else None
    return name.rsplit("/", 1)[-1] if name else f"текст {index + 1}"


def _meeting_html(line: Timeline, meeting: Meeting) -> str:
    who = " — ".join(person.name for person in meeting.participants)
    conflicts = ""
    for name in meeting.conflicts:
        attribute = meeting.attributes[name]
        values = "; ".join(
            f"{_value_text(name, candidate.value)} ("
            + ", ".join(_source_name(line, meeting.sources[s].input) for s in candidate.sources)
            + ")"
            for candidate in attribute.values
        )
        conflicts += (
            f'<div class="conflict"><b>{escape(name)}</b>: {escape(values)}; выбрано '
            f"{escape(_value_text(name, attribute.chosen))}: {escape(attribute.reason)}</div>"
        )
    sources = "".join(
        f"<li><b>{escape(_source_name(line, source.input))}</b> #{source.event + 1}"
        + (f' <span class="quote">«{escape(" ".join(source.quotes))}»</span>' if source.quotes else "")
        + "</li>"
        for source in meeting.sources
    )
    badge = f'<span class="badge conflict-badge">конфликт: {len(meeting.conflicts)}</span>' if conflicts else ""
    return (
        f'<div class="meeting" data-meeting="{meeting.id}" data-sources="{len(meeting.sources)}" tabindex="0" '
        f'style="--dot:{STATUS_COLOURS.get(meeting.status, "#999")}">'
        f'<div><span class="when">{escape(date_text(meeting.date) or "без даты")}</span>'
        f'{_status_badge(meeting.status)}<span class="fmt">{escape(meeting.format)}</span> '
        f'<span class="fmt">источников: {len(meeting.sources)}</span> {badge}</div>'
        f'<div class="who">{escape(who)}</div><dl>{_rows(_event_pairs(meeting)[1:])}</dl>{conflicts}'
        f'<div class="details"><ol class="sources">{sources}</ol></div></div>'
    )


def timeline_page(line: Timeline) -> str:
    """The merged meetings on a vertical timeline, years marked; a meeting opens to its sources."""
    parts: list[str] = []
    year = None
    for meeting in line.meetings:
        start = meeting.date.start if meeting.date and meeting.date.start else None
        label = start[:4] if start and not start.startswith("--") else "без года"
        if label != year:
            parts.append(f'<div class="year">{escape(label)}</div>')
            year = label
        parts.append(_meeting_html(line, meeting))
    merged = sum(1 for meeting in line.meetings if len(meeting.sources) > 1)
    conflicted = sum(1 for meeting in line.meetings if meeting.conflicts)
    legend = "".join(
        f'<li style="background:{colour};color:#fff">{escape(status)}</li>' for status, colour in STATUS_COLOURS.items()
    )
    body = (
        f'<div><h1>Хронология встреч</h1><p class="meta">документов: {len(line.documents)} · встреч: '
        f"{len(line.meetings)} · из нескольких источников: {merged} · с конфликтами: {conflicted}</p>"
        f'<ul class="legend">{legend}</ul><div class="line">{"".join(parts)}</div>'
        f"<script>{TIMELINE_SCRIPT}</script></div>"
    )
    return _page("vstrecha: хронология встреч", body)
