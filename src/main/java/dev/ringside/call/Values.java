package dev.ringside.call;

import java.time.Duration;

/** How AMI header values read: "&lt;unknown&gt;" and blanks mean nothing, durations are HH:MM:SS. */
final class Values {

    private Values() {
    }

    /** A caller-id value that means something: not empty, not Asterisk's "&lt;unknown&gt;". */
    static String real(String s) {
        if (s == null) {
            return null;
        }
        String v = s.trim();
        if (v.isEmpty() || v.equalsIgnoreCase("<unknown>") || v.equalsIgnoreCase("unknown")) {
            return null;
        }
        return v;
    }

    static String firstReal(String... values) {
        for (String v : values) {
            String r = real(v);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** The number an outbound call went to; "s" is the dialplan's start extension, not a number. */
    static String firstDialled(String... values) {
        for (String v : values) {
            String r = real(v);
            if (r != null && !r.equals("s")) {
                return r;
            }
        }
        return null;
    }

    /** CoreShowChannel's Duration, "HH:MM:SS"; zero when unreadable. */
    static Duration hms(String s) {
        if (s == null || s.isBlank()) {
            return Duration.ZERO;
        }
        try {
            long seconds = 0;
            for (String p : s.trim().split(":")) {
                seconds = seconds * 60 + Long.parseLong(p.trim());
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException ex) {
            return Duration.ZERO;
        }
    }

    static String linkedIdOf(PbxEvent e) {
        return firstReal(e.get("Linkedid"), e.get("Uniqueid"));
    }

    static String destLinkedIdOf(PbxEvent e) {
        return firstReal(e.get("DestLinkedid"), e.get("Linkedid"), e.get("Uniqueid"));
    }
}
