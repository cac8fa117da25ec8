"""A quoted name a player or a worker moves into, in a sentence about clubs: "Полузащитник перешёл
в «Текстиль Сан-Бернардо»", "вернулся в «Депортиво Пасто»". The preposition "в"/"на" after a word of
a move (``lexicons/org_motion_words.txt``, at most two words between) governs the accusative, and
with a word of the game in the sentence (``lexicons/org_club_contexts.txt``: "полузащитник",
"тренер", "матч") and no title cue (``lexicons/quoted_title_cues.txt``) the name is a club's, even one
that no list of clubs holds. Read by :func:`rufacts.entities.quoted.slot`."""
from __future__ import annotations

from spacy.tokens import Doc

from ..lexicons import load_list
from .org_quoted_slot_endings import MOTION_PREPS, _moved_into


def moved_club(doc: Doc, i: int, j: int, k: int, cases: set[str]) -> bool:
    """Whether the quoted name ``doc[i+1:j]`` after the word ``doc[k]`` is a club moved into."""
    if k < 0 or doc[k].lower_ not in MOTION_PREPS or cases and "accs" not in cases or not _moved_into(doc, k):
        return False
    return club_sentence(doc, i, j)


def club_sentence(doc: Doc, i: int, j: int) -> bool:
    """The sentence of the quoted name ``doc[i+1:j]`` is about a game between clubs
    (``lexicons/org_club_contexts.txt``: "гол", "матч", "тренер"), with no title cue
    (``lexicons/quoted_title_cues.txt``)."""
    start = i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = j + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    lemmas = {t.lemma_.lower() for t in doc[start:end] if t.is_alpha or "-" in t.text}
    return bool(lemmas & load_list("org_club_contexts.txt")) and not lemmas & load_list("quoted_title_cues.txt")
