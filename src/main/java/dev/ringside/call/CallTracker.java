package dev.ringside.call;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Turns the PBX's event stream into the operator's calls: one {@link Call} per Linkedid, moved
 * through incoming -> answered -> completed, or missed, or rejected. Each event goes to the rules
 * it concerns ({@link LegRule}, {@link CallerRule}, {@link AnswerRule}, {@link EndRule},
 * {@link LivenessRule}, {@link TransferRule}); every call they changed is then told to the listeners, once.
 * Events for calls never seen that could only close a call (Hangup, DialEnd...) are ignored: no
 * phantom calls.
 *
 * <p>Not thread-safe: feed it from one thread (the engine's event executor).
 */
public final class CallTracker {

    private static final System.Logger LOG = System.getLogger(CallTracker.class.getName());

    private final CallBook book;
    private final CallerRule callers;
    private final LegRule legs;
    private final AnswerRule answers;
    private final EndRule ends;
    private final LivenessRule liveness;
    private final TransferRule transfers;
    private final OperatorMarks marks;
    private final List<CallListener> listeners = new CopyOnWriteArrayList<>();

    public CallTracker(OperatorNumbers numbers) {
        this(numbers, InternalNumbers.DEFAULT);
    }

    public CallTracker(OperatorNumbers numbers, InternalNumbers internalNumbers) {
        this(numbers, internalNumbers, TrackerTimings.DEFAULT);
    }

    public CallTracker(OperatorNumbers numbers, InternalNumbers internalNumbers, TrackerTimings timings) {
        this(numbers, internalNumbers, timings, CallBook.MAX_CALLS);
    }

    CallTracker(OperatorNumbers numbers, InternalNumbers internalNumbers, TrackerTimings timings, int maxCalls) {
        this.book = new CallBook(numbers, internalNumbers, maxCalls);
        this.callers = new CallerRule(numbers);
        this.legs = new LegRule(book, callers);
        this.answers = new AnswerRule(book, legs);
        this.transfers = new TransferRule(book, legs);
        this.marks = new OperatorMarks(book);
        this.ends = new EndRule(book, timings);
        this.liveness = new LivenessRule(book, timings);
    }

    public OperatorNumbers numbers() {
        return book.numbers;
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
        for (TrackedCall t : book.all()) {
            if (t.emitted != null && t.emitted.status().isLive()) {
                live.add(t.emitted);
            }
        }
        return live;
    }

    /** How many calls the tracker holds, ended ones it still keeps included; never more than 10,000. */
    public int trackedCalls() {
        return book.size();
    }

    public Optional<Call> call(String linkedId) {
        TrackedCall t = book.get(linkedId);
        return t == null ? Optional.empty() : Optional.ofNullable(t.emitted);
    }

    /**
     * The channels a Reject must hang up: the operator's ringing legs that were dialled by someone
     * else (for a queue member {@code Local/777@...;1}, not the PJSIP leg behind it).
     */
    public List<String> rejectTargets(String linkedId) {
        return marks.rejectTargets(linkedId);
    }

    // ---------------------------------------------------------------- operator actions

    /** The operator clicked Accept: remember when (the phone still has to pick up). */
    public Optional<Call> markAccepted(String linkedId, Instant at) {
        TrackedCall t = marks.accepted(linkedId, at);
        publishChanged();
        return t == null ? Optional.empty() : Optional.ofNullable(t.emitted);
    }

    /**
     * The operator clicked Reject and the Hangup is on its way: when the ringing legs end, the call
     * is rejected whatever cause the PBX reports.
     */
    public Optional<Call> markRejected(String linkedId, Instant at) {
        TrackedCall t = marks.rejected(linkedId, at);
        return t == null ? Optional.empty() : Optional.ofNullable(t.emitted);
    }

    /** The Hangup for a reject failed: the call goes on ringing and must not later count as rejected. */
    public void clearRejected(String linkedId) {
        marks.rejectFailed(linkedId);
    }

    /** The operator's note; kept with the call from now on. */
    public void setNotes(String linkedId, String notes) {
        marks.notes(linkedId, notes);
        publishChanged();
    }

    // ---------------------------------------------------------------- events

    public void onEvent(PbxEvent e) {
        try {
            dispatch(e);
        } catch (RuntimeException ex) {
            // one odd event must never stop call tracking
            LOG.log(System.Logger.Level.WARNING, "Ignored an event the tracker could not use: " + e.name(), ex);
            book.drainChanged();
            return;
        }
        publishChanged();
    }

    private void dispatch(PbxEvent e) {
        switch (e.name().toLowerCase(Locale.ROOT)) {
            case "newchannel", "newstate", "newcallerid", "newconnectedline", "coreshowchannel" -> onChannel(e);
            case "dialbegin" -> legs.onDialBegin(e);
            case "dialend" -> onDialEnd(e);
            case "agentcalled" -> legs.onAgentCalled(e);
            case "agentconnect" -> answers.onAgentConnect(e);
            case "bridgeenter" -> answers.onBridgeEnter(e);
            case "hangup" -> ends.onHangup(e);
            case "agentcomplete", "agentdump" -> ends.onAgentDone(e);
            case "agentringnoanswer" -> ends.onRingNoAnswer(e);
            case "queuecallerabandon", "queuecallerleave" -> ends.onCallerLeftQueue(e);
            case "attendedtransfer" -> transfers.onAttendedTransfer(e);
            case "pickup" -> transfers.onPickup(e);
            default -> {
                // everything else (VarSet, Newexten, DeviceStateChange, ...) says nothing about the call
            }
        }
    }

    private void onChannel(PbxEvent e) {
        LegRule.Found found = legs.onChannel(e);
        if (found == null) {
            return;
        }
        TrackedCall t = found.call();
        if (!found.leg().originator && !found.leg().isLocal()) {
            // a Local channel's connected line is whatever its requester had (a transferer's caller)
            callers.fromConnectedLine(t, e);
        }
        answers.onChannelState(t, found.leg(), e);
        if (e.is("newconnectedline")) {
            transfers.onConnectedLine(t, found.leg(), e);
        }
        if (e.is("coreshowchannel")) {
            liveness.onListed(t, e);
        }
        book.changed(t);
    }

    private void onDialEnd(PbxEvent e) {
        TrackedCall t = book.get(Values.linkedIdOf(e));
        if (t == null) {
            return;
        }
        if ("ANSWER".equalsIgnoreCase(e.get("DialStatus"))) {
            answers.onDialEndAnswer(t, e);
            if (t.callerChannel == null && !t.transferredIn && t.legs.containsKey(e.get("DestUniqueid"))) {
                // a picked-up call: the caller's Dial() sees the operator's channel answer
                callers.fromDialer(t, e);
            }
        } else {
            ends.onDialEndNotAnswered(t, e);
        }
        t.touch(e.time());
        book.changed(t);
    }

    // ---------------------------------------------------------------- link state

    /**
     * What the PBX says is live right now ({@code CoreShowChannel} events from a
     * {@code CoreShowChannels} after a (re)connect, or from a periodic check while calls are live):
     * calls it no longer has are closed when they were last known alive, calls already ringing or
     * up are picked up.
     */
    public void onChannelsSnapshot(List<PbxEvent> coreShowChannels, Instant takenAt) {
        liveness.closeMissing(coreShowChannels, takenAt);
        publishChanged();
        for (PbxEvent e : coreShowChannels) {
            onEvent(new PbxEvent(e.name(), takenAt, e.headers()));
        }
    }

    /** The link to the PBX dropped at this moment: calls live now were alive until then. */
    public void onLinkLost(Instant at) {
        liveness.onLinkLost(at);
    }

    /**
     * Housekeeping, called now and then with the current time: closes legs whose dial ended but
     * whose Hangup never arrived, ends queue calls whose next round never came, and forgets calls
     * that ended long ago.
     */
    public void tick(Instant now) {
        ends.tick(now);
        publishChanged();
        liveness.forgetOld(now);
    }

    // ---------------------------------------------------------------- publishing

    private void publishChanged() {
        for (TrackedCall t : book.drainChanged()) {
            publish(t);
        }
    }

    private void publish(TrackedCall t) {
        if (!t.visible || !CallerRule.settled(t)) {
            return;
        }
        Call now = CallSnapshot.of(t, book.internalNumbers);
        Call before = t.emitted;
        if (now.equals(before)) {
            return;
        }
        t.emitted = now;
        for (CallListener l : listeners) {
            try {
                l.callChanged(before, now);
            } catch (RuntimeException ex) {
                LOG.log(System.Logger.Level.WARNING, "A call listener failed on " + now.linkedId(), ex);
            }
        }
    }
}
