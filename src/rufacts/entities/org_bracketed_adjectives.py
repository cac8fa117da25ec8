"""An institution's name with a second adjective in brackets, its former or fuller name: "Казанский
(Приволжский) федеральный университет", "Северный (Арктический) федеральный университет".

- :func:`bracketed_before` lets the adjectives before an institution noun go on over "(" + an
  adjective + ")" that agrees with the noun, or over "и" between two lower-case ones ("краеведческом и
  художественном музее") (``institutions.institution_orgs``): the tagger reads
  each capitalized adjective as a place;
- :func:`bracketed_nominative` puts the bracketed adjective in the nominative with the others
  (``normal._normalize_words``): "Казанском (Приволжском) федеральном университете" ->
  "Казанский (Приволжский) федеральный университет" (a dependent's gloss stays in its case: "Ассоциации
  крестьянских (фермерских) хозяйств" -> "Ассоциация крестьянских (фермерских) хозяйств"); a legislature's own name in brackets after its
  common name too (:func:`own_name_bracket`): "Верховному Хуралу (Парламенту)" -> "Верховный Хурал (Парламент)".
"""
from __future__ import annotations

from typing import Callable, Sequence

from spacy.tokens import Doc

from ..grammars.morph import Morph

ADJ = frozenset({"ADJF", "PRTF"})


def bracketed_before(doc: Doc, start: int, agrees: Callable) -> int | None:
    """The start of "( adjective )" ending right before ``doc[start]``, where ``agrees(token)`` says
    the adjective agrees with the noun and a word stands before the bracket; or the "и" right before
    ``doc[start]`` between two lower-case adjectives that agree with it, one name's coordinated
    fields ("Вятского историко-архитектурного" + "и" + "художественного музея-заповедника",
    "научный и учебный центр"; two capitalized places' adjectives are two bodies: "Омская и Тарская
    епархии"); None else."""
    if start >= 2 and doc[start - 1].lower_ == "и" and doc[start].is_lower and doc[start - 2].is_lower \
            and doc[start].pos_ == "ADJ" and agrees(doc[start - 2]):
        return start - 1
    if start < 4 or doc[start - 1].text != ")" or doc[start - 3].text != "(":
        return None
    inner = doc[start - 2]
    if not inner.is_alpha or not inner.text[:1].isupper() or not agrees(inner) or not doc[start - 4].is_alpha:
        return None
    return start - 3


def bracketed_nominative(morph: Morph, words: Sequence[str],
                         normalize: Callable[[Morph, Sequence[str]], list[str]]) -> list[str] | None:
    """``words`` with the head phrase in the nominative, the adjective in brackets put in the case
    of the others; None where no bracketed adjective stands between two words of the name."""
    own = own_name_bracket(morph, words, normalize)
    if own is not None:
        return own
    i = next((i for i in range(1, len(words) - 3) if words[i] == "(" and words[i + 2] == ")"
              and words[i - 1].isalpha() and words[i + 1].isalpha()
              and any(p.tag.POS in ADJ for p in morph.parse(words[i + 1]))), None)
    if i is None:
        return None
    rest = normalize(morph, [*words[:i], *words[i + 3:]])
    if len(rest) == len(words) - 3 and rest[i - 1] == words[i - 1]:  # the word before it keeps its case: a
        return [*rest[:i], *words[i:i + 3], *rest[i:]]  # dependent's gloss ("крестьянских (фермерских) хозяйств")
    inner = normalize(morph, [words[i + 1], *words[i + 3:]])
    if len(rest) != len(words) - 3 or not inner:
        return None
    return [*rest[:i], "(", inner[0], ")", *rest[i:]]


def _common_name(morph: Morph, word: str) -> bool:
    """A legislature's name of the dashed lexicon ("парламента"), read by its lemma."""
    from .org_legislatures import _dashed_words

    names = _dashed_words()["head"] | _dashed_words()["own"]
    return any(p.normal_form.replace("ё", "е") in names for p in morph.parse(word))


def own_name_bracket(morph: Morph, words: Sequence[str],
                     normalize: Callable[[Morph, Sequence[str]], list[str]]) -> list[str] | None:
    """A legislature's own name in brackets after its common name (``org_legislatures.bracketed_own_end``)
    in the nominative, as the name around it: "Верховному Хуралу (Парламенту) Республики Тыва" ->
    "Верховный Хурал (Парламент) Республики Тыва", "Государственного Собрания (Курултая)" -> "(Курултай)";
    None where no capitalized head of ``lexicons/regional_legislature_dashes.tsv`` stands before a
    bracket of one or two capitalized words (no acronym)."""
    from .org_legislatures import dashed_heads

    i = next((i for i in range(1, len(words) - 2) if words[i] == "(" and words[i - 1][:1].isupper()
              and any(p.normal_form.replace("ё", "е") in dashed_heads() for p in morph.parse(words[i - 1]))), None)
    if i is None:
        return None
    close = next((j for j in range(i + 2, min(i + 4, len(words))) if words[j] == ")"), None)
    inner = words[i + 1:close] if close else ()
    if not inner or not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in inner) and not (
            len(inner) == 1 and inner[0].islower() and _common_name(morph, inner[0])):
        return None  # (a common name in lower case after an own one: "Хурала (парламента)")
    rest = normalize(morph, [*words[:i], *words[close + 1:]])
    own = normalize(morph, inner)
    if len(rest) != len(words) - len(inner) - 2 or len(own) != len(inner):
        return None
    return [*rest[:i], "(", *own, ")", *rest[i:]]
