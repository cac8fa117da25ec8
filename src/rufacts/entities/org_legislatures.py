"""Legislatures named by words the tagger misses or reads as a place: "Народный Хурал Республики
Бурятия", "Ил Тумэн" (``lexicons/regional_legislatures.txt``). The listed words, the first one
capitalized, are one organization, with "Республики" and the capitalized name of the republic after
them ("Народный Хурал Республики Бурятия"); a longer span of the tagger's organization over them
stands, a place or person span inside gives way."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..lexicons import load_list

OWNERS = frozenset({"республика"})  # "Республики Бурятия" after the name belongs to it
MAX_OWNER = 2  # capitalized words of the republic's name


@lru_cache(maxsize=1)
def _names() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_list("regional_legislatures.txt"):
        words = tuple(entry.replace("ё", "е").split())
        out.setdefault(words[0], []).append(words)
    for v in out.values():
        v.sort(key=len, reverse=True)
    return out


def _lemma(token) -> str:
    return token.lemma_.lower().replace("ё", "е")


def _starts(doc: Doc, names) -> list[int]:
    """Indices of the tokens whose lemma or lower-case form starts a listed name, in order
    (found by the doc's lemma index and its array of lower forms, not a Token per word)."""
    from spacy.attrs import LOWER

    from .geo import lemma_positions

    found = set(lemma_positions(doc, lambda lemma: lemma.replace("ё", "е") in names))
    wanted = _name_hashes()
    found.update(i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in wanted)
    return sorted(found)


@lru_cache(maxsize=1)
def _name_hashes() -> frozenset[int]:
    """spaCy's hashes of the first words of the names (a token's LOWER attribute)."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(word) for word in _names())


def legislature_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    names = _names()
    found = []
    i = 0
    for start in _starts(doc, names) if len(doc) else ():
        if start < i:
            continue  # inside the name found before
        i = start  # the words between start no listed name: nothing found there
        token = doc[i]
        words = names.get(_lemma(token)) or names.get(token.lower_)
        end = None
        if words and token.text[:1].isupper():
            for ws in words:
                stop = i + len(ws)
                if stop <= len(doc) and all(_lemma(doc[k]) == w or doc[k].lower_ == w
                                            for k, w in zip(range(i, stop), ws)) \
                        and all(doc[k].text[:1].isupper() for k in range(i + 1, stop)):
                    end = stop
                    break
        if end is None:
            continue
        if end < len(doc) and _lemma(doc[end]) in OWNERS and "Gen" in doc[end].morph.get("Case"):
            k = end + 1
            while k < len(doc) and k - end <= MAX_OWNER and doc[k].text[:1].isupper() and doc[k].is_alpha:
                k += 1
            if k > end + 1:
                end = k
        found.append((i, end))
        i = end
    if not found:
        return spans
    keep = [s for s in spans if not any(s.start < e and b < s.end and not (
        s.label_ == "ORG" and s.start <= b and e <= s.end and len(s) > e - b) for b, e in found)]
    new = [Span(doc, b, e, label="ORG") for b, e in found
           if not any(s.label_ == "ORG" and s.start <= b and e <= s.end and len(s) > e - b for s in spans)]
    return sorted(keep + new, key=lambda s: (s.start, -s.end))
