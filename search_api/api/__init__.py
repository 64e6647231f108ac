"""The HTTP API: the app, one error shape, dependencies, guards, schemas, one router
per resource."""
