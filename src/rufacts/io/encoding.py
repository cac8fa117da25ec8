"""The text encoding of each file, and clean strings out of decoded records.

Encodings are
detected per file: a byte-order mark decides first (UTF-8, UTF-16, UTF-32);
UTF-8 is taken when the file's first :data:`SAMPLE_BYTES` decode as UTF-8, or
when nearly all of their non-ASCII bytes do (a UTF-8 dump with a few damaged
records: those records become ``decode`` errors, the rest is read); otherwise the
Cyrillic single-byte encodings (cp1251, koi8-r, cp866, mac-cyrillic, iso8859-5) are tried
first, and the one whose decoding reads most like Russian text wins (statistical detectors
take a short koi8-r text for shift_jis); charset-normalizer names any other encoding.
:func:`doubtful_decoding` flags a text that still looks mis-decoded. Decompression is in
:mod:`rufacts.io.compressed`.
"""
from __future__ import annotations

import codecs
import io
import math
import re
from typing import Any, Optional, TextIO

from .compressed import SAMPLE_BYTES, InputError, peek

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)

_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_LATIN_CYRILLIC = re.compile("[^\u0000-\u024f\u0400-\u04ff]")
#: Containers nested deeper than this in one input record make it a ``bad_record``.
MAX_DEPTH = 100


def _mostly_utf8(sample: bytes) -> bool:
    """True if nearly all non-ASCII bytes of ``sample`` form valid UTF-8 sequences."""
    high = sum(1 for b in sample if b >= 0x80)
    if not high:
        return True
    bad = len(_SURROGATE.findall(sample.decode("utf-8", "surrogateescape")))
    return bad < high * 0.05 and bad < high


#: Single-byte Cyrillic encodings, tried before any statistical guess.
CYRILLIC_ENCODINGS = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5")
_RUSSIAN = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
_COMMON = frozenset("оеаинтсрвлкмОЕАИНТСРВЛКМ")  # about 70 % of the letters of Russian text
_PUNCT = frozenset("«»—–…№“”„’‘\xa0°")
_WORD = re.compile(r"[^\W\d_]+")


def russian_score(text: str) -> float:
    """How much ``text`` reads like Russian, 0..1: the share of its non-ASCII characters that
    are Russian letters (typographic punctuation counts half against), squared, times the share of its
    words cased as words are ("завод", "Завод", "ЗАВОД", not "зАВОД"), times the share of the
    most common letters among the Russian ones. A Cyrillic text decoded with the wrong
    Cyrillic encoding has its cases swapped, rare letters and stray symbols."""
    letters = sum(1 for c in text if c.isalpha())
    russian = [c for c in text if c in _RUSSIAN]
    if not russian or len(russian) < 0.3 * letters:
        return 0.0
    high = [c for c in text if c >= "\x80" and c not in _RUSSIAN]
    odd = sum(0.5 if c in _PUNCT else 1.0 for c in high)
    words = [w for w in _WORD.findall(text) if any(c in _RUSSIAN for c in w)]
    cased = sum(1 for w in words if w.islower() or w.isupper() or w.istitle())
    common = sum(1 for c in russian if c in _COMMON)
    clean = len(russian) / (len(russian) + odd)  # squared: a stray symbol weighs more than
    return clean ** 2 * cased / max(len(words), 1) * common / len(russian)  # a rare letter


#: How many leading bytes the Cyrillic encodings are scored on (a few thousand letters decide).
SCORE_BYTES = 4096


def _cyrillic_encoding(sample: bytes) -> Optional[str]:
    """The Cyrillic single-byte encoding under which ``sample`` reads as Russian, if any."""
    best, best_score = None, 0.0
    sample = sample[:SCORE_BYTES]
    for name in CYRILLIC_ENCODINGS:
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        score = russian_score(text)
        if score > best_score:
            best, best_score = name, score
    # Russian text decoded right scores about 0.6, a wrong decoding lower
    return codecs.lookup(best).name if best is not None and best_score >= 0.3 else None


