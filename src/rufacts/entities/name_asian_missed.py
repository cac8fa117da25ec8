"""A Chinese, Korean or Vietnamese name the tagger missed ("Переговоры с То Ламом", "встретился
в Пекине с Го Цзяньпином", "с Ле Хоанг Намом"): two to four capitalized words that no span
covers, not opening the sentence, the first a family name of ``lexicons/east_asian_surnames.txt``
(of the three-word list only as the first of three) or one syllable of an inventory (a name of whole
syllables, entities/name_asian_syllables.py), the last a word the dictionary does not know,
that :func:`rufacts.entities.names_asian.asian_name` reads as a family name and given-name
syllables; used by :func:`rufacts.entities.names_missed.missed_names`. Such a name the tagger
took for a place or an organization as a whole is a person too, and so is one whose last given
syllable it took for a place ("Ли Сын" + "Ману")."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.letters import VOWELS_WITH_YO as VOWELS
from ..grammars.morph import Morph
from ..lexicons import load_list
from .name_words import _capitalized
from .first_names import name_class
from .name_asian_syllables import is_syllable
from .names_asian import asian_name, burmese, declined_family, east_asian_first, given_nominative


def _family(token) -> bool:
    """A word that may open such a name: a listed family name, or one syllable of an inventory
    (name_asian_syllables: "Ё" of "Ё Сын Бэ", "Лэн" of "Лэн Гоцин"); asian_name decides."""
    return token.lower_ in east_asian_first() or is_syllable(token.text)


def asian_missed(doc: Doc, i: int, covered: set[int], morph: Morph) -> int:
    """The number of words (4, 3 or 2) of an East Asian name the tagger missed at ``i``, else 0."""
    a = doc[i]
    if i in covered or a.is_sent_start or not (_family(a) or declined_family([t.text for t in doc[i:i + 3]])):
        return 0  # (a declined family name: "с Кимом Чен Иром", names_asian.declined_family)
    for size in (4, 3, 2):
        end = i + size
        if end > len(doc) or covered & set(range(i, end)) or not all(_capitalized(t) for t in doc[i + 1:end]):
            continue
        if end < len(doc) and _capitalized(doc[end]):
            continue  # a longer run of capitalized words is something else
        last = doc[end - 1].text
        if (morph.is_known(last) and not _listed_three(doc, i, end)) \
                or asian_name(morph, [t.text for t in doc[i:end]]) is None:
            continue
        return size
    return 0


def _listed_three(doc: Doc, i: int, end: int) -> bool:
    """Three words, a listed family name and two given syllables as written, the last one a word the
    dictionary knows too ("Тен Сон Ми": ми, the note; "Ким Ён Нам"): a Korean name still, three one-syllable
    capitalized words opened by a family name being no Russian phrase."""
    return end - i == 3 and doc[i].lower_ in east_asian_first() and all(is_syllable(t.text) for t in doc[i + 1:end])


def asian_place(span: Span, morph: Morph) -> Span:
    """A place or organization span that is such a name as a whole ("Переговоры с То Ламом"
    tagged as a place): a person."""
    if span.label_ not in ("LOC", "ORG") or len(span) not in (2, 3, 4) or span[0].is_sent_start \
            or not _family(span[0]) or not all(_capitalized(t) for t in span) \
            or morph.is_known(span[-1].text) or asian_name(morph, [t.text for t in span]) is None:
        return span
    return Span(span.doc, span.start, span.end, label="PER")


def asian_tail(span: Span, morph: Morph) -> list[Span]:
    """A place or organization span that runs on into such a name ("провинции Цзилинь Мяо Цзяньго",
    "Хэйлунцзян Цуй Вэйминь" tagged as one place): the place before it, and the name a person."""
    if span.label_ == "PER":
        return _person_tail(span, morph)
    if span.label_ not in ("LOC", "ORG") or len(span) < 3:
        return [span]
    if not all(_capitalized(t) for t in span):  # "Лю Юнхуа арбитражный суд"
        return _asian_head(span, morph) if _capitalized(span[0]) and _capitalized(span[1]) else [span]
    if morph.is_known(span[-1].text):
        return _asian_head(span, morph)
    for size in (2, 3):
        start = span.end - size
        if start <= span.start:
            continue
        family = span.doc[start].lower_
        if family not in (east_asian_first() if size == 3 else load_list("east_asian_surnames.txt")):
            continue
        if asian_name(morph, [t.text for t in span.doc[start:span.end]]) is not None:
            return [Span(span.doc, span.start, start, label=span.label_), Span(span.doc, start, span.end, label="PER")]
    return [span]


def _asian_head(span: Span, morph: Morph) -> list[Span]:
    """A place or organization span that opens with such a name and runs on into a word the dictionary
    knows as a place or body ("При Нгуен Тан Зунге Вьетнам вступил ..." tagged as one place): the name a
    person, the words after it as tagged; or into lower-case words the tagger took for the body's kind
    ("с Лю Юнхуа арбитражный суд расторг", the subject after the name): the name alone a person, the
    words after it no name. The name's last word is one the dictionary does not know."""
    if span[0].is_sent_start or span[0].lower_ not in east_asian_first():
        return [span]
    for size in (4, 3, 2):
        end = span.start + size
        if end >= span.end or morph.is_known(span.doc[end - 1].text) or not all(
                _capitalized(t) for t in span.doc[span.start:end]) or (
                size == 2 and span[0].lower_ not in load_list("east_asian_surnames.txt")):
            continue
        lower = all(t.is_lower for t in span.doc[end:span.end])  # "с Лю Юнхуа арбитражный суд расторг"
        if not lower and not all(any({"Geox", "Orgn"} & p.tag.grammemes for p in morph.parse(t.text))
                                 for t in span.doc[end:span.end]):
            continue
        if asian_name(morph, [t.text for t in span.doc[span.start:end]]) is not None:
            person = Span(span.doc, span.start, end, label="PER")
            return [person] if lower else [person, Span(span.doc, end, span.end, label=span.label_)]
    return [span]


