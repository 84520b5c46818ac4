package dev.ringside.ui.desk;

import dev.ringside.desk.Presence;

/** One colleague in the list: who, and whether they can take a call now. */
public record ColleagueRow(String extension, String label, Presence presence, String presenceText) {

    /** The style class of the presence dot. */
    public String style() {
        return "presence-" + presence.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
