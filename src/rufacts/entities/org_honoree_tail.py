"""An organization's name cut at "им." or "имени": the tagger ends the body at the word and reads
the honoree after it as a person of its own ("[Театра им.] [Йозефа Бойса]"). The name of a body
named after a person goes on to the end of that person's name (docs/gold-conventions.md: the
"имени" phrase is part of the name); the person span stays, as the honoree is a person mention
too; a second person after "и" in the genitive is a second honoree ("имени К. С.
Станиславского и В. И. Немировича-Данченко"). A name the tagger cut inside the honoree's initials
("имени Ю. А" + ". Гагарина", "и Вл" + ". И. Немировича-Данченко") goes on to the surname after
them (:func:`initials_cut_end`). A place in the genitive may stand between the body's noun and "имени"
("Молодёжного театра Алтая имени В. С. Золотухина"): the name goes on over it, and a person the
tagger opened at the place keeps the honoree only (:func:`named_persons`). Read by :func:`rufacts.entities.org_name_extent.joined_orgs`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .doc_words import morph_values
from .honoree import initial, initials_end
from .institutions import after_named

MAX_PERSON = 3  # words of the honoree: "А. В. Вишневского" (its dots apart from its initials or not)


def honoree_end(doc: Doc, org: Span, persons: dict[int, Span]) -> int | None:
    """End of the person right after ``org`` when ``org`` ends at "имени"/"им." (its dot inside
    or right after it); None where it does not."""
    start = after_named(doc, org.end - 1)  # ("им" without its dot is a pronoun)
    if start is None:  # "Молодёжного театра" (+ "Алтая") + "имени ...": the place after the noun
        place = _place_before_named(doc, org.end)
        if place is None and len(org) > 2 and org.end in (_place_before_named(doc, org.end - 1),
                                                          _place_before_named(doc, org.end - 2)):
            place = org.end
        start = after_named(doc, place) if place is not None else None
    if start is None:
        return None
    person = persons.get(start)
    if person is None or sum(t.is_alpha for t in person) > MAX_PERSON or not person[-1].text[:1].isupper() \
            or any(t.is_sent_start for t in person):
        return None
    return person.end


def _place_before_named(doc: Doc, k: int) -> int | None:
    """Index after a capitalized place in the genitive at ``k`` that "имени"/"им." follows (the
    region of a body named after a person: "театр" + "Алтая" + "имени В. С. Золотухина", "+ "Курской
    области" + "имени ..."); None where none stands there."""
    if k >= len(doc) or not doc[k].is_alpha or not doc[k].is_title or "Gen" not in morph_values(doc[k], "Case"):
        return None
    j = k + 1
    if doc[k].pos_ == "ADJ" and j < len(doc) and doc[j].is_lower and doc[j].pos_ == "NOUN" \
            and "Gen" in morph_values(doc[j], "Case"):
        j += 1  # "Курской" + "области"
    return j if after_named(doc, j) is not None else None


def named_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each person that the tagger opened at a capitalized word before
    "имени"/"им." ("[Алтая имени В. С. Золотухина]") cut to the honoree after it: the words before
    are the place of the body named after the person (:func:`honoree_end`)."""
    out, changed = [], False
    for span in spans:
        named = next((after_named(doc, t.i) for t in span[1:] if t.lower_ in ("имени", "им")), None) \
            if span.label_ == "PER" and len(span) > 2 else None
        if named is not None and span.start < named < span.end and _place_before_named(doc, span.start) is not None:
            span, changed = Span(doc, named, span.end, label="PER"), True
        out.append(span)
    return out if changed else spans


MAX_TITLE = 4  # words of the honoree's title: "заслуженного врача РСФСР", "генерала армии"


def titled_honoree_end(doc: Doc, org: Span, persons: dict[int, Span]) -> int | None:
    """End of the honoree after a title when ``org`` ends at "имени"/"им." or inside the title that
    follows it ("имени" + "профессора" + "С. В. Очаповского", "имени заслуженного врача России" +
    "Е. М. Чучкалова"): the title is lower-case words, then at most the country or body they belong
    to in capitals ("России", "РСФСР"); None where no person follows the title."""
    named = next((after_named(doc, t.i) for t in org if t.lower_ in ("имени", "им", "им.")), None)
    if named is None or named > org.end:
        return None
    k, lower = named, 0
    while k < len(doc) and k - named < MAX_TITLE and doc[k].is_alpha and doc[k].is_lower:
        k, lower = k + 1, lower + 1
    if lower == 0:
        return None
    if k < org.end or k not in persons:  # "врача" + "России" / "РСФСР": the title's country
        if k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper() and k + 1 in persons \
                and (doc[k].text.isupper() or "Gen" in doc[k].morph.get("Case")):
            k += 1
        else:
            return None
    if k < org.end:
        return None
    person = persons[k]
    if sum(t.is_alpha for t in person) > 3 or not person[-1].text[:1].isupper() \
            or any(t.is_sent_start for t in person):
        return None  # ("С. В. Очаповского": three words, five tokens with their dots)
    return person.end


def second_honoree_end(doc: Doc, org: Span, persons: dict[int, Span]) -> int | None:
    """End of a second honoree after "и" right after a name "имени" + a person ends ("имени К. С.
    Станиславского" + "и В. И. Немировича-Данченко"): a person in the genitive; None else."""
    if org.end + 1 >= len(doc) or doc[org.end].lower_ != "и" or not any(t.lower_ in ("имени", "им") for t in org):
        return None
    second = persons.get(org.end + 1)
    if second is None or sum(t.is_alpha for t in second) > 3 or not second[-1].text[:1].isupper() \
            or "Gen" not in second[-1].morph.get("Case") or any(t.is_sent_start for t in second):
        return None
    return second.end


def first_honoree(doc: Doc, org: Span, persons: dict[int, Span]) -> Span | None:
    """The first honoree of ``org`` (its name ending in that person, before a second honoree joins
    it) as a person span where none stands there: its capitalized words and initials after
    "имени"/"им." and any lower-case titles ("имени академика")."""
    named = next((after_named(doc, t.i) for t in org if t.lower_ in ("имени", "им", "им.")), None)
    if named is None:
        return None
    while named < org.end and doc[named].is_alpha and doc[named].is_lower:
        named += 1
    if named >= org.end or named in persons or not all(
            t.text == "." or t.is_alpha and t.text[:1].isupper() or "-" in t.text and t.text[:1].isupper()
            for t in doc[named:org.end]):
        return None
    return Span(doc, named, org.end, label="PER")




def initials_cut_end(doc: Doc, org: Span) -> int | None:
    """End of the honoree's surname when ``org``, named after a person ("имени", "им."), ends at an
    initial of one or two letters ("Ю", "Вл") whose dot, further initials and the capitalized
    surname follow; None else."""
    if not initial(org[-1]) or not any(t.lower_ in ("имени", "им") for t in org[:-1]):
        return None
    k = org.end
    if k >= len(doc) or doc[k].text != ".":
        return None
    k = initials_end(doc, k + 1)  # "И" + "."
    surname = doc[k] if k < len(doc) else None
    if surname is None or not surname.text[:1].isupper() or not surname.text.replace("-", "").isalpha() \
            or len(surname.text) < 3 or surname.text.isupper() or surname.pos_ not in ("PROPN", "NOUN", "ADJ"):
        return None  # (the sentence splitter may start a sentence at the surname after a dot)
    return k + 1


def _initials_piece(span: Span) -> bool:
    """``span`` is initials and a surname only ("И. Немировича-Данченко")."""
    return len(span) >= 3 and initial(span[0]) and span[1].text == "." and all(
        initial(t) or t.text == "." for t in span[:-1])


def initials_cut_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with each organization cut inside its honoree's initials grown to the surname; the
    rest of the initials read as a body of their own inside it ("И. Немировича-Данченко") dropped."""
    out, changed = [], False
    for span in spans:
        end = initials_cut_end(doc, span) if span.label_ == "ORG" else None
        if end is not None and not any(span.end <= s.start < end < s.end for s in spans):
            span, changed = Span(doc, span.start, end, label="ORG"), True
        out.append(span)
    kept = [s for s in out if not (s.label_ == "ORG" and _initials_piece(s) and any(
        o.label_ == "ORG" and o.start < s.start and s.end <= o.end for o in out))]
    if not changed and len(kept) == len(out):
        return spans
    return sorted(kept, key=lambda s: (s.start, -s.end))