def _person_tail(span: Span, morph: Morph) -> list[Span]:
    """A person span of a word or two before such a name of three words, with a listed family name
    ("провинции Кёнгидо Пак Сон Мин" tagged as one person), that as a whole is no such name and whose
    words before it are no first names nor syllables: the name alone (the words before it left out)."""
    if len(span) < 3 or not all(_capitalized(t) for t in span) or span[0].is_sent_start \
            or asian_name(morph, [t.text for t in span]) is not None:
        return [span]
    start = span.end - 3  # a name of three words ("Ван Дамм" after "Ив" is no Chinese name)
    if start <= span.start or span.doc[start].lower_ not in east_asian_first():
        return [span]
    if any(name_class(t.text, None) or is_syllable(t.text)
           or any("Name" in p.tag.grammemes for p in morph.parse(t.text)) for t in span.doc[span.start:start]):
        return [span]
    if asian_name(morph, [t.text for t in span.doc[start:span.end]]) is not None:
        return [Span(span.doc, start, span.end, label="PER")]
    return [span]


def asian_family_before(span: Span, covered: set[int], morph: Morph) -> Span:
    """A two-word person span the tagger cut after a Vietnamese or Korean family name it left out
    ("принял Во" + "Ван Тхыонг", "с Ко" + "Дон Чжином"): the three words, where they read as one
    such name (a listed family name, or one of syllables: names_asian.asian_name; a listed one declined
    in the case of the last syllable: "цитирует Хвана" + "Чжан Епа", names_asian.declined_family); a one-word span
    after a listed family name likewise ("с Гао" + "Юньлуном", Гао read as the town in Mali)."""
    i = span.start - 1
    if span.label_ != "PER" or len(span) not in (1, 2) or i < 0 or i in covered \
            or not (_capitalized(span.doc[i]) or asian_family_letter(Span(span.doc, i, span.end))) \
            or not all(_capitalized(t) for t in span):
        return span
    family = span.doc[i]
    declined = len(span) == 2 and declined_family([family.text] + [t.text for t in span]) is not None
    if family.lower_ not in east_asian_first() and not declined and (family.is_sent_start or not is_syllable(family.text)):
        return span  # an unlisted family name of one syllable ("с Ко Дон Чжином"), not opening the sentence
    if len(span) == 1 and family.lower_ not in load_list("east_asian_surnames.txt"):
        return span  # a given name alone after it ("с Гао" + "Юньлуном"): only a listed family name
    if asian_name(morph, [span.doc[i].text] + [t.text for t in span]) is None:
        return span
    return Span(span.doc, i, span.end, label="PER")


# the words of "у X есть / нет ...", where a one-letter "У" opening the sentence is the preposition
HAVING = frozenset({"есть", "нет", "было", "были", "будет", "будут", "имеется", "имеются"})


def letter_families(doc: Doc) -> set[int]:
    """Indices ``i`` of the doc where :func:`letter_family` holds, found by the doc's word index
    (one test per distinct word) instead of a test of every word."""
    from .doc_words import word_positions

    return {i for i in word_positions(doc, lambda text: len(text) == 1 and text.isupper(), capital=True)
            if letter_family(doc, i)}


def letter_family(doc: Doc, i: int) -> bool:
    """``doc[i]`` is a listed family name of one capital letter after a word ("Е", "У", "О": "наградили Е
    Лючжэня"), which may open such a name though it is no capitalized word of the usual shape."""
    token = doc[i]
    return len(token.text) == 1 and token.text.isupper() and i > 0 and _word(doc[i - 1]) \
        and token.lower_ in east_asian_first()


def _word(token) -> bool:
    """A word of letters, hyphenated ones too ("вице-президент О Сын Мин", "экс-посла У Кэня")."""
    return token.is_alpha or ("-" in token.text and token.text.replace("-", "").isalpha())


