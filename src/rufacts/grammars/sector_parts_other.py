""""один …, другой — …": the second part of a whole split into ones (w151, issue 11, the
family "counts carried over"; docs/gold-conventions.md, ``total``).

"заработали два завода: один выпускает кабель, другой — металлоконструкции": another reader
counts "один выпускает кабель" (1 of 2); the next clause opens with "другой" / "второй" /
"третий" (a pronoun that stands for one more of the same whole) and names its own industry,
with the verb left out ("— металлоконструкции", the sector a noun phrase with ОКВЭД codes) or
written ("другой производит краски", the verb's complement). That part is a count of 1 with the
first part's noun and total. A part naming no industry ("другой — в Твери", "другой
простаивает") is left alone: its sector would be the first part's, which is not the whole's.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from .okved import okved_codes
from .sector_context import object_lemma
from .sector_normal import sector_name
from .sector_words import any_grams as _pos
from .sector_words import forms, in_case, is_preposition, is_verb, lexicon, tokenize

_ONE = frozenset({"один", "одна", "одно"})
# ", другой — ЖБИ", "; второй выпускает …", ", а третий — …"
_NEXT = re.compile(r"\s*[,;]\s*(?:(?:а|и)\s+)?(?P<w>друг(?:ой|ая|ое)|втор(?:ой|ая|ое)|"
                   r"трет(?:ий|ья|ье))\s+(?P<dash>[—–]\s+)?(?P<rest>[^,.;:!?()—–«»]{2,80})",
                   re.IGNORECASE)
_PHRASE = frozenset({"ADJF", "NOUN"})


def _acronym(token) -> bool:
    return len(token.value) > 1 and token.value.isupper() and token.value.isalpha()


def _phrase(morph, rest: Sequence) -> Optional[str]:
    """The sector a noun phrase names, in the case its first word is in ("металлоконструкции",
    "вагоны метро", "ЖБИ"): only a phrase of adjectives and nouns, none of them a counted
    noun, that has ОКВЭД codes."""
    if not rest or is_preposition(rest[0]) or any(
            not _pos(t) & _PHRASE or object_lemma(t) for t in rest if not _acronym(t)):
        return None
    if len(rest) == 1 and _acronym(rest[0]):  # "— ЖБИ": an abbreviation as written
        name = rest[0].value
        return name if okved_codes(morph, name) else None
    for case in ("accs", "nomn", "gent", "ablt"):
        if in_case(rest[0], case):
            name = sector_name(morph, list(rest), case)
            if name and okved_codes(morph, name):
                return name
    return None


def _sector(morph, text: str, a: int, b: int, dashed: bool) -> Optional[str]:
    rest = tokenize(morph, text, a, b)
    if dashed:
        return _phrase(morph, rest)
    if not rest or not is_verb(rest[0]) or not any(
            f.normalized in lexicon().verbs for f in forms(rest[0])):
        return None  # "другой простаивает": no trade of its own
    return _phrase(morph, rest[1:])


def other_parts(morph, text: str, values: list) -> list:
    """``values`` and the "другой / второй …" parts after a part "один …" (docstring)."""
    if "друг" not in text and "втор" not in text and "трет" not in text:
        return values
    from .sectors import SectorValue

    out = list(values)
    for v in values:
        if v.count != 1 or not v.total or v.total < 2 \
                or text[v.start:v.stop].split(" ", 1)[0].lower() not in _ONE:
            continue
        end = re.compile(r"[.!?]|$").search(text, v.stop).start()
        at, made = v.start, 1
        while made < v.total:
            m = _NEXT.search(text, at, end)
            if m is None or any(at < w.start < m.start("w") for w in out if w is not v):
                break  # another count between: not this whole's part
            rest_end = m.end("rest")
            sector = _sector(morph, text, m.start("rest"), rest_end, bool(m.group("dash")))
            if sector is None or any(w.start <= m.start("w") < w.stop for w in out
                                     if w is not v):
                break
            out.append(SectorValue(m.start("w"), rest_end, text[m.start("w"):rest_end].strip(),
                                   1, v.object, sector, v.total, via="part"))
            at, made = rest_end, made + 1
    return out


__all__ = ["other_parts"]
