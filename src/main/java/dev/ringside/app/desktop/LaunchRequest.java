package dev.ringside.app.desktop;

import java.util.List;
import java.util.Optional;

/**
 * What a start of the desktop app asks for: just show the window, or show it and dial a number.
 * Arguments come from the command line, a menu entry, or the OS handing over a clicked
 * {@code tel:}/{@code callto:} link; a second start forwards them to the running instance.
 */
public record LaunchRequest(Kind kind, String number) {

    public enum Kind { SHOW, DIAL }

    public static LaunchRequest show() {
        return new LaunchRequest(Kind.SHOW, null);
    }

    public static LaunchRequest dial(String number) {
        return new LaunchRequest(Kind.DIAL, number);
    }

    /**
     * Recognises {@code []}, {@code [show]}, {@code [dial, <number>]} and {@code [tel:...]} /
     * {@code [callto:...]}. Anything else is not a desktop launch (a CLI command, say) and gives
     * empty.
     *
     * @throws IllegalArgumentException when the number itself is not dialable
     */
    public static Optional<LaunchRequest> parse(List<String> args) {
        if (args.isEmpty() || (args.size() == 1 && args.get(0).equals("show"))) {
            return Optional.of(show());
        }
        if (args.size() == 1 && TelLink.isLink(args.get(0))) {
            return Optional.of(dial(TelLink.parse(args.get(0))));
        }
        if (args.get(0).equals("dial")) {
            if (args.size() != 2) {
                throw new IllegalArgumentException("Usage: dial <number>");
            }
            return Optional.of(dial(TelLink.parse(args.get(1))));
        }
        return Optional.empty();
    }

    /** The arguments that make {@link #parse} give this request back. */
    public List<String> toArgs() {
        return kind == Kind.DIAL ? List.of("dial", number) : List.of("show");
    }
}
