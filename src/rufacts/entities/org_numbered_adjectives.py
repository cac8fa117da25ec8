"""A numbered body written in lower case whose adjectives the tagger left out: "В [окружной
избирательной] [комиссии № 94] заявили" -> окружная избирательная комиссия № 94 (as it takes them in
"участковой избирательной комиссии № 612"; "спортивной" + "школы олимпийского резерва № 6", the
number after the noun's lower-case genitive complement). The tagger's span opens with a lower-case noun and its
number ("№ 94") right after it; the lower-case adjectives before it that agree with the noun in case,
number and gender (no pronoun: "нашей", "этой") are the name's. Read by
:mod:`rufacts.components.entities` with :func:`.org_party_branches.party_branches`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from .institutions import NUMBER_SIGNS

MAX_ADJECTIVES = 3  # "окружной избирательной"


def _readings(text: str, pos: str) -> set[tuple]:
    return {(p.tag.case, p.tag.number, p.tag.gender) for p in get_morph().parse(text)
            if p.tag.POS == pos and "Apro" not in p.tag}


def _agrees(adjective: str, noun: str) -> bool:
    nouns = _readings(noun, "NOUN")
    return any(a == n or a[0] == n[0] and a[1] == n[1] == "plur" for a in _readings(adjective, "ADJF") for n in nouns)


def _complement_numbered(span: Span) -> bool:
    """The noun's lower-case genitive complement between it and the number in ``span`` ("школы
    олимпийского резерва № 6"; the town after the number too: "... № 4 города Якутска")."""
    sign = next((i for i in range(3, len(span) - 1) if span[i].text in NUMBER_SIGNS and span[i + 1].like_num), None)
    return sign is not None and all(t.is_lower and t.is_alpha and "Gen" in t.morph.get("Case") for t in span[1:sign])


def numbered_adjectives(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with such a numbered body's adjectives taken into it."""
    changed, out = False, []
    taken = {i for s in spans for i in range(s.start, s.end)}
    for s in spans:
        if s.label_ == "ORG" and len(s) >= 3 and s[0].is_lower and s[0].is_alpha and s[0].pos_ == "NOUN" \
                and (s[1].text in NUMBER_SIGNS and s[2].like_num or _complement_numbered(s)):
            k = s.start
            while k > 0 and s.start - k < MAX_ADJECTIVES and k - 1 not in taken and doc[k - 1].is_lower \
                    and doc[k - 1].is_alpha and _agrees(doc[k - 1].text, s[0].text):
                k -= 1
            if k < s.start:
                s = Span(doc, k, s.end, label="ORG")
                changed = True
        out.append(s)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
