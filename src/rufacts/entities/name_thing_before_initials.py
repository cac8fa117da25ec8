"""A thing's or a place's name the tagger took into a person of initials and a surname after it
("директор фабрики Заря Н. Пузанов", "капитан ледокола Ямал Д. Чалов", "глава посёлка Тайга О.
Хромов"): the word before the initials names what the noun before it means (the factory, the ship,
the village), in apposition to that noun, and is no first name; the person is the initials and the
surname. Read by :func:`rufacts.entities.names_spans.person_spans`."""
from __future__ import annotations

from spacy.tokens import Span

from ..grammars.morph import Morph
from .first_names import listed_first
from .name_foreign_first import foreign_first_forms
from .name_words import _capitalized, _tagged
from .names import is_initial


def _unknown_place_after_genitive(morph: Morph, word: str, noun: str) -> bool:
    """A word the dictionary does not know, no listed first name in any case, right after a thing's or
    a place's noun in the genitive ("рудника Чукикамата", "шахты Распадская"): the name of the mine or
    the pit, in the nominative as an apposition stands, not a person's first name (after a person's
    noun, "посла", a first name it may be)."""
    if morph.is_known(word) or foreign_first_forms(word) or listed_first(morph, word):
        return False
    parses = [p for p in morph.parse(noun) if p.tag.POS == "NOUN"]
    return any({"gent", "sing"} <= p.tag.grammemes for p in parses) and all(
        "inan" in p.tag.grammemes for p in parses)


def without_thing_before_initials(span: Span, morph: Morph) -> Span:
    """``span`` without its first word where that word is a capitalized word the dictionary knows but
    as no first name nor surname (a common noun, a place: "Ямал", "Варяг", "Маяк"; a surname that is a
    place's name too, "Ростова"), right after a
    lower-case noun it names, and one or two initials and a word follow it ("Ямал Д. Чалов")."""
    if span.label_ != "PER" or len(span) < 4 or span.start == 0:
        return span
    word, noun = span[0], span.doc[span.start - 1]
    letters = [t for t in span[1:] if t.text != "."]
    if not _capitalized(word) or noun.pos_ != "NOUN" or not noun.text.islower() or len(letters) < 2:
        return span
    initials = letters[:-1]
    if not 1 <= len(initials) <= 2 or not all(is_initial(t.text) and t.i + 1 < len(span.doc)
                                             and span.doc[t.i + 1].text == "." for t in initials) \
            or not _capitalized(letters[-1]) or letters[-1].i != span.end - 1:
        return span
    text = word.text
    if _unknown_place_after_genitive(morph, text, noun.text):
        return Span(span.doc, span.start + 1, span.end, label="PER")
    # (a word the foreign names' lexicon alone lists stays out too: "Тайга", a Japanese given name)
    # (a surname only where the word is a place's name too: "полиции Ростова Н. Кудряшов")
    # (an oblique case of a listed foreign first name is no thing's name in apposition, which stands in the
    # nominative: "задала вопросы Марше Т. Колман", Марша's dative)
    if not morph.is_known(text) or listed_first(morph, text) or any(
            case != "nomn" for case, _g, _n in foreign_first_forms(text)) or any(
            _tagged(morph, text, gram) for gram in ("Name", "Patr")) or (
            _tagged(morph, text, "Surn") and not any(_tagged(morph, text, g) for g in ("Geox", "Orgn"))):
        return span
    return Span(span.doc, span.start + 1, span.end, label="PER")


def with_initials_before(span: Span, covered: set[int]) -> Span:
    """One or two initials right before a one-word person span, outside any other span, that the tagger
    left out (after a thing's name: "шахты Распадская В. Орлов", where it reads "В" as the preposition):
    one mention. A letter with a dot after it is no preposition."""
    doc, start = span.doc, span.start
    if span.label_ != "PER" or len(span) != 1 or not _capitalized(span[0]) or span[0].is_sent_start:
        return span
    for _ in range(2):
        if start < 2 or doc[start - 1].text != "." or start - 2 in covered or not is_initial(doc[start - 2].text) \
                or doc[start - 2].whitespace_:
            break
        start -= 2
    return span if start == span.start else Span(doc, start, span.end, label="PER")
