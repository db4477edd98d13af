"""Every QAction of the main window, declared once: text, shortcut, icon, enable rule.

The window passes a handler per action name; menus, the toolbar and the panels' headers use the
same :class:`QAction` objects, so a shortcut exists exactly once (a key bound twice is
"ambiguous" to Qt and does nothing). Texts are translated on :meth:`Actions.retranslate`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QWidget

from interviewplanner.gui.i18n import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey | str


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One action: ``text`` for menus, ``short`` beside toolbar icons, ``tip`` for tooltips."""

    name: str
    text: str
    short: str = ""
    tip: str = ""
    keys: tuple[Key, ...] = ()
    glyph: str = ""
    glyph_color: str = "#285aa0"
    standard_icon: QStyle.StandardPixmap | None = None


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("actImport", QT_TRANSLATE_NOOP("Actions", "&Import calendar…"),
               QT_TRANSLATE_NOOP("Actions", "Import"),
               QT_TRANSLATE_NOOP("Actions", "Import .ics files into an interviewer's busy time"),
               ("Ctrl+I",), standard_icon=QStyle.StandardPixmap.SP_DialogOpenButton),
    ActionSpec("actRefreshCalendars", QT_TRANSLATE_NOOP("Actions", "&Refresh all calendars"),
               QT_TRANSLATE_NOOP("Actions", "Refresh"),
               QT_TRANSLATE_NOOP("Actions", "Fetch every subscribed calendar again"),
               ("F5",), standard_icon=QStyle.StandardPixmap.SP_BrowserReload),
    ActionSpec("actDemo", QT_TRANSLATE_NOOP("Actions", "Load &demo data")),
    ActionSpec("actQuit", QT_TRANSLATE_NOOP("Actions", "&Quit"),
               keys=(QKeySequence.StandardKey.Quit, "Ctrl+Q")),
    ActionSpec("actAdd", QT_TRANSLATE_NOOP("Actions", "&Add interviewer…"),
               QT_TRANSLATE_NOOP("Actions", "Add"), keys=(QKeySequence.StandardKey.New,),
               glyph="+"),
    ActionSpec("actEdit", QT_TRANSLATE_NOOP("Actions", "&Edit interviewer…"),
               QT_TRANSLATE_NOOP("Actions", "Edit"), keys=("Ctrl+E",), glyph="✎"),
    ActionSpec("actFind", QT_TRANSLATE_NOOP("Actions", "&Find in roster"),
               keys=(QKeySequence.StandardKey.Find,)),
    ActionSpec("actRemove", QT_TRANSLATE_NOOP("Actions", "&Remove interviewer…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Remove the selected interviewer from the roster"),
               keys=(QKeySequence.StandardKey.Delete,)),
    ActionSpec("actUndo", QT_TRANSLATE_NOOP("Actions", "&Undo"),
               keys=(QKeySequence.StandardKey.Undo,)),
    ActionSpec("actRedo", QT_TRANSLATE_NOOP("Actions", "&Redo"),
               keys=(QKeySequence.StandardKey.Redo,)),
    ActionSpec("actExport", QT_TRANSLATE_NOOP("Actions", "&Export…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Write the selected booking's invites and "
                                                "calendars into a folder")),
    ActionSpec("actReschedule", QT_TRANSLATE_NOOP("Actions", "&Reschedule…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Find new times for the selected booking")),
    ActionSpec("actCancelBooking", QT_TRANSLATE_NOOP("Actions", "&Cancel booking…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Cancel the selected booking"),
               keys=(QKeySequence.StandardKey.Delete,)),
    ActionSpec("actFindTimes", QT_TRANSLATE_NOOP("Actions", "&Find times"),
               tip=QT_TRANSLATE_NOOP("Actions", "Find times for the plan on the Plan tab"),
               keys=("Ctrl+Return", "Ctrl+Enter")),
    ActionSpec("actBookProposal", QT_TRANSLATE_NOOP("Actions", "&Book the selected time…"),
               tip=QT_TRANSLATE_NOOP("Actions", "Book the proposal selected on the Plan tab")),
    ActionSpec("actPrevWeek", QT_TRANSLATE_NOOP("Actions", "&Previous week"),
               QT_TRANSLATE_NOOP("Actions", "Previous"), keys=("Alt+Left", "Ctrl+PgUp"),
               standard_icon=QStyle.StandardPixmap.SP_ArrowBack),
    ActionSpec("actThisWeek", QT_TRANSLATE_NOOP("Actions", "&This week"),
               QT_TRANSLATE_NOOP("Actions", "Today"), keys=("Alt+Home", "Ctrl+T"),
               glyph="●", glyph_color="#dc1e28"),
    ActionSpec("actNextWeek", QT_TRANSLATE_NOOP("Actions", "&Next week"),
               QT_TRANSLATE_NOOP("Actions", "Next"), keys=("Alt+Right", "Ctrl+PgDown"),
               standard_icon=QStyle.StandardPixmap.SP_ArrowForward),
    ActionSpec("actZoomIn", QT_TRANSLATE_NOOP("Actions", "Zoom &in"),
               QT_TRANSLATE_NOOP("Actions", "Zoom in"),
               keys=(QKeySequence.StandardKey.ZoomIn, "Ctrl+="), glyph="+", glyph_color="#5a5a5a"),
    ActionSpec("actZoomOut", QT_TRANSLATE_NOOP("Actions", "Zoom &out"),
               QT_TRANSLATE_NOOP("Actions", "Zoom out"),
               keys=(QKeySequence.StandardKey.ZoomOut,), glyph="−", glyph_color="#5a5a5a"),
    ActionSpec("actZoomFit", QT_TRANSLATE_NOOP("Actions", "&Fit the week"),
               QT_TRANSLATE_NOOP("Actions", "Fit"), keys=("Ctrl+0",), glyph="↔",
               glyph_color="#5a5a5a"),
    ActionSpec("actSettings", QT_TRANSLATE_NOOP("Actions", "&Settings…"),
               keys=(QKeySequence.StandardKey.Preferences, "Ctrl+,")),
    ActionSpec("actAbout", QT_TRANSLATE_NOOP("Actions", "&About interviewplanner")),
    ActionSpec("actAboutQt", QT_TRANSLATE_NOOP("Actions", "About &Qt")),
)


