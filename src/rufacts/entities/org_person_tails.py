"""A person's name the tagger glued to the organization before it, or an organization's one word
glued before a person's name: "Художественный руководитель [Курского драматического театра имени
А. С. Пушкина Вера Алексеевна Ростоцкая] объявила", "Выпускница миланской [Академии Брера Кьяра
Ломбардо]", "руководитель департамента ... [Асакабанка Мадина Шухратовна Ахунова]". A post, the
body it is held in (in the genitive) and the holder's name in the nominative is the commonest way
the press names a person; the name and the body are two mentions (docs/gold-conventions.md: a
body's name "stops at ... a person").

An organization span ends with a person's name where its last two or three words are one in the
nominative: all capitalized, the first a first name the dictionary or the lexicons know in the
nominative, a surname that agrees with it or a patronymic and a surname (:func:`_nominative_name`),
the words before it not "имени" (the honoree belongs to the body) and not a first name (two people),
a lower-case word or a body's noun among them ("Академии Брера"; not "Маген Давид Адом", a name
of names), the name not inside quotes. A person span opens with one capitalized word that is no name where the
rest is a full name with a patronymic and the word is a compound ending in a body's noun
(``lexicons/org_fused_heads.txt``: "Асакабанка"): the word is the organization.
Read by :mod:`rufacts.components.entities` right after the NER spans are repaired."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..grammars.morph import Morph
from ..lexicons import load_list
from .institutions import after_named
from .name_first_missed import first_and_surname
from .name_first_patronymic import patronymic_word
from .name_readings import _readings
from .name_words import _first_name
from .name_unknown_given_tail import unknown_given_tail
from .names import analyze_name
from .org_founder_persons import founder_heads
from .org_lead_nouns import body_nouns
from .spans import open_quotes


@lru_cache(maxsize=1)
def fused_heads() -> tuple[str, ...]:
    return tuple(sorted(load_list("org_fused_heads.txt")))


def _word(token) -> bool:
    return token.text[:1].isupper() and not token.is_upper and all(
        p.isalpha() and p[:1].isupper() for p in token.text.split("-"))


def _nominative_first(morph: Morph, word: str) -> bool:
    """A first name whose likeliest reading as one is nominative (not "Андрея", "Марии")."""
    readings = [r for r in _readings(morph, word) if r.role == "first"]
    if readings:
        best = max(r.weight for r in readings)
        return best >= 1.0 and any(r.case == "nomn" and r.weight == best for r in readings)
    return any("Name" in p.tag.grammemes and p.tag.case == "nomn" for p in morph.parse(word))


def _nominative_name(morph: Morph, words: list[str]) -> bool:
    """``words`` (two or three) read as a first name, [a patronymic,] and a surname, in the nominative."""
    if not _first_name(morph, words[0]) or not _nominative_first(morph, words[0]):
        return False
    if len(words) == 2:
        return first_and_surname(morph, *words)
    if not patronymic_word(morph, words[1]) or not words[1].lower().endswith(("вич", "вна", "чна", "ична")):
        return False
    parts = analyze_name(morph, words)
    return None not in (parts.first, parts.middle, parts.last)


def _tail_start(doc: Doc, span: Span, morph: Morph) -> int | None:
    """Where the person's name closing the organization ``span`` starts; None where none does."""
    for n in (3, 2):
        k = span.end - n
        if k - span.start < 1 or not all(_word(t) for t in doc[k:span.end]):
            continue
        before = doc[k - 1]
        if k in (after_named(doc, k - 1), after_named(doc, k - 2)) or open_quotes(doc, span.start, k) > 0 \
                or not any(t.is_lower and t.is_alpha or t.lemma_.lower() in body_nouns() for t in doc[span.start:k]):
            continue  # the honoree ("им. Серго Орджоникидзе"); a name of names ("Маген Давид Адом")
        if before.text[:1].isupper() and before.is_alpha and _first_name(morph, before.text) \
                and before.i == span.start:
            continue  # two people: "[Мария Шарапова Анна ...]"
        if before.i == span.start and folded_lemma(before) in founder_heads():
            continue  # a body named by its founder alone: "[Фонде Джанни Малатесты]" (org_founder_persons)
        if _nominative_name(morph, [t.text for t in doc[k:span.end]]) or unknown_given_tail(doc, span, k, morph):
            return k  # (an unknown given name: "[Катунского заповедника Эжер Тадыров] провёл")
    return None


def _fused_lead(doc: Doc, span: Span, morph: Morph) -> bool:
    """A person span of four words whose first is a compound body's name ("Асакабанка") before a
    full name with a patronymic."""
    if len(span) != 4 or not all(_word(t) for t in span):
        return False
    lead = span[0].lower_
    return any(lead.endswith(h + e) and len(lead) > len(h + e) + 2
               for h in fused_heads() for e in ("а", "у", "ом", "е", "")) \
        and not _first_name(morph, span[0].text) \
        and _nominative_name(morph, [t.text for t in span[1:]])


def person_tails(doc: Doc, spans: list[Span], morph: Morph) -> list[Span]:
    """``spans`` with such glued spans cut into the organization and the person."""
    out, changed = [], False
    for span in spans:
        if span.label_ == "ORG" and len(span) >= 3:
            k = _tail_start(doc, span, morph)
            if k is not None:
                out += [Span(doc, span.start, k, label="ORG"), Span(doc, k, span.end, label="PER")]
                changed = True
                continue
        if span.label_ == "PER" and _fused_lead(doc, span, morph):
            out += [Span(doc, span.start, span.start + 1, label="ORG"), Span(doc, span.start + 1, span.end, label="PER")]
            changed = True
            continue
        out.append(span)
    return out if changed else spans
