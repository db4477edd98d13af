"""interviewplanner: plan interview panels across time zones and flex hours."""

__version__ = "0.1.0"
