"""VirtualList: keyboard and mouse navigation over many rows, drawn only where visible."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.events import MouseScrollDown

from tui.widgets.virtual_list import VirtualList

SIZE = (40, 12)  # the list gets the whole screen: 12 visible rows


class Recorder:
    """A render_row callback that remembers which rows it was asked for."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def __call__(self, index: int, width: int, selected: bool) -> Text:
        self.calls.append(index)
        return Text(f"row {index}" + (" <" if selected else ""))


class ListApp(App[None]):
    def __init__(self, count: int, render_row, **kwargs) -> None:
        super().__init__()
        self.count = count
        self.render_row = render_row
        self.kwargs = kwargs
        self.highlighted: list[int] = []
        self.selected: list[int] = []

    def compose(self) -> ComposeResult:
        yield VirtualList(self.count, self.render_row, **self.kwargs)

    def on_mount(self) -> None:
        self.query_one(VirtualList).focus()

    def on_virtual_list_highlighted(self, message: VirtualList.Highlighted) -> None:
        self.highlighted.append(message.index)

    def on_virtual_list_selected(self, message: VirtualList.Selected) -> None:
        self.selected.append(message.index)


def screen_lines(lst: VirtualList) -> list[str]:
    return [lst.render_line(y).text.rstrip() for y in range(lst.size.height)]


async def test_navigation_and_paging_on_100k_rows() -> None:
    rows = Recorder()
    app = ListApp(100_000, rows)
    async with app.run_test(size=SIZE) as pilot:
        lst = app.query_one(VirtualList)
        height = lst.scrollable_content_region.height
        assert height == 12
        assert lst.virtual_size.height == 100_000

        await pilot.press("down", "j", "j", "k")
        assert lst.cursor == 2
        assert lst.scroll_y == 0
        assert app.highlighted[-1] == 2

        await pilot.press("pagedown")
        assert lst.cursor == 2 + height
        assert lst.cursor_row == lst.cursor
        await pilot.press("pageup")
        assert lst.cursor == 2

        await pilot.press("end")
        assert lst.cursor == 99_999
        assert lst.scroll_y == 100_000 - height
        await pilot.pause()
        assert screen_lines(lst)[-1] == "row 99999 <"

        await pilot.press("home")
        assert (lst.cursor, lst.scroll_y) == (0, 0)
        await pilot.press("G")
        assert lst.cursor == 99_999
        await pilot.press("g")
        assert lst.cursor == 0

        await pilot.press("up")  # stays on the first row
        assert lst.cursor == 0


async def test_cursor_moving_down_scrolls_just_enough() -> None:
    app = ListApp(1000, Recorder())
    async with app.run_test(size=SIZE) as pilot:
        lst = app.query_one(VirtualList)
        for _ in range(12):
            await pilot.press("down")
        assert lst.cursor == 12
        assert lst.scroll_y == 1  # row 12 is now the last visible row
        await pilot.pause()
        lines = screen_lines(lst)
        assert lines[0] == "row 1"
        assert lines[-1] == "row 12 <"


async def test_only_visible_rows_are_rendered() -> None:
    rows = Recorder()
    app = ListApp(1_000_000, rows)
    async with app.run_test(size=SIZE) as pilot:
        lst = app.query_one(VirtualList)
        await pilot.pause()
        assert set(rows.calls) == set(range(12))
        rows.calls.clear()
        await pilot.press("end")
        await pilot.pause()
        assert rows.calls, "the new screen was drawn"
        assert set(rows.calls) <= set(range(1_000_000 - 12, 1_000_000))
        assert len(rows.calls) <= 2 * 12
        rows.calls.clear()
        await pilot.press("up")
        await pilot.pause()
        # only the two rows whose highlight changed are drawn again
        assert sorted(rows.calls) == [999_998, 999_999]
        assert lst.cursor == 999_998


async def test_click_moves_cursor_and_selects() -> None:
    app = ListApp(100_000, Recorder())
    async with app.run_test(size=SIZE) as pilot:
        lst = app.query_one(VirtualList)
        await pilot.press("pagedown", "pagedown")
        scroll = int(lst.scroll_y)
        assert scroll > 0
        await pilot.click(VirtualList, offset=(3, 4))
        assert lst.cursor == scroll + 4
        assert app.selected == [scroll + 4]
        await pilot.press("enter")
        assert app.selected == [scroll + 4, scroll + 4]


