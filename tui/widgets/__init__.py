"""Widgets of the quotescope app, one module each."""
