"""The word a verb after a mention would stand at, over what may come between the subject and its
verb: the dot of the mention's last initial ("Дворникова Ю. В. пояснила"), adverbs and particles
("не", "также"), and one prepositional phrase ("в судебное заседание не явилась", "на заседании
отметила"). Read by :func:`rufacts.entities.name_subject_cues._woman_in_post`, whose post before the
name agrees with the verb found so: a feminine verb makes the name after a masculine post (a man's
genitive or a woman's nominative, "Представитель истца Дворникова Ю. В.") hers, in the nominative."""
from __future__ import annotations

GAP = frozenset({"ADV", "PART"})  # "не", "также", "уже"
PHRASE = frozenset({"ADJ", "DET", "NUM", "NOUN"})  # the words of a prepositional phrase after its preposition
MAX_PHRASE = 4  # words of one phrase: "в судебное заседание", "на очередном заседании комиссии"
MAX_GAP = 3


def word_after(span):
    """The first word after ``span`` past an initial's dot, adverbs and particles, and at most one
    prepositional phrase; None at the end of the text or of the clause (a comma is no gap)."""
    doc = span.doc
    k = span.end
    if k < len(doc) and doc[k].text == "." and len(doc[k - 1].text) == 1 and doc[k - 1].text.isupper():
        k += 1  # the dot of a last initial the mention leaves out
    k = _over(doc, k, GAP, MAX_GAP)
    if k < len(doc) and doc[k].pos_ == "ADP" and doc[k].is_alpha:
        phrase = _over(doc, k + 1, PHRASE, MAX_PHRASE)
        if phrase > k + 1 and phrase < len(doc) and doc[phrase - 1].pos_ == "NOUN":
            k = _over(doc, phrase, GAP, MAX_GAP)
    return doc[k] if k < len(doc) else None


def _over(doc, k: int, kinds: frozenset, most: int) -> int:
    start = k
    while k < len(doc) and k - start < most and doc[k].pos_ in kinds and doc[k].is_alpha:
        k += 1
    return k
