package dev.ringside.ui.port;

/**
 * Somewhere a call can be transferred: a typed number, a colleague, or (later) a contact.
 *
 * @param label  what the picker shows ("Operator 999", "Acme Ltd"); "" for a bare number
 * @param number what is dialled
 * @param kind   where it came from
 * @param hint   a word beside it ("Free", "On a call", a contact's company); "" for none
 */
public record TransferTarget(String label, String number, Kind kind, String hint) {

    public enum Kind { NUMBER, COLLEAGUE, CONTACT }

    public TransferTarget {
        label = label == null ? "" : label;
        hint = hint == null ? "" : hint;
    }

    public TransferTarget(String label, String number, Kind kind) {
        this(label, number, kind, "");
    }
}
