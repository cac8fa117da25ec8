"""Rankings "по числу X" (issue 11, round 14, w156): a place ranked by the number of its
firms, the counted noun said once after "по числу / по количеству" and the figure beside
the place (docs/gold-conventions.md, the count section):

* in parentheses after the place: "По числу действующих сыроварен Алтайский край (73)
  опережает Республику Алтай", "По количеству пивоварен лидирует Ленинградская область (52)";
* as "с N <noun>" after the place: "По числу IT-компаний Новосибирская область с 2 780
  организациями уступает только Томской" (the noun after the figure is the object);
* as a list of "<place> — N" after the counted noun (w180): "Лидеры по числу швейных
  фабрик: Ивановская область — 120, Московская — 95", "Первое место по количеству
  агрохолдингов занимает Белгородский район — 14 компаний, второе — Курский с 11" (a
  noun after the figure is the object, carried to the items after it; an item "с N" after
  a dashed one is read too).

The counted noun is a genitive plural of the object lexicon with its adjectives; its sector
is theirs (``adjective_sectors``) or the noun's own trade (``agent_industry``: "сыроварен"
-> сыроделие). "по числу жителей", "по количеству туристов": no counted noun, no count.

Cheap gate: the text must hold "по числу" or "по количеству".
"""
from __future__ import annotations

import re
from typing import Optional

from .sector_context import adjective_sectors, count_value, object_lemma
from .sector_normal import join_sectors
from .sector_nouns import agent_industry
from .sector_words import first_grams, forms, in_case, tokenize

_BY = re.compile(r"(?<![\w-])по\s+(?:числу|количеству)\s+", re.I)
_QUAL = r"(?:(?:около|более|свыше|почти|примерно|порядка|менее|всего|лишь|только)\s+)?"
_INT = r"\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:,\d+)?(?:\s*тыс\.)?"
# the place and its figure: "Алтайский край (73)", "Новосибирская область с 2 780 орг…"
_FIGURE = re.compile(rf"\s*(?P<place>[^()\d.;:!?]{{2,60}}?)\s*(?:\(\s*{_QUAL}(?P<bracket>{_INT})\s*\)"
                     rf"|\s+с\s+{_QUAL}(?P<figure>{_INT})\s+(?P<noun>[а-яё-]+))")


# a dashed item of a ranking: "Ивановская область — 120", "2. Пермский край — 470 предприятий"
_DASHED = re.compile(rf"(?P<place>[А-ЯЁ][\w-]*(?:\s+[\w-]+){{0,2}})\s*[—–]\s*{_QUAL}"
                     rf"(?P<figure>{_INT})(?![\w,.]\d)(?:\s+(?P<noun>[а-яё-]+))?")
_WITH = re.compile(rf"\s+(?P<place>[А-ЯЁ][\w-]*)\s+с\s+{_QUAL}(?P<figure>{_INT})(?=\s*[,.;!?]|$)")
_ENDS = re.compile(r"[!?]|(?<!\d)\.(?:\s|$)")


def _counted(morph, text: str, start: int) -> Optional[tuple[int, str, str, int]]:
    """(end, object, sector, noun start) of "<adjectives> <noun gen. pl.>" at ``start``."""
    tokens = tokenize(morph, text, start, min(len(text), start + 120))
    adjectives: list = []
    for token in tokens[:6]:
        grams = first_grams(token)
        obj = object_lemma(token) if forms(token) else None
        if obj and in_case(token, "gent") and any(
                "plur" in f.grams.values for f in forms(token) if "NOUN" in f.grams.values):
            sector = join_sectors(adjective_sectors(adjectives + [token], obj)) \
                or agent_industry(obj)
            if not sector:
                return None
            first = adjectives[0] if adjectives else token
            return token.span.stop, obj, sector, first.span.start
        if "ADJF" in grams or "PRTF" in grams:
            adjectives.append(token)
            continue
        return None
    return None


def _capitalised_place(place: str) -> bool:
    """"Алтайский край", "Новосибирская область", "Татарстан", "лидирует Ленинградская
    область", "на Кубани": a capitalised word first or second, at most four words."""
    words = place.split()
    return 0 < len(words) <= 4 and any(w[:1].isupper() for w in words[:2])


def ranked_by_counts(morph, text: str, values: list) -> list:
    """The counts the module's docstring describes that no other rule counted."""
    if "по числу" not in text.lower() and "по количеству" not in text.lower():
        return values
    from .sectors import SectorValue

    out: list = []
    for m in _BY.finditer(text):
        found = _counted(morph, text, m.end())
        if found is None:
            continue
        end, obj, sector, noun_start = found
        f = _FIGURE.match(text, end)
        if f is None or not _capitalised_place(f.group("place")):
            out += _dashed(morph, text, end, obj, sector, values + out)
            continue
        a, b = f.span("figure") if f.group("noun") else f.span("bracket")
        if any(v.start <= a < v.stop for v in values):
            continue
        figure = tokenize(morph, text, a, b)
        value = count_value(morph, figure)
        if not value:
            continue
        counted = obj
        if f.group("noun"):
            noun = tokenize(morph, text, f.start("noun"), f.end("noun"))
            counted = object_lemma(noun[0]) if noun and forms(noun[0]) else None
            if not counted or not in_case(noun[0], "ablt"):
                continue  # "с 2 780 организациями": a counted noun in the instrumental
        stop = f.end("noun") if f.group("noun") else b
        out.append(SectorValue(noun_start, stop, text[noun_start:stop], value, counted,
                               sector, None, via="ranked_by"))
    return values + out


def _dashed(morph, text: str, end: int, obj: str, sector: str, values: list) -> list:
    """The "<place> — N" items of a ranking after its counted noun (the sentence's rest)."""
    from .sectors import SectorValue

    stop = _ENDS.search(text, end)
    stop = stop.start() if stop else len(text)
    out: list = []
    counted = obj
    items = list(_DASHED.finditer(text, end, stop))
    if items:
        after = _WITH.search(text, items[-1].end(), stop)
        items += [after] if after else []
    for f in items:
        a, b = f.span("figure")
        if any(v.start <= a < v.stop for v in values):
            continue
        value = count_value(morph, tokenize(morph, text, a, b))
        if not value:
            continue
        noun = f.groupdict().get("noun")
        if noun:
            token = tokenize(morph, text, f.start("noun"), f.end("noun"))
            own = object_lemma(token[0]) if token and forms(token[0]) else None
            counted = own or counted
        out.append(SectorValue(f.start("place"), f.end(), text[f.start("place"):f.end()], value,
                               counted, sector, None, via="ranked_by"))
    return out


counted_phrase = _counted  # "столько пекарен" (sector_so_many)

__all__ = ["counted_phrase", "ranked_by_counts"]
