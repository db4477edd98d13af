"""The Plan tab: the plan builder, the ranked proposals and booking (see :mod:`.panel`).

=====================  =============================================================
``panel``              :class:`PlannerPanel`: the tab, its operations and signals
``candidate_form``     the candidate: name, e-mail, zone, availability (list, text)
``sessions_editor``    the sessions table and the form of the current session
``options_form``       break, one day, order, grid, organizer, location
``proposals``          dates, "Find times", the ranked list, "Book"
``diagnosis``          why nothing fits, and the next steps
``score_bar``          the score column's bar
``words``              inline wording of plan fields and pasted-text problems
=====================  =============================================================
"""

from interviewplanner.gui.panels.planner.panel import PlannerPanel

__all__ = ["PlannerPanel"]
