package dev.ringside.pbxsim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/** The simulated PBX core: channel registry, Asterisk-style ids, and the ordered event stream. */
final class SimPbx {

    final Technology technology;
    final double timeScale;
    private final Map<String, SimChannel> channels = new ConcurrentHashMap<>();
    private final List<CallRun> runs = new CopyOnWriteArrayList<>();
    private final Consumer<AmiMessage> eventSink;
    private final QueueBook queues;
    private final HintBook hints = new HintBook();
    /** How long a transfer target rings before it answers by itself (nominal, before the time scale). */
    volatile Duration transferRing = Duration.ofSeconds(3);
    private int uniqueCounter;
    private int channelSequence = 0x2a + ThreadLocalRandom.current().nextInt(64);
    private int localSequence;

    SimPbx(Technology technology, double timeScale, Consumer<AmiMessage> eventSink) {
        this.technology = technology;
        this.timeScale = timeScale;
        this.eventSink = eventSink;
        this.queues = new QueueBook(eventSink);
    }

    /** Events leave one at a time so every session sees them in the same order. */
    synchronized void emit(AmiMessage event) {
        queues.observe(event);
        hints.observe(event);
        eventSink.accept(event);
        if ("DeviceStateChange".equals(event.get("Event"))) {
            queues.deviceChanged(event.get("Device"), event.get("State"));
        }
    }

    /** The queues; use only while holding this PBX's lock. */
    QueueBook queues() {
        return queues;
    }

    /** The hints; use only while holding this PBX's lock. */
    HintBook hints() {
        return hints;
    }

    /** A phone's state changes outside any call (it registers, or drops off the network). */
    synchronized void phoneState(String extension, int hintStatus, String deviceState) {
        hints.add(extension, technology.device(extension));
        emit(HintBook.status(AmiMessage.event("ExtensionStatus", "call,all"), extension, HintBook.CONTEXT,
                technology.device(extension), hintStatus));
        emit(AmiMessage.event("DeviceStateChange", "call,all").add("Device", technology.device(extension))
                .add("State", deviceState));
    }

    /** Asterisk's Uniqueid: creation time in epoch seconds, a dot, a process-wide counter. */
    synchronized String nextUniqueid() {
        return (System.currentTimeMillis() / 1000) + "." + (uniqueCounter++);
    }

    synchronized String nextChannelName(Technology tech, String endpoint) {
        return tech.channelName(endpoint, channelSequence++);
    }

    /** The common part of a Local channel pair's names, e.g. {@code Local/777@agents-00000002}. */
    synchronized String nextLocalName(String exten, String context) {
        return String.format("Local/%s@%s-%08x", exten, context, ++localSequence);
    }

    Duration scaled(Duration nominal) {
        return Duration.ofNanos((long) (nominal.toNanos() * timeScale));
    }

    void register(SimChannel channel) {
        channels.put(channel.name, channel);
    }

    void unregister(SimChannel channel) {
        channels.remove(channel.name);
    }

    SimChannel channel(String name) {
        return name == null ? null : channels.get(name);
    }

    Collection<SimChannel> liveChannels() {
        List<SimChannel> list = new ArrayList<>(channels.values());
        list.sort((a, b) -> a.created.compareTo(b.created));
        return list;
    }

    void started(CallRun run) {
        runs.add(run);
    }

    void finished(CallRun run) {
        runs.remove(run);
    }

    /** For a restart that loses calls: the runs stop without another event, their channels vanish. */
    void dropAllCalls() {
        for (CallRun run : runs) {
            run.drop();
        }
        channels.clear();
    }

    void shutdown() {
        dropAllCalls();
    }
}
