"""The site search: one index per language (index.py, models.py) and the search page (views.py)."""
