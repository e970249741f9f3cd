"""Screens of the quotescope app."""
