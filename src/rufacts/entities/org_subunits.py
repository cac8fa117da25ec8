"""Organizations named by their type word, unquoted: the units of an institution named by their
field and bodies the tagger read with a word before them.

- :func:`field_adjective_units`: a unit of a university named by the adjective of its field alone,
  in lower case ("студенты исторического факультета"). A noun of ``lexicons/org_field_units.txt``
  (not marked "-") in the singular,
  that no span covers, with one or two lower-case adjectives before it that agree with it, the
  nearest a relative adjective of a field (its lemma ending in -ческий or -ский: "исторический",
  "медицинский", hyphenated "механико-математический", or one whose first part is a field's in "-ико"
  ("историко-архивный"); not "новый", "наш"; or one of ``lexicons/org_field_adjectives.txt``: "лечебный"). Units named with a genitive field ("кафедра уголовного
  процесса") are :mod:`rufacts.entities.bodies`'s (``lexicons/body_heads.txt``, "+").
- :func:`lead_cuts`: a tagger's organization opening with a lead noun (a unit, a post, a thing of an
  organization: :func:`rufacts.entities.org_lead_nouns.lead_nouns`) that
  :func:`rufacts.entities.org_lead_nouns.without_lead_nouns` leaves whole, because the name after it is
  no capitalized one of its own: a lone body noun of ``lexicons/org_descriptors.txt`` in the genitive
  with the place after it ("[Пресс-служба акимата] [Павлодарской области]" -> "акимата", which the
  descriptor rules join to its place), or an institution whose noun is bound to its adjective
  (``institution_nouns.txt`` "<": "[Грузооборот Туапсинского морского торгового порта]" -> the порт).
- :func:`role_owner_places`: a body ending in a post takes in the place after it where the tagger
  read the place's unknown adjective in another case ("аппарата акима" + "Мангистауской области");
  so does a body named by its field in lower-case genitive words before a district or a region it
  serves, an adjective and a territory's noun ("отдела опеки" + "Кировского района", "отдел
  образования" + "Советского района"): the territory is part of the name, as it is in "Собрание
  представителей Сызранского района" (docs/gold-conventions.md).
- :func:`without_owner_only_units`: a unit followed by its owner's common noun alone has no name
  ("лаборатории университета").
Read by :mod:`rufacts.components.entities`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .bodies import adjectives_before
from .geo import folded_lemma_positions
from .org_ward_units import ward_units
from .org_field_genitives import field_genitive_units
from .institutions import bound_adjectives
from .org_lead_nouns import body_nouns, lead_nouns

TERRITORIES = frozenset({"район", "округ", "область", "край", "поселение", "улус"})  # a unit's territory
FIELD_ENDINGS = ("ческий", "ский")  # "исторический", "юридический", "медицинский"
FIELD_COMPOUNDS = ("ико",)  # the first part of two fields' adjective: "историко-архивный", "химико-технологический"
MAX_LEAD = 2


def _field_adjective(token) -> bool:
    lemma = folded_lemma(token)  # "лечебный": a field's adjective of lexicons/org_field_adjectives.txt
    return token.is_lower and token.text.replace("-", "").isalpha() and (lemma.endswith(FIELD_ENDINGS) or lemma in load_list("org_field_adjectives.txt")
                                                                      or "-" in lemma and lemma.split("-")[0].endswith(FIELD_COMPOUNDS))


def _units() -> dict[str, bool]:
    """Unit noun lemma -> whether the adjective of its field alone names it (not "-")."""
    return {e.split()[0]: "-" not in e.split()[1:] for e in load_list("org_field_units.txt")}


def field_adjective_units(doc: Doc, spans: list[Span]) -> list[Span]:
    """New ORG spans: "<field adjective> <unit noun>" ("исторического факультета"), and a hospital's ward
    named by its field (:func:`rufacts.entities.org_ward_units.ward_units`)."""
    units = {noun for noun, named in _units().items() if named}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for i in folded_lemma_positions(doc, units):  # (folded_lemma's test, by look-ups)
        token = doc[i]
        if i == 0 or i in taken or token.pos_ != "NOUN" or not token.is_lower or "Plur" in token.morph.get("Number"):
            continue
        start = adjectives_before(doc, i, taken)
        if start == i or not _field_adjective(doc[i - 1]) or i - start > 2:
            continue
        out.append(Span(doc, start, i + 1, label="ORG"))
        taken.update(range(start, i + 1))
    out += field_genitive_units(doc, spans + out)  # "кафедру технологии переработки молока" the tagger misread
    return out + ward_units(doc, spans + out)  # "отделения реанимации" (entities/org_ward_units.py)


def _lead_length(span: Span) -> int:
    """How many words of ``span`` are its lead noun and the adjectives before it; 0 where none."""
    leads = lead_nouns()
    for k, token in enumerate(span[:MAX_LEAD + 1]):
        if not (token.is_lower or token.is_sent_start) or not token.text.replace("-", "").isalpha():
            return 0
        if token.pos_ == "NOUN" and folded_lemma(token) in leads:
            return k + 1
        if token.pos_ != "ADJ":
            return 0
    return 0


def _body_before_place(doc: Doc, rest: Span, spans: list[Span]) -> bool:
    """A lone lower-case body noun in the genitive with a place or an organization right after it."""
    if len(rest) != 1:
        return False
    noun = rest[0]
    return noun.is_lower and noun.pos_ in ("NOUN", "PROPN") and "Gen" in noun.morph.get("Case") \
        and folded_lemma(noun) in load_list("org_descriptors.txt") \
        and any(s.start == rest.end and s.label_ in ("LOC", "ORG") for s in spans)


def _bound_institution(rest: Span) -> bool:
    """Capitalized adjectives and a noun bound to the adjective right before it, in the genitive
    ("Туапсинского морского торгового порта")."""
    bound = bound_adjectives()
    noun = rest[-1]
    return len(rest) >= 2 and rest[0].text[:1].isupper() and all(t.pos_ == "ADJ" for t in rest[:-1]) \
        and noun.is_lower and "Gen" in noun.morph.get("Case") and folded_lemma(noun) in bound \
        and folded_lemma(rest[-2]) in bound[folded_lemma(noun)]


def _infinitive(token) -> bool:
    from ..grammars.morph import get_morph

    return token.is_alpha and all(p.tag.POS == "INFN" for p in get_morph().parse(token.lower_)[:1])


def lead_cuts(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the lead noun cut off the organizations it opens as above, and an infinitive the
    tagger ran into a unit's name at a sentence's start ("[Возглавить отдел теоретической физики]
    пригласили ..." -> the отдел)."""
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and len(span) > 2 and span[0].pos_ == "VERB" and span[1].is_lower \
                and _infinitive(span[0]):
            span, changed = Span(doc, span.start + 1, span.end, label="ORG"), True
        k = _lead_length(span) if span.label_ == "ORG" and len(span) > 1 else 0
        if k and k < len(span) and (_body_before_place(doc, span[k:], spans) or _bound_institution(span[k:])
                                     and folded_lemma(span[k - 1]) not in load_list("org_unit_heads.txt")):
            # (a unit before the institution is its own, one name: "Дирекции Клайпедского ... морского порта")
            out.append(Span(doc, span.start + k, span.end, label="ORG"))
            changed = True
            continue
        out.append(span)
    return out if changed else spans


