package dev.ringside.ui.port;

/**
 * Somewhere a call can be transferred: a typed number, a colleague, or (later) a contact.
 *
 * @param label  what the picker shows ("Operator 999", "Acme Ltd"); "" for a bare number
 * @param number what is dialled
 * @param kind   where it came from
 */
public record TransferTarget(String label, String number, Kind kind) {

    public enum Kind { NUMBER, COLLEAGUE, CONTACT }

    public TransferTarget {
        label = label == null ? "" : label;
    }
}
