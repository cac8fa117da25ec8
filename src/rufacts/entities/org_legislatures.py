"""Legislatures named by words the tagger misses or reads as a place: "Народный Хурал Республики
Бурятия", "Ил Тумэн" (``lexicons/regional_legislatures.txt``). The listed words, the first one
capitalized, are one organization, with "Республики" and the capitalized name of the republic after
them ("Народный Хурал Республики Бурятия"); a longer span of the tagger's organization over them
stands, a place or person span inside gives way. Also the words of a legislature named twice with a
dash between ("Государственный Совет — Хасэ Республики Адыгея", ``dashed_pair``, ``own_name_end``) or
in brackets after it ("Народный Хурал (Парламент) Республики Бурятия", ``bracketed_own_end``),
for the one rule of two names of one body in ``org_name_extent``."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..grammars.letters import CONSONANTS
from ..lexicons import load_list, load_rows
from .doc_words import lower_positions

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


# case endings of the listed words, by how the nominative ends ("Эдускунты", "в Саборе", "в
# Хорватском саборе"): the tagger's lemma of a word the dictionary lacks is often wrong ("эдускунт")
ENDINGS = (("ий", ("ий", "ого", "ому", "им", "ом")), ("ый", ("ый", "ого", "ому", "ым", "ом")),
           ("ой", ("ой", "ого", "ому", "ым", "ом")), ("ая", ("ая", "ой", "ую")),
           ("а", ("а", "ы", "и", "е", "у", "ой", "ою")), ("я", ("я", "и", "е", "ю", "ей")),
           ("й", ("й", "я", "ю", "ем", "е")))  # "Эл Курултая": a noun in -й after the adjectives
CONSONANT_ENDINGS = ("", "а", "у", "ом", "е")


def forms(word: str) -> frozenset[str]:
    """The singular case forms of a listed word (lower case, ё as е)."""
    for nominative, endings in ENDINGS:
        if word.endswith(nominative):
            return frozenset(word[:-len(nominative)] + e for e in endings)
    if word[-1:] in CONSONANTS:
        return frozenset(word + e for e in CONSONANT_ENDINGS)
    return frozenset({word})


@lru_cache(maxsize=1)
def _by_form() -> dict[str, str]:
    """Each case form of a first word of a name -> that first word."""
    return {f: first for first in _names() for f in forms(first)}


def _word_is(token, word: str) -> bool:
    low = token.lower_.replace("ё", "е")
    return folded_lemma(token) == word or low in forms(word)


def legislature_nominative(words: Sequence[str]) -> list[str] | None:
    """The nominative of a name that opens with a listed legislature in any case ("Эдускунты" ->
    "Эдускунта", "Хорватском саборе" -> "Хорватский сабор"), the words after it as written, each
    word's first letter as written; None where ``words`` open with none."""
    first = _by_form().get(words[0].lower().replace("ё", "е")) if words else None
    for entry in _names().get(first, ()) if first else ():
        if len(entry) <= len(words) and all(w.lower().replace("ё", "е") in forms(e) for w, e in zip(words, entry)):
            named = [e[:1].upper() + e[1:] if w[:1].isupper() else e for w, e in zip(words, entry)]
            return named + list(words[len(entry):])
    return None


def _starts(doc: Doc, names) -> list[int]:
    """Indices of the tokens whose lemma or lower-case form starts a listed name, in order
    (found by the doc's lemma and lower-case word indices, not a Token per word)."""
    from .geo import lemma_positions

    found = set(lemma_positions(doc, lambda lemma: lemma.replace("ё", "е") in names))
    found.update(lower_positions(doc, _by_form()))  # every case form of a first word
    return sorted(found)


def legislature_spans(doc: Doc, spans: list[Span]) -> list[Span]:
    names = _names()
    found = []
    i = 0
    for start in _starts(doc, names) if len(doc) else ():
        if start < i:
            continue  # inside the name found before
        i = start  # the words between start no listed name: nothing found there
        token = doc[i]
        words = names.get(folded_lemma(token)) or names.get(_by_form().get(token.lower_.replace("ё", "е"), ""))
        end = None
        if words and token.text[:1].isupper():
            for ws in words:
                stop = i + len(ws)
                # the words after the first capitalized, or in lower case after a capitalized
                # adjective inside a sentence ("в Хорватском саборе")
                if stop <= len(doc) and all(_word_is(doc[k], w) for k, w in zip(range(i, stop), ws)) \
                        and (all(doc[k].text[:1].isupper() for k in range(i + 1, stop))
                             or (token.pos_ == "ADJ" and not token.is_sent_start)):
                    end = stop
                    break
        if end is None:
            continue
        # a place after the name, or the tagger's place over the name and it ("Ландтаге Саксонии" as a place)
        place = next((s for s in spans if s.label_ == "LOC" and (s.start == end or s.start == i and s.end > end)
                      and 0 < s.end - end <= MAX_OWNER and "Nom" not in s[-1].morph.get("Case")
                      and all(t.text[:1].isupper() for t in doc[end:s.end])), None)
        if place is not None:  # "Ландтаге Саксонии", "Эдускунты Финляндии": the state's name is the name's
            end = place.end
        elif end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha \
                and {"Gen", "Loc"} & set(doc[end].morph.get("Case")) and not any(
                    s.start <= end < s.end for s in spans):
            end += 1  # a state's name the tagger left out (the tagger's prepositional of "Саксонии")
        if end < len(doc) and folded_lemma(doc[end]) in OWNERS and "Gen" in doc[end].morph.get("Case"):
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
    # the rest of a person's span the tagger ran over the name ("Эдускунты Пиа Хяркёнен"): the person
    keep += [Span(doc, e, s.end, label="PER") for s in spans for b, e in found
             if s.label_ == "PER" and b <= s.start < e < s.end]
    new = [Span(doc, b, e, label="ORG") for b, e in found
           if not any(s.label_ == "ORG" and s.start <= b and e <= s.end and len(s) > e - b for s in spans)]
    return sorted(keep + new, key=lambda s: (s.start, -s.end))


