"""Ingest: turn a meeting-conclusion notice into a typed NoticeGraph. Knows nothing of storage."""
