package dev.ringside.pbxsim;

import java.time.Duration;

/**
 * A scripted call flow for one operator extension, with the timings of an unhurried human
 * (scaled by the simulator's time scale). Immutable; the {@code with...} methods return copies.
 */
public final class Scenario {

    public enum Kind {
        /** An outside caller dials the extension's DID; the operator answers after the ring time. */
        ANSWERED,
        /** The outside caller gives up after the ring time (cause 19, DialStatus CANCEL). */
        MISSED,
        /** Rings until a client hangs the leg up (reject) or answers it, else the Dial times out. */
        REJECTED,
        /** A ring-all group rings the extension and another; the other answers, the leg ends with 26. */
        ANSWERED_ELSEWHERE,
        /** A queue call: AgentCalled, then AgentConnect after the ring time. */
        QUEUE,
        /** A queue call nobody answers: AgentRingNoAnswer, then the caller abandons. */
        QUEUE_ABANDONED,
        /** The operator's phone dials an outside number through the trunk. */
        OUTBOUND,
        /** Another extension calls the operator; answered after the ring time. */
        INTERNAL
    }

    final Kind kind;
    final String extension;
    final String callerNum;
    final String callerName;
    final String did;
    final String otherExtension;
    final String outsideNumber;
    final Duration ring;
    final Duration talk;

    private Scenario(Kind kind, String extension, String callerNum, String callerName, String did,
                     String otherExtension, String outsideNumber, Duration ring, Duration talk) {
        this.kind = kind;
        this.extension = extension;
        this.callerNum = callerNum;
        this.callerName = callerName;
        this.did = did;
        this.otherExtension = otherExtension;
        this.outsideNumber = outsideNumber;
        this.ring = ring;
        this.talk = talk;
    }

    private static Scenario of(Kind kind, String extension, Duration ring) {
        return new Scenario(kind, extension, "+15551234567", "John Caller", "15550100", "999", "5551112222",
                ring, Duration.ofSeconds(3));
    }

    public static Scenario answered(String extension) {
        return of(Kind.ANSWERED, extension, Duration.ofSeconds(2));
    }

    public static Scenario missed(String extension) {
        return of(Kind.MISSED, extension, Duration.ofSeconds(5));
    }

    /** Rings up to 20 s waiting for a client's Hangup (reject) or PJSIPNotify talk (answer). */
    public static Scenario rejected(String extension) {
        return of(Kind.REJECTED, extension, Duration.ofSeconds(20));
    }

    public static Scenario answeredElsewhere(String extension, String otherExtension) {
        return of(Kind.ANSWERED_ELSEWHERE, extension, Duration.ofSeconds(2)).withOtherExtension(otherExtension);
    }

    public static Scenario queue(String extension) {
        return of(Kind.QUEUE, extension, Duration.ofSeconds(2));
    }

    public static Scenario queueAbandoned(String extension) {
        return of(Kind.QUEUE_ABANDONED, extension, Duration.ofSeconds(5));
    }

    public static Scenario outbound(String extension, String number) {
        return of(Kind.OUTBOUND, extension, Duration.ofSeconds(2)).withOutsideNumber(number);
    }

    public static Scenario internal(String extension, String fromExtension) {
        Scenario s = of(Kind.INTERNAL, extension, Duration.ofSeconds(1)).withOtherExtension(fromExtension);
        return s.withCaller(fromExtension, "Operator " + fromExtension).withTalk(Duration.ofSeconds(2));
    }

    public Scenario withCaller(String number, String name) {
        return new Scenario(kind, extension, number, name, did, otherExtension, outsideNumber, ring, talk);
    }

    public Scenario withDid(String did) {
        return new Scenario(kind, extension, callerNum, callerName, did, otherExtension, outsideNumber, ring, talk);
    }

    public Scenario withOtherExtension(String other) {
        return new Scenario(kind, extension, callerNum, callerName, did, other, outsideNumber, ring, talk);
    }

    public Scenario withOutsideNumber(String number) {
        return new Scenario(kind, extension, callerNum, callerName, did, otherExtension, number, ring, talk);
    }

    /** How long it rings before the scripted outcome (answer, give up, timeout). */
    public Scenario withRing(Duration ring) {
        return new Scenario(kind, extension, callerNum, callerName, did, otherExtension, outsideNumber, ring, talk);
    }

    public Scenario withTalk(Duration talk) {
        return new Scenario(kind, extension, callerNum, callerName, did, otherExtension, outsideNumber, ring, talk);
    }

    public Kind kind() {
        return kind;
    }

    public String extension() {
        return extension;
    }

    @Override
    public String toString() {
        return kind + " call for " + extension + " from " + callerNum;
    }
}