def _genitive_place(span: Span) -> bool:
    """Every word of a place with a genitive reading to the analyzer, where the tagger read its
    unknown adjective otherwise ("Мангистауской области" as an instrumental noun and a locative)."""
    from ..grammars.morph import get_morph

    morph = get_morph()
    return all(t.is_alpha and any(p.tag.case == "gent" for p in morph.parse(t.text)) for t in span)


def _territory(span: Span) -> bool:
    """A district or a region by its adjectives: "Кировского района", "Курской области",
    "Зеленодольского муниципального района", "Уссурийского городского округа"."""
    return 2 <= len(span) <= 4 and all(t.pos_ == "ADJ" for t in span[:-1]) and span[0].text[:1].isupper() \
        and span[-1].is_lower and folded_lemma(span[-1]) in TERRITORIES and "Sing" in span[-1].morph.get("Number")


def _field_words(body: Span) -> bool:
    """A body noun and lower-case genitive words of its field after it: "отдела опеки"."""
    return len(body) > 1 and all((t.is_lower or t.is_sent_start) and t.is_alpha for t in body) \
        and body[-1].pos_ == "NOUN" and "Gen" in body[-1].morph.get("Case")


def role_owner_places(doc: Doc, bodies: list[Span], spans: list[Span]) -> list[Span]:
    """``bodies`` with the place taken in after a body that ends in a post
    ("аппарата акима" + "Мангистауской области"), as :func:`rufacts.entities.bodies.body_spans`
    takes in a place it reads as a genitive ("аппарат губернатора Тверской области"), and the
    district or region after a body named by its field ("отдела опеки" + "Кировского района")."""
    roles = load_list("role_words.txt")
    places = {s.start: s for s in spans if s.label_ == "LOC"}
    out = []
    for body in bodies:
        place = places.get(body.end)
        if place is not None and len(body) > 1 and body[-1].is_lower and folded_lemma(body[-1]) in roles \
                and _genitive_place(place):
            body = Span(doc, body.start, place.end, label=body.label_)
        elif place is not None and _field_words(body) and _territory(place) and _genitive_place(place):
            body = Span(doc, body.start, place.end, label=body.label_)
        out.append(body)
    return out


def without_owner_only_units(bodies: list[Span]) -> list[Span]:
    """``bodies`` but a unit of ``lexicons/org_field_units.txt`` followed by its owner's common noun
    alone ("лаборатории университета", "кафедры вуза"): no name of its own."""
    units = _units()
    out = []
    for body in bodies:
        head = next((k for k, t in enumerate(body) if folded_lemma(t) in units), None)
        rest = body[head + 1:] if head is not None else None
        if rest is not None and len(rest) == 1 and rest[0].is_lower and rest[0].pos_ == "NOUN" \
                and folded_lemma(rest[0]) in body_nouns():
            continue
        out.append(body)
    return out
