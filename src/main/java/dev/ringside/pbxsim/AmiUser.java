package dev.ringside.pbxsim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One manager.conf user: secret, read and write privilege classes (call, system, originate,
 * agent, user, dialplan, reporting, command, security, ... or all) and its {@code eventfilter}s.
 */
public final class AmiUser {

    private final String username;
    private final String secret;
    private final Set<String> read;
    private final Set<String> write;
    private final List<EventFilter> eventFilters;

    private AmiUser(Builder b) {
        this.username = b.username;
        this.secret = b.secret;
        this.read = Collections.unmodifiableSet(b.read);
        this.write = Collections.unmodifiableSet(b.write);
        this.eventFilters = List.copyOf(b.eventFilters);
    }

    /** A user with read=all and write=all. */
    public static AmiUser admin(String username, String secret) {
        return builder(username, secret).read("all").write("all").build();
    }

    public static Builder builder(String username, String secret) {
        return new Builder(username, secret);
    }

    public String username() {
        return username;
    }

    /** Null when manager.conf gave none: then nobody can log in as this user. */
    String secret() {
        return secret;
    }

    public Set<String> read() {
        return read;
    }

    public Set<String> write() {
        return write;
    }

    List<EventFilter> eventFilters() {
        return eventFilters;
    }

    /** True when the user may send an action needing any one of the given classes (Asterisk's rule). */
    boolean mayWrite(String... anyOf) {
        if (anyOf.length == 0 || write.contains("all")) {
            return true;
        }
        for (String c : anyOf) {
            if (write.contains(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "AmiUser[" + username + ", read=" + read + ", write=" + write + "]";
    }

    static Set<String> classes(String commaList) {
        Set<String> set = new LinkedHashSet<>();
        for (String c : commaList.split(",")) {
            String t = c.trim().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) {
                set.add(t);
            }
        }
        return set;
    }

    public static final class Builder {
        private final String username;
        private final String secret;
        private final Set<String> read = new LinkedHashSet<>();
        private final Set<String> write = new LinkedHashSet<>();
        private final List<EventFilter> eventFilters = new ArrayList<>();

        private Builder(String username, String secret) {
            this.username = username;
            this.secret = secret;
        }

        /** manager.conf {@code read = call,user,agent}. */
        public Builder read(String commaList) {
            read.addAll(classes(commaList));
            return this;
        }

        /** manager.conf {@code write = call,originate}. */
        public Builder write(String commaList) {
            write.addAll(classes(commaList));
            return this;
        }

        /** manager.conf {@code eventfilter = <regex>} (legacy; a leading ! excludes). */
        public Builder eventFilter(String legacyRegex) {
            eventFilters.add(EventFilter.parse(null, legacyRegex));
            return this;
        }

        /** manager.conf {@code eventfilter(<criteria>) = <value>}, e.g. criteria "action(include),header(Exten),method(exact)". */
        public Builder eventFilter(String matchCriteria, String value) {
            eventFilters.add(EventFilter.parse(matchCriteria, value));
            return this;
        }

        Builder addFilter(EventFilter filter) {
            eventFilters.add(filter);
            return this;
        }

        public Builder readWrite(String... classes) {
            String list = String.join(",", Arrays.asList(classes));
            return read(list).write(list);
        }

        public AmiUser build() {
            return new AmiUser(this);
        }
    }
}
