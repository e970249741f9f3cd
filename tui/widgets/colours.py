"""Colours that stay readable on any theme: contrast maths and theme-resolved styles.

Speaker colours are fixed mid-tones; on a light or a dark surface some of them are too
faint, so :func:`readable` pushes a colour towards black or white until it stands out
from the actual background. :func:`component_style` turns a component class's CSS
(which may say ``$text-muted``, i.e. "auto 60%") into concrete colours over a given
background, which ``get_component_rich_style(partial=True)`` cannot do.
"""

from __future__ import annotations

from rich.style import Style
from textual.color import Color
from textual.dom import DOMNode

TEXT_CONTRAST = 4.5
"""WCAG AA for normal text."""


def _luminance(colour: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)


def contrast(foreground: Color, background: Color) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    light, dark = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: Color, background: Color, ratio: float = TEXT_CONTRAST) -> Color:
    """``colour``, moved towards black or white just enough to reach ``ratio`` on
    ``background`` (the hue stays recognisable)."""
    target = background.get_contrast_text(1.0)
    for step in range(11):
        moved = colour.blend(target, step / 10)
        if contrast(moved, background) >= ratio:
            return moved
    return target


def component_style(node: DOMNode, name: str, background: Color) -> Style:
    """The style of ``node``'s component class ``name`` drawn over ``background``.

    Auto colours (``$text-muted`` is "auto 60%") become the theme's contrasting text at
    that opacity, translucent colours are blended, text styles are kept.
    """
    styles = node.get_component_styles(name)
    style = styles.text_style
    if styles.has_rule("color"):
        colour = styles.color
        if styles.auto_color:  # "auto 60%": the parser keeps the flag, not Color.auto
            colour = background.get_contrast_text(colour.a)
        style = Style(color=(background + colour).rich_color) + style
    return style