@lru_cache(maxsize=1)
def _dashed_words() -> dict[str, frozenset[str]]:
    """``lexicons/regional_legislature_dashes.tsv``: kind ("head", "own") -> lemmas."""
    out: dict[str, set[str]] = {}
    for kind, lemma in load_rows("regional_legislature_dashes.tsv"):
        out.setdefault(kind, set()).add(lemma.lower().replace("ё", "е"))
    return {kind: frozenset(lemmas) for kind, lemmas in out.items()}


def dashed_heads() -> frozenset[str]:
    """The lemmas of a legislature's common name (``lexicons/regional_legislature_dashes.tsv``, "head")."""
    return _dashed_words()["head"]


def dashed_pair(head, own) -> bool:
    """A body's common name, capitalized, closing a name before a dash ("Государственного
    Собрания", ``head``) and a legislature's own name, capitalized, after it (``own``: "Курултая",
    "Хасэ", "Парламента"): two names of one republic's legislature."""
    return folded_lemma(head) in _dashed_words()["head"] and head.text[:1].isupper() \
        and own.text[:1].isupper() and own_name(own)


def bracketed_common(head, word) -> bool:
    """A legislature's own name, capitalized (``head``: "Хурала", "Совета"), and its common name in
    lower case in brackets after it (``word``: "(парламента)"): "Верховного Хурала (парламента)
    Республики Тыва", one name of the body."""
    words = _dashed_words()
    return head.text[:1].isupper() and folded_lemma(head) in words["head"] | words["own"] \
        and word.is_alpha and word.is_lower and folded_lemma(word) in words["head"] | words["own"]


def dashed_nominative(morph, words: Sequence[str], dash: int, normalize) -> list[str]:
    """Two names of one body on either side of the spaced dash at ``dash``, each in the nominative
    ("Государственного Собрания — Курултая"); where the name before the dash closes on a dependent
    left in its case (its last word unchanged: "Думы Ханты-Мансийского автономного округа", "МВД по
    Чувашской Республике"), the words after the dash are that dependent's apposition and keep its case
    ("— Югры", "— Чувашии")."""
    first = normalize(morph, words[:dash])
    if dash > 1 and first[-1] == words[dash - 1] and words[dash - 1].isalpha() and (
            words[dash - 1].islower() or "по" in words[:dash]):
        return first + list(words[dash:])
    return first + [words[dash]] + normalize(morph, words[dash + 1:])


def own_name_end(doc: Doc, start: int, spans: Sequence[Span]) -> int:
    """End of a legislature's own name no span covers, from ``start``, with the place span or
    "Республики" and its capitalized name after it ("Хасэ Республики Адыгея", "Ил Тумэн",
    "Парламента Карачаево-Черкесской Республики")."""
    end = start + 1
    if end < len(doc) and doc[end].text[:1].isupper() and own_name(doc[start], doc[end]):
        end += 1  # "Ил Тумэн"
    return republic_end(doc, end, spans)


def bracketed_own_end(doc: Doc, start: int, spans: Sequence[Span]) -> int | None:
    """End of a legislature's own name in brackets after its common name (``start`` at the "("),
    with the republic after the bracket: "Народный Хурал (Парламент) Республики Бурятия",
    "Государственном Собрании (Эл Курултай) Республики Алтай"; None where the bracket holds no
    own name (``dashed_pair`` decides on its first word)."""
    end = start + 2
    if end < len(doc) and doc[end].text[:1].isupper() and own_name(doc[start + 1], doc[end]):
        end += 1  # "(Эл Курултай)"
    if end >= len(doc) or doc[end].text != ")":
        return None
    return republic_end(doc, end + 1, spans)


def republic_end(doc: Doc, end: int, spans: Sequence[Span]) -> int:
    """``end`` moved over the place span or "Республики" and its capitalized name at ``end``."""
    place = next((s for s in spans if s.label_ == "LOC" and s.start == end), None)
    if place is not None:
        return place.end
    if end < len(doc) and folded_lemma(doc[end]) in OWNERS:
        j = end + 1
        while j < len(doc) and j - end <= MAX_OWNER and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j += 1
        return j if j > end + 1 else end
    return end


def own_name(token, second=None) -> bool:
    """A listed legislature's first word ("Курултая", "Ил"), or an own name of the dashed lexicon
    ("Парламент", "Хасэ"); with ``second``: the two words open a listed name, "Ил Тумэн"."""
    names = _names()
    first = folded_lemma(token) if folded_lemma(token) in names else _by_form().get(token.lower_.replace("ё", "е"))
    if second is not None:
        return first is not None and any(len(e) > 1 and _word_is(second, e[1]) for e in names.get(first, ()))
    owns = _dashed_words()["own"]
    return first is not None or folded_lemma(token) in owns or token.lower_ in owns