def asian_family_letter(span: Span) -> bool:
    """A person span opened by a capital family name of one letter that is a preposition too ("цитируют У
    Цзинляня", "мэр Сеула О Се Хун"): after a word, not opening the sentence nor a quote, and read as
    one such name as a whole (names_asian.asian_name), it is the family name, no preposition. Opening
    the sentence, so before one given word that shows the nominative where it would decline ("У Кэнь
    заявил": "у" would want "Кэня"; not "У Ли Цяна есть ...")."""
    from ..grammars.morph import get_morph
    first = span[0]
    if len(span) not in (2, 3) or len(first.text) != 1 or not first.text.isupper() \
            or first.lower_ not in east_asian_first():
        return False
    if first.is_sent_start:
        word = span[-1].text
        after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        if len(span) != 2 or word[-1:].lower() in VOWELS or given_nominative(word) != word or after in HAVING:
            return False  # ("У Мэйлин есть дочь": a woman's given name after the preposition)
    elif not letter_family(span.doc, span.start):
        return False
    return asian_name(get_morph(), [t.text for t in span]) is not None


def listed_family_name(morph: Morph, words) -> bool:
    """The words (tokens) are one such name opened by a listed family name that is a common noun too ("Пак
    Мин Сока назначили ...": пак, pack ice; "Хан Дон Хун"): at a sentence's start the noun is no lead word."""
    return words[0].lower_ in load_list("east_asian_surnames.txt") and all(_capitalized(t) for t in words) \
        and asian_name(morph, [t.text for t in words]) is not None


def given_or_family(morph: Morph, span: Span) -> bool:
    """Two words opening a sentence that are one name though the first is a noun for a person too: a first
    name that is a common noun ("Буян Иргит", name_first_opening) or a listed family name ("Тан Сяолуна":
    тан, a thane)."""
    from .name_first_opening import opening_first_name
    return opening_first_name(morph, span[0].text, span[1].text) or listed_family_name(morph, list(span))


def asian_joined(a: Span, b: Span, morph: Morph) -> Span | None:
    """Two person spans side by side that the tagger cut inside a Vietnamese name, where a given
    syllable is a family name too ("Нгуен Тхи" + "Ким Нган"), or inside a Burmese one: one span of three
    or four words, where the first is a family name or every word a Burmese syllable, and the whole reads
    as one such name; else None."""
    if b.start != a.end or len(a) + len(b) not in (3, 4) or not all(_capitalized(t) for t in (*a, *b)):
        return None
    if a[0].lower_ not in east_asian_first() and not burmese(morph, [t.text for t in (*a, *b)]):
        return None  # (a Burmese name has no family name: "Кхин" + "Маунг Чжо", every word a Burmese syllable)
    if asian_name(morph, [t.text for t in (*a, *b)]) is None:
        return None
    return Span(a.doc, a.start, b.end, label="PER")


def asian_family_spans(spans: list[Span], morph: Morph) -> list[Span]:
    """A one-word place or organization span the tagger made of the family name right before a
    one- or two-word person span ("Квак" + "Хён Ук", "компании Ко" + "Дон Чжином"): one person span of the
    three words, where they read as one such name (:func:`asian_family_before`)."""
    starts = {span.start: span for span in spans if span.label_ == "PER" and len(span) in (1, 2)}
    merged, drop = {}, set()
    for span in spans:
        after = starts.get(span.end)
        if len(span) != 1 or span.label_ not in ("LOC", "ORG") or after is None or span[0].is_sent_start:
            continue
        joined = asian_family_before(after, set(), morph)
        if joined.start == span.start:
            merged[after.start] = joined
            drop.add(span.start)
    if not merged:
        return spans
    return [merged.get(span.start, span) for span in spans if not (len(span) == 1 and span.start in drop
                                                                     and span.label_ != "PER")]


def asian_given_after(spans: list[Span], morph: Morph) -> list[Span]:
    """A one-word place or organization span the tagger made of the last given syllable of a
    Korean or Vietnamese name, right after a two-word person span of a listed family name and one
    syllable ("Ли Сын" + "Ману", of Ман, read as the place Мана): one person span of the three words,
    where the last is one syllable of an inventory in the nominative (names_asian.given_nominative)
    and the whole reads as one such name."""
    by_start = {span.start: span for span in spans if span.label_ in ("LOC", "ORG") and len(span) == 1}
    merged, drop = {}, set()
    for span in spans:
        after = by_start.get(span.end)
        if span.label_ != "PER" or len(span) != 2 or after is None or span[0].lower_ not in east_asian_first() \
                or not is_syllable(span[1].text) or not _capitalized(after[0]) \
                or (after.end < len(span.doc) and _capitalized(span.doc[after.end])):
            continue
        if not is_syllable(given_nominative(after[0].text)):
            continue
        if asian_name(morph, [t.text for t in (*span, *after)]) is not None:
            merged[span.start] = Span(span.doc, span.start, after.end, label="PER")
            drop.add(after.start)
    if not merged:
        return spans
    return [merged.get(span.start, span) for span in spans
            if not (span.start in drop and span.label_ != "PER" and len(span) == 1)]
