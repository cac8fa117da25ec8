"""The case of a name after a post noun that shows none of its own: an indeclinable post ("замглавы",
"замминистра", pymorphy3's Fixd; a fused "зам"-, "пом"- before a post's genitive, "замгубернатора",
``lexicons/name_fused_posts.txt``) stands in the case of the word that governs it, and so does the
name in apposition to it ("направить замглавы Петрищеву А. В.": the dative, Петрищев, not a woman's
accusative; "с замминистра X": the instrumental). Read by :func:`rufacts.entities.name_apposition.oblique_apposition`
and :func:`rufacts.entities.names_group.name_hints` (a participle used as a post noun, "управляющему X",
which the tagger reads as a verb)."""
from __future__ import annotations

from functools import lru_cache

from ..lexicons import load_list, load_rows
from .name_role_compounds import unprefixed

ROLE_PARTS = ("ADJ", "DET")


@lru_cache(maxsize=1)
def _governing() -> dict[str, frozenset[str]]:
    """The cases a preposition (``lexicons/name_context.tsv``) or a verb (``lexicons/name_verbs.tsv``)
    governs in a person after it."""
    found = {word: frozenset(cases.split(",")) for word, cases in load_rows("name_verbs.tsv")}
    found.update({word: frozenset(cases.split(",")) for word, cases in load_rows("name_context.tsv")})
    return found


def indeclinable_post(token, morph) -> bool:
    """A singular post noun that does not decline: the dictionary's indeclinable person noun
    ("замглавы", "замминистра") or a listed fused prefix before a post noun's genitive
    ("замгубернатора", "помпрокурора", "врио")."""
    return _indeclinable_post_word(token.text.lower(), morph)


@lru_cache(maxsize=8192)
def _indeclinable_post_word(lower: str, morph) -> bool:
    """:func:`indeclinable_post` of the word in lower case, kept by the word (each listed prefix
    tried on it: ~25 ms less per pass over factRuEval dev)."""
    word = unprefixed(lower)
    if word in load_list("name_fused_posts.txt"):
        return True
    parses = morph.parse(word)
    if any(p.tag.POS == "NOUN" and {"Fixd", "anim", "sing"} <= p.tag.grammemes for p in parses):
        return True
    roles = load_list("role_words.txt")
    return any(word.startswith(prefix) and len(word) > len(prefix) + 3 and any(
        p.tag.case == "gent" and "sing" in p.tag.grammemes and p.normal_form in roles
        for p in morph.parse(word[len(prefix):])) for prefix in load_list("name_fused_posts.txt"))


def post_governed_cases(doc, i: int, morph) -> frozenset[str]:
    """The oblique cases the word before the indeclinable post at ``i`` (over its adjectives) governs:
    a preposition's or a verb's, as the lexicons list them; empty else (a post with no governing word
    before it may be a subject: "Замглавы района X заявил")."""
    if not indeclinable_post(doc[i], morph):
        return frozenset()
    j = i - 1
    while j >= 0 and doc[j].pos_ in ROLE_PARTS:
        j -= 1
    if j < 0 or doc[j].pos_ not in ("ADP", "VERB", "AUX"):
        return frozenset()
    key = doc[j].lower_ if doc[j].pos_ == "ADP" else doc[j].lemma_.lower()
    return _governing().get(key, frozenset()) - {"nomn"}


def participle_post(token, morph) -> bool:
    """A participle in an oblique case right before the name, which the tagger reads as a verb, and
    which the dictionary has as used for a person (Subx, "управляющему", "заведующему") or as a person
    noun ("исполняющему"): a post the name stands in apposition to; not a participle that governs the
    name ("принадлежащей Ботвину")."""
    if token.pos_ != "VERB" or not token.morph.get("Case") or "Nom" in token.morph.get("Case"):
        return False
    return any("Subx" in p.tag.grammemes or (p.tag.POS == "NOUN" and "anim" in p.tag.grammemes)
               for p in morph.parse(token.text.lower()))
