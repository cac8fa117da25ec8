"""Shared pieces of the sector-tagger experiment: the gold split, the tokens (rufacts' own
sector tokenizer, ``grammars.sector_words.tokenize``: razdel with digit groups joined) and
the readings of a token span the rules use (``count_value``, ``object_lemma``)."""
from __future__ import annotations

import glob
import json
import os

from rufacts.grammars.morph import get_morph
from rufacts.grammars.sector_context import count_value, object_lemma, written_lemma
from rufacts.grammars.sector_number_tokens import is_scale
from rufacts.grammars.sector_words import forms, tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOLD = os.path.join(ROOT, "tests", "gold")
EVAL_FILES = ("sectors-news-blind-15.jsonl", "sectors-news-16.jsonl")
LABELS = ("COUNT", "OBJECT", "SECTOR", "TOTAL")


#: never trained on: the round-16 files, written after the model (scored once, by the lead)
NOT_TRAINED = ("blind-16", "news-17")


def _forbidden(name: str) -> bool:
    return any(part in name for part in NOT_TRAINED)


def train_files() -> list[str]:
    """Every sector gold file but the two evaluation files and the round-16 files."""
    names = sorted(os.path.basename(p) for p in glob.glob(os.path.join(GOLD, "sectors*.jsonl")))
    return [n for n in names if n not in EVAL_FILES and not _forbidden(n)]


def read(name: str) -> list[dict]:
    path = name if os.path.sep in name else os.path.join(GOLD, name)
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def morph():
    return get_morph()


def tokens(text: str) -> list:
    """yargy tokens with character offsets, the tokens the sector rules read."""
    return tokenize(morph(), text)


def words_spaces(toks: list, text: str) -> tuple[list[str], list[bool]]:
    words = [t.value for t in toks]
    spaces = [toks[i].span.stop < (toks[i + 1].span.start if i + 1 < len(toks) else len(text))
              for i in range(len(toks))]
    return words, spaces


def lemmas(token) -> set[str]:
    out = {token.value.lower().replace("ё", "е")}
    for f in forms(token):
        out.add(f.normalized.replace("ё", "е"))
    return out


def value_of(toks: list) -> int | None:
    try:
        return count_value(morph(), toks)
    except Exception:  # a reading the rules' helper does not expect
        return None


def number_start(token) -> bool:
    """A token a count can begin with: digits, or a word read alone as a number."""
    if token.type == "INT" or token.value[:1].isdigit():
        return True
    return value_of([token]) is not None


def number_span_ok(toks: list) -> bool:
    """Every token of a count span is a number word, digits, a scale word or its dot."""
    return number_start(toks[0]) and all(
        t.value == "." or number_start(t) or is_scale(t) for t in toks[1:])


def object_of(token) -> str | None:
    """The counted noun's normal form, as the rules give it: a fused compound's own lemma
    ("фармзавод") first, then the object lexicon's lemma, then the first noun reading."""
    if not forms(token):
        return token.value if token.value.isupper() else None
    if token.value.isupper() and len(token.value) <= 5:  # "ИП", "КФХ" as written
        return token.value
    found = written_lemma(token) or object_lemma(token)
    if found:
        return found
    nouns = [f.normalized for f in forms(token) if "NOUN" in f.grams.values]
    return nouns[0] if nouns else forms(token)[0].normalized


def lemma_norm(word: str) -> str:
    """The word's first pymorphy3 lemma (digits and punctuation as written, lower case)."""
    parses = morph().parse(word)
    return (parses[0].normal_form if parses else word.lower()).replace("ё", "е")


def make_doc(nlp, words: list[str], spaces: list[bool]):
    """A Doc of the given words; where the model was trained on lemma norms
    (``nlp.meta["rufacts_norm"] == "lemma"``), each token's NORM is its lemma, so that
    the hash embedding sees "компаний" and "компании" as one word (the suffix keeps the case)."""
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    if nlp.meta.get("rufacts_norm") == "lemma":
        for token in doc:
            token.norm_ = lemma_norm(token.text)
    return doc
