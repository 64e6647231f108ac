"""Ingestion as the service runs it: bounded parsing, the two-stage batch pipeline,
meeting versions."""