async def test_click_only_highlights_when_select_on_click_is_off() -> None:
    app = ListApp(50, Recorder(), select_on_click=False)
    async with app.run_test(size=SIZE) as pilot:
        lst = app.query_one(VirtualList)
        await pilot.click(VirtualList, offset=(3, 5))
        assert lst.cursor == 5
        assert app.selected == []
        await pilot.double_click(VirtualList, offset=(3, 6))
        assert lst.cursor == 6
        assert app.selected == [6]


async def test_click_below_the_last_row_does_nothing() -> None:
    app = ListApp(3, Recorder())
    async with app.run_test(size=SIZE) as pilot:
        lst = app.query_one(VirtualList)
        await pilot.click(VirtualList, offset=(3, 8))
        assert lst.cursor == 0
        assert app.selected == []


async def test_mouse_wheel_scrolls_without_moving_cursor() -> None:
    app = ListApp(1000, Recorder())
    async with app.run_test(size=SIZE) as pilot:
        lst = app.query_one(VirtualList)
        await pilot.pause()
        lst.post_message(_wheel_down(lst))
        await pilot.pause()
        assert lst.scroll_y > 0
        assert lst.cursor == 0


def _wheel_down(widget: VirtualList) -> MouseScrollDown:
    return MouseScrollDown(widget, 3, 3, 0, 1, 0, False, False, False)


async def test_set_rows_clamps_cursor_and_empty_list_is_inert() -> None:
    app = ListApp(100, Recorder())
    async with app.run_test(size=SIZE) as pilot:
        lst = app.query_one(VirtualList)
        await pilot.press("end")
        assert lst.cursor == 99
        lst.set_rows(10)
        await pilot.pause()
        assert lst.cursor == 9
        assert lst.scroll_y == 0
        assert app.highlighted[-1] == 9

        lst.set_rows(0)
        await pilot.pause()
        assert lst.cursor_row is None
        await pilot.press("enter", "down", "end")
        assert app.selected == []
        assert screen_lines(lst) == [""] * 12

        lst.set_rows(5, lambda i, w, s: Text(f"new {i}"), cursor=3)
        await pilot.pause()
        assert lst.cursor == 3
        assert screen_lines(lst)[:5] == [f"new {i}" for i in range(5)]


async def test_row_text_is_not_markup_and_is_cut_to_width() -> None:
    long = "[bold red]not markup[/] " + "x" * 100
    app = ListApp(2, lambda i, w, s: Text(long))
    async with app.run_test(size=SIZE) as pilot:
        lst = app.query_one(VirtualList)
        await pilot.pause()
        first = lst.render_line(0).text
        assert first.startswith("[bold red]not markup[/]")
        assert len(first) == lst.scrollable_content_region.width
        assert first.endswith("…")


async def test_newlines_in_a_one_line_row_become_spaces() -> None:
    app = ListApp(1, lambda i, w, s: Text("first\nsecond"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert screen_lines(app.query_one(VirtualList))[:2] == ["first second", ""]


async def test_multi_line_rows() -> None:
    def render(index: int, width: int, selected: bool) -> Text:
        return Text(f"title {index}\n  detail {index}")

    app = ListApp(1000, render, row_height=2)
    async with app.run_test(size=SIZE) as pilot:
        lst = app.query_one(VirtualList)
        assert lst.virtual_size.height == 2000
        assert lst.page_rows == 6
        await pilot.pause()
        assert screen_lines(lst)[2:4] == ["title 1", "  detail 1"]
        await pilot.click(VirtualList, offset=(2, 5))  # second line of row 2
        assert lst.cursor == 2
        await pilot.press("end")
        assert lst.scroll_y == 2000 - 12


async def test_new_rows_need_no_screen_layout_and_the_scrollbar_follows() -> None:
    """set_rows (every search result) changes the virtual size without a screen layout."""
    app = ListApp(100, Recorder())
    async with app.run_test(size=SIZE) as pilot:
        lst = app.query_one(VirtualList)
        await pilot.pause()
        layouts: list[object] = []
        app.screen.screen_layout_refresh_signal.subscribe(lst, layouts.append)
        lst.set_rows(1000)
        await pilot.pause()
        assert layouts == []
        assert lst.show_vertical_scrollbar
        assert lst.vertical_scrollbar.window_virtual_size == 1000
        assert lst.max_scroll_y == 1000 - lst.scrollable_content_region.height
        await pilot.press("end")
        assert lst.scroll_y == lst.max_scroll_y
        assert screen_lines(lst)[-1].startswith("row 999")

        lst.set_rows(3)
        await pilot.pause()
        assert not lst.show_vertical_scrollbar
        assert lst.scroll_y == 0 and lst.max_scroll_y == 0
        assert screen_lines(lst)[:4] == ["row 0", "row 1", "row 2 <", ""]
