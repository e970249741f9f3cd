"""Who said each quote, and who each speaker is across the corpus.

The outside calls two functions: :func:`attribute_quotes` (per article: fill each
quote's speaker, the words that named them, the cue, how the speaker was found and
how sure we are) and :func:`merge_speakers` (join the same person across articles).

Inside: ``attribute`` applies the patterns quote by quote; ``context`` answers
questions about one article (sentences, candidates, pronouns); ``cues`` holds the
regular expressions; ``names`` spots and resolves people's names in one article;
``merge`` joins speakers across articles; ``roles`` ties role nouns ("the prime
minister") to people; ``lexicon`` holds every word list.
"""

from tui.core.attribution.attribute import attribute_quotes
from tui.core.attribution.merge import merge_speakers
from tui.core.attribution.roles import RoleBook

__all__ = ["RoleBook", "attribute_quotes", "merge_speakers"]
