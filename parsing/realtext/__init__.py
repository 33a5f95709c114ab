"""Tools run on real report texts kept outside the repository (they hold no text themselves)."""
