package dev.ringside.call;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The operator's own numbers (extensions), and how to recognise them in channel names and queue
 * member interfaces on any technology.
 *
 * <p>The operator's leg inherits the caller's Context/Exten (the DID or queue number), so it is
 * known by its channel name, never by {@code Exten} alone: {@code PJSIP/777-0000002a},
 * {@code SIP/777-00000001}, {@code IAX2/777-10552}, {@code Local/777@from-queue-00000003;1}, or a
 * queue {@code Interface} such as {@code PJSIP/777}, {@code IAX2/777/777} or
 * {@code Local/777@from-queue/n}.
 */
public final class OperatorNumbers {

    private final Set<String> numbers;

    public OperatorNumbers(Collection<String> numbers) {
        Set<String> clean = new LinkedHashSet<>();
        for (String n : numbers) {
            if (n != null && !n.isBlank()) {
                clean.add(n.trim());
            }
        }
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("at least one operator number is needed");
        }
        this.numbers = Set.copyOf(clean);
        this.ordered = List.copyOf(clean);
    }

    private final List<String> ordered;

    public static OperatorNumbers of(String... numbers) {
        return new OperatorNumbers(List.of(numbers));
    }

    /** The numbers in the order they were given. */
    public List<String> numbers() {
        return ordered;
    }

    public boolean owns(String number) {
        return number != null && numbers.contains(number);
    }

    /** Which of the operator's numbers a channel or interface belongs to, if any. */
    public Optional<String> numberOf(String channelOrInterface) {
        String device = deviceOf(channelOrInterface);
        return device != null && numbers.contains(device) ? Optional.of(device) : Optional.empty();
    }

    /**
     * The device (endpoint, peer or Local extension) a channel name or interface names:
     * {@code PJSIP/777-0000002a} -> 777, {@code IAX2/777/777} -> 777,
     * {@code Local/777@from-queue-00000003;1} -> 777, {@code PJSIP/trunk} -> trunk. Null if it names none.
     */
    public static String deviceOf(String channel) {
        if (channel == null) {
            return null;
        }
        int slash = channel.indexOf('/');
        if (slash <= 0 || slash == channel.length() - 1) {
            return null;
        }
        String tech = channel.substring(0, slash).toLowerCase(Locale.ROOT);
        String rest = channel.substring(slash + 1);
        int semicolon = rest.indexOf(';');
        if (semicolon >= 0) {
            rest = rest.substring(0, semicolon);
        }
        int at = rest.indexOf('@');
        if (at >= 0) {
            return emptyToNull(rest.substring(0, at));
        }
        int nextSlash = rest.indexOf('/');
        if (nextSlash >= 0) {
            rest = rest.substring(0, nextSlash);
        }
        if (!tech.equals("local")) {
            rest = stripUniqueSuffix(rest);
        }
        return emptyToNull(rest);
    }

    /** Asterisk appends "-" and a hex (SIP, PJSIP) or decimal (IAX2, DAHDI) sequence to every channel. */
    private static String stripUniqueSuffix(String s) {
        int dash = s.lastIndexOf('-');
        if (dash <= 0 || dash == s.length() - 1) {
            return s;
        }
        for (int i = dash + 1; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return s;
            }
        }
        return s.substring(0, dash);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public String toString() {
        return String.join(", ", ordered);
    }
}
