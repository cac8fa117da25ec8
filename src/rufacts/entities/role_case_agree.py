"""Whether a role word right before a name can be in apposition to it by case (w113), and
whether a role and a name after a kinship word are both genitives (:func:`genitive_pair`): a role
and its name agree in case ("мэра Москвы Сергея Собянина", "при президенте Джордже Буше"), so
a role word in an oblique case no reading of which shares a case with an inflected first name
is no role of that name -- it belongs to a phrase before ("был главой ФРС при
президенте Джордже Буше": "главой" is no role of Буш). Only
a known first name in an inflected form the tagger does not read as a nominative decides
("Валерия", "Жан", "Саломе" may be nominatives)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.morph import UD_CASES
from .doc_words import morph_values

SAME = {"gen2": "gent", "acc2": "accs", "loc2": "loct", "voct": "nomn"}


@lru_cache(maxsize=16_384)
def _noun_cases(word: str) -> frozenset[str]:
    from ..grammars.morph import get_morph

    return frozenset(SAME.get(p.tag.case, p.tag.case) for p in get_morph().parse(word)
                     if p.tag.POS == "NOUN" and p.tag.case)


@lru_cache(maxsize=16_384)
def _name_cases(word: str) -> frozenset[str]:
    """Cases of a first name's singular readings; empty when some reading is its own
    nominative (it may be undeclined) or none is a first name."""
    from ..grammars.morph import get_morph

    names = [p for p in get_morph().parse(word) if "Name" in p.tag and p.tag.number == "sing"]
    if not names or any(p.tag.case == "nomn" for p in names):
        return frozenset()
    return frozenset(SAME.get(p.tag.case, p.tag.case) for p in names)


def case_clash(doc: Doc, head: int, person: Span) -> bool:
    """Whether the role word ``doc[head]`` and the first name of ``person`` share no case."""
    if any(morph_values(t, "Case") == ["Nom"] for t in person) or not morph_values(person[0], "Case") \
            or morph_values(doc[head], "Case") in (["Nom"], []):
        # a nominative role: an undeclined "Хелле", "Саломе" after it may be one too
        return False  # the tagger reads a nominative: an undeclined "Саломе", "Мари"
    role = _noun_cases(doc[head].lower_.removeprefix("экс-"))
    name = _name_cases(person[0].text.lower())
    if not role or not name:
        return False
    if "loct" in name or "datv" in name:  # (a tagger's locative is pymorphy's dative too)
        name = name | {"loct", "datv"}
    return not role & name


def genitive_pair(doc: Doc, head: int, person: Span) -> bool:
    """Whether the role word ``doc[head]`` and the name after it are both genitives, so that
    after a kinship or relation word the role is the name's: "брат актрисы Мии Фэрроу", "сын
    бывшего руководителя МЧС Олега Климова" (not "сын актёра Иван Петров")."""
    oblique = (["Gen"], ["Acc"])  # (an animate accusative is the genitive's form)
    first = next((t for t in person if t.is_alpha and len(t) > 1), None)  # (past initials)
    if morph_values(doc[head], "Case") not in oblique or first is None:
        return False  # ("Фэрроу", "Шоу" after the first name may read as nominatives)
    if morph_values(first, "Case") == ["Acc"]:  # a feminine accusative is no genitive's form:
        return "gent" in _any_cases(first.lower_)  # "дочь президента Иванку Трамп"
    return morph_values(first, "Case") == ["Gen"] or "gent" in _name_cases(first.lower_)


@lru_cache(maxsize=16_384)
def _any_cases(word: str) -> frozenset[str]:
    from ..grammars.morph import get_morph

    return frozenset(SAME.get(p.tag.case, p.tag.case) for p in get_morph().parse(word) if p.tag.case)


def chain_case(doc: Doc, head: int, other: int) -> bool:
    """Whether two role words chained before one name ("представитель министерства
    полковник X") are in one case; an indeclinable role word ("атташе", "кюре") may be in
    any case its readings allow, whatever case the tagger chose."""
    cases = morph_values(doc[head], "Case")
    if cases == morph_values(doc[other], "Case"):
        return True
    from ..grammars.morph import get_morph

    parses = [p for p in get_morph().parse(doc[head].lower_) if p.tag.POS == "NOUN"]
    wanted = [UD_CASES.get(c) for c in morph_values(doc[other], "Case")]
    return bool(parses) and all("Fixd" in p.tag for p in parses) and any(
        SAME.get(p.tag.case, p.tag.case) in wanted for p in parses)
