"""The week view: one row per selected interviewer across a week, painted with QPainter.

Drawn in a display zone the coordinator picks; each row also carries that person's own local
hours. Working window, core hours, lunch window, busy time, booked interviews, weekends, named
holidays and company closures have distinct colours (see the legend at the bottom); a strip
under the header marks the hours when everyone shown is in core hours; a red line marks "now";
an overlay highlights a proposal's sessions. Ctrl+wheel or ``zoom_in``/``zoom_out`` zoom around
the cursor, the scroll bars and wheel scroll.

The package:

=============  ==================================================================
``view``       the widget: state, Qt events, zoom, scrolling, drops, the overlay API
``geometry``   pure layout math and hit-testing (no Qt)
``painter``    the paint passes, each a small function over one scene
``tooltips``   tooltip HTML
``overlay``    highlighted UTC intervals per person, placed on the rows
``words``      names of what is drawn; dates and times in the UI locale
=============  ==================================================================

What is drawn is computed by :mod:`interviewplanner.gui.presenters.week_layout` (Qt-free, on
the worker); dropping calendar files is :mod:`interviewplanner.gui.widgets.calendar_drop`,
shared with the roster table.
"""

from interviewplanner.gui.widgets.week_view.painter import COLORS
from interviewplanner.gui.widgets.week_view.view import WeekView

__all__ = ["COLORS", "WeekView"]
