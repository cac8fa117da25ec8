"""A person the tagger read as an organization together with the post before him ("[Конкурсному
управляющему Быстрых] удалось вернуть"): a span of an organization whose words are a post (a noun of
``lexicons/role_words.txt`` with its adjectives, in lower case but at a sentence's start) and one
capitalized word after it, a surname by the dictionary, a word it lacks or the indeclinable Siberian
surname spelt as an adjective's plural genitive ("Быстрых"), is that person; the post is no name.
Run in :data:`rufacts.entities.span_pass_runs.LAST`."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..grammars.morph import get_morph
from ..lexicons import load_list
from .name_initials_after import _frozen_adjectival


def _surname(token: Token) -> bool:
    text = token.text
    if not token.is_alpha or not text[:1].isupper() or text.isupper() or len(text) < 3 \
            or not all("а" <= c <= "я" or c == "ё" for c in text.lower()):  # ("оператором Jadrolinija": a company)
        return False
    morph = get_morph()
    return _frozen_adjectival(text, morph) or not morph.is_known(text.lower()) \
        or any("Surn" in p.tag.grammemes for p in morph.parse(text))


def _post(words: Span) -> bool:
    """Adjectives and a post noun last, lower case but at a sentence's start."""
    if not len(words) or any(t.text[:1].isupper() and not t.is_sent_start for t in words):
        return False
    roles = load_list("role_words.txt")
    *adjectives, noun = list(words)
    # ("управляющему": a participle to the tagger, the noun управляющий to the dictionary)
    return (noun.lemma_.lower() in roles or any(_post_reading(p, roles) for p in get_morph().parse(noun.text.lower()))) \
        and all(t.pos_ == "ADJ" for t in adjectives)


def _post_reading(parse, roles: frozenset[str]) -> bool:
    """A noun of a post, or a participle whose masculine nominative is one ("управляющему")."""
    if parse.tag.POS == "NOUN":
        return parse.normal_form in roles
    if parse.tag.POS != "PRTF":
        return False
    nominative = parse.inflect({"nomn", "sing", "masc"})
    return nominative is not None and nominative.word in roles


def post_org_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an organization of a post and a surname turned into the person."""
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and len(span) >= 2 and _surname(span[-1]) and _post(span[:-1]):
            out.append(Span(doc, span.end - 1, span.end, label="PER"))
            changed = True
        else:
            out.append(span)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
