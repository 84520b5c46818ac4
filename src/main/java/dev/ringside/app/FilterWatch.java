package dev.ringside.app;

import dev.ringside.ami.AmiSettings;
import dev.ringside.call.FilterDiagnosis;
import dev.ringside.call.OperatorNumbers;
import dev.ringside.call.PbxEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says, once, when the PBX's filters hide the operator's own channel events ({@link FilterDiagnosis}):
 * in the log, with the command that prints a section that works, and to its listeners (the main
 * window). Runs on the engine thread.
 */
final class FilterWatch {

    private static final Logger log = LoggerFactory.getLogger(FilterWatch.class);

    private final AmiSettings settings;
    private final OperatorNumbers numbers;
    private final FilterDiagnosis diagnosis;
    private final List<Consumer<Optional<FilterDiagnosis.Finding>>> listeners = new CopyOnWriteArrayList<>();
    private volatile Optional<FilterDiagnosis.Finding> problem = Optional.empty();
    private volatile String asteriskVersion = "";

    FilterWatch(AmiSettings settings, OperatorNumbers numbers, Duration window) {
        this.settings = settings;
        this.numbers = numbers;
        this.diagnosis = new FilterDiagnosis(numbers, window);
    }

    void addListener(Consumer<Optional<FilterDiagnosis.Finding>> listener) {
        listeners.add(listener);
    }

    Optional<FilterDiagnosis.Finding> problem() {
        return problem;
    }

    /** Any thread: the version the PBX reported at login, for the command. */
    void setAsteriskVersion(String version) {
        asteriskVersion = version == null ? "" : version;
    }

    /** The command that prints a manager.conf section for this login that lets the operator's events through. */
    String fixCommand() {
        StringBuilder sb = new StringBuilder("ringside pbx-config");
        numbers.numbers().forEach(n -> sb.append(" --extension ").append(n));
        sb.append(" --user ").append(settings.username());
        sb.append(" --asterisk ").append(asteriskVersion.isBlank() ? "<version>" : asteriskVersion);
        return sb.toString();
    }

    void onEvent(PbxEvent event, Instant arrived) {
        if (diagnosis.onEvent(event, arrived)) {
            changed();
        }
    }

    void tick(Instant now) {
        if (diagnosis.tick(now)) {
            changed();
        }
    }

    private void changed() {
        problem = diagnosis.finding();
        if (problem.isPresent()) {
            log.warn("The PBX names the phone of {} in queue and dial events but sends none of its own channel events "
                    + "(ringing, answer, hangup): the eventfilter lines of AMI user {} in manager.conf hide them, so "
                    + "calls show late, stay open or do not show. Fix: give {} the manager.conf section that this "
                    + "prints: {}", String.join(", ", problem.get().numbers()), settings.username(), settings.username(),
                    fixCommand());
        } else {
            log.info("The PBX sends the events of the operator's own channels again");
        }
        for (Consumer<Optional<FilterDiagnosis.Finding>> l : listeners) {
            try {
                l.accept(problem);
            } catch (RuntimeException e) {
                log.warn("A filter problem listener failed", e);
            }
        }
    }
}