def detect_encoding(sample: bytes, complete: bool = True) -> Optional[str]:
    """The encoding of a file from its leading bytes, or ``None`` for binary data.

    ``complete`` says whether ``sample`` is the whole file (else a multi-byte
    sequence cut at its end is not held against UTF-8).

    >>> detect_encoding("Мэр Москвы Сергей Собянин открыл завод.".encode("cp1251"))
    'cp1251'
    >>> detect_encoding("Мэр Москвы".encode("utf-8-sig")), detect_encoding(b"plain ascii")
    ('utf-8-sig', 'utf-8')
    """
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=complete)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(sample):
        return "utf-8"
    if b"\x00" not in sample:
        cyrillic = _cyrillic_encoding(sample)
        if cyrillic is not None:
            return cyrillic
    from charset_normalizer import from_bytes

    # without a byte-order mark, UTF-16/32 text has NUL bytes (in its spaces and digits)
    exclude = None if b"\x00" in sample else [
        "utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]
    best = from_bytes(sample, cp_exclusion=exclude).best()
    return None if best is None else codecs.lookup(best.encoding).name


def decode_document(data: bytes, source: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(text, encoding, error message) of a whole file's bytes; ``\\r\\n`` becomes ``\\n``.

    A few stray NUL bytes (at most one per thousand, no byte-order mark) are dropped
    first: a cp1251 article with one NUL is text, not binary data.
    """
    nuls = data.count(b"\0")
    if nuls and nuls <= max(1, len(data) // 1000) and not any(
            data.startswith(bom) for bom, _ in _BOMS):
        data = data.replace(b"\0", b"")
    encoding = detect_encoding(data[:SAMPLE_BYTES], complete=len(data) <= SAMPLE_BYTES)
    if encoding is None:
        return None, None, f"{source}: binary data, not text in any known encoding"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        return None, encoding, (f"{source}: not valid {encoding} "
                                f"({exc.reason} at byte {exc.start})")
    return text.replace("\r\n", "\n"), encoding, None


def text_stream(stream: io.BufferedReader, newline: Optional[str] = None,
                source: str = "") -> tuple[TextIO, str]:
    """A text stream over ``stream`` in its detected encoding, and that encoding.

    Undecodable bytes become lone surrogates (see :func:`has_undecodable`), so
    one damaged record does not stop the reading of the others; UTF-16/32
    streams replace them with U+FFFD instead.
    """
    encoding = detect_encoding(peek(stream), complete=False)
    if encoding is None:
        raise InputError(f"{source}: binary data, not text in any known encoding")
    errors = "replace" if encoding.startswith(("utf-16", "utf-32")) else "surrogateescape"
    return io.TextIOWrapper(stream, encoding=encoding, errors=errors,  # type: ignore[arg-type]
                            newline=newline), encoding


def doubtful_decoding(text: str) -> Optional[str]:
    """Why a decoded text looks mis-decoded (mojibake), or None: most of its letters are
    neither Cyrillic nor Latin, or it holds replacement characters (U+FFFD)."""
    # the letters outside Latin and Cyrillic first: a text without one (nearly all) is not
    # walked letter by letter
    other = sum(1 for c in _NOT_LATIN_CYRILLIC.findall(text) if c.isalpha())
    letters = [c for c in text if c.isalpha()] if other else ()
    if letters and other > len(letters) / 2:
        return (f"{other} of its {len(letters)} letters are neither Cyrillic nor Latin "
                f"(a wrong encoding?)")
    replaced = text.count("\ufffd")
    if replaced and (replaced >= 10 or replaced > len(text) / 1000):
        return f"{replaced} replacement characters (U+FFFD): undecodable bytes"
    return None


def has_undecodable(text: str) -> bool:
    """True if ``text`` holds undecodable bytes (lone surrogates) that UTF-8 cannot write."""
    return _SURROGATE.search(text) is not None


class TooDeep(ValueError):
    """A value nests containers deeper than :data:`MAX_DEPTH`."""


def clean_scalar(value: Any) -> Any:
    """A string without lone surrogates (U+FFFD instead); ``None`` for NaN and infinities
    (never valid JSON); anything else as is."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if has_undecodable(value) else value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def clean_strings(value: Any, max_depth: int = MAX_DEPTH) -> Any:
    """A copy of ``value`` that UTF-8 JSON can always hold: lone surrogates in its strings
    replaced by U+FFFD, NaN and infinities by ``None``. Iterative (no recursion limit);
    raises :class:`TooDeep` past ``max_depth`` nested containers.

    >>> clean_strings({"a": ["b\\ud800", float("nan")]}) == {"a": ["b\\ufffd", None]}
    True
    """
    if not isinstance(value, (dict, list, tuple)):
        return clean_scalar(value)
    out: Any = {} if isinstance(value, dict) else []
    stack: list[tuple[Any, Any, int]] = [(value, out, 1)]
    while stack:
        source, target, depth = stack.pop()
        if depth > max_depth:
            raise TooDeep(f"containers nested more than {max_depth} deep")
        items = source.items() if isinstance(source, dict) else enumerate(source)
        for key, item in items:
            if isinstance(item, (dict, list, tuple)):
                new: Any = {} if isinstance(item, dict) else []
                stack.append((item, new, depth + 1))
            else:
                new = clean_scalar(item)
            if isinstance(target, dict):
                target[clean_scalar(key) if isinstance(key, str) else key] = new
            else:
                target.append(new)
    return out
