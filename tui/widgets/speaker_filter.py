"""Speaker filter: pick speakers to narrow the app to their quotes, with a share-of-voice chart.

The list is a VirtualList so a corpus with ten thousand speakers costs no more than
one with ten; the chart above it shows who dominates the coverage, by quotes or by
quoted words.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar, Literal

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Input

from tui.core.model import Speaker
from tui.widgets.colours import component_style
from tui.widgets.virtual_list import VirtualList

if TYPE_CHECKING:
    from tui.core.corpus import Corpus

Measure = Literal["quotes", "words"]
EIGHTHS = " ▏▎▍▌▋▊▉"
LABEL_MAX = 18


def amount(speaker: Speaker, measure: Measure) -> int:
    return speaker.quote_count if measure == "quotes" else speaker.word_count


def bar(fraction: float, cells: int) -> str:
    """A horizontal bar ``fraction`` (0..1) of ``cells`` wide, to an eighth of a cell."""
    eighths = round(max(0.0, min(1.0, fraction)) * cells * 8)
    full, part = divmod(eighths, 8)
    return "█" * full + (EIGHTHS[part] if part else "")


def share_chart(
    speakers: Sequence[Speaker],
    measure: Measure,
    width: int,
    rows: int,
    *,
    label_style: Style | str = "",
    bar_style: Style | str = "",
    muted_style: Style | str = "",
) -> Text:
    """The top ``rows`` speakers by share of ``measure``, one line each.

    Bars are proportional to the share of every attributed quote/word (a full bar is
    100%, so a 2% speaker gets a sliver even when nobody speaks more); the percentage
    after each bar says the same in figures.
    """
    total = sum(amount(s, measure) for s in speakers)
    top = sorted(speakers, key=lambda s: (-amount(s, measure), s.name))[:rows]
    top = [s for s in top if amount(s, measure) > 0]
    if not top or total == 0:
        return Text("no attributed quotes", style=muted_style)
    label_width = min(LABEL_MAX, max(len(s.name) for s in top), max(4, width // 2 - 2))
    cells = max(1, width - label_width - 1 - 5)
    lines = []
    for speaker in top:
        value = amount(speaker, measure)
        label = Text(speaker.name, style=label_style)
        label.truncate(label_width, overflow="ellipsis", pad=True)
        line = label + Text(" ")
        line.append(bar(value / total, cells).ljust(cells), style=bar_style)
        line.append(f" {100 * value / total:3.0f}%", style=muted_style)
        lines.append(line)
    return Text("\n").join(lines)


class ShareChart(Widget):
    """Draws :func:`share_chart` for the speakers it is given, as wide as it is."""

    DEFAULT_CSS = """
    ShareChart {
        height: auto;
        padding: 0 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        & > .share-chart--bar { color: $text-accent; }
        & > .share-chart--label { color: $foreground; }
        & > .share-chart--muted { color: $text-muted; }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "share-chart--bar",
        "share-chart--label",
        "share-chart--muted",
    }

    measure: reactive[Measure] = reactive("quotes", layout=True)

    def __init__(self, rows: int = 5, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows = rows
        self._speakers: Sequence[Speaker] | None = None
        """None until speakers are given: while the corpus loads the chart says nothing
        (not "no attributed quotes", which would be a claim about the articles)."""

    def set_speakers(self, speakers: Sequence[Speaker]) -> None:
        self._speakers = speakers
        self.refresh(layout=True)

    def render(self) -> Text:
        background = self.background_colors[1]

        def style(name: str) -> Style:
            return component_style(self, name, background)

        width = self.content_region.width or 40
        other = "words" if self.measure == "quotes" else "quotes"
        title = Text(f"Share of voice by {self.measure}", style=style("share-chart--label"))
        hint = f" · w: by {other}"
        if len(title) + len(hint) <= width:  # else only the title, whole (the footer has w)
            title.append(hint, style=style("share-chart--muted"))
        if self._speakers is None:
            return title
        chart = share_chart(
            self._speakers,
            self.measure,
            width,
            self.rows,
            label_style=style("share-chart--label"),
            bar_style=style("share-chart--bar"),
            muted_style=style("share-chart--muted"),
        )
        return Text("\n").join([title, chart])  # CSS: cut lines, never wrap them

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[override]
        shown = sum(1 for s in self._speakers or () if amount(s, self.measure) > 0)
        return 1 + max(1, min(self.rows, shown))


class SpeakerFilter(Vertical):
    """Share-of-voice chart, a name filter box and a multi-select list of speakers."""

    DEFAULT_CSS = """
    SpeakerFilter {
        height: 1fr;
        & > Input {
            margin: 0;
        }
        & > VirtualList {
            height: 1fr;
        }
        & > .speaker-filter--count {
            color: $text-muted;
        }
        & > .speaker-filter--checked {
            color: $text-accent;
            text-style: bold;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"speaker-filter--count", "speaker-filter--checked"}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave_box", "Speakers", tooltip="In the box: go to the list, name kept"),
        Binding(
            "escape",
            "clear_filter",
            "Clear",
            tooltip="In the list: clear the name typed (ticks stay; a unticks all)",
        ),
        Binding("space", "toggle", "Tick", tooltip="Tick / untick the highlighted speaker"),
        Binding(
            "a",
            "toggle_all",
            "All/none",
            tooltip="Tick every speaker listed, or none (ticks hide the unattributed quotes)",
        ),
        Binding("w", "toggle_measure", "Quotes/words"),
        Binding("down", "move(1)", "Next speaker", show=False),
        Binding("up", "move(-1)", "Previous speaker", show=False),
    ]

    class Changed(Message):
        """The selection changed; an empty ``selected`` means "no filter"."""

        def __init__(self, speaker_filter: SpeakerFilter, selected: frozenset[str]) -> None:
            super().__init__()
            self.speaker_filter = speaker_filter
            self.selected = selected

        @property
        def control(self) -> SpeakerFilter:
            return self.speaker_filter

    def __init__(
        self,
        *,
        chart_rows: int = 5,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._chart_rows = chart_rows
        self._speakers: list[Speaker] = []
        self._given = False
        """Whether a corpus was given (before that, the app is still loading it)."""
        self._shown: list[Speaker] = []
        self._selected: frozenset[str] = frozenset()

    def compose(self) -> ComposeResult:
        yield ShareChart(self._chart_rows, id="speaker-filter-chart")
        box = Input(placeholder="type part of a name", id="speaker-filter-input")
        box.border_title = "Filter speakers"
        yield box
        yield VirtualList(id="speaker-filter-list")

    # -- public API -------------------------------------------------------------

    def set_corpus(self, corpus: Corpus) -> None:
        """Show the speakers of ``corpus``; selected names it no longer has are dropped."""
        self._speakers = list(corpus.speakers)
        self._given = True
        if self.is_mounted:
            self._show_speakers()

    def on_mount(self) -> None:
        # A Ctrl+C while the app starts can close it between this pane's compose and its
        # mount: its children are gone then, and looking for the chart raised NoMatches
        # (a traceback after "interrupted"). Nothing is left to show.
        if self.query(ShareChart) and self._given:
            self._show_speakers()

    def _show_speakers(self) -> None:
        self.query_one(ShareChart).set_speakers(self._speakers)
        self._refilter()
        names = {s.name for s in self._speakers}
        self._set_selected(self._selected & names)

    @property
    def selected(self) -> frozenset[str]:
        return self._selected

    def set_selected(self, names: Iterable[str]) -> None:
        """Select exactly ``names`` (posts Changed if that is a change)."""
        self._set_selected(frozenset(names))

    def clear(self) -> None:
        """Select nobody (no filter)."""
        self._set_selected(frozenset())

    @property
    def measure(self) -> Measure:
        return self.query_one(ShareChart).measure

    @property
    def shown(self) -> list[str]:
        """Names in the list as filtered by the box, in list order."""
        return [s.name for s in self._shown]

    # -- internals --------------------------------------------------------------

    @property
    def _list(self) -> VirtualList:
        return self.query_one("#speaker-filter-list", VirtualList)

    def _set_selected(self, selected: frozenset[str]) -> None:
        if selected == self._selected:
            return
        self._selected = selected
        if self.is_mounted:
            self._list.refresh_rows()
        self.post_message(self.Changed(self, selected))

    def _refilter(self) -> None:
        needle = self.query_one("#speaker-filter-input", Input).value.strip().casefold()
        if needle:
            self._shown = [
                s
                for s in self._speakers
                if needle in s.name.casefold() or any(needle in a.casefold() for a in s.aliases)
            ]
        else:
            self._shown = list(self._speakers)
        raw = self.query_one("#speaker-filter-input", Input).value.strip()
        self._list.empty_text = f"No speaker called “{raw}” · Esc twice clears" if raw else ""
        self._list.set_rows(len(self._shown), self._render_row, cursor=0)

    def _render_row(self, row: int, width: int, selected: bool) -> Text:
        speaker = self._shown[row]
        checked = speaker.name in self._selected
        rows = self._list
        count_style = rows.styled(self, "speaker-filter--count", selected)
        name_style = rows.styled(self, "speaker-filter--checked", selected) if checked else Style()
        count = f"{speaker.quote_count:,}"
        if width >= 30:
            count += " quote" if speaker.quote_count == 1 else " quotes"
        name = Text(speaker.name, style=name_style)
        if not speaker.is_person:
            name.append(" (org)", style=count_style)
        name_width = max(1, width - 5 - len(count) - 2)
        name.truncate(name_width, overflow="ellipsis", pad=True)
        line = Text()
        line.append(" [x] " if checked else " [ ] ", style=name_style if checked else count_style)
        line.append_text(name)
        line.append(" ")
        line.append(count + " ", style=count_style)  # a space before the border
        return line

    def _toggle_row(self, row: int | None) -> None:
        if row is None or row >= len(self._shown):
            return
        name = self._shown[row].name
        self._set_selected(self._selected ^ {name})

    # -- events and actions -----------------------------------------------------

    @on(Input.Changed, "#speaker-filter-input")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._refilter()

    @on(Input.Submitted, "#speaker-filter-input")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._toggle_row(self._list.cursor_row)

    @on(VirtualList.Selected, "#speaker-filter-list")
    def _row_selected(self, event: VirtualList.Selected) -> None:
        event.stop()
        self._toggle_row(event.index)

    @on(VirtualList.Highlighted, "#speaker-filter-list")
    def _row_highlighted(self, event: VirtualList.Highlighted) -> None:
        event.stop()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Escape leaves the box keeping the name typed; from the list, it clears the name.
        box = self._box
        if action == "leave_box":
            return box.has_focus
        if action == "clear_filter":
            return bool(box.value) and not box.has_focus
        if action in ("toggle", "toggle_all", "toggle_measure"):
            return not box.has_focus  # letters are typed into the box
        return True

    @property
    def _box(self) -> Input:
        return self.query_one("#speaker-filter-input", Input)

    def action_leave_box(self) -> None:
        self.screen.set_focus(self._list)  # at once: the next key may be a q

    def action_clear_filter(self) -> None:
        self._box.value = ""

    def action_toggle(self) -> None:
        self._toggle_row(self._list.cursor_row)

    def action_toggle_all(self) -> None:
        if self._selected:
            self.clear()
        else:
            self._set_selected(frozenset(s.name for s in self._shown))

    def action_toggle_measure(self) -> None:
        chart = self.query_one(ShareChart)
        chart.measure = "words" if chart.measure == "quotes" else "quotes"

    def action_move(self, delta: int) -> None:
        self._list.cursor += delta
