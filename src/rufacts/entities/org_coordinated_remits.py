"""Where a body's field ends: a second field after "и" goes on the name, a second group of people does
not; a council's members after its head do.

- :func:`unit_remit_ands`: a unit named by its type and field (a lower-case body noun opening the span,
  as the body rules build it: "отдел лесного контроля") takes in "и" and a second field the tagger's
  rules leave out ("отдел лесного контроля и надзора", "отдел земельного контроля и надзора"): after
  the span's last noun (a lower-case genitive), "и", up to three lower-case genitive adjectives and a
  noun of the same number, no person, no genitive after it, no body's noun unless it names a field
  (``lexicons/institution_fields.txt``: "надзор"; not "отдела полиции и прокуратуры": two bodies). Read among the
  last passes, before :func:`.org_about_tails.about_tails` ("отделение химии и наук" + "о материалах").
- :func:`people_and_cuts`: a name closed by a field in the singular ("академия танца") does not go on
  over "и" and a plural noun of people ("и художников", "и студентов"): a second genitive of the
  clause ("работы студентов академии танца и художников из Бурятии"), not a second field
  (docs/gold-conventions.md: the name stops at a second body or a person). Fields of living things
  of one number stay ("Институт экологии растений и животных"). Read among the repairs, before
  :func:`.org_genitive_and.genitive_and_tails`; :func:`people_after` stops the chain of
  :mod:`.org_descriptive_phrases` there too.
- :func:`member_tails`: a capitalized name closed by a lower-case head of members
  (``lexicons/org_member_heads.txt``: совет, союз, ассоциация) in the singular takes in the members'
  noun right after it in the genitive plural, people or bodies ("Кемеровский областной совет" +
  "профсоюзов", "Ассоциация" + "банков"), where no genitive word goes on after it (the tagger's
  span stops before a member noun that is no person). Read among the last passes.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from .doc_words import morph_values
from ..grammars.morph import get_morph
from ..lexicons import load_list
from .org_lead_nouns import body_nouns

MAX_ADJECTIVES = 3  # "и профилактической работы"


def _unit_head(token: Token) -> bool:
    """A lower-case body noun (or one opening its sentence) opening a unit's span."""
    return token.pos_ == "NOUN" and (token.is_lower or token.is_sent_start and token.text[1:].islower()) \
        and folded_lemma(token) in body_nouns()


def _second_field_end(doc: Doc, span: Span, taken: set[int]) -> int | None:
    """End of "и" and a second field after ``span``'s last noun, or None."""
    last, k = span[-1], span.end + 1
    if not _field(last):
        return None
    while k < len(doc) and k - span.end - 1 < MAX_ADJECTIVES and doc[k].is_lower and doc[k].pos_ == "ADJ" \
            and "Gen" in morph_values(doc[k], "Case"):
        k += 1
    if k >= len(doc) or k in taken or not _field(doc[k]) or "Anim" in morph_values(doc[k], "Animacy") \
            or morph_values(doc[k], "Number") != morph_values(last, "Number"):
        return None
    lemma = folded_lemma(doc[k])
    if lemma in body_nouns() and lemma not in load_list("institution_fields.txt"):
        return None
    if k + 1 < len(doc) and doc[k + 1].is_lower and doc[k + 1].pos_ in ("NOUN", "ADJ") \
            and "Gen" in morph_values(doc[k + 1], "Case"):
        return None  # the phrase goes on: the name's only as far as a field's
    return k + 1


def unit_remit_ands(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each unit named by its field grown over "и" and a second field."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and len(span) >= 2 and span.end + 1 < len(doc) and doc[span.end].lower_ == "и" \
                and _unit_head(span[0]):
            end = _second_field_end(doc, span, taken)
            if end is not None:
                span = Span(doc, span.start, end, label="ORG")
                taken.update(range(span.start, end))
                changed = True
        out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans


def _field(token: Token) -> bool:
    return token.is_alpha and token.is_lower and token.pos_ == "NOUN" and "Gen" in morph_values(token, "Case")


def _people(token: Token) -> bool:
    """A lower-case plural noun of people in the genitive ("художников")."""
    return _field(token) and "Anim" in morph_values(token, "Animacy") and "Plur" in morph_values(token, "Number")


def people_after(field: Token, second: Token) -> bool:
    """A singular field ("танца"; "акварели", the tagger's plural nominative, by the dictionary's reading)
    and, after "и", a plural noun of people ("художников"): no second field."""
    return _people(second) and field.is_alpha and field.is_lower and field.pos_ == "NOUN" and (
        "Gen" in morph_values(field, "Case") and "Sing" in morph_values(field, "Number")
        and "Inan" in morph_values(field, "Animacy") or any(
            p.tag.POS == "NOUN" and p.tag.case == "gent" and p.tag.number == "sing" and "inan" in p.tag
            for p in get_morph().parse(field.lower_)))


def people_and_cuts(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an organization cut before "и" and a plural noun of people after its singular field."""
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and len(span) >= 4:
            for k in range(2, len(span) - 1):
                field, conj, second = span[k - 1], span[k], span[k + 1]
                if conj.lower_ == "и" and people_after(field, second) and any(t.pos_ == "NOUN" and folded_lemma(t) in body_nouns() for t in span[:k - 1]):
                    span = Span(doc, span.start, span.start + k, label="ORG")
                    changed = True
                    break
        out.append(span)
    return out if changed else spans


def _members(token: Token) -> bool:
    """A lower-case genitive plural of people or of bodies ("ветеранов", "профсоюзов")."""
    return _people(token) or _field(token) and "Plur" in morph_values(token, "Number") \
        and folded_lemma(token) in body_nouns()


def member_tails(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a capitalized name closed by a head of members grown over the members' noun."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    heads = load_list("org_member_heads.txt")
    out, changed = [], False
    for span in spans:
        end, last = span.end, span[-1]
        if span.label_ == "ORG" and len(span) >= 2 and end < len(doc) and end not in taken \
                and span[0].text[:1].isupper() and last.is_lower and last.pos_ == "NOUN" \
                and "Sing" in morph_values(last, "Number") and folded_lemma(last) in heads and _members(doc[end]) \
                and not (end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].pos_ in ("NOUN", "ADJ")
                         and "Gen" in morph_values(doc[end + 1], "Case")):
            span, changed = Span(doc, span.start, end + 1, label="ORG"), True
        out.append(span)
    return out if changed else spans
