"""An institution named by a capitalized head and a lower-case adjective after it, as in its own
language: "Как сообщила [Матица сербская]", "[Матицей словацкой]" (heads of
``lexicons/org_postposed_heads.txt``). The adjective agrees with the head (a case and the number
they share, by the dictionary); the tagger's place read off the adjective ("сербская": Сербия) and
any span inside the name go; both words go to the nominative (:func:`postposed_nominative`, read by
:mod:`.normal`). Read by :mod:`rufacts.components.entities` after the list tails.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .doc_words import title_positions


def _agree(head: str, adj: str) -> bool:
    morph = get_morph()
    nouns = {(p.tag.case, p.tag.number) for p in morph.parse(head) if p.tag.POS == "NOUN"}
    return any((p.tag.case, p.tag.number) in nouns for p in morph.parse(adj) if p.tag.POS == "ADJF")


def postposed_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with the names of a head and its adjective after it taken in whole."""
    heads = load_list("org_postposed_heads.txt")
    found = [i for i in title_positions(doc) if i + 1 < len(doc)
             and (head := doc[i]).is_title and head.lemma_.lower() in heads
             and (after := doc[i + 1]).is_alpha and after.is_lower and after.pos_ in ("ADJ", "PROPN", "NOUN")
             and _agree(head.text, after.text)]
    found = [i for i in found if not any(s.label_ == "ORG" and s.start <= i and i + 2 <= s.end for s in spans)]
    if not found:
        return spans
    keep = [s for s in spans if not any(s.start < i + 2 and i < s.end for i in found)]
    return sorted(keep + [Span(doc, i, i + 2, label="ORG") for i in found], key=lambda s: (s.start, -s.end))


def postposed_nominative(morph, words) -> list[str] | None:
    """"Матицы хорватской" -> ["Матица", "хорватская"]: a listed head and its adjective after it, both
    in the nominative of the case they share; a capitalized adjective after it and one before it too
    ("Всевеликим войском Донским" -> "Всевеликое войско Донское", "Войску Запорожскому"); None for
    any other name."""
    lead = words[:1] if len(words) == 3 else []
    words = words[len(lead):]
    if len(words) != 2 or not (words[0][:1].isupper() or lead) or not words[1].isalpha() \
            or not (words[1].islower() or words[1][1:].islower()):
        return None
    if lead and not (lead[0][:1].isupper() and lead[0].isalpha()):
        return None
    heads = load_list("org_postposed_heads.txt")
    for noun in morph.parse(words[0]):
        if noun.tag.POS != "NOUN" or noun.normal_form not in heads:
            continue
        for adj in morph.parse(words[1].lower()):
            if adj.tag.POS == "ADJF" and (adj.tag.case, adj.tag.number) == (noun.tag.case, noun.tag.number):
                head = noun.inflect({"nomn", "sing"})
                word = adj.inflect({"nomn", "sing", noun.tag.gender or "femn"})
                before = next((p.inflect({"nomn", "sing", noun.tag.gender or "femn"}) for p in morph.parse(lead[0].lower())
                               if p.tag.POS == "ADJF" and p.tag.case == noun.tag.case), None) if lead else None
                if head and word and (before or not lead):
                    out = [head.word if words[0].islower() else head.word.capitalize(),
                           word.word if words[1].islower() else word.word.capitalize()]
                    return [before.word.capitalize(), *out] if lead else out
    return None
