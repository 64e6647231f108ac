"""Engine-specific bits (index DDL, vector score scale, id format). Nothing else differs."""
