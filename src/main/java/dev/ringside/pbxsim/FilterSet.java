package dev.ringside.pbxsim;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A session's filters, combined the way Asterisk does: includes first, then excludes. */
final class FilterSet {

    private final List<EventFilter> includes = new CopyOnWriteArrayList<>();
    private final List<EventFilter> excludes = new CopyOnWriteArrayList<>();

    void add(EventFilter filter) {
        (filter.isInclude() ? includes : excludes).add(filter);
    }

    boolean accepts(AmiMessage event) {
        boolean included = includes.isEmpty() || includes.stream().anyMatch(f -> f.matches(event));
        return included && excludes.stream().noneMatch(f -> f.matches(event));
    }
}
