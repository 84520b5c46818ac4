package dev.ringside.ui.main;

import static dev.ringside.ui.i18n.Localization.lang;
import static dev.ringside.ui.i18n.Localization.plural;

import dev.ringside.call.Call;
import dev.ringside.ui.DisplayText;
import dev.ringside.ui.NumberText;
import dev.ringside.ui.port.Notifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Missed-call notices, grouped: calls missed close together make one notice ("3 missed calls:
 * Anna Smith, +44 20 …"), sent once no call was missed for {@link #QUIET} or the group is
 * {@link #LONGEST} old. Nothing is sent while popups are off or paused (the header and the tray
 * still count the missed calls).
 */
public final class MissedNotices {

    static final Duration QUIET = Duration.ofSeconds(3);
    static final Duration LONGEST = Duration.ofSeconds(10);
    static final int NAMED = 3;

    private final Notifier notifier;
    private BooleanSupplier allowed = () -> true;
    private final Set<String> who = new LinkedHashSet<>();
    private int count;
    private Instant first;
    private Instant last;

    public MissedNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    /** Whether notices may show now ("popups on" and not paused). */
    public void setAllowed(BooleanSupplier allowed) {
        this.allowed = allowed;
    }

    void missed(Call call, Instant now) {
        if (!allowed.getAsBoolean()) {
            return;
        }
        String name = DisplayText.of(call.callerName(), DisplayText.NAME);
        String number = DisplayText.of(NumberText.of(call.callerNumber()), DisplayText.NUMBER);
        String label = !name.isEmpty() ? name : !number.isEmpty() ? number : lang("live.unknownNumber");
        if (who.size() < 50) {
            who.add(label);
        }
        count++;
        if (first == null) {
            first = now;
        }
        last = now;
    }

    /** Once a second: sends the group when it is complete. */
    void tick(Instant now) {
        if (count == 0) {
            return;
        }
        boolean quiet = !now.isBefore(last.plus(QUIET));
        boolean old = !now.isBefore(first.plus(LONGEST));
        if (!quiet && !old) {
            return;
        }
        int n = count;
        List<String> names = new ArrayList<>(who);
        count = 0;
        who.clear();
        first = null;
        last = null;
        if (!allowed.getAsBoolean()) {
            return;
        }
        notifier.notify(plural("notify.missed.group", n), text(names, n));
    }

    static String text(List<String> names, int calls) {
        List<String> shown = names.size() > NAMED ? names.subList(0, NAMED) : names;
        String list = String.join(", ", shown);
        int others = calls - shown.size();
        if (names.size() > NAMED && others > 0) {
            return lang("notify.missed.andMore", list, others);
        }
        return list;
    }
}
