"""One-word names of bodies that the dictionary reads as organizations, where the tagger left
them out: "По данным Примгидромета" (Примгидромет), "кафедрой судовождения Дальрыбвтуза"
(Дальрыбвтуз), "Сотрудники Камчатгидромета", "квитанциях Пермэнергосбыта".

Russian press names regional branches and state companies by one compound word: a place's stump
and the body's stump ("Прим" + "гидромет", "Перм" + "энерго" + "сбыт", "Даль" + "рыб" + "втуз").
The prefixes are open (any region, any town), so no list of them can be full; the morphological
dictionary, though, knows such names and reads a word it does not know by them: by a known
organization's name after an unknown stump ("Перм" + "энергосбыт"), or by the long ending of known
organizations' names ("-гидромета" as "Приморгидромета"). A capitalized word (not all capitals, six
letters or more, no reading a person's or a place's) is an organization:

- strong: the dictionary knows it with organizations' readings only ("Дальрыбвтуза"), or reads it
  as a known organization's name after an unknown stump ("Перм" + "энергосбыта");
- guessed: a declined singular organization's reading guessed from an ending of ``SUFFIX`` letters
  or more ("омета"; a short ending is a surname's as often: "Сешнс", "Милдред"), where it does not
  open a sentence ("Нейросеть" there is a common noun's capital).
- fused: a word the dictionary lacks whose noun reading's lemma closes with a body's noun of
  ``lexicons/org_fused_body_ends.tsv`` after a stump of three letters or more, strong or guessed as
  the list says ("Хабаровскводоканала", "Тюменьавтодором", "Рослесинфоргом": the analyzer guesses
  the first two as common nouns and reads a person's surname over all three; "в Академпарке"
  guessed: a brand's common noun). The closing noun settles it, so a guessed person's or first
  name's reading beside it bars nothing ("Мегамаркет" as a plural of a name "Мегамаркета").

The tagger's place over the word alone gives way, and its person to a strong one ("в квитанциях
Пермэнергосбыта" read as a surname); a guessed one leaves a person be ("инженеру Суходреву": a
surname guessed by its ending); a longer span or an organization's holding it stays.

Neither by a quote (the quoted names' rules read it: "к «Евровидению»" is an event's), nor where
the word's stem is in a person's name of the article ("Наама Иссахар", then "Иссахар"
alone). Read by :mod:`rufacts.entities.span_passes`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from ..grammars.morph import get_morph
from ..lexicons import load_rows
from .doc_words import word_positions
from .quotes import QUOTES

NOT_BODY = frozenset({"Name", "Surn", "Patr", "Geox", "Trad"})
GUESS_BARRED = frozenset({"Fixd", "Abbr", "plur"})  # "Хоровитц" an indeclinable, "Тюдоры" a plural
MIN_LETTERS = 6  # "Примгидромета": compound names are long; short words are the tagger's
SUFFIX = 5  # letters of the known ending a guess rests on: "омета" (Гидромета), "осоюз"
STEM = 5  # letters a person's name shares with the word ("Иссахара", "Иссахар")


FUSED_STUMP = 3  # letters before a fused body noun: "Баш" + "гидромет", "Мос" + "водоканал"


@lru_cache(maxsize=1)
def _fused_ends() -> tuple[tuple[str, str], ...]:
    """(body noun, strength) of ``lexicons/org_fused_body_ends.tsv``, longest first."""
    return tuple(sorted(((row[0].lower(), row[1]) for row in load_rows("org_fused_body_ends.tsv")),
                        key=lambda row: -len(row[0])))


def _fused(morph, text: str, parses) -> str | None:
    """The strength of ``lexicons/org_fused_body_ends.tsv`` where ``text`` is unknown to the
    dictionary and a noun reading's lemma closes with a body's noun there after a stump; None else."""
    if morph.is_known(text):
        return None
    for p in parses:
        lemma = p.normal_form.replace("ё", "е")
        if p.tag.POS != "NOUN" or "plur" in p.tag.grammemes:
            continue
        for end, strength in _fused_ends():
            if lemma.endswith(end) and len(lemma) - len(end) >= FUSED_STUMP:
                return strength
    return None


@lru_cache(maxsize=4096)
def dictionary_body(text: str) -> str | None:
    """"strong" or "guessed" where the capitalized word ``text`` reads as an organization's name
    only (see the module); None else."""
    if len(text) < MIN_LETTERS or not text[:1].isupper() or text.isupper() or not text.isalpha():
        return None
    morph = get_morph()
    parses = morph.parse(text)
    fused = _fused(morph, text, parses)
    if fused is not None:
        return fused
    if not any("Orgn" in p.tag.grammemes for p in parses) or any(NOT_BODY & p.tag.grammemes for p in parses):
        return None
    if morph.is_known(text):
        return "strong" if all("Orgn" in p.tag.grammemes for p in parses) else None
    found = None
    for p in parses:
        if "Orgn" not in p.tag.grammemes or GUESS_BARRED & p.tag.grammemes or not p.methods_stack[1:]:
            continue
        method, part = p.methods_stack[1][:2]
        kind = type(method).__name__
        if kind == "UnknownPrefixAnalyzer" and len(text) - len(part) >= MIN_LETTERS:
            return "strong"  # "Перм" + "энергосбыта"
        if kind == "KnownSuffixAnalyzer" and len(part) >= SUFFIX:
            found = "guessed"
    return found


def _quoted(doc: Doc, k: int) -> bool:
    """A word by a quote: the quoted names' rules read it (:mod:`.quoted`: "к «Евровидению»" an event's)."""
    return k > 0 and doc[k - 1].text in QUOTES or k + 1 < len(doc) and doc[k + 1].text in QUOTES


def _in_person(doc: Doc, spans: list[Span], word: str) -> bool:
    stem = word[:STEM].lower()
    return any(s.label_ == "PER" and len(s) > 1 and any(t.lower_.startswith(stem) for t in s) for s in spans)


def dictionary_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with an ORG span over each word of :func:`dictionary_body` as the module says."""
    found = []
    for k in word_positions(doc, dictionary_body, capital=True):  # (it wants a capital first)
        strength = dictionary_body(doc[k].text)
        holding = [s for s in spans if s.start <= k < s.end]
        if strength == "guessed" and (doc[k].is_sent_start or any(s.label_ == "PER" for s in holding)) or _quoted(doc, k):
            continue
        if any(len(s) > 1 or s.label_ == "ORG" for s in holding) or _in_person(doc, spans, doc[k].text):
            continue
        found.append(k)
    if not found:
        return spans
    kept = [s for s in spans if not (len(s) == 1 and s.start in found)]
    return sorted(kept + [Span(doc, k, k + 1, label="ORG") for k in found], key=lambda s: (s.start, -s.end))
