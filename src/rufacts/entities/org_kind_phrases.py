"""Bodies named by a fixed phrase of capitalized adjectives, an adjective of their kind and a head
noun, which the tagger misses or reads as a place: "Российская книжная палата", "Кубанскому казачьему
войску" (the tagger's place "Кубанскому казачьему"), "Высшим курсам сценаристов и режиссёров",
"Высших женских курсов"; and a head named by the capitalized adjective after it, "Всевеликим войском
Донским" (a place and a person to the tagger), "Войско Донское", "Войску Запорожскому".

The phrases are ``lexicons/org_kind_phrases.tsv``: a head with the adjective of its kind right before
it ("книжная палата", "казачье войско") or the adjective opening the name ("Высшие ... курсы"); the
kind makes the capitalized adjectives before it a name even at a sentence's start and even a
country's ("Российская книжная палата зафиксировала"; institutions.py leaves "Российская палата"
alone there). Flags: "+" takes the lower-case genitive complement after the head ("курсы
сценаристов и режиссёров"), "pl" a head named in the plural only ("курсы", not "Высший курс").
A head of ``lexicons/org_postposed_heads.txt`` is named by an agreeing capitalized adjective after it
("Войско Донское"), itself
capitalized or after capitalized adjectives ("Всевеликое войско Донское"; "войска Донского фронта" is
no such name: "фронта" is no adjective). The tagger's places and persons inside give way; a
tagger's organization over the head stands.

Read by :mod:`rufacts.entities.span_passes` after the institutions' passes."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from ..grammars.folded import folded_lemma
from ..grammars.morph import get_morph
from ..lexicons import load_list, load_rows
from .doc_words import morph_values
from .geo import lemma_positions

MAX_ADJECTIVES = 3
MAX_COMPLEMENT = 4  # "сценаристов и режиссёров", "иностранных языков"


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[str, str, frozenset[str]]]:
    """Head lemma -> (kind adjective before it, adjective opening the name, flags); the heads named by
    the adjective after them (``lexicons/org_postposed_heads.txt``) with neither."""
    out = {head: ("", "", frozenset()) for head in load_list("org_postposed_heads.txt")}
    for row in load_rows("org_kind_phrases.tsv"):
        kind = row[1] if len(row) > 1 else "-"
        flags = frozenset(row[2].split()) if len(row) > 2 else frozenset()
        out[row[0]] = ("" if kind.startswith(("^", "-")) else kind, kind[1:] if kind.startswith("^") else "", flags)
    return out


def _noun_cases(noun: Token, plural: bool) -> set[tuple[str, str]]:
    """(case, number) readings of the head noun (every one: the tagger reads "казачьего войска" as a
    plural nominative)."""
    lemma = folded_lemma(noun)
    readings = {(p.tag.case, p.tag.number) for p in get_morph().parse(noun.lower_)
                if p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") in (lemma, lemma + "ы")
                and (not plural or p.tag.number == "plur")}
    return {("loct" if c == "loc2" else "gent" if c == "gen2" else c, n) for c, n in readings}


def _agrees(adjective: Token, readings: set[tuple[str, str]]) -> bool:
    if not adjective.text.replace("-", "").isalpha():
        return False
    return any(p.tag.POS in ("ADJF", "PRTF") and (p.tag.case, p.tag.number) in readings
               for p in get_morph().parse(adjective.lower_))


def _complement_end(doc: Doc, end: int) -> int:
    """End of the lower-case genitive complement from ``doc[end]`` on ("сценаристов и режиссёров"),
    ending on a noun; ``end`` where there is none."""
    stop = best = end
    while stop < len(doc) and stop - end < MAX_COMPLEMENT:
        t = doc[stop]
        if t.is_alpha and t.is_lower and t.pos_ in ("NOUN", "ADJ") and "Gen" in morph_values(t, "Case"):
            stop += 1
            best = stop if t.pos_ == "NOUN" else best
        elif t.lower_ == "и" and stop > end and stop + 1 < len(doc) and doc[stop + 1].is_lower \
                and "Gen" in morph_values(doc[stop + 1], "Case"):
            stop += 1
        else:
            break
    return best


def _relative(token: Token) -> bool:
    """A capitalized relative adjective after the head ("Донским", "Запорожскому")."""
    return token.text[:1].isupper() and not token.is_upper and token.is_alpha \
        and any(p.tag.POS == "ADJF" and p.normal_form.endswith(("ский", "цкий", "ской")) for p in get_morph().parse(token.lower_))


def _phrase(doc: Doc, k: int) -> tuple[int, int] | None:
    """(start, end) of the named phrase around the head at ``k``; None where there is none."""
    noun = doc[k]
    kind, lead, flags = _phrases()[folded_lemma(noun)]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    plural = "pl" in flags
    if plural and "Plur" not in morph_values(noun, "Number"):
        return None
    readings = _noun_cases(noun, plural)
    start = k
    while start > 0 and k - start < MAX_ADJECTIVES and _agrees(doc[start - 1], readings):
        start -= 1
    while start < k and not doc[start].text[:1].isupper():
        start += 1
    end = k + 1
    post = folded_lemma(noun) in load_list("org_postposed_heads.txt") and end < len(doc) and _relative(doc[end]) and _agrees(doc[end], readings) \
        and (noun.text[:1].isupper() or start < k)
    if post:
        return (start if start < k else k, end + 1)
    if start == k or not doc[start].text[:1].isupper() or not (kind or lead):
        return None
    # (the opening adjective by its stem: the tagger lemmatizes "Высшим" as "высокий")
    if kind and folded_lemma(doc[k - 1]) != kind or lead and not doc[start].lower_.startswith(lead[:-2]):
        return None
    if not noun.is_lower:
        return None
    if "+" in flags:
        end = _complement_end(doc, end)
    return start, end


def kind_phrase_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span for each body named by a phrase of ``lexicons/org_kind_phrases.tsv``."""
    phrases = _phrases()
    found = []
    for k in lemma_positions(doc, phrases.__contains__):
        if any(s.label_ == "ORG" and s.start <= k < s.end for s in spans):
            continue  # the tagger's "Оренбургского казачьего войска"
        bounds = _phrase(doc, k)
        if bounds is None:
            continue
        start, end = bounds
        if any(s.label_ in ("ORG", "PER", "LOC") and (s.start < start < s.end or s.start < end < s.end)
               for s in spans):
            continue  # a name reaching in from outside
        found.append(Span(doc, start, end, label="ORG"))
    if not found:
        return spans
    kept = [s for s in spans if not any(f.start <= s.start and s.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda s: (s.start, -s.end))
