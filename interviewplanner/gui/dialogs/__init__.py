"""Dialogs: interviewer form, calendar import (form, progress, summary), settings."""
