"""Lone words the tagger reads as a person that name no one (read by
:func:`rufacts.entities.names_spans.person_spans` beside ``adjective_before_noun``):

- a compound of common nouns written with a hyphen, capitalized by its place at a sentence's or a
  headline's start ("Экс-претендент на пост ...", "Генерал-полковник прибыл", "Смертник-талиб
  протаранил"): every part a common noun the dictionary knows and none a name part, the first
  may be a prefix ("экс-", "вице-");
- an adjective the dictionary does not know, of a place's or a thing's suffix, before a lower-case
  noun it agrees with ("Салафитский проповедник", "Абелевская премия"): only a guess reads it as a
  surname;
- a scientist's name in the genitive after the head of a term named after him
  (``lexicons/name_eponym_heads.txt``: "болезнью Паркинсона", "синдром Дауна", "теорема Ферма"), not
  a given name with a surname after it ("из-за болезни Рината Гафурова": the man's illness), nor a
  surname of ``lexicons/name_foreign_surnames.txt`` the dictionary lacks ("болезни Вылки": Вылка's);
- an honorary title, "Герой" and whose hero it names ("Герою Советского Союза", "Герой
  Социалистического Труда", "Героя России"), with no name in it (``TITLE_HEADS``);
- a medium's name in apposition after its kind ("газета Кларин", "в газете Кларин": ``MEDIA_KINDS``),
  not in the genitive of an owner ("газета Ходорковского");
- a place's name in apposition after its kind not in the genitive ("в графстве Кент", "в округе
  Кларк": ``lexicons/place_descriptors.tsv`` but "страна" and "город", which cite their leaders and
  natives), found as a place (:func:`place_of_kind`);
- a common noun capitalized by a headline's start the article writes in lower case elsewhere
  ("... бизнесмена Подруга предпринимателя ...", "Кокаин" after "4 кг кокаина"): a known word with
  no name-part reading at all.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import Morph
from ..lexicons import load_list, load_rows

NAME_PARTS = {"Name", "Surn", "Patr", "Geox", "Orgn"}
PREFIXES = {"экс", "вице", "лже", "псевдо", "квази", "экс-вице"}
MEDIA_KINDS = frozenset({"газета", "журнал", "еженедельник", "телеканал", "радиостанция", "агентство", "таблоид"})
TITLE_HEADS = frozenset({"герой", "героиня"})
ADJECTIVE_ENDS = ("ский", "ская", "ское", "ские", "цкий", "цкая", "цкое", "цкие")


def no_person(doc: Doc, span: Span, morph: Morph) -> bool:
    """``span`` (a word or more read as a person) names no one (see the module's docstring)."""
    if len(span) == 2 and span[1].text[:1].isupper() and _after_kind(doc, span.start + 1, morph, MEDIA_KINDS):
        return True  # "Газета Кларин" taken in whole
    if len(span) > 1:
        return _honorary_title(span, morph)
    if not span[0].text[:1].isupper():
        return False
    word = span[0].text
    return _common_compound(morph, word) or _guessed_adjective(doc, span.start, morph) \
        or _eponym(doc, span.start, morph) or _after_kind(doc, span.start, morph, MEDIA_KINDS) \
        or _place_after_kind(doc, span.start, morph) or _lower_elsewhere(doc, span.start, morph)


def _common(morph: Morph, word: str) -> bool:
    """A word the dictionary knows as a common noun only, no name part in any reading."""
    parses = morph.parse(word)
    return bool(parses) and morph.is_known(word) and parses[0].tag.POS == "NOUN" \
        and not any(NAME_PARTS & p.tag.grammemes for p in parses)


def _common_compound(morph: Morph, word: str) -> bool:
    parts = word.lower().split("-")
    if len(parts) < 2 or not all(parts):
        return False
    head = parts[1:] if parts[0] in PREFIXES else parts
    if any(len(part) < 3 for part in head):
        return False  # an article or a particle ("Ас-Сиси", "Аль-Асад"), no common noun
    # (each part a singular noun as its first reading: "Туркмен-баши", a title of "баши", plural of "баш", stays)
    return all(_common(morph, part) and "sing" in morph.parse(part)[0].tag.grammemes for part in head)


def _guessed_adjective(doc: Doc, i: int, morph: Morph) -> bool:
    word = doc[i].text
    if i + 1 >= len(doc) or not doc[i + 1].is_alpha or not doc[i + 1].is_lower \
            or not word.lower().endswith(ADJECTIVE_ENDS) or morph.is_known(word):
        return False
    parses = morph.parse(word)
    if not parses or parses[0].tag.POS != "ADJF" or any({"Name", "Patr"} & p.tag.grammemes for p in parses):
        return False
    forms = {(p.tag.case, p.tag.number, p.tag.gender) for p in parses if p.tag.POS == "ADJF"}
    return any(p.tag.POS == "NOUN" and "Abbr" not in p.tag.grammemes and p.score >= 0.1
               and (p.tag.case, p.tag.number, p.tag.gender if p.tag.number == "sing" else None)
               in {(c, n, g if n == "sing" else None) for c, n, g in forms}
               for p in morph.parse(doc[i + 1].text))


def _eponym(doc: Doc, i: int, morph: Morph) -> bool:
    if i == 0 or not doc[i - 1].is_alpha:
        return False
    heads = load_list("name_eponym_heads.txt")
    head = doc[i - 1]
    if i + 1 < len(doc) and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper() \
            and any("Name" in p.tag.grammemes for p in morph.parse(doc[i].text)):
        return False  # a given name and a surname: the person's illness ("болезни Тагира Ишмуратова")
    if not morph.is_known(doc[i].text) and any(p.tag.case == "gent" and p.normal_form in load_list(
            "name_foreign_surnames.txt") for p in morph.parse(doc[i].text)):
        return False  # a listed surname of a people no term is named after: "из-за болезни Вылки" (Вылка)
    lemmas = {head.lemma_.lower()} | {p.normal_form for p in morph.parse(head.text)}
    # (a declined genitive: "болезни Ким, которая ..." is the woman's illness)
    return bool(lemmas & set(heads)) and any(
        p.tag.case == "gent" and p.tag.number == "sing" and p.normal_form != doc[i].lower_
        for p in morph.parse(doc[i].text))


def _lower_elsewhere(doc: Doc, i: int, morph: Morph) -> bool:
    word = doc[i].text
    if "-" in word or not _common(morph, word):
        return False
    lemma = morph.parse(word)[0].normal_form
    return any(t.i != i and t.is_alpha and t.is_lower and morph.parse(t.text)[0].normal_form == lemma
               for t in doc)  # (the word's own first reading: not "гот" of "готов" for "Гота")


def _honorary_title(span: Span, morph: Morph) -> bool:
    words = [t for t in span if not t.is_space]
    if not {p.normal_form for p in morph.parse(words[0].text)} & TITLE_HEADS:
        return False
    return all(t.text[:1].isupper() and t.is_alpha for t in words[1:]) and not any(
        {"Name", "Surn", "Patr"} & p.tag.grammemes for t in words[1:] for p in morph.parse(t.text)
        if morph.is_known(t.text))


CITED_KINDS = frozenset({"страна", "город"})  # "президентом страны Наполитано", "родным городом Каддафи"


def _place_kinds() -> frozenset[str]:
    return frozenset(kind for _word, kind in load_rows("place_descriptors.tsv")) - CITED_KINDS


def place_of_kind(span: Span, morph: Morph) -> Span | None:
    """``span`` as a place where a place's kind stands before it ("в графстве Кент"); None else."""
    if len(span) == 1 and span[0].text[:1].isupper() and _place_after_kind(span.doc, span.start, morph):
        return Span(span.doc, span.start, span.end, label="LOC")
    return None


def _place_after_kind(doc: Doc, i: int, morph: Morph) -> bool:
    """After a place's kind not in the genitive ("губернатор штата X" may name the governor)."""
    return _after_kind(doc, i, morph, _place_kinds()) and "Gen" not in doc[i - 1].morph.get("Case") \
        and not any(p.tag.case == "gent" for p in morph.parse(doc[i - 1].text))  # ("врач области X")


def _after_kind(doc: Doc, i: int, morph: Morph, kinds: frozenset[str]) -> bool:
    """``doc[i]`` in apposition after a noun of ``kinds``: not a singular genitive (the owner's)."""
    if i == 0 or not doc[i - 1].is_alpha or not {p.normal_form for p in morph.parse(doc[i - 1].text)} & kinds:
        return False
    # (a surname the dictionary knows in the genitive is the owner's; "Кларин" reads so only as a plural)
    return not any(p.tag.case == "gent" and "sing" in p.tag.grammemes and "Fixd" not in p.tag.grammemes
                   for p in morph.parse(doc[i].text))
