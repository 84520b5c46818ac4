package dev.ringside.app.desktop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries the arguments of later starts (from {@link SingleInstance}) to the app. The instance is
 * claimed before the UI exists, so requests arriving early wait here until the UI
 * {@link #attach attaches}; after that they go straight through, on the hand-off thread (the
 * target hops to the FX thread itself).
 */
public final class RequestRelay implements Consumer<List<String>> {

    private static final Logger LOG = LoggerFactory.getLogger(RequestRelay.class);

    private final List<LaunchRequest> pending = new ArrayList<>();
    private Consumer<LaunchRequest> target;

    @Override
    public void accept(List<String> args) {
        Optional<LaunchRequest> request;
        try {
            request = LaunchRequest.parse(args);
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring a start with a bad number: {}", e.getMessage());
            return;
        }
        if (request.isEmpty()) {
            LOG.warn("Ignoring a start with arguments the running app does not take: {}", args);
            return;
        }
        Consumer<LaunchRequest> now;
        synchronized (this) {
            if (target == null) {
                pending.add(request.get());
                return;
            }
            now = target;
        }
        now.accept(request.get());
    }

    /** Delivers the requests that arrived so far, then every later one. */
    public void attach(Consumer<LaunchRequest> target) {
        List<LaunchRequest> early;
        synchronized (this) {
            this.target = target;
            early = new ArrayList<>(pending);
            pending.clear();
        }
        early.forEach(target);
    }
}
