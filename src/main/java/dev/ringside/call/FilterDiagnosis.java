package dev.ringside.call;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Notices a PBX that hides the operator's own channel events. The queue and the dial name the
 * operator's device ({@code AgentCalled}, {@code DialBegin} to it, {@code QueueMemberStatus}
 * saying it rings or is busy), so a call is reaching the phone; if no event of one of the
 * operator's channels ({@code Newchannel}, {@code Newstate}, {@code Hangup}, ...) comes around
 * that time, something between the PBX and us drops them: in practice the AMI user's
 * {@code eventfilter}s in manager.conf. Channel lists ({@code CoreShowChannel}) do not count:
 * filters do not touch them.
 *
 * <p>Not thread-safe: feed it from the engine's thread, with the time each event arrived.
 */
public final class FilterDiagnosis {

    /** What is wrong: the PBX sent evidence of calls to these numbers but none of their channels' events. */
    public record Finding(Set<String> numbers, Instant since) {
    }

    /** QueueMemberStatus Status values of a device in a call: in use, busy, ringing, ring+in use, on hold. */
    private static final Set<Integer> DEVICE_IN_A_CALL = Set.of(2, 3, 6, 7, 8);

    private final OperatorNumbers numbers;
    private final Duration window;
    private final Set<String> evidenceFor = new TreeSet<>();
    private Instant evidenceSince;
    private Instant lastOwnChannelEvent;
    private Finding finding;

    public FilterDiagnosis(OperatorNumbers numbers, Duration window) {
        this.numbers = numbers;
        this.window = window;
    }

    /** The problem found, while it lasts. */
    public Optional<Finding> finding() {
        return Optional.ofNullable(finding);
    }

    /** @return true when this event changed {@link #finding()} (own channel events arrive again) */
    public boolean onEvent(PbxEvent e, Instant arrived) {
        String name = e.name().toLowerCase(Locale.ROOT);
        if (!name.equals("coreshowchannel") && numbers.numberOf(e.get("Channel")).isPresent()) {
            lastOwnChannelEvent = arrived;
            evidenceSince = null;
            evidenceFor.clear();
            if (finding != null) {
                finding = null;
                return true;
            }
            return false;
        }
        Optional<String> device = switch (name) {
            case "agentcalled" -> numbers.numberOf(e.get("DestChannel")).or(() -> numbers.numberOf(e.get("Interface")));
            case "dialbegin" -> numbers.numberOf(e.get("DestChannel"));
            case "queuememberstatus" -> DEVICE_IN_A_CALL.contains(e.getInt("Status"))
                    ? numbers.numberOf(e.get("StateInterface")).or(() -> numbers.numberOf(e.get("Interface")))
                    : Optional.empty();
            default -> Optional.empty();
        };
        if (device.isPresent() && !recentlyHeardOwnEvent(arrived)) {
            if (evidenceSince == null) {
                evidenceSince = arrived;
            }
            evidenceFor.add(device.get());
        }
        return false;
    }

    /** @return true when the problem was found just now */
    public boolean tick(Instant now) {
        if (evidenceSince == null || finding != null || Duration.between(evidenceSince, now).compareTo(window) < 0) {
            return false;
        }
        finding = new Finding(Set.copyOf(evidenceFor), evidenceSince);
        evidenceSince = null;
        evidenceFor.clear();
        return true;
    }

    private boolean recentlyHeardOwnEvent(Instant now) {
        return lastOwnChannelEvent != null && Duration.between(lastOwnChannelEvent, now).compareTo(window) < 0;
    }
}
