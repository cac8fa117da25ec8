"""A quoted company name that is a transitive verb's direct object is in the accusative (w297):
"Холдинг купил «Генотек-Фарму»" -> Генотек-Фарма, "Суд обязал «Нафту-Москву»" -> Нафта-Москва.

An accusative in -у/-ю is a feminine's of -а/-я (a masculine's accusative is its nominative), so a
name right after a verb with a transitive reading, one word (hyphenated parts too) whose last part
reads as a feminine singular accusative in -у/-ю (for a word the dictionary lacks, its first
reading: "поручило «Автодору»" is a dative; a dictionary word with a masculine dative reading too
says nothing: "отказал «Русь-Банку»", unless the verb takes no dative: "купил «Калину»",
``lexicons/org_object_verbs.txt``), goes to -а/-я, not to the masculine dative the
analyzer may rank first ("Фарму": фарм). A hyphenated first part the dictionary lacks, or reads
as a feminine accusative too, with that same ending declines with it ("Нафту-" -> "Нафта-", "«Оку-Калугу»"
-> Ока-Калуга); one in another ending stands ("Генотек-").
After a verb that takes no dative, any word in -у/-ю does so, whatever reading the analyzer ranks
first ("обыграл «Подбрезову»" -> Подбрезова, not the dative of a "Подбрезов"; orgclubs48).
Not after an intransitive verb ("помог «...»": a dative), nor where the name is no single word.
After a verb that takes no dative (``lexicons/org_object_verbs.txt``) a name in "-е" stands as
written: the accusative of a noun in "-а" ends in "-у", so "покинул «Заглембе»" is Заглембе, not the
dative or locative of a "Заглемба" the analyzer reads (orgextent43).
Read by :func:`rufacts.components.entities.group_named` before the slot readers of ``org_case``.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph, restore_case
from ..lexicons import load_list
from .quotes import QUOTES

ENDINGS = {"у": "а", "ю": "я"}
RECIPIENT_VERBS = frozenset({"продать", "продавать"})  # "продал «Альфа-Банку» долю": a buyer's dative


def _verb_token(span: Span):
    doc, k = span.doc, span.start
    if doc[k].text not in QUOTES and k > 0 and doc[k - 1].text in QUOTES:
        k -= 1
    return doc[k - 1] if k > 0 else None


def _verb_before(morph: Morph, span: Span) -> bool:
    """The word before the name (past its opening quote) is a finite verb with a transitive reading."""
    verb = _verb_token(span)
    return verb is not None and verb.pos_ == "VERB" and verb.is_lower and verb.is_alpha \
        and any(p.tag.POS == "VERB" and "tran" in p.tag.grammemes for p in morph.parse(verb.text))


def _accusative_verb(span: Span) -> bool:
    """The verb before the name takes an organization as its accusative object and no dative
    (``lexicons/org_object_verbs.txt``: "купил «Калину»" is Калина's accusative, not a Калин's dative)."""
    verb = _verb_token(span)
    return verb is not None and verb.lemma_.lower() in load_list("org_object_verbs.txt") \
        and verb.lemma_.lower() not in RECIPIENT_VERBS


def _feminine_accusative(morph: Morph, word: str) -> bool:
    """A reading of a feminine accusative: any, of a dictionary word; the first, of a word the
    dictionary lacks ("Фарму"; not "Автодору" or "Юнистриму" after "поручило", "перечислил": datives)."""
    def feminine(p) -> bool:
        return p.tag.POS == "NOUN" and p.tag.case == "accs" and p.tag.gender == "femn" and p.tag.number == "sing"
    parses = morph.parse(word)
    return any(feminine(p) for p in parses) if morph.is_known(word.lower()) else bool(parses) and feminine(parses[0])


def _masculine_dative(morph: Morph, word: str) -> bool:
    """A dictionary word's masculine dative too ("Банку": банк, as well as банка): the slot's verb
    may take a dative ("отказал «Русь-Банку»"), the rule says nothing."""
    return morph.is_known(word.lower()) and any(
        p.tag.POS == "NOUN" and p.tag.case == "datv" and p.tag.gender == "masc" for p in morph.parse(word))


def verb_object_name(morph: Morph, span: Span) -> str | None:
    """The nominative of a one-word quoted name a transitive verb takes as its object; None
    where the rule does not hold."""
    words = [t for t in span if not (t.is_space or t.text in QUOTES)]
    doc = span.doc
    quoted = words and words[0].i > 0 and doc[words[0].i - 1].text in QUOTES \
        and words[-1].i + 1 < len(doc) and doc[words[-1].i + 1].text in QUOTES
    if len(words) != 1 or not quoted or not _verb_before(morph, span):
        return None
    word = words[0].text
    parts = word.split("-")
    last = parts[-1]
    if last[-1:] == "е" and word[:1].isupper() and not word.isupper() and all(p.isalpha() for p in parts) \
            and _accusative_verb(span):
        return word  # no accusative ends in a declined "-е": "покинул «Заглембе»" (orgextent43)
    if not word[:1].isupper() or word.isupper() or not all(p.isalpha() for p in parts) or len(last) < 3 \
            or last[-1] not in ENDINGS or not (_feminine_accusative(morph, last) or _accusative_verb(span)) \
            or _masculine_dative(morph, last) and not _accusative_verb(span):
        return None
    out = [last[:-1] + ENDINGS[last[-1]]]
    for part in reversed(parts[:-1]):
        if part[-1:] == last[-1] and len(part) > 2 and (not morph.is_known(part.lower()) or _feminine_accusative(morph, part)):
            part = part[:-1] + ENDINGS[part[-1]]  # "Нафту-Москву": both parts in the accusative
        out.insert(0, part)
    return "-".join(out)
