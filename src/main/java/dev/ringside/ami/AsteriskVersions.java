package dev.ringside.ami;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a PBX can do, judged from the version string CoreSettings reports ("22.10.1"). */
public final class AsteriskVersions {

    private static final Pattern MAJOR_MINOR = Pattern.compile("^(?:certified[-/])?(\\d+)\\.(\\d+)");

    private AsteriskVersions() {
    }

    /**
     * True when the PBX takes advanced ({@code MatchCriteria}, {@code eventfilter(...)}) filters:
     * the feature came with 18.26.0, 20.11.0, 21.6.0 and 22.1.0 (November 2024) and is in every
     * later major. 19.x had reached its end of life and never got it. Certified builds count by
     * the release they are cut from (certified 22.8 has it, certified 20.7 and 18.9 do not).
     * Unknown builds count as no, so that we never send a criteria filter that an older PBX would
     * read as a plain regex.
     */
    public static boolean supportsMatchCriteria(String version) {
        if (version == null) {
            return false;
        }
        Matcher m = MAJOR_MINOR.matcher(version.trim());
        if (!m.find()) {
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

    /** True when the string names a version at all ("22.10.1", "certified-22.8-cert1"). */
    public static boolean isVersion(String version) {
        return version != null && MAJOR_MINOR.matcher(version.trim()).find();
    }
}
