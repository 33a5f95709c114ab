"""Figures out of Vietnamese report prose: text in, figures out, no I/O."""

from __future__ import annotations

from parsing.figures import extract_figures
from parsing.metadata import document_meta
from parsing.model import DocumentMeta, Figure, ParsedDocument, SourceFacts
from parsing.normalize import normalize_text
from parsing.scope import figure_scopes
from parsing.sentences import split_sentences

# Bump when the output for the same text can change: figures record it, and
# `solieu reparse` re-reads documents parsed by older versions.
PARSER_VERSION = "0.4.123"


def parse_document(text: str, source: SourceFacts | None = None) -> ParsedDocument:
    """Figures and meta of one report; ``source`` is what is known beside the text (see ``parsing.metadata``)."""
    text = normalize_text(text)
    meta = document_meta(text, source)
    sentences = split_sentences(text)  # once: the figures and their scopes both read them
    figures = figure_scopes(text, meta, extract_figures(text, sentences), sentences)
    return ParsedDocument(text=text, meta=meta, figures=tuple(figures))


__all__ = ["PARSER_VERSION", "DocumentMeta", "Figure", "ParsedDocument", "SourceFacts", "parse_document"]
