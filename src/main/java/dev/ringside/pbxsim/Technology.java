package dev.ringside.pbxsim;

import java.util.concurrent.ThreadLocalRandom;

/** The channel driver the simulated phones and trunks use; only names and dial strings differ. */
public enum Technology {
    PJSIP, SIP, IAX2;

    /** A fresh channel name for an endpoint, e.g. {@code PJSIP/777-0000002a} or {@code IAX2/777-9839}. */
    String channelName(String endpoint, int sequence) {
        if (this == IAX2) {
            return "IAX2/" + endpoint + "-" + (1 + ThreadLocalRandom.current().nextInt(16383));
        }
        return name() + "/" + endpoint + "-" + String.format("%08x", sequence);
    }

    /** What Dial() gets after the technology, e.g. {@code 777} (PJSIP) or {@code 777/777} (IAX2). */
    String dialString(String endpoint, String number) {
        return this == IAX2 ? endpoint + "/" + number : (endpoint.equals(number) ? endpoint : endpoint + "/" + number);
    }

    /** The queue member interface for an extension, e.g. {@code PJSIP/777} or {@code IAX2/777/777}. */
    String memberInterface(String extension) {
        return name() + "/" + dialString(extension, extension);
    }

    /** The device whose state hints report, e.g. {@code PJSIP/777}. */
    String device(String endpoint) {
        return name() + "/" + endpoint;
    }
}
