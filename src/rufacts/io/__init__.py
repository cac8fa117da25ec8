"""Reading article dumps and writing JSONL records."""
from .readers import InputRecord, read_inputs, read_text_file
from .writer import JsonlWriter

__all__ = ["InputRecord", "read_inputs", "read_text_file", "JsonlWriter"]
