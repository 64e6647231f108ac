"""Benchmarks: a synthetic corpus generator, ingest and search benchmarks (run by hand)."""
