"""Figures out of Vietnamese report prose: text in, figures out, no I/O."""

from __future__ import annotations

from parsing.figures import extract_figures
from parsing.metadata import document_meta
from parsing.model import DocumentMeta, Figure, ParsedDocument
from parsing.normalize import normalize_text

# Bump when the output for the same text can change: figures record it, and
# `solieu reparse` re-reads documents parsed by older versions.
PARSER_VERSION = "0.2.3"


def parse_document(text: str) -> ParsedDocument:
    text = normalize_text(text)
    return ParsedDocument(text=text, meta=document_meta(text), figures=tuple(extract_figures(text)))


__all__ = ["PARSER_VERSION", "DocumentMeta", "Figure", "ParsedDocument", "parse_document"]
