"""Pure-Python core: loading, extraction, attribution, search, export. No Textual here."""
