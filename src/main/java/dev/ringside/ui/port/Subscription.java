package dev.ringside.ui.port;

/** Returned by every add-listener method: {@link #cancel()} removes the listener again. */
@FunctionalInterface
public interface Subscription {

    void cancel();
}
