package dev.ringside.ami;

import dev.ringside.call.PbxEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which events concern the operator, written once and delivered three ways: as advanced
 * {@code MatchCriteria} filters (Asterisk 18.26 / 20.11 / 21.6 / 22.1+), as legacy regex filters
 * (any Asterisk), and as a {@link Predicate} for when the PBX filters nothing for us. All three
 * keep the same events.
 *
 * <p>An event concerns the operator when one of their numbers is its {@code Exten},
 * {@code DestExten} or a caller-id / connected-line number, or when one of its channels is an
 * operator leg on any technology ({@code PJSIP/777-…}, {@code IAX2/777-…}, {@code Local/777@…}),
 * or its queue member interface is the operator's ({@code PJSIP/777}, {@code IAX2/777/777}).
 * The operator leg inherits the caller's Exten, so the channel name is what really finds it.
 * {@code VarSet} and {@code Newexten} are dropped: they are most of the traffic and say nothing
 * about a call's state. For the colleagues whose presence the operator watches, their hints'
 * {@code ExtensionStatus} events pass too, and nothing else of theirs.
 */
public final class OperatorEventFilter implements Predicate<PbxEvent> {

    /** Headers whose whole value may be one of the operator's numbers. */
    public static final List<String> NUMBER_HEADERS = List.of("Exten", "DestExten", "CallerIDNum",
            "ConnectedLineNum", "DestCallerIDNum", "DestConnectedLineNum");
    /**
     * Headers naming a channel: {@code Tech/777-…}, {@code Local/777@ctx-…;1}; an attended
     * transfer to the operator names the operator's leg as its {@code TransferTargetChannel}.
     */
    public static final List<String> CHANNEL_HEADERS = List.of("Channel", "DestChannel", "TransferTargetChannel");
    /** Headers naming a queue member or device: {@code PJSIP/777}, {@code IAX2/777/777}. */
    public static final List<String> INTERFACE_HEADERS = List.of("Interface", "StateInterface");
    public static final List<String> EXCLUDED_EVENTS = List.of("VarSet", "Newexten");
    /** The hint event that carries a colleague's presence. */
    public static final String PRESENCE_EVENT = "ExtensionStatus";

    private final List<String> numbers;
    private final Set<String> numberSet;
    private final List<String> colleagues;
    private final Set<String> colleagueSet;
    private final String channelRegex;
    private final String interfaceRegex;
    private final Pattern channelPattern;
    private final Pattern interfacePattern;

    /** One filter action: {@code matchCriteria} is null for a legacy filter. */
    public record FilterSpec(String matchCriteria, String filter) {
    }

    private OperatorEventFilter(List<String> numbers, List<String> colleagues) {
        this.numbers = List.copyOf(numbers);
        this.numberSet = Set.copyOf(numbers);
        this.colleagues = List.copyOf(colleagues);
        this.colleagueSet = Set.copyOf(colleagues);
        String alternatives = "(" + String.join("|", numbers) + ")";
        // POSIX ERE and java.util.regex read these two the same way
        this.channelRegex = "^[A-Za-z0-9_]+/" + alternatives + "[-@/;]";
        this.interfaceRegex = "^[A-Za-z0-9_]+/" + alternatives + "([-@/;]|$)";
        this.channelPattern = Pattern.compile(channelRegex);
        this.interfacePattern = Pattern.compile(interfaceRegex);
    }

    /** A filter for the operator's numbers (digits, letters and '_' only: they go into regexes). */
    public static OperatorEventFilter forNumbers(Collection<String> numbers) {
        return forNumbers(numbers, List.of());
    }

