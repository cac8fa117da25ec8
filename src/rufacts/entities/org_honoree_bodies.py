"""Bodies named after a person or an event: the head, "имени"/"им." and the honoree are one name
(orgnamed46; docs/gold-conventions.md: the "имени" phrase is part of a descriptive name).

The honoree after "имени" (:func:`honoree_stop`) is lower-case titles ("академика") and then either
a person: initials and one capitalized surname ("В. М. Бехтерева", "Д. Д. Плетнёва": no further
capitalized word, the next person's name is no part of it), or up to three capitalized genitive
words ("Ярослава Мудрого", "Засядько"); or an event: "50-летия" and its capitalized genitive words
("Октября", "Союза ССР", "Великой Октябрьской социалистической революции"). The head before
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

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import lower_positions, morph_values
from .institutions import NUMBER_SIGNS, _honoree_named_elsewhere, after_named, institution_heads
from .org_abbrev_heads import abbreviation_readings
from .org_acronym_fields import _kinds as acronym_kinds
from .org_honoree_tail import _initial
from .name_particle_surnames import surname_particles

MAX_TITLE = 3       # lower-case titles before the honoree: "заслуженного врача", "академика"
MAX_WORDS = 3       # capitalized words of an honoree without initials: "Ярослава Мудрого"
MAX_EVENT = 5       # words of an event after its "N-летия": "Великой Октябрьской социалистической революции"
MAX_COMPLEMENT = 4  # lower-case genitive words between the head and "имени": "культуры и отдыха"
MAX_ADJECTIVES = 4  # adjectives before the head: "Новосибирского театрального"
ANNIVERSARY = re.compile(r"^\d{1,4}-?летия$|^\w+летия$")  # "50-летия", "пятидесятилетия"
NAMED = frozenset({"имени", "им", "им."})
OBLIQUE = frozenset({"Gen", "Dat", "Loc"})  # a complement's genitive ("травматологии" read as a locative too)


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(load_list("org_honoree_heads.txt")) | institution_heads()


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    return frozenset(abbreviation_readings()) | acronym_kinds()


def _capital(token: Token) -> bool:
    text = token.text.replace("-", "")
    return text.isalpha() and token.text[:1].isupper()


def _initials_end(doc: Doc, k: int) -> int:
    """Index after the initials from ``k`` ("В. М." or "В.М." as one token), ``k`` where none."""
    while k + 1 < len(doc) and _initial(doc[k]) and doc[k + 1].text == ".":
        k += 2
    while k < len(doc) and re.fullmatch(r"(?:[А-ЯЁA-Z][а-яёa-z]?\.){1,3}", doc[k].text):
        k += 1
    return k


def honoree_stop(doc: Doc, j: int) -> int | None:
    """End of the honoree that starts at ``j`` (right after "имени"/"им."); None where none does."""
    k = j
    while k < len(doc) and k - j < MAX_TITLE and doc[k].is_alpha and doc[k].is_lower \
            and "Gen" in morph_values(doc[k], "Case"):
        k += 1  # "академика", "заслуженного врача"
    if k >= len(doc):
        return None
    if ANNIVERSARY.match(doc[k].lower_) and k == j:
        return _event_end(doc, k + 1)
    initials = _initials_end(doc, k)
    if initials > k:
        if initials < len(doc) and _capital(doc[initials]) and len(doc[initials]) > 2:
            # (the sentence splitter may start a sentence at the surname after an initial's dot)
            return initials + 1
        return None
    end = k
    while end < len(doc) and end - k < MAX_WORDS and _capital(doc[end]) and not doc[end].is_sent_start \
            and (end == k or "Gen" in morph_values(doc[end], "Case") and doc[end].pos_ in ("PROPN", "ADJ", "NOUN")):
        end += 1
    if end > k:  # "Людвига" + "ван" ("ден") + "Бетховена": a surname's particles
        particle = end
        while particle < len(doc) and doc[particle].lower_ in surname_particles("lead") | surname_particles("after"):
            particle += 1
        if end < particle < len(doc) and _capital(doc[particle]):
            end = particle + 1
    return end if end > k else None


def _event_end(doc: Doc, k: int) -> int | None:
    """End of an event's genitive words after its "N-летия" at ``k - 1``: capitalized words, and
    lower-case adjectives with the noun they go with ("Октябрьской социалистической революции")."""
    if k >= len(doc) or not (_capital(doc[k]) or doc[k].is_upper and doc[k].is_alpha):
        return None
    end, adjective = k, False
    while end < len(doc) and end - k < MAX_EVENT and doc[end].is_alpha and not doc[end].is_sent_start:
        token = doc[end]
        if token.text[:1].isupper():
            adjective = token.pos_ == "ADJ"
        elif adjective and "Gen" in morph_values(token, "Case") and token.pos_ in ("ADJ", "NOUN"):
            adjective = token.pos_ == "ADJ"
        else:
            break
        end += 1
    return end


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
