"""Words glued before an organization's name, cut off (docs/gold-conventions.md: the name is the
body's own; it stops at a verb, a person, a second body):

- a position word opening the sentence before a unit's lower-case name ("[Начальнику
  учебно-методического управления] Розе Мееровне Финкель объявлен выговор" -> учебно-методическое
  управление): the person's post, no part of the unit (``lexicons/role_words.txt`` through
  :func:`.role_phrase.is_role_word`);
- a noun opening the sentence and the preposition "о"/"об"/"про" after it ("[Новости о Краснодарском
  трамвайно-троллейбусном управлении] ..." -> Краснодарское трамвайно-троллейбусное управление): what
  is said about the body;
- a working group before the body it works in, no remit after ("[Рабочая группа Московской железной
  дороги] займётся ..." -> Московская железная дорога; ``lexicons/org_group_adjectives.txt``): the
  group has no name of its own ("Рабочая группа ООН по произвольным задержаниям" stays whole).

Read by :mod:`.span_passes` among the last passes, ORG spans only.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..grammars.folded import folded_lemma
from ..lexicons import load_list
from .role_phrase import is_role_word

ABOUT = frozenset({"о", "об", "обо", "про"})
REMITS = frozenset({"по", "при", "против", "для"})


def _role_lead(span: Span) -> int:
    """1 where a position word opens the sentence and the span before lower-case words."""
    first = span[0]
    return int(first.is_sent_start and first.pos_ == "NOUN" and is_role_word(first)
               and all(t.is_lower or not t.is_alpha for t in span[1:3]) and len(span) > 2)


def _about_lead(span: Span) -> int:
    """2 where the sentence's first noun and "о" open the span before a capitalized name."""
    first = span[0]
    return 2 if len(span) > 2 and first.is_sent_start and first.pos_ == "NOUN" and span[1].lower_ in ABOUT \
        and span[2].text[:1].isupper() else 0


def _group_lead(span: Span) -> int:
    """The length of "<adjective> группа" before a capitalized owner that runs to the span's end."""
    k = 0
    while k < len(span) - 1 and k < 2 and span[k].pos_ == "ADJ" \
            and folded_lemma(span[k]) in load_list("org_group_adjectives.txt"):
        k += 1
    if k == 0 or folded_lemma(span[k]) != "группа" or k + 1 >= len(span):
        return 0
    rest = span[k + 1:]
    if not rest[0].text[:1].isupper() or any(t.lower_ in REMITS for t in rest):
        return 0
    return k + 1


def unit_edges(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` with a post, a topic's noun or a working group cut off the organizations they open."""
    out, changed = [], False
    for s in spans:
        cut = (_role_lead(s) or _about_lead(s) or _group_lead(s)) if s.label_ == "ORG" and len(s) > 2 else 0
        if cut:
            s = Span(doc, s.start + cut, s.end, label="ORG")
            changed = True
        out.append(s)
    return sorted(out, key=lambda s: (s.start, -s.end)) if changed else spans
