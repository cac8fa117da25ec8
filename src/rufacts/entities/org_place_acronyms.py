"""A foreign body's own acronym after the adjective of its country or city: "Бразильская ЦУТ
объявила забастовку", "лидер аргентинской ВКТ", "итальянская ЭНИ". The adjective says where the body
is from ("компания", "конфедерация" understood), as it does before a Latin name ("французская CGT",
:mod:`rufacts.entities.org_latin_after_place`): it is no part of the name, which is the acronym as
written, not "Бразильская ЦУТ" nor "ЦУТ Бразилии".

Such an acronym is the foreign body's own: Cyrillic capitals the dictionary does not know as an
abbreviation, or one it knows as a single country's own party or agency
(``lexicons/org_own_acronyms.txt``: "Германская СДПГ", "американского ЦРУ", "израильского ШАБАКа",
declined; there a capitalized adjective is no part of the name either). An acronym it knows ("МИД",
"МВД", "ЦБ": a kind of body each country has, "японского МИДа" -> МИД Японии) or one of an
institution's kind (``lexicons/org_abbreviation_genders.tsv``,
``lexicons/org_kind_abbreviations.txt``: "Тамбовское УФАС", "Тетюшская ЦРБ", where the place is the
name's) keeps the other rules. Read by :func:`rufacts.entities.orgs.split_descriptor` (the name
starts at the acronym), :func:`rufacts.entities.geo.geo_name` (no place's genitive after it) and
:mod:`rufacts.components.entities` (:func:`place_acronym_orgs`: one the tagger missed after a
feminine or neuter place adjective, the gender of "компания", "партия", "агентство", and one the
tagger read with its adjective as a place, "Чилийская КУТ", unless the dictionary reads the acronym
as a place: "КНДР").

A branch noun (``lexicons/org_branch_nouns.txt``) after a capitalized place adjective and before the
acronym of the body it belongs to names the branch, the acronym in its name (:func:`branch_acronym`:
"Калужского регионального отделения РГО" -> Калужское региональное отделение РГО, "Тверское
региональное отделение ВООПИиК"), as "Уральское отделение РАН".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import word_positions
from .geo import place_of
from .org_kind_acronym_names import kind_acronyms
from .org_acronym_subjects import acronym_subjects

ACRONYM = re.compile(r"^[А-ЯЁ]{2,8}$")
LATIN_ACRONYM = re.compile(r"^[A-Z]{2,6}$")  # "Бельгийская UCB первой получила": a foreign company's own
DECLINED = re.compile(r"^([А-ЯЁ]{3,8})(?:а|у|ом|е)$")  # "ШАБАКа", "МОССАДом": a listed acronym's case forms


def own_acronym(text: str) -> str | None:
    """The acronym of ``lexicons/org_own_acronyms.txt`` that ``text`` is or declines ("ШАБАКа" ->
    ШАБАК); None else."""
    declined = DECLINED.match(text)
    bare = declined.group(1) if declined else text
    return bare if ACRONYM.match(bare) and bare.lower() in load_list("org_own_acronyms.txt") else None


def foreign_acronym(token: Token) -> bool:
    """Cyrillic capitals no dictionary abbreviation (or one of a country's own bodies) and no
    institution kind's acronym."""
    text = token.text
    if own_acronym(text) is not None:
        return True  # "ХДС", "ЦРУ", "ШАБАКа": the dictionary knows them, but they are one body's own
    if not ACRONYM.match(text) or text in kind_acronyms():
        return False
    return not any("Abbr" in p.tag.grammemes for p in get_morph().parse(text.lower()))


BRANCH_ACRONYM = re.compile(r"^[А-ЯЁ][А-ЯЁа-яё]*[А-ЯЁ]$")  # "РГО", "ВОГ", "ВООПИиК"


def branch_acronym(span: Span, i: int) -> bool:
    """``span[i]`` is a branch noun after a capitalized adjective of a place (:func:`place_like`) that opens the span
    and before the acronym that closes it, in capitals but for a short inner word ("ВООПИиК")."""
    last, first = span[-1], span[0]
    return 0 < i == len(span) - 2 and span[i].lemma_.lower() in load_list("org_branch_nouns.txt") \
        and first.pos_ == "ADJ" and first.text[:1].isupper() and place_like(first) \
        and bool(BRANCH_ACRONYM.match(last.text)) and sum(c.isupper() for c in last.text) >= 2 \
        and all(t.pos_ == "ADJ" for t in span[:i])


def place_like(token: Token) -> bool:
    """A capitalized adjective inside a sentence (a proper one: "Калужского"), or one of a known place
    or of a place's make ("-ский", "-цкий") opening it."""
    return not token.is_sent_start or place_of(token) is not None or token.lemma_.lower().endswith(("ский", "цкий"))


def _place_adjective(token: Token) -> bool:
    return token.pos_ == "ADJ" and token.is_alpha and (token.is_lower or token.is_sent_start) \
        and place_of(token) is not None


def acronym_after_place(span: Span) -> int | None:
    """Index in ``span`` of its closing acronym where place adjectives alone lead it to it
    ("Бразильская ЦУТ" -> 1); None else."""
    if len(span) < 2 or not foreign_acronym(span[-1]):
        return None
    lead = span[:-1]
    own = own_acronym(span[-1].text) is not None  # "Германской СДПГ": capitalized, still no part
    if not all(t.pos_ == "ADJ" and t.is_alpha for t in lead) \
            or not any(_place_adjective(t) or own and place_of(t) is not None for t in lead):
        return None
    return len(span) - 1


def _place_acronym(token: Token) -> bool:
    """An acronym the dictionary reads as a place ("КНДР", "ЮАР")."""
    return any("Geox" in p.tag.grammemes for p in get_morph().parse(token.text.lower()))


COMPANY_VERB_FILES = ("org_subject_verbs.txt", "org_latin_said_verbs.txt")


def _company_subject(before: Token, token: Token) -> bool:
    """A Latin acronym after a place's masculine adjective in the nominative, the subject of a verb
    in the masculine singular past that a company does (``lexicons/org_subject_verbs.txt``,
    ``org_latin_said_verbs.txt``: "Эстонский LHV первым в стране запустил"), not an index that
    grows or falls ("немецкий DAX вырос")."""
    verb = token.head
    return before.morph.get("Case") == ["Nom"] and before.morph.get("Gender") == ["Masc"] \
        and token.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.i > token.i \
        and any(p.tag.POS == "VERB" and {"past", "masc", "sing"} <= p.tag.grammemes
                for p in get_morph().parse(verb.text.lower())) \
        and any(verb.lemma_.lower() in load_list(name) for name in COMPANY_VERB_FILES)


def place_acronym_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each foreign acronym (Cyrillic, or Latin capitals: "Бельгийская
    UCB первой получила") no span touches right after a place's
    feminine or neuter singular adjective ("лидер бразильской ЦУТ"), and the tagger's place or
    person of place adjectives and such an acronym an organization ("Чилийская КУТ"); and an unknown
    acronym subject (:func:`rufacts.entities.org_acronym_subjects.acronym_subjects`: "ЦКБМТ передал")."""
    spans = acronym_subjects(doc, spans)
    retyped = [Span(doc, s.start, s.end, label="ORG") if s.label_ in ("LOC", "PER")
               and acronym_after_place(s) is not None and not _place_acronym(s[-1]) else s for s in spans]
    if any(a is not b for a, b in zip(retyped, spans)):
        spans = retyped  # "Чилийская КУТ" the tagger read as a place
    covered = {i for s in spans for i in range(s.start, s.end)}
    morph = get_morph()
    found = []
    for i in word_positions(doc, lambda text: len(text) >= 3 and (ACRONYM.match(text) or LATIN_ACRONYM.match(text)),
                            capital=True):
        token = doc[i]  # (each distinct word once)
        if i == 0 or i in covered:
            continue
        before = doc[token.i - 1]
        latin = LATIN_ACRONYM.match(token.text) is not None  # no Russian word nor abbreviation
        if not _place_adjective(before) or not latin and (morph.is_known(token.text.lower()) or not foreign_acronym(token)):
            continue
        if before.morph.get("Number") != ["Sing"] or not {"Fem", "Neut"} & set(before.morph.get("Gender")) \
                and not (latin and _company_subject(before, token)):
            continue  # "катарского СПГ": a masculine product's
        found.append(Span(doc, token.i, token.i + 1, label="ORG"))
    if not found:
        return spans
    return sorted(spans + found, key=lambda s: (s.start, -s.end))
