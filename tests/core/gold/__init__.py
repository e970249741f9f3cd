"""Hand-checked BBC gold (offsets and speakers only) and the scorer that reads it."""
