"""Tabs whose panels are built the first time they are needed (a faster launch, issue 9).

A :class:`LazyPage` stands in a :class:`LazyTabs` for a panel that is not built yet: an empty
page with a layout. The panel is built (its module imported, its widgets made) when the page
first becomes the current tab — by mouse, Ctrl+Tab or code — or when :meth:`LazyPage.panel` is
called (an action or a signal that needs it). Python callers of :class:`LazyTabs` see the
panels, not the pages: ``setCurrentWidget(panel)``, ``indexOf(panel)``, ``currentWidget()`` and
``widget(i)`` speak of the panel once it is built.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyPage(QWidget):
    """A tab page whose panel ``build(page)`` makes on first need.

    Signals:
        built(QWidget): the panel was just built and put on the page.
    """

    built = Signal(QWidget)

    def __init__(self, build: Callable[[QWidget], QWidget], name: str,
                 parent: QWidget | None = None) -> None:
        """``build`` gets this page as the panel's parent and returns the panel."""
        super().__init__(parent)
        self.setObjectName(name)
        self._build = build
        self._panel: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built_panel(self) -> QWidget | None:
        """The panel if it has been built, else None (builds nothing)."""
        return self._panel

    def panel(self) -> QWidget:
        """The panel, built now if it was not yet."""
        if self._panel is None:
            panel = self._build(self)
            self._panel = panel
            self._layout.addWidget(panel)
            if self.isVisible():  # the current tab: show it now, not after the next event
                panel.show()
                self._take_focus()
            self.built.emit(panel)
        return self._panel

    def _take_focus(self) -> None:
        """When the tab switch left the focus on this (then empty) page, give it to the
        panel's first control, as Qt does when it switches to a page that has controls."""
        if self.window().focusWidget() is not self:
            return
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus \
                    and widget.focusProxy() is None and widget.isVisibleTo(self) \
                    and widget.isEnabled() and self.isAncestorOf(widget):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()


class LazyTabs(QTabWidget):
    """A tab widget with :class:`LazyPage` pages; a page builds its panel when it is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Empty; add pages with :meth:`addTab` or :meth:`add_lazy`."""
        super().__init__(parent)
        # Its tab bar, the focus proxy, takes the focus; the tab widget itself never does (so
        # it is no control of its own to a screen reader, as a plain QTabWidget is not).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.currentChanged.connect(self._build_current)  # first: before anyone else hears

    def add_lazy(self, build: Callable[[QWidget], QWidget], name: str) -> LazyPage:
        """Add a tab (its title set later) whose panel ``build(page)`` makes on first need."""
        page = LazyPage(build, name, self)
        self.addTab(page, "")
        return page

    def current_page(self) -> QWidget:
        """The current tab's page itself (a :class:`LazyPage` is not built by asking)."""
        return super().currentWidget()

    def _build_current(self, index: int) -> None:
        page = super().widget(index)
        if isinstance(page, LazyPage):
            page.panel()

    def _page_of(self, widget: QWidget) -> QWidget:
        parent = widget.parentWidget()
        if isinstance(parent, LazyPage) and parent.built_panel is widget:
            return parent
        return widget

    @staticmethod
    def _shown(page: QWidget) -> QWidget:
        if isinstance(page, LazyPage):
            return page.built_panel or page
        return page

    # Python callers see the panels in place of their pages:

    def currentWidget(self) -> QWidget:
        """The current tab's panel (its page while the panel is not built)."""
        return self._shown(super().currentWidget())

    def widget(self, index: int) -> QWidget | None:
        """Tab ``index``'s panel (its page while the panel is not built); None: no such tab."""
        page = super().widget(index)
        return self._shown(page) if page is not None else None

    def indexOf(self, widget: QWidget) -> int:
        """The index of the tab that holds ``widget`` (a panel or a page), or -1."""
        return super().indexOf(self._page_of(widget))

    def setCurrentWidget(self, widget: QWidget) -> None:
        """Make the tab that holds ``widget`` (a panel or a page) the current one."""
        super().setCurrentWidget(self._page_of(widget))
