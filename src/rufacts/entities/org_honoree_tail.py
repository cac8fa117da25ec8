"""An organization's name cut at "им." or "имени": the tagger ends the body at the word and reads
the honoree after it as a person of its own ("[Театра им.] [Йозефа Бойса]"). The name of a body
named after a person goes on to the end of that person's name (docs/gold-conventions.md: the
"имени" phrase is part of the name); the person span stays, as the honoree is a person mention
too. Read by :func:`rufacts.entities.org_name_extent.joined_orgs`.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .institutions import after_named

MAX_PERSON = 4  # "А. В. Вишневского" is four tokens with its dots


def honoree_end(doc: Doc, org: Span, persons: dict[int, Span]) -> int | None:
    """End of the person right after ``org`` when ``org`` ends at "имени"/"им." (its dot inside
    or right after it); None where it does not."""
    start = after_named(doc, org.end - 1)  # ("им" without its dot is a pronoun)
    if start is None:
        return None
    person = persons.get(start)
    if person is None or len(person) > MAX_PERSON or not person[-1].text[:1].isupper() \
            or any(t.is_sent_start for t in person):
        return None
    return person.end
