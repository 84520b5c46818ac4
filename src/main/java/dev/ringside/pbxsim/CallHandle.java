package dev.ringside.pbxsim;

import java.util.concurrent.CompletableFuture;

/** A scenario being played: its Linkedid, the operator's ringing leg, and when it is over. */
public final class CallHandle {

    final CompletableFuture<String> linkedid = new CompletableFuture<>();
    final CompletableFuture<String> operatorLeg = new CompletableFuture<>();
    final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final Scenario scenario;

    CallHandle(Scenario scenario) {
        this.scenario = scenario;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The call's Linkedid (the first channel's Uniqueid), once that channel exists. */
    public CompletableFuture<String> linkedid() {
        return linkedid;
    }

    /** The operator's leg channel name (e.g. {@code PJSIP/777-0000002a}) once it rings or is up. */
    public CompletableFuture<String> operatorLeg() {
        return operatorLeg;
    }

    /** Completes when every channel of the call is gone (or a restart dropped the call). */
    public CompletableFuture<Void> finished() {
        return finished;
    }
}
