"""search_api: composes ingest + graph + search index for users (CLI, HTTP API, explorer)."""
