"""A body of state named by its noun and the region or town it serves, where that place is written
in two words or does not decline: "Избирательной комиссии Марий Эл" -> Избирательная комиссия Марий
Эл, "Верховный суд Марий Эл", "администрации Улан-Удэ" -> администрация Улан-Удэ, "в Избирательной
комиссии Кабардино Балкарии" -> Избирательная комиссия Кабардино Балкарии.

- :func:`spaced_regions`: a region the press writes in two words that the dictionary knows as one
  hyphenated place ("Кабардино Балкарии", "Карачаево Черкесии") is a place, not the person the
  tagger reads; a body's noun before it then takes it in (:func:`.orgs.descriptor_orgs`).
- :func:`split_descriptor`: such a place after a body's noun (``lexicons/body_heads.txt``, or a
  state body's category in ``lexicons/org_categories.tsv``) is part of the body's name, not the
  body's own proper name: :func:`.orgs.split_descriptor` reads an indeclinable word after a
  descriptor as a name in apposition ("агентство Синьхуа", "клуба «Монако»"), and the name then
  lost the body's noun; so is a place of the article in the genitive after it, whatever case the
  tagger read ("акимата Мангистауской области" -> акимат Мангистауской области, "департамента полиции
  Финикса" -> департамент полиции Финикса).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_rows
from .bodies import body_heads
from .org_false_bodies import person_owned
from .orgs import _indeclinable
from .orgs import split_descriptor as _split_descriptor
from .quotes import QUOTES

STATE = frozenset({"regional_body", "legislature", "court", "ministry_or_agency"})


def _joined_place(words: list[str]) -> bool:
    """Capitalized words that the dictionary knows joined by a hyphen as one place
    ("Кабардино Балкарии": Кабардино-Балкария; not a guess from the ending: "Питере Мунгаи")."""
    if not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
        return False
    joined, morph = "-".join(words).lower(), get_morph()
    return morph.is_known(joined) and any("Geox" in p.tag.grammemes for p in morph.parse(joined))


def spaced_regions(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a two-word person that is a place written with a space a LOC span."""
    changed, out = False, []
    for s in spans:
        if s.label_ == "PER" and len(s) == 2 and _joined_place([t.text for t in s]):
            s = Span(doc, s.start, s.end, label="LOC")
            changed = True
        out.append(s)
    return out if changed else spans


def _state_body(kind: str) -> bool:
    categories = dict(load_rows("org_categories.tsv"))
    return kind in body_heads() or categories.get(kind) in STATE


def _served_place(span: Span, start: int) -> bool:
    """The words of ``span`` from ``start`` (after a state body's noun) are a place of the article
    (a LOC span of the rules) whose last word reads as a genitive: the town or region the body
    serves, however the tagger read its case ("Мангистауской" Ins) or the dictionary lacks it
    ("Финикса"), not a name in apposition."""
    from .spans import SPANS_KEY

    rest = span[start:]
    if not len(rest) or not rest[0].text[:1].isupper() or any(t.text in QUOTES for t in rest):
        return False
    if not any(s.label_ == "LOC" and s.start == rest.start and s.end == rest.end
               for s in span.doc.spans.get(SPANS_KEY, [])):
        return False
    return any(p.tag.case == "gent" for p in get_morph().parse(rest[-1].text))


def split_descriptor(span: Span) -> tuple[str | None, int]:
    """:func:`.orgs.split_descriptor`, except that an indeclinable place or a region written in two
    words after a state body's noun is the body's name from its first word."""
    kind, start = _split_descriptor(span)
    if kind is not None and start and kind in body_heads() and person_owned(span, start):
        return kind, 0  # "администрации Ильдара Хабирова": the person is its owner, not its name
    if kind is None or start == 0 or not _state_body(kind):
        return kind, start
    if _served_place(span, start):
        return kind, 0  # "департамента полиции Финикса", "акимата Мангистауской области": the place it serves
    rest = span[start:]
    if any(t.text in QUOTES for t in rest) or not rest[0].text[:1].isupper() or len(rest) > 2:
        return kind, start
    if _joined_place([t.text for t in rest]) or _indeclinable(rest):
        return kind, 0
    return kind, start
