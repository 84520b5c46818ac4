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
        /** A ring-all group rings the extension and another; the operator answers, the other leg ends with 26. */
        RING_GROUP,
        /** A queue call to a static member: AgentCalled, then AgentConnect after the ring time. */
        QUEUE,
        /** A queue call nobody answers: AgentRingNoAnswer, then the caller abandons. */
        QUEUE_ABANDONED,
        /**
         * Queue {@code localq} (ringall) with Local-channel members {@code Local/777@agents/n} and the
         * other extension's: each member's {@code ;2} half dials the real phone. The operator answers
         * after the ring time, unless the scenario has {@link #unansweredRounds()} of nobody answering.
         */
        LOCAL_QUEUE,
        /**
         * An outside caller reaches the other extension, which answers and then does an attended
         * transfer (Atxfer) to the operator: a Local channel consults the operator, the operator
         * answers, the other extension hangs up and the operator talks to the caller.
         */
        ATTENDED_TRANSFER,
        /** An outside caller rings the other extension; the operator dials {@code **ext}, PickupChan takes the call. */
        PICKUP,
        /** As {@link #PICKUP}, with group pickup: the operator dials {@code *8}, Pickup() takes the call. */
        GROUP_PICKUP,
        /** The operator's phone dials an outside number through the trunk. */
        OUTBOUND,
        /** Another extension calls the operator; answered after the ring time. */
        INTERNAL
    }

    Kind kind;
    String extension;
    String callerNum = "+15551234567";
    String callerName = "John Caller";
    String did = "15550100";
    String otherExtension = "999";
    String outsideNumber = "5551112222";
    Duration ring;
    Duration talk = Duration.ofSeconds(3);
    /** Queue rounds nobody answers before the caller gives up; 0 = the operator answers the first. */
    int unansweredRounds;
    /** The queue's pause between rounds (queues.conf {@code retry}). */
    Duration retry = Duration.ofSeconds(5);

    private Scenario(Kind kind, String extension, Duration ring) {
        this.kind = kind;
        this.extension = extension;
        this.ring = ring;
    }

    private Scenario copy() {
        Scenario s = new Scenario(kind, extension, ring);
        s.callerNum = callerNum;
        s.callerName = callerName;
        s.did = did;
        s.otherExtension = otherExtension;
        s.outsideNumber = outsideNumber;
        s.talk = talk;
        s.unansweredRounds = unansweredRounds;
        s.retry = retry;
        return s;
    }

    public static Scenario answered(String extension) {
        return new Scenario(Kind.ANSWERED, extension, Duration.ofSeconds(2));
    }

    public static Scenario missed(String extension) {
        return new Scenario(Kind.MISSED, extension, Duration.ofSeconds(5));
    }

    /** Rings up to 20 s waiting for a client's Hangup (reject) or PJSIPNotify talk (answer). */
    public static Scenario rejected(String extension) {
        return new Scenario(Kind.REJECTED, extension, Duration.ofSeconds(20));
    }

    public static Scenario answeredElsewhere(String extension, String otherExtension) {
        return new Scenario(Kind.ANSWERED_ELSEWHERE, extension, Duration.ofSeconds(2)).withOtherExtension(otherExtension);
    }

    /** Ring group 600-style {@code Dial(ext&other)}; the operator answers after 3 s. */
    public static Scenario ringGroup(String extension, String otherExtension) {
        return new Scenario(Kind.RING_GROUP, extension, Duration.ofSeconds(3)).withOtherExtension(otherExtension)
                .withTalk(Duration.ofSeconds(6));
    }

    public static Scenario queue(String extension) {
        return new Scenario(Kind.QUEUE, extension, Duration.ofSeconds(2));
    }

    public static Scenario queueAbandoned(String extension) {
        return new Scenario(Kind.QUEUE_ABANDONED, extension, Duration.ofSeconds(5));
    }

    /** Queue {@code localq} with Local-channel members; the operator answers after 3 s and talks 8.5 s. */
    public static Scenario localQueue(String extension, String otherMember) {
        return new Scenario(Kind.LOCAL_QUEUE, extension, Duration.ofSeconds(3)).withOtherExtension(otherMember)
                .withTalk(Duration.ofMillis(8500));
    }

    /**
     * Queue {@code localq}, ringall with a 15 s member timeout: nobody answers {@code rounds}
     * rounds, {@code retry} apart, then the caller hangs up while waiting for the next.
     */
    public static Scenario localQueueUnanswered(String extension, String otherMember, int rounds) {
        Scenario s = new Scenario(Kind.LOCAL_QUEUE, extension, Duration.ofSeconds(15)).withOtherExtension(otherMember);
        s.unansweredRounds = Math.max(1, rounds);
        return s;
    }

    /**
     * Bob calls {@code transferer}, who answers after 2 s, talks 3 s, then transfers him attended to
     * the operator: the operator rings 3 s, consults 2.5 s, and talks to Bob 8 s after the
     * transferer hangs up (10.5 s of talk for the operator).
     */
    public static Scenario attendedTransferTo(String extension, String transferer) {
        return new Scenario(Kind.ATTENDED_TRANSFER, extension, Duration.ofSeconds(3)).withOtherExtension(transferer)
                .withCaller("+15557654321", "Bob").withTalk(Duration.ofMillis(10_500));
    }

    /** Bob's call rings {@code ringing} for 2 s; the operator dials **ext (PickupChan) and talks 8 s. */
    public static Scenario pickup(String extension, String ringing) {
        return new Scenario(Kind.PICKUP, extension, Duration.ofSeconds(2)).withOtherExtension(ringing)
                .withCaller("+15557654321", "Bob").withTalk(Duration.ofSeconds(8));
    }

    /** As {@link #pickup}, by group pickup: the operator dials *8 (Pickup()). */
    public static Scenario groupPickup(String extension, String ringing) {
        Scenario s = pickup(extension, ringing);
        s.kind = Kind.GROUP_PICKUP;
        return s;
    }

    public static Scenario outbound(String extension, String number) {
        return new Scenario(Kind.OUTBOUND, extension, Duration.ofSeconds(2)).withOutsideNumber(number);
    }

    public static Scenario internal(String extension, String fromExtension) {
        Scenario s = new Scenario(Kind.INTERNAL, extension, Duration.ofSeconds(1)).withOtherExtension(fromExtension);
        return s.withCaller(fromExtension, "Operator " + fromExtension).withTalk(Duration.ofSeconds(2));
    }

    public Scenario withCaller(String number, String name) {
        Scenario s = copy();
        s.callerNum = number;
        s.callerName = name;
        return s;
    }

    public Scenario withDid(String did) {
        Scenario s = copy();
        s.did = did;
        return s;
    }

    public Scenario withOtherExtension(String other) {
        Scenario s = copy();
        s.otherExtension = other;
        return s;
    }

    public Scenario withOutsideNumber(String number) {
        Scenario s = copy();
        s.outsideNumber = number;
        return s;
    }

    /** How long it rings before the scripted outcome (answer, give up, timeout). */
    public Scenario withRing(Duration ring) {
        Scenario s = copy();
        s.ring = ring;
        return s;
    }

    public Scenario withTalk(Duration talk) {
        Scenario s = copy();
        s.talk = talk;
        return s;
    }

    /** The queue's pause between ring rounds. */
    public Scenario withRetry(Duration retry) {
        Scenario s = copy();
        s.retry = retry;
        return s;
    }

    public Kind kind() {
        return kind;
    }

    public String extension() {
        return extension;
    }

    public int unansweredRounds() {
        return unansweredRounds;
    }

    public Duration ring() {
        return ring;
    }

    public Duration talk() {
        return talk;
    }

    @Override
    public String toString() {
        return kind + " call for " + extension + " from " + callerNum;
    }
}
