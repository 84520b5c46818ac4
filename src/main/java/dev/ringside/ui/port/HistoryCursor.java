package dev.ringside.ui.port;

/** Where a shown row stands in its order; only the session that made it reads it. */
public interface HistoryCursor {
}
