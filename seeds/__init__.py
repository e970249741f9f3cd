"""The seed corpus: three articles shipped so quotescope has something to open."""
