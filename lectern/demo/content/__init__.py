"""The demo's texts, kept apart from the code that builds pages from them."""
