package dev.ringside.call;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the AMI event stream into the operator's calls: one {@link Call} per Linkedid, moved
 * through incoming -> answered -> completed, or missed, or rejected.
 *
 * <p>Rules, all from how Asterisk behaves rather than from one PBX's dialplan:
 * <ul>
 *   <li>A leg is the operator's when its channel name (or a queue member Interface) names one of
 *       the operator's devices on any technology, never because of {@code Exten}: the operator's
 *       leg inherits the caller's Context/Exten.</li>
 *   <li>A leg created by someone else's dial (its Uniqueid is not the Linkedid) and ringing, or the
 *       DestChannel of a DialBegin/AgentCalled, makes an incoming call. A leg that starts the call
 *       (Uniqueid = Linkedid) and dials out makes an outbound one.</li>
 *   <li>There is no Answer event: the operator's leg going Up, DialEnd ANSWER to it, AgentConnect
 *       or BridgeEnter of it is the answer. The caller's own channel going Up (voicemail, IVR) is not.</li>
 *   <li>The call ends for the operator when the last of the operator's legs hangs up: completed if
 *       it was answered; otherwise rejected when the app rejected it or the phone declined it
 *       (cause 21), else missed (gave up, answered elsewhere = cause 26, busy, no answer).</li>
 *   <li>Events for calls never seen that could only close a call (Hangup, DialEnd...) are ignored:
 *       no phantom calls.</li>
 * </ul>
 * Not thread-safe: feed it from one thread (the engine's event executor).
 */
public final class CallTracker {

    private static final Logger log = LoggerFactory.getLogger(CallTracker.class);

    /** How long an ended call is kept to absorb late events (a caller's hangup after ours) and re-rings. */
    static final Duration KEEP_ENDED = Duration.ofMinutes(10);
    /** A leg whose dial ended without answer but whose Hangup never came is closed after this. */
    static final Duration DIAL_END_GRACE = Duration.ofSeconds(15);

    private static final int STATE_RING = 4;
    private static final int STATE_RINGING = 5;
    private static final int STATE_UP = 6;
    private static final int CAUSE_CALL_REJECTED = 21;

    private final OperatorNumbers numbers;
    private final InternalNumbers internalNumbers;
    private final Map<String, Tracked> calls = new LinkedHashMap<>();
    private final List<CallListener> listeners = new CopyOnWriteArrayList<>();

    public CallTracker(OperatorNumbers numbers) {
        this(numbers, InternalNumbers.DEFAULT);
    }

    public CallTracker(OperatorNumbers numbers, InternalNumbers internalNumbers) {
        this.numbers = numbers;
        this.internalNumbers = internalNumbers;
    }

    public OperatorNumbers numbers() {
        return numbers;
    }

    public void addListener(CallListener listener) {
        listeners.add(listener);
    }

    public void removeListener(CallListener listener) {
        listeners.remove(listener);
    }

    /** The operator's calls now ringing or in progress, oldest first. */
    public List<Call> liveCalls() {
        List<Call> live = new ArrayList<>();
        for (Tracked t : calls.values()) {
            if (t.emitted != null && t.emitted.status().isLive()) {
                live.add(t.emitted);
            }
        }
        return live;
    }

    public Optional<Call> call(String linkedId) {
        Tracked t = calls.get(linkedId);
        return t == null ? Optional.empty() : Optional.ofNullable(t.emitted);
    }

    /**
     * The channels a Reject must hang up: the operator's ringing legs that were dialled by someone
     * else (for a queue member {@code Local/777@...;1}, not the PJSIP leg behind it).
     */
    public List<String> rejectTargets(String linkedId) {
        Tracked t = calls.get(linkedId);
        if (t == null) {
            return List.of();
        }
        List<String> targets = new ArrayList<>();
        for (Leg leg : t.legs.values()) {
            if (leg.ringing && !leg.ended && !leg.up && !leg.originator && (leg.dialedBy == null || !t.legs.containsKey(leg.dialedBy))) {
                targets.add(leg.channel);
            }
        }
        return targets;
    }

    // ---------------------------------------------------------------- operator actions

    /** The operator clicked Accept: remember when (the phone still has to pick up). */
    public Optional<Call> markAccepted(String linkedId, Instant at) {
        Tracked t = calls.get(linkedId);
        if (t == null || t.emitted == null) {
            return Optional.empty();
        }
        if (t.acceptedAt == null) {
            t.acceptedAt = at;
        }
        t.touch(at);
        publish(t);
        return Optional.ofNullable(t.emitted);
    }

    /**
     * The operator clicked Reject and the Hangup is on its way: when the ringing legs end, the call
     * is rejected whatever cause the PBX reports.
     */
    public Optional<Call> markRejected(String linkedId, Instant at) {
        Tracked t = calls.get(linkedId);
        if (t == null || t.emitted == null) {
            return Optional.empty();
        }
        t.rejectRequested = true;
        t.touch(at);
        return Optional.ofNullable(t.emitted);
    }

    /** The Hangup for a reject failed: the call goes on ringing and must not later count as rejected. */
    public void clearRejected(String linkedId) {
        Tracked t = calls.get(linkedId);
        if (t != null) {
            t.rejectRequested = false;
        }
    }

    /** The operator's note; kept with the call from now on. */
    public void setNotes(String linkedId, String notes) {
        Tracked t = calls.get(linkedId);
        if (t != null) {
            t.notes = notes;
            publish(t);
        }
    }

    // ---------------------------------------------------------------- events

    public void onEvent(PbxEvent e) {
        try {
            dispatch(e);
        } catch (RuntimeException ex) {
            // one odd event must never stop call tracking
            log.warn("Ignored an event the tracker could not use: {}", e.name(), ex);
        }
    }

    private void dispatch(PbxEvent e) {
        String name = e.name().toLowerCase(java.util.Locale.ROOT);
        switch (name) {
            case "newchannel", "newstate", "newcallerid", "newconnectedline" -> onChannelUpdate(e);
            case "dialbegin" -> onDialBegin(e);
            case "dialend" -> onDialEnd(e);
            case "agentcalled" -> onAgentCalled(e);
            case "agentconnect" -> onAgentConnect(e);
            case "bridgeenter" -> onBridgeEnter(e);
            case "hangup" -> onHangup(e);
            case "coreshowchannel" -> onChannelUpdate(e);
            default -> {
                // everything else (VarSet, Newexten, DeviceStateChange, ...) says nothing about the call
            }
        }
    }

    /** Newchannel, Newstate, NewCallerid, NewConnectedLine: the operator leg's state and caller info. */
    private void onChannelUpdate(PbxEvent e) {
        String channel = e.get("Channel");
        Optional<String> number = numbers.numberOf(channel);
        if (number.isEmpty()) {
            return;
        }
        Tracked t = trackedFor(e, true);
        Leg leg = t.leg(e.get("Uniqueid"), channel, number.get(), linkedIdOf(e), e.time());
        if (leg == null) {
            return;
        }
        t.touch(e.time());
        if (!leg.originator) {
            t.noteCallerFromConnectedLine(e);
        } else if (t.otherParty == null && realNumber(e.get("Exten")) != null && !"s".equals(e.get("Exten"))) {
            t.otherPartyFromExten = e.get("Exten");
        }
        int state = e.getInt("ChannelState");
        if (state == STATE_RINGING || state == STATE_RING && !leg.originator && e.is("coreshowchannel")) {
            leg.ringing = true;
            if (!leg.originator) {
                t.makeVisible(Direction.INBOUND);
            }
        } else if (state == STATE_UP && !leg.up) {
            if (!leg.originator) {
                leg.ringing = false;
                leg.up = true;
                t.makeVisible(Direction.INBOUND);
                t.answer(leg, e.time(), !e.is("coreshowchannel"));
            } else {
                leg.up = true;
                if (e.is("coreshowchannel") && e.has("BridgeId")) {
                    t.makeVisible(Direction.OUTBOUND);
                    t.answer(leg, e.time(), false);
                }
            }
        }
        if (e.is("coreshowchannel")) {
            t.fromSnapshot = true;
        }
        if (e.is("coreshowchannel") && t.visible) {
            Instant started = e.time().minus(parseDuration(e.get("Duration")));
            if (started.isBefore(t.startedAt)) {
                t.startedAt = started;
            }
        }
        publish(t);
    }

    private void onDialBegin(PbxEvent e) {
        String source = e.get("Channel");
        String dest = e.get("DestChannel");
        Optional<String> destNumber = numbers.numberOf(dest);
        Optional<String> sourceNumber = numbers.numberOf(source);
        if (destNumber.isPresent()) {
            Tracked t = trackedFor(e, true);
            Leg leg = t.leg(e.get("DestUniqueid"), dest, destNumber.get(), destLinkedIdOf(e), e.time());
            if (leg != null && !leg.originator) {
                leg.dialedBy = e.get("Uniqueid");
                leg.ringing = !leg.up;
                t.noteCallerFromDialer(e);
                t.makeVisible(Direction.INBOUND);
                t.touch(e.time());
                publish(t);
            }
        }
        if (sourceNumber.isPresent() && destNumber.isEmpty()) {
            Tracked t = trackedFor(e, true);
            Leg leg = t.leg(e.get("Uniqueid"), source, sourceNumber.get(), linkedIdOf(e), e.time());
            if (leg != null && leg.originator) {
                String dialled = firstDialled(e.get("DestExten"), e.get("DestCallerIDNum"), t.otherPartyFromExten);
                if (dialled != null) {
                    t.otherParty = dialled;
                }
                t.makeVisible(Direction.OUTBOUND);
                t.touch(e.time());
                publish(t);
            }
        }
    }

    private void onDialEnd(PbxEvent e) {
        Tracked t = calls.get(linkedIdOf(e));
        if (t == null) {
            return;
        }
        String status = e.get("DialStatus");
        Leg dest = t.legs.get(e.get("DestUniqueid"));
        Leg source = t.legs.get(e.get("Uniqueid"));
        if (dest != null && !dest.originator) {
            if ("ANSWER".equalsIgnoreCase(status)) {
                dest.ringing = false;
                dest.up = true;
                t.answer(dest, e.time(), true);
            } else {
                dest.dialEndedAt = e.time();
            }
        } else if (source != null && source.originator) {
            if ("ANSWER".equalsIgnoreCase(status)) {
                t.answer(source, e.time(), true);
            } else {
                source.dialEndedAt = e.time();
            }
        } else if ("ANSWER".equalsIgnoreCase(status) && t.answeredAt == null) {
            // someone else took the call (a ring-all's other phone)
            t.answeredElsewhereBy = OperatorNumbers.deviceOf(e.get("DestChannel"));
        }
        t.touch(e.time());
        publish(t);
    }

    private void onAgentCalled(PbxEvent e) {
        String dest = firstReal(e.get("DestChannel"), e.get("DestinationChannel"));
        Optional<String> number = numbers.numberOf(dest);
        if (number.isEmpty()) {
            number = numbers.numberOf(e.get("Interface"));
        }
        if (number.isEmpty() || dest == null) {
            return;
        }
        Tracked t = trackedFor(e, true);
        Leg leg = t.leg(e.get("DestUniqueid"), dest, number.get(), destLinkedIdOf(e), e.time());
        if (leg == null) {
            return;
        }
        leg.dialedBy = e.get("Uniqueid");
        leg.ringing = !leg.up;
        t.queue = realText(e.get("Queue"));
        t.noteCallerFromDialer(e);
        t.makeVisible(Direction.INBOUND);
        t.touch(e.time());
        publish(t);
    }

    private void onAgentConnect(PbxEvent e) {
        Tracked t = calls.get(linkedIdOf(e));
        if (t == null) {
            return;
        }
        Leg leg = t.legs.get(e.get("DestUniqueid"));
        if (leg == null) {
            Optional<String> number = numbers.numberOf(e.get("Interface"));
            if (number.isEmpty()) {
                if (t.answeredAt == null) {
                    t.answeredElsewhereBy = OperatorNumbers.deviceOf(e.get("Interface"));
                }
                return;
            }
            leg = t.leg(e.get("DestUniqueid"), e.get("DestChannel"), number.get(), linkedIdOf(e), e.time());
            if (leg == null) {
                return;
            }
        }
        t.queue = t.queue != null ? t.queue : realText(e.get("Queue"));
        leg.ringing = false;
        leg.up = true;
        t.makeVisible(Direction.INBOUND);
        t.answer(leg, e.time(), true);
        t.touch(e.time());
        publish(t);
    }

    private void onBridgeEnter(PbxEvent e) {
        Tracked t = calls.get(linkedIdOf(e));
        if (t == null) {
            return;
        }
        Leg leg = t.legs.get(e.get("Uniqueid"));
        if (leg == null || !t.visible) {
            return;
        }
        // an outbound leg is bridged only once the far end answered; an inbound one once it picked up
        leg.ringing = false;
        leg.up = true;
        t.answer(leg, e.time(), true);
        t.touch(e.time());
        publish(t);
    }

    private void onHangup(PbxEvent e) {
        Tracked t = calls.get(linkedIdOf(e));
        if (t == null) {
            return;
        }
        Leg leg = t.legs.get(e.get("Uniqueid"));
        if (leg == null || leg.ended) {
            return;
        }
        int cause = e.getInt("Cause");
        t.endLeg(leg, e.time(), cause >= 0 ? cause : null);
        t.touch(e.time());
        publish(t);
    }

    // ---------------------------------------------------------------- link state

    /**
     * What the PBX says is live right now ({@code CoreShowChannel} events from a
     * {@code CoreShowChannels} after a (re)connect): calls that ended while the link was down are
     * closed, calls already ringing or up are picked up.
     */
    public void onChannelsSnapshot(List<PbxEvent> coreShowChannels, Instant takenAt) {
        Set<String> liveUniqueIds = new HashSet<>();
        Set<String> liveChannels = new HashSet<>();
        for (PbxEvent e : coreShowChannels) {
            liveUniqueIds.add(e.get("Uniqueid"));
            liveChannels.add(e.get("Channel"));
        }
        for (Tracked t : new ArrayList<>(calls.values())) {
            boolean changed = false;
            for (Leg leg : t.legs.values()) {
                if (!leg.ended && !liveUniqueIds.contains(leg.uniqueId) && !liveChannels.contains(leg.channel)) {
                    t.endLeg(leg, takenAt, null);
                    changed = true;
                }
            }
            if (changed) {
                t.touch(takenAt);
                publish(t);
            }
        }
        for (PbxEvent e : coreShowChannels) {
            onEvent(new PbxEvent(e.name(), takenAt, e.headers()));
        }
    }

    /**
     * Housekeeping, called now and then with the current time: closes legs whose dial ended but
     * whose Hangup never arrived, and forgets calls that ended long ago.
     */
    public void tick(Instant now) {
        for (Tracked t : new ArrayList<>(calls.values())) {
            boolean changed = false;
            for (Leg leg : t.legs.values()) {
                if (!leg.ended && !leg.up && leg.dialEndedAt != null
                        && Duration.between(leg.dialEndedAt, now).compareTo(DIAL_END_GRACE) > 0) {
                    t.endLeg(leg, leg.dialEndedAt, null);
                    changed = true;
                }
            }
            if (changed) {
                publish(t);
            }
        }
        calls.values().removeIf(t -> t.allLegsEnded() && Duration.between(t.lastActivity, now).compareTo(KEEP_ENDED) > 0);
    }

    // ---------------------------------------------------------------- internals

    private Tracked trackedFor(PbxEvent e, boolean create) {
        String linkedId = linkedIdOf(e);
        Tracked t = calls.get(linkedId);
        if (t == null && create) {
            t = new Tracked(linkedId, e.time());
            calls.put(linkedId, t);
        }
        return t;
    }

    private static String linkedIdOf(PbxEvent e) {
        return firstReal(e.get("Linkedid"), e.get("Uniqueid"));
    }

    private static String destLinkedIdOf(PbxEvent e) {
        return firstReal(e.get("DestLinkedid"), e.get("Linkedid"), e.get("Uniqueid"));
    }

    private void publish(Tracked t) {
        if (!t.visible || !t.callerInfoSettled()) {
            return;
        }
        Call now = t.snapshot();
        Call before = t.emitted;
        if (now.equals(before)) {
            return;
        }
        t.emitted = now;
        for (CallListener l : listeners) {
            try {
                l.callChanged(before, now);
            } catch (RuntimeException ex) {
                log.warn("A call listener failed on {}", now.linkedId(), ex);
            }
        }
    }

    private static Duration parseDuration(String s) {
        if (s == null || s.isBlank()) {
            return Duration.ZERO;
        }
        try {
            String[] parts = s.trim().split(":");
            long seconds = 0;
            for (String p : parts) {
                seconds = seconds * 60 + Long.parseLong(p.trim());
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException ex) {
            return Duration.ZERO;
        }
    }

    /** A caller-id value that means something: not empty, not Asterisk's "<unknown>". */
    static String realNumber(String s) {
        if (s == null) {
            return null;
        }
        String v = s.trim();
        if (v.isEmpty() || v.equalsIgnoreCase("<unknown>") || v.equalsIgnoreCase("unknown")) {
            return null;
        }
        return v;
    }

    static String realText(String s) {
        return realNumber(s);
    }

    /** The number an outbound call went to; "s" is the dialplan's start extension, not a number. */
    private static String firstDialled(String... values) {
        for (String v : values) {
            String r = realNumber(v);
            if (r != null && !r.equals("s")) {
                return r;
            }
        }
        return null;
    }

    private static String firstReal(String... values) {
        for (String v : values) {
            String r = realNumber(v);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** One leg of the call that belongs to the operator. */
    private static final class Leg {
        final String uniqueId;
        final String channel;
        final String number;
        final boolean originator;
        String dialedBy;
        boolean ringing;
        boolean up;
        boolean ended;
        Integer cause;
        Instant dialEndedAt;

        Leg(String uniqueId, String channel, String number, boolean originator) {
            this.uniqueId = uniqueId;
            this.channel = channel;
            this.number = number;
            this.originator = originator;
        }
    }

    /** Everything known of one Linkedid. */
    private final class Tracked {
        final String linkedId;
        final Map<String, Leg> legs = new LinkedHashMap<>();
        final Map<String, Integer> generation = new HashMap<>();
        Instant startedAt;
        Instant lastActivity;
        boolean visible;
        Direction direction;
        String operatorNumber;
        String callerNumber;
        String callerName;
        String callerChannel;
        String callerUniqueId;
        String otherParty;
        String otherPartyFromExten;
        String queue;
        Instant acceptedAt;
        Instant answeredAt;
        boolean answered;
        String answeredBy;
        String answeredElsewhereBy;
        Instant endedAt;
        Integer hangupCause;
        boolean rejectRequested;
        boolean rejectedByPhone;
        boolean dialerSeen;
        boolean fromSnapshot;
        String notes;
        Call emitted;

        Tracked(String linkedId, Instant at) {
            this.linkedId = linkedId;
            this.startedAt = at;
            this.lastActivity = at;
        }

        void touch(Instant at) {
            if (at.isAfter(lastActivity)) {
                lastActivity = at;
            }
        }

        /** The operator's leg with this Uniqueid, added if new; null for a leg of a call it cannot be part of. */
        Leg leg(String uniqueId, String channel, String number, String legLinkedId, Instant at) {
            if (uniqueId == null || uniqueId.isEmpty()) {
                return null;
            }
            Leg leg = legs.get(uniqueId);
            if (leg == null) {
                leg = new Leg(uniqueId, channel, number, uniqueId.equals(legLinkedId));
                legs.put(uniqueId, leg);
                if (operatorNumber == null) {
                    operatorNumber = number;
                }
                if (emitted != null && emitted.status().isTerminal() && !leg.originator) {
                    reopen(at);
                }
            }
            return leg;
        }

        /** A new leg rings in a call that had ended for the operator (a queue's next round, a transfer back). */
        private void reopen(Instant at) {
            endedAt = null;
            hangupCause = null;
            rejectRequested = false;
            rejectedByPhone = false;
            touch(at);
        }

        void makeVisible(Direction kind) {
            if (!visible) {
                visible = true;
                direction = kind;
            } else if (direction == Direction.OUTBOUND && kind != Direction.OUTBOUND) {
                return;
            }
        }

        void noteCallerFromConnectedLine(PbxEvent e) {
            String num = realNumber(e.get("ConnectedLineNum"));
            if (num != null && callerNumber == null) {
                callerNumber = num;
            }
            String name = realText(e.get("ConnectedLineName"));
            if (name != null && callerName == null && !numbers.owns(name)) {
                callerName = name;
            }
        }

        /**
         * An incoming call is shown once its caller is known, or once the channel that dialled the
         * operator has been seen (a withheld number stays unknown), or once it is past ringing: some
         * PBXes set the ringing leg's connected line only after the DialBegin/AgentCalled.
         */
        boolean callerInfoSettled() {
            return direction == Direction.OUTBOUND || callerNumber != null || dialerSeen || answered
                    || allLegsEnded() || fromSnapshot;
        }

        /** The channel that dialled the operator: its own caller id is the caller's. */
        void noteCallerFromDialer(PbxEvent e) {
            dialerSeen = true;
            String num = realNumber(e.get("CallerIDNum"));
            if (num != null && !numbers.owns(num)) {
                callerNumber = num;
            }
            String name = realText(e.get("CallerIDName"));
            if (name != null && !numbers.owns(name)) {
                callerName = name;
            }
            String channel = realText(e.get("Channel"));
            if (channel != null && numbers.numberOf(channel).isEmpty()) {
                callerChannel = channel;
                callerUniqueId = realText(e.get("Uniqueid"));
            }
        }

        void answer(Leg leg, Instant at, boolean timeKnown) {
            answered = true;
            if (answeredAt == null && timeKnown) {
                answeredAt = at;
            }
            if (answeredBy == null) {
                answeredBy = leg.number;
            }
            if (endedAt != null && !allLegsEnded()) {
                endedAt = null;
                hangupCause = null;
            }
        }

        void endLeg(Leg leg, Instant at, Integer cause) {
            leg.ended = true;
            leg.ringing = false;
            leg.cause = cause;
            if (!leg.up && cause != null && cause == CAUSE_CALL_REJECTED) {
                rejectedByPhone = true;
            }
            if (allLegsEnded()) {
                endedAt = at;
                hangupCause = cause != null ? cause : hangupCause;
            }
        }

        boolean allLegsEnded() {
            for (Leg leg : legs.values()) {
                if (!leg.ended) {
                    return false;
                }
            }
            return true;
        }

        CallStatus status() {
            boolean ended = allLegsEnded() && endedAt != null;
            if (direction == Direction.OUTBOUND) {
                if (!ended) {
                    return answered ? CallStatus.ANSWERED : CallStatus.DIALING;
                }
                return answered ? CallStatus.COMPLETED : CallStatus.UNANSWERED;
            }
            if (!ended) {
                return answered ? CallStatus.ANSWERED : CallStatus.INCOMING;
            }
            if (answered) {
                return CallStatus.COMPLETED;
            }
            return rejectRequested || rejectedByPhone ? CallStatus.REJECTED : CallStatus.MISSED;
        }

        Direction effectiveDirection() {
            if (direction == Direction.OUTBOUND) {
                return Direction.OUTBOUND;
            }
            return internalNumbers.isInternal(callerNumber, callerChannel) ? Direction.INTERNAL : Direction.INBOUND;
        }

        Leg currentLeg() {
            Leg best = null;
            for (Leg leg : legs.values()) {
                if (leg.up && !leg.ended) {
                    return leg;
                }
                if (best == null || !leg.ended && best.ended) {
                    best = leg;
                }
            }
            return best;
        }

        Call snapshot() {
            Direction dir = effectiveDirection();
            Call.Builder b = Call.builder(linkedId, dir, startedAt);
            b.status = status();
            b.operatorNumber = operatorNumber;
            if (dir == Direction.OUTBOUND) {
                b.callerNumber = operatorNumber;
                b.receiverNumber = otherParty != null ? otherParty : otherPartyFromExten;
            } else {
                b.callerNumber = callerNumber;
                b.callerName = callerName;
                b.receiverNumber = operatorNumber;
            }
            b.queue = queue;
            b.acceptedAt = acceptedAt;
            b.answeredAt = answeredAt;
            b.endedAt = allLegsEnded() ? endedAt : null;
            b.hangupCause = b.endedAt != null ? hangupCause : null;
            b.answeredBy = answered ? answeredBy : answeredElsewhereBy;
            b.callerChannel = callerChannel;
            b.callerUniqueId = callerUniqueId;
            Leg leg = currentLeg();
            if (leg != null) {
                b.operatorChannel = leg.channel;
                b.operatorUniqueId = leg.uniqueId;
            }
            b.notes = notes;
            return b.build();
        }
    }
}
