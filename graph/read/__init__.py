"""Reads over a Store, one module per kind of answer: units for the search index, entity views,
neighbourhoods, counts, paged lists, cross-month rows, tasks, search and explorer views."""
