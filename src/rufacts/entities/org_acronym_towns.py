"""A club named by an acronym and its town, the town standing in the nominative whatever the slot:
"ГКС Тыхы стал чемпионом", "тренер ЛКС Лодзь", "ГКС Катовице обыграл" (Polish sports clubs: the
acronym of the club's kind, then the town, one name; orgclubs48).

The tagger takes the acronym alone as the organization and the town as a place (or nothing). An ORG
span of one all-capital Cyrillic word (no legal form: "ООО Лодзь" is a firm's form and its name) is
grown over the capitalized word right after it where that word is a town (a place span of its own,
or a place the dictionary knows; no country, ``lexicons/org_scope_countries.txt``: "генсека ФСЭГ
Россия представит" is the country's own clause) in no declined genitive ("МВД России", "МИД Польши" are the
bodies of a land, their own names' genitive owners) and no person's name follows it or holds it
("глава МИД Сергей Лавров", "председатель ЦИК Памфилова заявила"); the place span goes.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_list
from ..lexicons.legal import legal_form_table


def _acronym(token) -> bool:
    text = token.text
    return 2 <= len(text) <= 5 and text.isalpha() and text.isupper() and not text.isascii()


def _town(token, place: bool) -> bool:
    """A capitalized word that is a town in its nominative: a place span of its own or a place the
    dictionary knows, with no declined genitive reading."""
    text = token.text
    if not (text[:1].isupper() and not text.isupper() and all(p.isalpha() for p in text.split("-"))):
        return False
    parses = get_morph().parse(text)
    if any(p.normal_form in load_list("org_scope_countries.txt") for p in parses[:1]):
        return False  # "генсека ФСЭГ Россия представит": a country is a clause's subject, no club's town
    if any(p.tag.case == "gent" and "Fixd" not in p.tag.grammemes and "Geox" in p.tag.grammemes for p in parses):
        return False  # "России", "Польши": an owner's genitive
    if any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses[:1]):
        return False
    return place or any("Geox" in p.tag.grammemes and p.tag.case == "nomn" for p in parses)


def acronym_towns(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a one-word acronym ORG span grown over the town right after it."""
    grown: dict[tuple[int, int], Span] = {}
    dropped: set[tuple[int, int]] = set()
    for span in spans:
        if span.label_ != "ORG" or len(span) != 1 or not _acronym(span[0]) or span.end >= len(doc):
            continue
        if span[0].lower_ in legal_form_table():
            continue
        t = doc[span.end]
        if not t.is_title or t.whitespace_ == "" and span.end + 1 < len(doc) and not doc[span.end + 1].is_punct:
            continue
        nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
            continue  # "РФ Владимир Путин"
        others = [o for o in spans if o.start <= t.i < o.end]
        if any(o.label_ in ("PER", "ORG") for o in others) or any(len(o) > 1 for o in others):
            continue
        if not _town(t, any(o.label_ == "LOC" for o in others)):
            continue
        grown[(span.start, span.end)] = Span(doc, span.start, span.end + 1, label="ORG")
        dropped.update((o.start, o.end) for o in others)
    if not grown:
        return spans
    out = [grown.get((o.start, o.end), o) for o in spans if (o.start, o.end) not in dropped]
    return sorted(out, key=lambda o: (o.start, -o.end))
