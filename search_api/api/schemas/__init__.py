"""Response and request models, one module per group of endpoints."""
