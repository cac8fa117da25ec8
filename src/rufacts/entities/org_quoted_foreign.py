"""A foreign quoted name after its type word stands as written (used by
:func:`rufacts.components.entities.group_named` for an organization's normal form).

The news keeps a quoted name after its type word in the nominative (docs/gold-conventions.md: "a
quoted name after its type word stands alone"), so where a word of it is one the dictionary lacks
and ends in a foreign word's vowel ("дома «Ривароли»", "галереи «Порта Нуова»", "в фонде «Делла
Порта»", "дома моды «Серафини»"), the analyzer's guess of a Russian paradigm ("Ривароль",
"Порт Нуова", "Серафиня") is no reading of it: the name stands as written. A word the dictionary
lacks that closes in a long word it knows is a Russian compound that declines ("«Роснефти»": no
foreign word). The type word is a descriptor noun (``lexicons/org_descriptors.txt``,
``lexicons/org_quoted_heads.txt``, ``lexicons/institution_nouns.txt``: "галерея") right before the quotes, or one before one or two lower-case
genitive words of its trade ("дома моды «Казалетти»", ``quoted.descriptor_over_genitive``); a
branch's noun is none ("филиал «...»": the owner's, declined).
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ..grammars.morph import Morph
from ..lexicons import load_list
from .org_quoted_forms import FOREIGN_FINALS
from .quotes import CLOSING_QUOTES, OPENING_QUOTES

MAX_WORDS = 3  # words of a foreign quoted name: "«Формаджи Пьемонте»", "«Порта Нуова»"
FOREIGN_VOWELS = (*FOREIGN_FINALS, "а")  # "Нуова", "Делла": an Italian word in -а the dictionary lacks, in a
# name of two or more words (one word in -а alone is a Russian genitive's: "Совет директоров «Мечела»")
PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
RUSSIAN_TAIL = 5  # letters of a dictionary word closing a Russian compound: "Рос|нефти"


@lru_cache(maxsize=1)
def _type_heads() -> frozenset[str]:
    return load_list("org_descriptors.txt") | load_list("org_quoted_heads.txt") | load_list("institution_nouns.txt")


def _type_word(doc, k: int) -> bool:
    """``doc[k]`` (the word before the opening quote) is a type word, or a genitive of its trade
    after one ("дома моды")."""
    from .quoted import descriptor_over_genitive  # (quoted reads the org_case helpers, which read this one)
    token = doc[k]
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_alpha or not token.is_lower:
        return False
    lemma = token.lemma_.lower()
    heads = _type_heads()
    if lemma in heads:
        return lemma not in load_list("org_branch_nouns.txt")
    return descriptor_over_genitive(doc, k) or descriptor_over_genitive(doc, k, "org_quoted_heads.txt")


def _foreign_word(morph: Morph, word: str, finals: tuple[str, ...]) -> bool:
    """A word the dictionary lacks, in a foreign word's final vowel (of ``finals``), no Russian compound."""
    low = word.lower()
    parts = low.split("-")
    if not all(p.isalpha() for p in parts) or not low.endswith(finals) or len(parts[-1]) < 3:
        return False
    if morph.is_known(low) or morph.is_known(parts[-1]):
        return False
    return not any(_common_word(morph, low[i:]) for i in range(1, len(low) - RUSSIAN_TAIL + 1))


def _common_word(morph: Morph, low: str) -> bool:
    """A dictionary word, not only a person's or a place's name ("нефти"; not "рафини", a name's)."""
    return morph.is_known(low) and any(not PROPER & p.tag.grammemes for p in morph.parse(low))


def _quoted(span: Span) -> tuple[int, list] | None:
    """The opening quote's index and the words of a name quoted whole, inside ``span`` or right
    around it; None else."""
    tokens = [t for t in span if not t.is_space]
    doc = span.doc
    if tokens and tokens[0].text in OPENING_QUOTES:
        return (tokens[0].i, tokens[1:-1]) if tokens[-1].text in CLOSING_QUOTES else None
    if span.start < 1 or span.end >= len(doc) or doc[span.start - 1].text not in OPENING_QUOTES \
            or doc[span.end].text not in CLOSING_QUOTES:
        return None
    return span.start - 1, tokens


def foreign_apposed(morph: Morph, span: Span) -> str | None:
    """The quoted name of ``span`` (quotes inside it or right around it) as written where it follows
    a type word and a word of it is foreign (:func:`_foreign_word`); None else."""
    quoted = _quoted(span)
    if quoted is None:
        return None
    opening, inner = quoted
    doc = span.doc
    if not 1 <= len(inner) <= MAX_WORDS or opening < 1 or not inner[0].text[:1].isupper():
        return None
    if not all(t.text.replace("-", "").isalpha() for t in inner):
        return None
    finals = FOREIGN_FINALS if len(inner) == 1 else FOREIGN_VOWELS  # (one word in -а: a genitive, "«Мечела»")
    if not any(_foreign_word(morph, t.text, finals) for t in inner) or not _type_word(doc, opening - 1):
        return None
    return "".join(t.text_with_ws for t in inner).strip()




def nominative_head_genitive(morph: Morph, span: Span) -> str | None:
    """A quoted name whose first word is a dictionary noun read in the nominative alone, then one or
    two capitalized words each with a genitive reading, stands as written: the head does not decline,
    so its slot's case is no case of the name, and the words after it are its genitive complement
    ("филиала «Аэронавигация Северо-Запада»": not "Северо-Запад"); a kind's noun after the head is
    none ("«Почта Банка»": Почта Банк, one name declined). None else."""
    quoted = _quoted(span)
    words = quoted[1] if quoted is not None else None
    if not words or not 2 <= len(words) <= MAX_WORDS or not all(t.text.replace("-", "").isalpha() for t in words):
        return None
    head = [p for p in morph.parse(words[0].text) if p.tag.POS == "NOUN"]
    if not morph.is_known(words[0].lower_) or not head or any(p.tag.case != "nomn" or PROPER & p.tag.grammemes for p in head):
        return None
    kinds = _type_heads()
    if not all(t.text[:1].isupper() and any(p.tag.case == "gent" and p.normal_form not in kinds for p in morph.parse(t.text))
               and not any(p.normal_form in kinds for p in morph.parse(t.text)) for t in words[1:]):
        return None  # (a kind's noun after it is one name with it, declined: "«Почта Банка»" -> Почта Банк)
    return "".join(t.text_with_ws for t in words).strip()
