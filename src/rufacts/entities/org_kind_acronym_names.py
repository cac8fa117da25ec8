"""Organizations introduced by the acronym of their kind: "НПО «Сатурн»", "ОКБ Сухого", "ДК имени
Горького", "ФАП села Покровка", "ЦКБ МТ «Рубин»".

An acronym that says what kind of body follows (``lexicons/org_kind_abbreviations.txt``: "НПО",
"ЦНИИ", "ФОК") or that stands for an institution's noun (``lexicons/org_abbreviation_genders.tsv``:
"ЦРБ", "ДК", "ОКБ") opens a name of its own:

- :func:`kind_acronym_run`: before a quoted name it is the name's descriptor, and so is a run of
  capitals after it that spells the kind out further ("ЦКБ МТ «Рубин»": морской техники; "ГНЦ ВБ
  «Вектор»": вирусологии и биотехнологии): the name is the quoted one.
- :func:`legal_kind_quoted`: after a legal form too ("ФГУП ЦНИИ «Комета»") the quoted name is the
  name, kept with its legal form ("ФГУП «Комета»"): read by
  :func:`rufacts.components.entities.group_named`. Not inside the legal form's quotes ("ФГУП «НПО
  «Техномаш»»": the whole official name, :func:`rufacts.entities.quotes.without_inner_quotes`).
- :func:`acronym_genitive_name`: with the honoree of "имени" ("ДК имени Горького", "ОКБ им.
  Люльки"), its founder's surname in the genitive ("ОКБ Сухого", "КБ Туполева") or the place it
  serves ("ФАП села Покровка", "ЦГБ Армавира") it is a name that stands on its own, so a noun
  before it is no part of it ("[Коллектив] ОКБ Сухого", "[Заведующий] ФАП села Покровка"): read by
  :func:`rufacts.entities.org_lead_nouns.without_lead_nouns`.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from spacy.tokens import Span, Token

from ..lexicons import load_list, load_rows
from ..lexicons.legal import legal_run
from .normal import CLOSE_QUOTES, OPEN_QUOTES

MAX_RUN = 2        # capitals spelling the kind out after its acronym: "ЦКБ МТ", "ГНЦ ВБ"
MAX_RUN_LETTERS = 4
MAX_HONOREE = 3    # capitalized words after "имени": "имени Н. В. Склифосовского" counts its initials
MAX_PLACE = 3      # words of the place served: "села Покровка", "Кировского района"


@lru_cache(maxsize=1)
def kind_acronyms() -> frozenset[str]:
    """Acronyms (in capitals) of a kind of organization or of an institution's noun."""
    kinds = {word.upper() for word in load_list("org_kind_abbreviations.txt")}
    return frozenset(kinds | {row[0].upper() for row in load_rows("org_abbreviation_genders.tsv")})


def _capitals(token: Token, letters: int = 0) -> bool:
    text = token.text
    return len(text) > 1 and text.isalpha() and text.isupper() and (not letters or len(text) <= letters)


def is_kind_acronym(token: Token) -> bool:
    """A kind's acronym as written, in capitals ("НПО"; "ИК-2" with its number)."""
    return _capitals(token) and token.text in kind_acronyms()


def kind_acronym_run(span: Span) -> int:
    """Index of the opening quote after a kind's acronym and the capitals that spell it out
    ("ЦКБ МТ «Рубин»" -> 2, "НПО «Сатурн»" -> 1); 0 when ``span`` opens otherwise. Only an acronym
    of ``org_kind_abbreviations.txt`` opens the run (a descriptor before a quoted name)."""
    if len(span) < 3 or not _capitals(span[0]) or span[0].lower_ not in load_list("org_kind_abbreviations.txt"):
        return 0
    for k in range(1, min(len(span) - 1, 1 + MAX_RUN + 1)):
        if span[k].text in OPEN_QUOTES:
            return k
        if not _capitals(span[k], MAX_RUN_LETTERS):
            return 0
    return 0


def legal_kind_quoted(span: Span, oblique: Callable[[Span], str | None]) -> str | None:
    """"ФГУП «Комета»" for "ФГУП ЦНИИ «Комета»", "АО «Луч»" for "АО НПО «Луч»": legal forms, a kind's
    acronym and the quoted name, which ``oblique`` puts in the nominative where it cannot be one
    ("с ФГУП ЦНИИ «Кометой»"); None where ``span`` is not so."""
    k = legal_run([t.text for t in span])
    if not k or k >= len(span) or span[k].text in OPEN_QUOTES:
        return None  # (inside the legal form's quotes the acronym is the name's: "ФГУП «НПО Техномаш»", quotes.py)
    run = kind_acronym_run(span[k:])
    if not run:
        return None
    q = k + run
    close = next((i for i in range(q + 1, len(span)) if span[i].text in CLOSE_QUOTES), None)
    if close is None or close == q + 1:
        return None
    name = oblique(span[q:close + 1]) or span[q + 1:close].text
    return f"{span[:k].text} «{name}»"


def _honoree(rest: Span) -> bool:
    """"имени Горького", "им. Н. В. Склифосовского": capitalized words (initials too) after it."""
    if rest[0].lower_ == "имени":
        words = rest[1:]
    elif rest[0].lower_ == "им" and len(rest) > 1 and rest[1].text == ".":
        words = rest[2:]
    else:
        return False
    words = [t for t in words if t.text != "."]
    return 0 < len(words) <= MAX_HONOREE + 2 and all(t.text[:1].isupper() and t.is_alpha for t in words)


def _genitive(token: Token) -> bool:
    return "Gen" in token.morph.get("Case")


def _founder(rest: Span) -> bool:
    """One capitalized word in the genitive, a founder's surname: "Сухого", "Туполева", "Камова";
    not an acronym ("НИИ РАН": its owner) nor a place ("Армавира" is the place it serves, below)."""
    if len(rest) != 1:
        return False
    word = rest[0]
    return word.is_title and word.is_alpha and _genitive(word) and word.ent_type_ != "LOC"


def _place(rest: Span) -> bool:
    """The place served, in the genitive: a place's name ("ЦГБ Армавира"), or a lower-case place
    noun with its name ("ФАП села Покровка", "МФЦ Кировского района")."""
    if not 0 < len(rest) <= MAX_PLACE:
        return False
    if all(t.ent_type_ == "LOC" for t in rest):
        return _genitive(rest[0]) or rest[0].pos_ == "PROPN"
    nouns = load_list("org_place_kind_nouns.txt")
    k = next((i for i, t in enumerate(rest) if t.is_lower), None)
    if k is None or rest[k].lemma_.lower() not in nouns or not _genitive(rest[k]):
        return False
    return all(t.text[:1].isupper() and t.is_alpha for j, t in enumerate(rest) if j != k) and len(rest) > 1


def acronym_genitive_name(span: Span) -> bool:
    """``span`` is a kind's acronym and what makes it a name of its own: an honoree, a founder in
    the genitive or the place it serves ("ДК имени Горького", "ОКБ Сухого", "ФАП села Покровка")."""
    if len(span) < 2 or not is_kind_acronym(span[0]):
        return False
    rest = span[1:]
    return _honoree(rest) or _founder(rest) or _place(rest)
