"""A body named by its members (read by :func:`rufacts.entities.org_name_extent.joined_orgs`): the
genitive plural of people after the head noun of an organization's name is part of it, and so is
a second one coordinated with "и" ("Центральное духовное управление" + "буддистов"; "Союз
садоводов" + "и огородников"; "Альянсе либералов" + "и демократов"); heads in
``lexicons/org_member_heads.txt``. Not a lone genitive after a nominative head where a verb or "не" follows: the
people may be the verb's fronted object ("Новый союз ветеранов не бросит"). The members' people and
its land after them are part of the name too ("Совет старейшин" + "балкарского народа", "Ассамблея
представителей" + "коренных малочисленных народов Севера"; ``lexicons/org_member_peoples.txt``).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lexicons import load_list


def _people(token: Token) -> bool:
    """A lower-case animate noun in the genitive plural ("буддистов", "огородников")."""
    morph = token.morph
    return token.is_alpha and token.is_lower and token.pos_ == "NOUN" and "Gen" in morph.get("Case") \
        and "Plur" in morph.get("Number") and "Anim" in morph.get("Animacy")


def _head(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in load_list("org_member_heads.txt")


MAX_ADJECTIVES = 3  # "коренных малочисленных" + "народов"


def _community_end(doc: Doc, start: int) -> int:
    """End of the members' people after them: lower-case genitive adjectives and a noun of
    ``lexicons/org_member_peoples.txt`` ("балкарского народа", "коренных малочисленных народов"),
    with the capitalized genitive of its land after it ("Севера"); ``start`` where none."""
    k = start
    while k < len(doc) and k - start < MAX_ADJECTIVES and doc[k].is_alpha and doc[k].is_lower \
            and doc[k].pos_ == "ADJ" and "Gen" in doc[k].morph.get("Case"):
        k += 1
    if k == start or k >= len(doc) or not doc[k].is_lower or "Gen" not in doc[k].morph.get("Case") \
            or doc[k].lemma_.lower() not in load_list("org_member_peoples.txt"):
        return start
    k += 1
    if k < len(doc) and doc[k].is_title and doc[k].pos_ in ("PROPN", "NOUN") and "Gen" in doc[k].morph.get("Case") \
            and not (k + 1 < len(doc) and doc[k + 1].text == ","):  # (a list of lands: the list rule's)
        k += 1
    return k


def members_end(doc: Doc, span: Span, taken: set[int]) -> int:
    """End of the ORG ``span`` grown by its members' genitive; ``span.end`` where none."""
    end = span.end
    if not span[0].text[:1].isupper() or end >= len(doc):
        return end
    if len(span) >= 2 and _people(span[-1]) and _head(span[-2]):
        stop = end  # "Союз садоводов": the tagger took the first group of members
    elif _head(span[-1]) and (span[-1].is_lower or len(span) == 1) and _people(doc[end]):
        stop = end + 1  # "Центральное духовное управление" + "буддистов"
    else:
        return end
    lone = stop > end
    if stop + 1 < len(doc) and doc[stop].lower_ == "и" and _people(doc[stop + 1]):
        stop += 2  # "и огородников"
    stop = _community_end(doc, stop)
    if stop == end or any(i in taken for i in range(end, stop)):
        return end
    after = doc[stop] if stop < len(doc) else None
    if lone and "Nom" in span[-1].morph.get("Case") and after is not None \
            and (after.pos_ in ("VERB", "AUX") or after.lower_ in ("не", "ни")):
        return end  # the subject before its fronted object
    return stop


def _genitive_place(span: Span | None) -> bool:
    """A place span in the genitive, by the tagger or the dictionary (the tagger's "Сибири" is a Loc)."""
    from ..grammars.morph import get_morph

    return span is not None and span.label_ == "LOC" and span[0].text[:1].isupper() and any(
        "Gen" in t.morph.get("Case") or any(p.tag.case == "gent" for p in get_morph().parse(t.text))
        for t in span if t.pos_ in ("NOUN", "PROPN"))


def land_lists(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a body's name that closes on its members' land carried on over a list of
    lands, commas and a closing "и" ("Ассоциации коренных малочисленных народов Севера" + ",
    Сибири и Дальнего Востока"), and the country after the list ("Российской Федерации"): the
    members (a lower-case genitive plural, "народов", "ветеранов") come right before the first land.
    Not a body of places ("правительства Москвы, Петербурга и Севастополя": no members between)."""
    starts = {s.start: s for s in spans if s.label_ == "LOC"}
    out, changed = [], False
    for span in spans:
        place = starts.get(span.end - 1) or next((p for p in starts.values() if p.end == span.end and
                                                  span.start < p.start), None)
        if span.label_ != "ORG" or place is None or place.start < span.start + 2 or place.end != span.end:
            out.append(span)
            continue
        before = doc[place.start - 1]
        if not (before.is_lower and before.pos_ == "NOUN" and "Plur" in before.morph.get("Number")
                and "Gen" in before.morph.get("Case")):
            out.append(span)
            continue
        k, closed = span.end, False
        while k + 1 < len(doc) and doc[k].text in (",", "и") and _genitive_place(starts.get(k + 1)):
            closed = doc[k].text == "и"
            k = starts[k + 1].end
            if closed:
                break
        if not closed:
            out.append(span)
            continue
        if _genitive_place(starts.get(k)):
            k = starts[k].end  # the country of the lands: "Российской Федерации"
        out.append(Span(doc, span.start, k, label="ORG"))
        changed = True
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
