"""One body named by two coordinated place adjectives: "Элистинской и Калмыцкой епархии",
"Омская и Тарская епархия", "Ярославской и Ростовской митрополии"; or by coordinated adjectives of
its remit, the first capitalized, the others lower-case, commas between ("Контрольного, этического и
дисциплинарного комитета УЕФА", "Этическая и дисциплинарная комиссия ФИДЕ"; orgclubs48).

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
    """The normal words of a name opened by "ADJ и ADJ" or "ADJ, ADJ и ADJ": each adjective
    normalized with the rest of the name ("Элистинской и Калмыцкой епархии" -> Элистинская и
    Калмыцкая епархия; "Контрольного, этического и дисциплинарного комитета УЕФА" -> Контрольный,
    этический и дисциплинарный комитет УЕФА); None for any other name."""
    if len(words) < 4 or not words[0][:1].isupper():
        return None
    m = 1
    while m + 1 < len(words) and words[m] == "," and words[m + 1].isalpha() and words[m + 1].islower():
        m += 2  # ", этического"
    if words[m:m + 1] != ["и"] or m + 2 >= len(words) or not (m > 1 or words[m + 1][:1].isupper()):
        return None
    rest = normalize(words[m + 1:])
    out = []
    for k in range(0, m, 2):
        out += [normalize([words[k], *words[m + 2:]])[0], ","]
    return [*out[:-1], "и", *rest]


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


def _chain_start(doc: Doc, span: Span) -> int | None:
    """The first token of the adjectives coordinated with the span's first before it: "ADJ и", or
    "ADJ, adj и" ("Контрольного, этического и [дисциплинарного комитета]", "Этическая и
    [дисциплинарная комиссия]"), the chain's first capitalized (a name's first word) and any word
    between lower-case; None where there are none."""
    s = span.start
    if s < 2 or not (span[0].pos_ == "ADJ" and span[0].is_alpha) or doc[s - 1].lower_ != "и":
        return None
    k = s - 2
    if not (doc[k].pos_ == "ADJ" and doc[k].is_alpha and _agree(doc[k], span[0])):
        return None
    while k >= 2 and doc[k].is_lower and doc[k - 1].text == "," and doc[k - 2].pos_ == "ADJ" \
            and doc[k - 2].is_alpha and _agree(doc[k - 2], span[0]):
        k -= 2
    return k if doc[k].text[:1].isupper() else None


def coordinated_adjective_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span grown over the adjectives coordinated with its first before it."""
    grown: dict[tuple[int, int], Span] = {}
    dropped: set[tuple[int, int]] = set()
    for span in spans:
        if span.label_ != "ORG":
            continue
        k = _chain_start(doc, span)
        if k is None or not _singular_head(span):
            continue
        s = span.start
        if any(o.label_ == "ORG" and o.start < s - 1 < o.end for o in spans):
            continue  # the adjective is in another body's name
        grown[(span.start, span.end)] = Span(doc, k, span.end, label="ORG")
        dropped.update((o.start, o.end) for o in spans if k <= o.start and o.end <= s)
    if not grown:
        return spans
    out = [grown.get((o.start, o.end), o) for o in spans if (o.start, o.end) not in dropped]
    return sorted(out, key=lambda o: (o.start, -o.end))
