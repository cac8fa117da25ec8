"""Reading article dumps (every format, compression and encoding, the article layout) and
writing JSONL records.

Knows no NLP: may import only ``facts`` and the standard library and its own readers; never
spaCy, ``components``, ``grammars``, ``entities`` or the batch runner.
"""
from .compressed import InputError
from .readers import FORMAT_CHOICES, prepare, read_inputs, read_text_file
from .records import Fields, InputRecord, normalize_date
from .writer import JsonlWriter, OutputError, dumps, resume_state

__all__ = [
    "FORMAT_CHOICES", "Fields", "InputError", "InputRecord", "JsonlWriter", "OutputError",
    "dumps", "normalize_date", "prepare", "read_inputs", "read_text_file", "resume_state",
]
