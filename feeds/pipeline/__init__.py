"""One poll cycle: the poller, the parse workers, and the decisions of storing a feed's results."""