def glyph_icon(text: str, color: QColor | None = None) -> QIcon:
    """A small icon drawn from a character (no icon theme needed, crisp on every platform)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    font = QFont()
    font.setPixelSize(24)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(color or QColor(40, 90, 160))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


def unique_shortcuts(keys: Iterable[Key]) -> list[QKeySequence]:
    """The key sequences of ``keys`` without repeats (``Quit`` is ``Ctrl+Q`` on most systems)."""
    found: dict[str, QKeySequence] = {}
    for key in keys:
        sequences = (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                     else [QKeySequence(key)])
        for sequence in sequences:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text:
                found.setdefault(text, sequence)
    return list(found.values())


class Actions:
    """The window's actions by name, with enable rules and translation."""

    def __init__(self, owner: QWidget, handlers: Mapping[str, Callable[[], object]],
                 specs: Iterable[ActionSpec] = SPECS) -> None:
        """Create one QAction per spec, owned by ``owner``, triggering ``handlers[name]``."""
        self._specs = {spec.name: spec for spec in specs}
        self._actions: dict[str, QAction] = {}
        self._rules: dict[str, Callable[[], bool]] = {}
        style = owner.style()
        for spec in self._specs.values():
            action = QAction(owner)
            action.setObjectName(spec.name)
            handler = handlers[spec.name]
            action.triggered.connect(lambda _checked=False, fn=handler: fn())
            action.setShortcuts(unique_shortcuts(spec.keys))
            if spec.standard_icon is not None:
                action.setIcon(style.standardIcon(spec.standard_icon))
            elif spec.glyph:
                action.setIcon(glyph_icon(spec.glyph, QColor(spec.glyph_color)))
            owner.addAction(action)
            self._actions[spec.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self) -> Iterable[QAction]:
        return iter(self._actions.values())

    def group(self, *names: str) -> list[QAction]:
        """The actions ``names``, in that order."""
        return [self._actions[name] for name in names]

    def scope(self, name: str, widget: QWidget) -> None:
        """Let action ``name``'s keys work only while the focus is in ``widget`` (e.g. Delete
        on one table); its menu entry still works from anywhere."""
        action = self._actions[name]
        owner = action.parent()
        if isinstance(owner, QWidget):
            owner.removeAction(action)
        widget.addAction(action)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def set_rule(self, name: str, rule: Callable[[], bool]) -> None:
        """Enable action ``name`` only while ``rule()`` is true (checked by :meth:`update`)."""
        self._rules[name] = rule

    def update(self) -> None:
        """Apply every enable rule."""
        for name, rule in self._rules.items():
            self._actions[name].setEnabled(rule())

    def retranslate(self) -> None:
        """Texts, toolbar labels and tooltips (with the shortcut) in the current language."""
        for name, spec in self._specs.items():
            action = self._actions[name]
            text = QCoreApplication.translate("Actions", spec.text)
            action.setText(text)
            short = QCoreApplication.translate("Actions", spec.short) if spec.short else ""
            action.setIconText(short or text.replace("&", "").rstrip("…"))
            tip = QCoreApplication.translate("Actions", spec.tip) if spec.tip else action.iconText()
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
