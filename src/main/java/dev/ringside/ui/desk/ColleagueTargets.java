package dev.ringside.ui.desk;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.desk.Colleague;
import dev.ringside.ui.port.Desk;
import dev.ringside.ui.port.TransferTarget;
import dev.ringside.ui.port.TransferTargets;
import java.util.List;
import java.util.Locale;

/** The colleagues the operator watches, as transfer targets, found by name or extension. */
final class ColleagueTargets implements TransferTargets {

    private final Desk desk;

    ColleagueTargets(Desk desk) {
        this.desk = desk;
    }

    @Override
    public List<TransferTarget> suggest(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return desk.colleagues().stream()
                .filter(c -> t.isEmpty() || c.extension().contains(t) || c.name().toLowerCase(Locale.ROOT).contains(t))
                .map(c -> new TransferTarget(label(c), c.extension(), TransferTarget.Kind.COLLEAGUE,
                        ColleaguesViewModel.presenceText(desk.presence(c.extension()))))
                .toList();
    }

    static String label(Colleague c) {
        return c.name().isBlank() ? lang("desk.colleague.byNumber", c.extension()) : c.name();
    }
}
