"""An institution's name with a second adjective in brackets, its former or fuller name: "Казанский
(Приволжский) федеральный университет", "Северный (Арктический) федеральный университет".

- :func:`bracketed_before` lets the adjectives before an institution noun go on over "(" + an
  adjective + ")" that agrees with the noun (``institutions.institution_orgs``): the tagger reads
  each capitalized adjective as a place;
- :func:`bracketed_nominative` puts the bracketed adjective in the nominative with the others
  (``normal._normalize_words``): "Казанском (Приволжском) федеральном университете" ->
  "Казанский (Приволжский) федеральный университет".
"""
from __future__ import annotations

from typing import Callable, Sequence

from spacy.tokens import Doc

from ..grammars.morph import Morph

ADJ = frozenset({"ADJF", "PRTF"})


def bracketed_before(doc: Doc, start: int, agrees: Callable) -> int | None:
    """The start of "( adjective )" ending right before ``doc[start]``, where ``agrees(token)`` says
    the adjective agrees with the noun and a word stands before the bracket; None else."""
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
    i = next((i for i in range(1, len(words) - 3) if words[i] == "(" and words[i + 2] == ")"
              and words[i - 1].isalpha() and words[i + 1].isalpha()
              and any(p.tag.POS in ADJ for p in morph.parse(words[i + 1]))), None)
    if i is None:
        return None
    rest = normalize(morph, [*words[:i], *words[i + 3:]])
    inner = normalize(morph, [words[i + 1], *words[i + 3:]])
    if len(rest) != len(words) - 3 or not inner:
        return None
    return [*rest[:i], "(", inner[0], ")", *rest[i:]]
