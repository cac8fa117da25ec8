"""Shared pieces of the sector-tagger experiment: the gold split, the tokens (rufacts' own
sector tokenizer, ``grammars.sector_words.tokenize``: razdel with digit groups joined) and
the readings of a token span the rules use (``count_value``, ``object_lemma``). The readings
the pipeline uses too (``value_of``, ``object_of``, ``words_spaces``, ``lemma_norm``,
``make_doc``) live in the package: ``rufacts.grammars.sector_learned_assembly`` and
``rufacts.components.sector_learned``."""
from __future__ import annotations

import glob
import json
import os

from rufacts.components.sector_learned import make_doc  # noqa: F401  (train.py)
from rufacts.grammars.morph import get_morph
from rufacts.grammars.sector_learned_assembly import LABELS, lemma_norm, object_of  # noqa: F401
from rufacts.grammars.sector_learned_assembly import value_of, words_spaces  # noqa: F401
from rufacts.grammars.sector_number_tokens import is_scale
from rufacts.grammars.sector_words import forms, tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLD = os.path.join(ROOT, "tests", "gold")
EVAL_FILES = ("sectors-news-blind-15.jsonl", "sectors-news-16.jsonl")  # model-a's (round 16)

#: round-18 files: never aligned, trained on, opened or scored here (model-c trains on the
#: round-17 files, second-look now; model-b's runs excluded them as ROUND17)
ROUND18 = ("news-19", "blind-18")
#: model-b's selection run holds these out (by file); its final model is trained on them too
HELD_OUT = ("sectors-news-blind-16.jsonl", "sectors-news-17.jsonl")


def _forbidden(name: str) -> bool:
    return any(part in name for part in ROUND18)


def train_files(held: tuple = ()) -> list[str]:
    """Every sector gold file but the ``held`` ones and the round-18 files."""
    names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(GOLD, "sectors*.jsonl")))
    return [n for n in names if n not in held and not _forbidden(n)]


def read(name: str) -> list[dict]:
    path = name if os.path.sep in name else os.path.join(GOLD, name)
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def morph():
    return get_morph()


def tokens(text: str) -> list:
    """yargy tokens with character offsets, the tokens the sector rules read."""
    return tokenize(morph(), text)


def lemmas(token) -> set[str]:
    out = {token.value.lower().replace("ё", "е")}
    for f in forms(token):
        out.add(f.normalized.replace("ё", "е"))
    return out


#: words of a numeral phrase that are no number alone: "полтора десятка", "сотни полторы",
#: "две с лишним тысячи", "двух с половиной тысяч" (read whole by ``count_value``)
HALF = frozenset({"полтора", "полторы", "полутора"})
INNER = HALF | {"с", "лишним", "лишком", "половиной"}


def number_start(token) -> bool:
    """A token a count can begin with: digits, a word read alone as a number, "полтора"."""
    if token.type == "INT" or token.value[:1].isdigit():
        return True
    return token.value.lower() in HALF or value_of([token]) is not None


def number_span_ok(toks: list) -> bool:
    """Every token of a count span is a number word, digits, a scale word or its dot, or a
    word of a numeral phrase (``INNER``); the span ends on no "с"/"половиной" alone."""
    return number_start(toks[0]) and all(
        t.value == "." or number_start(t) or is_scale(t) or t.value.lower() in INNER
        for t in toks[1:]) and toks[-1].value.lower() not in INNER - HALF
