"""A body's jurisdiction named as a city and its region: "Арбитражный суд Санкт-Петербурга
и Ленинградской области", "ГУ МВД по Москве и Московской области". The tagger ends the
organization at the city and makes the region a place of its own; the region joined by
"и" in the city's case is the rest of the body's name (one court, one police department).
Only a region ("область", "край"), or a place that makes one jurisdiction with the first
(``lexicons/joint_jurisdictions.txt``: "Высокий суд Англии и Уэльса"): "мэрии Москвы и Петербурга"
are two bodies.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

REGION_HEADS = {"область", "край"}


def _place_word(token) -> bool:
    """A word the dictionary knows as a place name ("Санкт-Петербурга", "Москве")."""
    from ..grammars.morph import get_morph
    return token.text[:1].isupper() and any("Geox" in p.tag.grammemes for p in get_morph().parse(token.text))


def _case(token) -> set[str]:
    """The cases the dictionary allows the word in, singular (the tagger's own case is
    less sure here: "области" after a genitive city may come out locative)."""
    from ..grammars.morph import get_morph
    return {p.tag.case for p in get_morph().parse(token.text) if p.tag.number != "plur"}


def _joint(place, region: Span) -> bool:
    """The place the body's name ends in and the place after "и" are one jurisdiction
    (``lexicons/joint_jurisdictions.txt``: "Англии и Уэльса")."""
    from ..grammars.morph import get_morph
    from ..lexicons import load_list
    if len(region) != 1:
        return False
    firsts = {p.normal_form for p in get_morph().parse(place.text)} | {place.lemma_.lower()}
    seconds = {p.normal_form for p in get_morph().parse(region[0].text)} | {region[0].lemma_.lower()}
    joint = load_list("joint_jurisdictions.txt")
    return any(f"{a} и {b}".replace("ё", "е") in joint for a in firsts for b in seconds)


def joint_regions(doc: Doc, spans: list[Span]) -> list[Span]:
    """ORG spans grown over "и" + a region in the case of the place they end in."""
    places = {s.start: s for s in spans if s.label_ == "LOC"}
    place_ends = {s.end for s in places.values()}
    out, changed = [], False
    for span in spans:
        end = span.end
        if span.label_ == "ORG" and len(span) > 1 and end + 1 < len(doc) and doc[end].lower_ == "и" \
                and end + 1 in places and (_place_word(doc[end - 1]) or end in place_ends):  # ("Моравии": a name to the dictionary)
            region = places[end + 1]
            head = region[-1]
            if head.lemma_.lower() in REGION_HEADS and _case(head) & _case(doc[end - 1]) \
                    or _joint(doc[end - 1], region):
                span = Span(doc, span.start, region.end, label="ORG")
                changed = True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


def bracketed_regions(doc: Doc, spans: list[Span]) -> list[Span]:
    """ORG spans ending in a place grown over the place's other name in brackets right after it,
    which is part of the region's official name: "Министерства финансов Республики Саха (Якутия)",
    "МВД по Республике Северная Осетия (Алания)", "Кемеровской области (Кузбасса)"; one to three
    capitalized words the tagger reads as a place."""
    places = {s.start: s for s in spans if s.label_ == "LOC"}
    ends = {s.end for s in spans if s.label_ == "LOC"}
    out, changed = [], False
    for span in spans:
        end = span.end
        if span.label_ == "ORG" and end in ends and end + 2 < len(doc) and doc[end].text == "(" \
                and end + 1 in places:
            inner = places[end + 1]
            if inner.end < len(doc) and doc[inner.end].text == ")" and len(inner) <= 3 \
                    and all(t.text[:1].isupper() or not t.is_alpha for t in inner):
                span = Span(doc, span.start, inner.end + 1, label="ORG")
                changed = True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
