"""Search: the in-memory index and its channels (lexical, dense, graph, deadline), their fusion,
the store-backed alternative, the per-meeting cache and its snapshot, and the evaluation."""
