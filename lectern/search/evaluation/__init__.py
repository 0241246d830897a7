"""Measuring the site search: a test collection of reader queries over the demo publications.

``queries.json`` holds the collection, ``measure`` runs it and computes recall@10, MRR and
latency. ``scripts/search_quality.py`` prints the figures; ``lectern/search/tests/test_quality.py``
asserts minimums.
"""
