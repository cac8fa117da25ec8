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


def legislature_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    names = _names()
    found = []
    i = 0
    while i < len(doc):
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
            i += 1
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
