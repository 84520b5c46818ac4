package dev.ringside.pbxsim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The users of a {@code manager.conf} text, read as Asterisk reads them: the file through
 * {@link AsteriskConfig} (so a {@code ;} in a filter cuts it short), then each category but
 * {@code [general]} as one AMI user with {@code secret}, {@code read}, {@code write} and its
 * {@code eventfilter}s. A legacy {@code eventfilter = regex} that does not compile, or an
 * {@code eventfilter(criteria) = value} that is malformed, is dropped with the warning Asterisk
 * logs, and the user keeps the filters that did load.
 */
public final class ManagerConf {

    private final List<AmiUser> users;
    private final List<String> warnings;

    private ManagerConf(List<AmiUser> users, List<String> warnings) {
        this.users = List.copyOf(users);
        this.warnings = List.copyOf(warnings);
    }

    public static ManagerConf parse(String text) throws AsteriskConfig.Invalid {
        AsteriskConfig config = AsteriskConfig.parse(text);
        List<String> warnings = new ArrayList<>(config.warnings());
        List<AmiUser> users = new ArrayList<>();
        for (AsteriskConfig.Category category : config.categories()) {
            if (category.template() || category.name().equalsIgnoreCase("general")) {
                continue;
            }
            users.add(user(category, warnings));
        }
        return new ManagerConf(users, warnings);
    }

    public List<AmiUser> users() {
        return users;
    }

    /** What Asterisk would have logged while loading the file. */
    public List<String> warnings() {
        return warnings;
    }

    public AmiUser user(String name) {
        return users.stream().filter(u -> u.username().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no user [" + name + "]"));
    }

    private static AmiUser user(AsteriskConfig.Category category, List<String> warnings) {
        String secret = null;
        List<AsteriskConfig.Variable> filters = new ArrayList<>();
        StringBuilder read = new StringBuilder();
        StringBuilder write = new StringBuilder();
        for (AsteriskConfig.Variable v : category.variables()) {
            String name = v.name().toLowerCase(Locale.ROOT);
            if (name.equals("secret")) {
                secret = v.value();
            } else if (name.equals("read")) {
                read.setLength(0);
                read.append(v.value());
            } else if (name.equals("write")) {
                write.setLength(0);
                write.append(v.value());
            } else if (name.startsWith("eventfilter")) {
                filters.add(v);
            }
        }
        // without a secret nobody can log in as this user (manager.c authenticate())
        AmiUser.Builder b = AmiUser.builder(category.name(), secret).read(read.toString()).write(write.toString());
        for (AsteriskConfig.Variable v : filters) {
            addFilter(b, v, warnings);
        }
        return b.build();
    }

    private static void addFilter(AmiUser.Builder b, AsteriskConfig.Variable v, List<String> warnings) {
        String key = v.name();
        String criteria = null;
        if (key.length() > "eventfilter".length()) {
            String rest = key.substring("eventfilter".length()).strip();
            if (!rest.startsWith("(") || !rest.endsWith(")")) {
                warnings.add("Line " + v.line() + ": unknown option '" + key + "'");
                return;
            }
            criteria = rest.substring(1, rest.length() - 1);
        }
        try {
            b.addFilter(EventFilter.create(criteria, v.value()));
        } catch (EventFilter.Refused e) {
            warnings.add(e.getMessage().equals(EventFilter.COMPILE_ERROR)
                    ? "Unable to compile regex filter for '" + v.value() + "'"
                    : "Line " + v.line() + ": " + e.getMessage() + ": " + key + " = " + v.value());
        }
    }
}
