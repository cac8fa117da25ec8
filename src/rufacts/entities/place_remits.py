"""A place inside a body's name is the place alone (w130).

- the tagger's place that runs on into a body's remit ("Министерство РФ по развитию
  местного самоуправления": the place "РФ по развитию ..."; "Совет при президенте России по
  развитию ..."): a place name never goes on with a lower-case preposition and a lower-case
  word, so the place is cut there ("РФ", "России"); "Франкфурт на Майне" and
  "Ростов-на-Дону" stay whole;
- the tagger's organization that holds a country or region name of the dictionary
  ("Агентство США по международному развитию", "Служба Канады по гражданству"): the
  place is a mention of its own inside it, as "ФТС России" holds "России".
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from .org_unit_owners import nested_orgs
from .doc_words import morph_values


def cut_place_remits(doc: Doc, spans: list[Span]) -> list[Span]:
    """Place spans cut before a lower-case preposition followed by a lower-case word; where
    the tagger's organization right before the place is one noun ("Бюро", "Агентство"), the
    noun, the place and the remit are one organization ("Бюро США по патентам и товарным
    знакам"; the place is nested in it later, see ``nested_places``)."""
    out: list[Span] = []
    for span in spans:
        if span.label_ == "LOC":
            cut = next((k for k in range(span.start + 1, span.end - 1)
                        if doc[k].pos_ == "ADP" and doc[k].is_lower and doc[k + 1].is_lower
                        and doc[k + 1].is_alpha), None)
            if cut is not None:
                head = out[-1] if out else None
                if head is not None and head.label_ == "ORG" and len(head) == 1 \
                        and head.end == span.start and head[0].pos_ == "NOUN":
                    out[-1] = Span(doc, head.start, span.end, label="ORG")
                    continue
                span = Span(doc, span.start, cut, label="LOC")
        out.append(span)
    return out


@lru_cache(maxsize=16_384)
def _geographic(word: str) -> bool:
    """A word whose likeliest reading is a place name the dictionary knows ("США", "России",
    "Франции", where a rarer reading is the element франций; not "Орла", "Мира", nor a guess
    for an unknown word)."""
    from ..grammars.morph import get_morph

    parses = get_morph().parse(word)
    return bool(parses) and "Geox" in parses[0].tag and parses[0].is_known and not any(
        {"Name", "Surn", "Patr", "Orgn"} & p.tag.grammemes for p in parses)


def nested_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """Place spans for the country or region names of the dictionary inside organization
    spans (not their first word), where no span of the article marks them yet, nor an
    organization nested there ("Евросоюза" in "комиссии Евросоюза": ``org_unit_owners``)."""
    covered_loc = {i for s in spans if s.label_ == "LOC" for i in range(s.start, s.end)} | nested_orgs(spans)
    extra = []
    for span in spans:
        if span.label_ != "ORG" or len(span) < 2:
            continue
        for token in span[1:]:
            i = token.i
            if i in covered_loc or not token.is_alpha or not token.text[:1].isupper() \
                    or "Gen" not in morph_values(token, "Case") or not _geographic(token.text):
                continue  # the body's owner in the genitive: "Служба Канады"
            start = i
            if i - 1 > span.start and doc[i - 1].pos_ == "ADJ" and doc[i - 1].text[:1].isupper() \
                    and "Gen" in morph_values(doc[i - 1], "Case"):
                start = i - 1  # "Южной Кореи", "Саудовской Аравии"
            extra.append(Span(doc, start, i + 1, label="LOC"))
            covered_loc.update(range(start, i + 1))
    return sorted(spans + extra, key=lambda s: (s.start, -s.end)) if extra else spans