    /** As {@link #forNumbers(Collection)}, also letting through the hints' ExtensionStatus of {@code colleagues}. */
    public static OperatorEventFilter forNumbers(Collection<String> numbers, Collection<String> colleagues) {
        TreeSet<String> sorted = sortedExtensions(numbers);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("at least one number is needed");
        }
        TreeSet<String> watched = sortedExtensions(colleagues);
        watched.removeAll(sorted);
        return new OperatorEventFilter(new ArrayList<>(sorted), new ArrayList<>(watched));
    }

    private static TreeSet<String> sortedExtensions(Collection<String> numbers) {
        TreeSet<String> sorted = new TreeSet<>();
        for (String n : numbers) {
            if (!n.matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("not an extension: '" + n + "'");
            }
            sorted.add(n);
        }
        return sorted;
    }

    /** The colleagues whose presence events pass. */
    public List<String> colleagues() {
        return colleagues;
    }

    public List<String> numbers() {
        return numbers;
    }

    public String channelRegex() {
        return channelRegex;
    }

    public String interfaceRegex() {
        return interfaceRegex;
    }

    @Override
    public boolean test(PbxEvent event) {
        return accepts(event.name(), event::get);
    }

    /**
     * The same test on an event not built yet: its name and a lookup of its headers (any case,
     * "" when missing), so that the session can drop what is not the operator's before building it.
     */
    public boolean accepts(String eventName, UnaryOperator<String> header) {
        for (String excluded : EXCLUDED_EVENTS) {
            if (excluded.equalsIgnoreCase(eventName)) {
                return false;
            }
        }
        for (String name : NUMBER_HEADERS) {
            if (numberSet.contains(header.apply(name))) {
                return true;
            }
        }
        if (PRESENCE_EVENT.equalsIgnoreCase(eventName) && colleagueSet.contains(header.apply("Exten"))) {
            return true;
        }
        for (String name : CHANNEL_HEADERS) {
            String value = header.apply(name);
            if (!value.isEmpty() && channelPattern.matcher(value).find()) {
                return true;
            }
        }
        for (String name : INTERFACE_HEADERS) {
            String value = header.apply(name);
            if (!value.isEmpty() && interfacePattern.matcher(value).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Advanced filters: includes per header, then excludes by event name. Keywords are lower case,
     * since Asterisk refuses {@code method(EXACT)} and then leaves the session unfiltered.
     */
    public List<FilterSpec> advancedFilters() {
        List<FilterSpec> specs = new ArrayList<>();
        for (String header : NUMBER_HEADERS) {
            for (String number : numbers) {
                specs.add(new FilterSpec("action(include),header(" + header + "),method(exact)", number));
            }
        }
        for (String header : CHANNEL_HEADERS) {
            specs.add(new FilterSpec("action(include),header(" + header + "),method(regex)", channelRegex));
        }
        for (String header : INTERFACE_HEADERS) {
            specs.add(new FilterSpec("action(include),header(" + header + "),method(regex)", interfaceRegex));
        }
        for (String colleague : colleagues) {
            specs.add(new FilterSpec("action(include),name(" + PRESENCE_EVENT + "),header(Exten),method(exact)",
                    colleague));
        }
        for (String name : EXCLUDED_EVENTS) {
            specs.add(new FilterSpec("action(exclude),name(" + name + ")", ""));
        }
        return specs;
    }

    /**
     * Legacy filters: one include regex over the whole event text, then one exclude. A single
     * include means a refused filter can never leave a partial set of includes in force.
     */
    public List<FilterSpec> legacyFilters() {
        return List.of(new FilterSpec(null, legacyIncludeRegex()), new FilterSpec(null, "!" + legacyExcludeRegex()));
    }

    /** POSIX ERE matched against the event text ({@code Header: value\r\n} lines). */
    public String legacyIncludeRegex() {
        String alternatives = "(" + String.join("|", numbers) + ")";
        return "(^|[[:space:]])("
                + "(" + String.join("|", NUMBER_HEADERS) + "): " + alternatives + "[[:space:]]"
                + "|(" + String.join("|", CHANNEL_HEADERS) + "): [A-Za-z0-9_]+/" + alternatives + "[-@/;]"
                + "|(" + String.join("|", INTERFACE_HEADERS) + "): [A-Za-z0-9_]+/" + alternatives
                + "([-@/;]|[[:space:]])"
                + (colleagues.isEmpty() ? "" : "|Event: " + PRESENCE_EVENT + "[[:space:]](.*[[:space:]])?Exten: ("
                        + String.join("|", colleagues) + ")[[:space:]]")
                + ")";
    }

    /** POSIX ERE for the events to drop, without the leading '!'. */
    public String legacyExcludeRegex() {
        return "^Event: (" + String.join("|", EXCLUDED_EVENTS) + ")[[:space:]]";
    }

    /** For the log: what the filter keeps, in one line. */
    public String describe() {
        return "numbers " + numbers + ", channels " + channelRegex + ", members " + interfaceRegex
                + (colleagues.isEmpty() ? "" : ", presence of " + colleagues) + ", minus "
                + EXCLUDED_EVENTS.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.joining("/"));
    }
}
