"""Bodies named after a person or an event: the head, "имени"/"им." and the honoree are one name
(orgnamed46; docs/gold-conventions.md: the "имени" phrase is part of a descriptive name).

The honoree after "имени" is read by :func:`rufacts.entities.honoree.honoree_stop` (titles, then
initials and a surname, capitalized genitive words or an "N-летия" event). The head before
"имени" (:func:`head_start`) is a noun of ``lexicons/org_honoree_heads.txt`` or of
``lexicons/institution_nouns.txt`` (lemma) or an institution's acronym (``org_abbreviation_genders.tsv``,
``org_kind_acronym_fields.txt``), with its number ("ГКБ № 57"), a lower-case genitive complement
("парк культуры и отдыха", "НМИЦ психиатрии и неврологии") and the adjectives agreeing with it
("рыболовецкого колхоза", "Новосибирского театрального училища").

- An organization over the head ending before the honoree's end (at "имени", in the complement, in the
  honoree's initials) goes on to the honoree's end ("[НМИЦ психиатрии и неврологии имени] В. М.
  Бехтерева", "[ГКБ № 57 имени Д. Д]. Плетнёва").
- An organization going on past the honoree with a preposition ends there ("... имени М. П. Мусоргского
  [по классу скрипки]": the tail belongs to the verb).
- An organization opening with a common noun before the head ("[Бригады] рыболовецкого колхоза
  имени Беринга", "[Хирурги] ГКБ № 31 ...") starts at the head's phrase.
- No organization there: the head's phrase and the honoree make one ("в рыболовецком колхозе имени
  50-летия Октября", "шахты имени Засядько"); spans inside it give way, but a person (the honoree
  is a person mention too) and one across its edge stand (then nothing is added). A lower-case head
  whose honoree an organization elsewhere in the doc names is left to coreference, as
  :mod:`rufacts.entities.institutions` leaves it ("театра имени Марии Ермоловой" and "Московский
  драматический театр им. М. Н. Ермоловой").
Read by :mod:`rufacts.entities.span_passes` as the last pass.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import lower_positions, morph_values
from .institutions import NUMBER_SIGNS, _honoree_named_elsewhere, after_named, institution_heads
from .org_abbrev_heads import abbreviation_readings
from .org_acronym_fields import _kinds as acronym_kinds
from .honoree import honoree_stop

MAX_COMPLEMENT = 4  # lower-case genitive words between the head and "имени": "культуры и отдыха"
MAX_ADJECTIVES = 4  # adjectives before the head: "Новосибирского театрального"
NAMED = frozenset({"имени", "им", "им."})
OBLIQUE = frozenset({"Gen", "Dat", "Loc"})  # a complement's genitive ("травматологии" read as a locative too)


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(load_list("org_honoree_heads.txt")) | institution_heads()


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    return frozenset(abbreviation_readings()) | acronym_kinds()


def _is_head(token: Token) -> bool:
    """An institution's acronym or a head noun: the tagger's lemma, or the analyzer's where the
    tagger misread the noun ("парке" read as "парка")."""
    if token.text in _acronyms():
        return True
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_alpha:
        return False
    heads = _heads()
    return folded_lemma(token) in heads or any(
        p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in heads for p in get_morph().parse(token.lower_))


def _agrees(token: Token, head: Token) -> bool:
    return token.pos_ == "ADJ" and token.text.replace("-", "").isalpha() \
        and morph_values(token, "Case") == morph_values(head, "Case") \
        and morph_values(token, "Number") == morph_values(head, "Number")


def head_start(doc: Doc, i: int) -> tuple[int, int] | None:
    """(start of the head's phrase, the head's index) before "имени" at ``i``; None where no head
    stands there (see the module)."""
    k = i
    if k >= 2 and doc[k - 1].like_num and doc[k - 2].text in NUMBER_SIGNS:
        k -= 2  # "ГКБ № 57"
    for h in range(k - 1, max(k - 2 - MAX_COMPLEMENT, -1), -1):
        token = doc[h]
        if _is_head(token):
            break
        if not (token.is_lower and token.is_alpha and (token.lower_ == "и" or set(morph_values(token, "Case")) & OBLIQUE)):
            return None
    else:
        return None
    if h < k - 1 and (token.text in _acronyms()) is False and doc[h + 1].lower_ == "и":
        return None
    start = h
    upper = token.text in _acronyms()
    while start > 0 and h - start < MAX_ADJECTIVES and _agrees(doc[start - 1], token) \
            and (not upper or doc[start - 1].text[:1].isupper()):
        start -= 1
    return start, h


def _common_lead(doc: Doc, span: Span, start: int) -> bool:
    """The words of ``span`` before ``start`` are common nouns governing the head's phrase in the
    genitive, no name ("Бригады", "Хирурги"; a body's noun only in the plural: "Бригады")."""
    return ("Gen" in morph_values(doc[start], "Case") or doc[start].text in _acronyms()) and all(
        t.pos_ == "NOUN" and (t.is_lower or t.is_sent_start) and t.text not in _acronyms()
        and ("Plur" in morph_values(t, "Number") or not _is_head(t)) for t in doc[span.start:start])


def honoree_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the bodies named after a person or an event whole (see the module)."""
    found = lower_positions(doc, NAMED)
    if not found:
        return spans
    out = list(spans)
    changed = False
    for i in found:
        j = after_named(doc, i)
        if j is None:
            continue
        stop = honoree_stop(doc, j)
        head = head_start(doc, i) if stop is not None else None
        if head is None:
            continue
        start, h = head
        orgs = [s for s in out if s.label_ == "ORG" and s.start <= h < s.end]
        if len(orgs) > 1:
            continue
        if orgs:
            org = orgs[0]
            if org.end == stop:
                if org.start < start and _common_lead(doc, org, start):
                    new = Span(doc, start, stop, label="ORG")
                else:
                    continue
            elif org.end < stop or org.end > stop and doc[stop].pos_ == "ADP" and doc[stop].is_lower:
                lead = start if org.start < start and _common_lead(doc, org, start) else org.start
                if any(s is not org and s.start < stop < s.end and s.label_ != "PER" for s in out):
                    continue
                new = Span(doc, lead, stop, label="ORG")
            else:
                continue
            out = [s for s in out if s is not org and not (
                s.label_ == "ORG" and new.start <= s.start and s.end <= new.end and s.end <= i)]
        else:
            if any(s.start < start < s.end or s.start < stop < s.end for s in out) \
                    or doc[start].is_lower and _honoree_named_elsewhere(doc, out, stop):
                continue  # ("театра имени Марии Ермоловой" before "театр им. М. Н. Ермоловой": coref's)
            out = [s for s in out if not (start <= s.start and s.end <= stop and s.label_ != "PER"
                                          and s.end <= i)]
            new = Span(doc, start, stop, label="ORG")
        out.append(new)
        changed = True
    if not changed:
        return spans
    out.sort(key=lambda s: (s.start, -s.end))
    return out
