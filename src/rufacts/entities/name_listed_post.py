"""A name right after a person noun that opens a listed item or a sentence with no verb to tell its case
(persons4545): "В числе номинантов — фотокорреспондент Н. С. Бережной и верстальщица О. П. Вишневецкая",
"Среди лауреатов: инженер А. В. Полевой, ...". The noun in the nominative names the person, and the
name after it stands in apposition, in the nominative too: a woman's oblique -ой ("Бережной" of Бережная)
would make her the noun's owner in the genitive, which a job noun does not take (a relation does:
"помощник Бережной", lexicons/kin_words.txt, left alone). Read by
:func:`rufacts.entities.name_subject_clause.nominative_apposition`, where no verb has told the case: a
``"nomn"`` hint of either gender, so that a man's adjectival surname in -ой stands as written
(entities/name_oy_surnames.py gives it a reading below the woman's)."""
from __future__ import annotations

from spacy.tokens import Span

from ..lexicons import load_list
from .doc_words import morph_values
from .names import is_initial

OPENERS = frozenset({"—", "–", ":"})  # a listed item's opening mark ("В числе номинантов — X")
CLOSERS = frozenset({",", ";", ".", "и", "!", "…"})  # the item's end: another item or the sentence's end
NOMINATIVE = frozenset({"nomn"})


def listed_post_nominative(span: Span) -> frozenset[str]:
    """{"nomn"} for a name right after a singular animate noun tagged nominative only (over adjectives
    in the nominative before it) that follows a dash or a colon or opens its sentence, where the name
    ends its item (a comma, "и" or the sentence's end after it); empty else."""
    doc = span.doc
    i = span.start - 1
    if i < 0:
        return frozenset()
    noun = doc[i]
    if noun.pos_ != "NOUN" or morph_values(noun, "Case") != ["Nom"] or "Anim" not in morph_values(noun, "Animacy") \
            or "Sing" not in morph_values(noun, "Number") or noun.lemma_.lower() in load_list("kin_words.txt"):
        return frozenset()
    j = i - 1
    while j >= 0 and doc[j].pos_ == "ADJ" and "Nom" in morph_values(doc[j], "Case"):
        j -= 1  # "главный фотокорреспондент"
    opened = j < 0 or doc[j].text in OPENERS or doc[j + 1].is_sent_start
    if not opened:
        return frozenset()
    end = span.end
    if end < len(doc) and doc[end].text == "." and is_initial(span[-1].text):
        end += 1  # "Бережной Н. С.": past the last initial's dot
    if end < len(doc) and doc[end].lower_ not in CLOSERS:
        return frozenset()
    return NOMINATIVE
