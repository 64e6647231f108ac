"""Graph: store NoticeGraphs in a Bolt/Cypher engine (embedded ArcadeDB or Neo4j 5); read them."""
