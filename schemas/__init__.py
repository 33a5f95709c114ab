"""pandera models of the tables and the checks between figures."""
