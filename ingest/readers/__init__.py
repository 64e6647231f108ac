"""One reader per file format: bytes -> text following the text contract (BRIEF / docs/anatomy.md):
paragraphs separated by a blank line, a table one row per line with TAB-joined cells."""
