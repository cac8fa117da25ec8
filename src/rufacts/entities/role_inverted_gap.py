"""The verb of an inverted role clause across what is written between it and the name
(w113): "Новым мэром Хабаровска избран бывший вице-губернатор края Сергей Кравчук", "Новым
премьером Норвегии стал лидер лейбористов Ула Хансен", "Финансовым директором холдинга
назначен 44-летний Игорь Сомов", "гендиректором станет именно Соколова": the name's own role
phrases in the nominative (read by :func:`.roles.roles_before`), an age or a nationality, and
a few adverbs (``lexicons/role_inverted_adverbs.txt``) may stand between the verb and the name,
and adverbs between the role and the verb ("Ректором МГУ вновь избран")."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ..lexicons import load_list
from .role_between import inserted

MAX_GAP = 4  # words skipped between the verb and the name or its own role phrase


def inverted_verb(doc: Doc, start: int, verbs: set[str]) -> Optional[int]:
    """The token index of a verb in ``verbs`` (lemmas) before ``start`` -- where a name or the
    name's own nominative role phrases begin -- across an age, a nationality or an adverb of
    ``role_inverted_adverbs.txt``; else None."""
    adverbs = load_list("role_inverted_adverbs.txt")
    i = start - 1
    skipped = 0
    while i > 0 and skipped < MAX_GAP:
        if doc[i].lemma_ in verbs and doc[i].pos_ in ("VERB", "AUX"):
            return i
        width = inserted(doc, i) or (1 if doc[i].lower_ in adverbs else 0)
        if not width:
            return None
        i -= width
        skipped += width
    return None


def role_end(doc: Doc, verb: int) -> int:
    """Where the instrumental role phrase before ``verb`` ends, across adverbs of
    ``role_inverted_adverbs.txt`` ("Ректором МГУ вновь избран")."""
    adverbs = load_list("role_inverted_adverbs.txt")
    end = verb
    while end > 1 and verb - end < 2 and doc[end - 1].lower_ in adverbs:
        end -= 1
    return end
