package dev.ringside.call;

import java.time.Instant;

/** One of the operator's legs in a call: a channel named after one of the operator's devices. */
final class Leg {

    final String uniqueId;
    final String channel;
    /** Which of the operator's numbers the channel belongs to. */
    final String number;
    /** The leg started the call (its Uniqueid is the Linkedid): the operator placed it. */
    boolean originator;
    /** Uniqueid of the channel whose Dial/Queue rang this leg, if seen. */
    String dialedBy;
    boolean ringing;
    boolean up;
    boolean ended;
    Integer cause;
    /** A DialEnd without ANSWER came for this leg and its Hangup has not (yet). */
    Instant dialEndedAt;

    Leg(String uniqueId, String channel, String number, boolean originator) {
        this.uniqueId = uniqueId;
        this.channel = channel;
        this.number = number;
        this.originator = originator;
    }

    /** A Local channel ({@code Local/777@ctx-…;1}) stands in for the operator; it is not the phone. */
    boolean isLocal() {
        return channel != null && channel.regionMatches(true, 0, "Local/", 0, 6);
    }

    /** The other half of a Local pair: {@code Local/777@q-00000002;1} <-> {@code ...;2}; null for other channels. */
    String localSibling() {
        if (!isLocal() || channel.length() < 2 || channel.charAt(channel.length() - 2) != ';') {
            return null;
        }
        char half = channel.charAt(channel.length() - 1);
        String base = channel.substring(0, channel.length() - 1);
        return half == '1' ? base + "2" : half == '2' ? base + "1" : null;
    }

    @Override
    public String toString() {
        return channel + (ended ? " (ended)" : up ? " (up)" : ringing ? " (ringing)" : "");
    }
}
