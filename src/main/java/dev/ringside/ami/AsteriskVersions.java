package dev.ringside.ami;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a PBX can do, judged from the version string CoreSettings reports ("22.10.1"). */
final class AsteriskVersions {

    private static final Pattern MAJOR_MINOR = Pattern.compile("^(?:certified[-/])?(\\d+)\\.(\\d+)");

    private AsteriskVersions() {
    }

    /**
     * True when the PBX takes {@code MatchCriteria} filters: 18.26+, 20.11+, 21.6+, 22.1+ and every
     * later major. Certified and unknown builds count as no, so that we never send a criteria
     * filter that an older PBX would read as a plain regex.
     */
    static boolean supportsMatchCriteria(String version) {
        if (version == null) {
            return false;
        }
        Matcher m = MAJOR_MINOR.matcher(version.trim());
        if (!m.find() || version.contains("cert")) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        switch (major) {
            case 18:
                return minor >= 26;
            case 20:
                return minor >= 11;
            case 21:
                return minor >= 6;
            case 22:
                return minor >= 1;
            default:
                return major >= 23;
        }
    }
}
