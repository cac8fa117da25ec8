"""The word a verb after a mention would stand at: one walker (:func:`walk`) over what may come
between a subject and its verb, its bounds (how many words, which ones) given by each rule, and the
steps the rules share: the dot of the mention's last initial ("Дворникова Ю. В. пояснила",
:func:`past_initial_dot`), adverbs and particles ("не", "также": :func:`over_adverbs`), one
prepositional phrase ("в судебное заседание не явилась", "на заседании отметила"), a name's closing
quote ("«Мирта» начала": :func:`after_closing_quote`).

:func:`word_after` is read by :func:`rufacts.entities.name_subject_cues._woman_in_post`, whose post
before the name agrees with the verb found so: a feminine verb makes the name after a masculine post
(a man's genitive or a woman's nominative, "Представитель истца Дворникова Ю. В.") hers, in the
nominative. The other walks: :func:`rufacts.entities.name_post_chain._verb_after`,
:func:`rufacts.entities.name_verb_agreement.verb_over_adverbs`,
:func:`rufacts.entities.name_verb_forms.lower_verb_after`,
:func:`rufacts.entities.org_quoted_business.feminine_verb_after` and
:func:`rufacts.entities.org_case._subject_of_verb_after`."""
from __future__ import annotations

from typing import Callable

from .quotes import CLOSING_QUOTES

GAP = frozenset({"ADV", "PART"})  # "не", "также", "уже"
PHRASE = frozenset({"ADJ", "DET", "NUM", "NOUN"})  # the words of a prepositional phrase after its preposition
MAX_PHRASE = 4  # words of one phrase: "в судебное заседание", "на очередном заседании комиссии"
MAX_GAP = 3


def walk(doc, k: int, over: Callable[..., object], most: int) -> int:
    """The index where a walk from ``doc[k]`` stops: past at most ``most`` words, each one that
    ``over(word, passed)`` accepts (``passed``: how many words the walk has passed before it)."""
    start = k
    while k < len(doc) and k - start < most and over(doc[k], k - start):
        k += 1
    return k


def word_at(doc, k: int):
    """``doc[k]``, None past the end of the text."""
    return doc[k] if k < len(doc) else None


def past_initial_dot(doc, end: int, capital: bool = True) -> int:
    """Past the dot of a last initial a mention ending at ``end`` leaves out ("Ю. В" + "."): a dot
    after a word of one letter (a capital one, with ``capital``); else ``end``."""
    if end < len(doc) and doc[end].text == "." and len(doc[end - 1].text) == 1 \
            and (not capital or doc[end - 1].text.isupper()):
        return end + 1
    return end


def after_closing_quote(doc, last: int, quotes=CLOSING_QUOTES):
    """The word right after the quote (one of ``quotes``) that closes a name whose last word is
    ``doc[last]``; None where no such quote or no word after it stands."""
    k = last + 1
    if k + 1 >= len(doc) or doc[k].text not in quotes:
        return None
    return doc[k + 1]


def _kinds(kinds: frozenset) -> Callable[..., bool]:
    return lambda word, passed: word.pos_ in kinds and word.is_alpha


_ADVERB = _kinds(GAP)
_PHRASE = _kinds(PHRASE)


def over_adverbs(doc, k: int) -> int:
    """Past at most :data:`MAX_GAP` adverbs and particles from ``doc[k]`` ("также не")."""
    return walk(doc, k, _ADVERB, MAX_GAP)


def word_after(span):
    """The first word after ``span`` past an initial's dot, adverbs and particles, and at most one
    prepositional phrase; None at the end of the text or of the clause (a comma is no gap)."""
    doc = span.doc
    k = over_adverbs(doc, past_initial_dot(doc, span.end))
    if k < len(doc) and doc[k].pos_ == "ADP" and doc[k].is_alpha:
        phrase = walk(doc, k + 1, _PHRASE, MAX_PHRASE)
        if phrase > k + 1 and phrase < len(doc) and doc[phrase - 1].pos_ == "NOUN":
            k = over_adverbs(doc, phrase)
    return word_at(doc, k)

