"""One body named by two coordinated place adjectives: "Элистинской и Калмыцкой епархии",
"Омская и Тарская епархия", "Ярославской и Ростовской митрополии".

The tagger takes the second adjective with the head noun as the name and the first, alone, as a
place (or nothing). Where an ORG span opens with a capitalized adjective, "и" and a capitalized
adjective of the same case before it, and the span's head noun is singular (one body; "Калужская и
Тульская епархии" are two), the first adjective and "и" are the start of the name; a place span of
that adjective alone goes.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph


def _adjective(token: Token) -> bool:
    return token.pos_ == "ADJ" and token.text[:1].isupper() and token.is_alpha


def _ending(token: Token) -> str:
    return token.lower_[-2:].replace("ы", "и")


def _agree(a: Token, b: Token) -> bool:
    """Two adjectives of one inflection (the tagger's case of -ой/-ей forms is a guess): the same
    ending, "-ый"/"-ий" alike."""
    return _ending(a) == _ending(b) and "Plur" not in a.morph.get("Number")


def coordinated_words(words: list[str], normalize) -> list[str] | None:
    """The normal words of a name opened by "ADJ и ADJ": each adjective normalized with the rest
    of the name ("Элистинской и Калмыцкой епархии" -> Элистинская и Калмыцкая епархия); None for
    any other name."""
    if len(words) < 4 or words[1] != "и" or not words[0][:1].isupper() or not words[2][:1].isupper():
        return None
    rest = normalize(words[2:])
    first = normalize([words[0], *words[3:]])
    return [first[0], "и", *rest]


def _singular_head(span: Span) -> bool:
    """The span's head noun is singular, and singular in a case its adjective has too: "Тульская
    епархии" is no singular ("епархии" is the genitive singular, "Тульская" nominative: the plural
    head of "Калужская и Тульская епархии", two bodies)."""
    nouns = [t for t in span if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or "Sing" not in nouns[0].morph.get("Number"):
        return False
    morph = get_morph()
    cases = {p.tag.case for p in morph.parse(span[0].text) if p.tag.POS in ("ADJF", "PRTF") and p.tag.number == "sing"}
    return any(p.tag.case in cases for p in morph.parse(nouns[0].text)
               if p.tag.POS == "NOUN" and p.tag.number == "sing") or not cases


def coordinated_adjective_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span grown over a coordinated adjective before it."""
    grown: dict[tuple[int, int], Span] = {}
    dropped: set[tuple[int, int]] = set()
    for span in spans:
        s = span.start
        if span.label_ != "ORG" or s < 2 or not _adjective(span[0]) or doc[s - 1].lower_ != "и":
            continue
        first = doc[s - 2]
        if not _adjective(first) or not _agree(first, span[0]) or not _singular_head(span):
            continue
        if any(o.label_ == "ORG" and o.start < s - 1 < o.end for o in spans):
            continue  # the adjective is in another body's name
        grown[(span.start, span.end)] = Span(doc, s - 2, span.end, label="ORG")
        dropped.update((o.start, o.end) for o in spans if o.label_ != "ORG" and s - 2 <= o.start and o.end <= s)
    if not grown:
        return spans
    out = [grown.get((o.start, o.end), o) for o in spans if (o.start, o.end) not in dropped]
    return sorted(out, key=lambda o: (o.start, -o.end))
