"""Change a Line-API ScrollView's virtual size without laying out the whole screen.

``Widget.virtual_size`` is a ``Reactive(layout=True)``: assigning it lays out the
entire screen (18-38 ms on the app's screen), yet a widget with a fixed height/width
(``1fr``) does not change the layout when only its scrollable content grows. The
reading view changes its virtual size on every article it shows and the lists on
every result set, so they update it the way Textual itself does when a size changes
without layout: store the value, then update the scrollbars and scroll limits.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget


def set_virtual_size(view: ScrollView, size: Size) -> None:
    """Give ``view`` a new virtual size; repaint it, lay out only when its size depends on it.

    Scrollbars still appear and disappear (that changes the view's content region, so
    Textual lays out then), and scroll offsets are clamped to the new size.
    """
    if size == view.virtual_size:
        view.refresh()
        return
    styles = view.styles
    sized_by_content = any(
        scalar is None or scalar.is_auto for scalar in (styles.width, styles.height)
    )
    if sized_by_content or not view.is_mounted:
        # An auto-sized view grows with its content: the screen must be laid out.
        view.virtual_size = size
        return
    view.set_reactive(Widget.virtual_size, size)
    view._scroll_update(size)  # scrollbar visibility, thumb size, scroll limits
    view.refresh()
