"""Unit tests of the pure core (no Qt, no database)."""
