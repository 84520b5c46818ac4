package dev.ringside.ui.port;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a window was, per screen setup (a laptop alone, the laptop with its desk monitors), so it
 * opens there again on the same setup and fitted anew on another.
 */
public interface WindowPlaces {

    /** A window's bounds in screen coordinates, and whether it was maximised. */
    record Place(double x, double y, double width, double height, boolean maximized) {
    }

    Optional<Place> load(String window, String screens);

    void save(String window, String screens, Place place);

    /** Kept for this run only (tests, or where nothing can be written). */
    static WindowPlaces inMemory() {
        Map<String, Place> places = new ConcurrentHashMap<>();
        return new WindowPlaces() {
            @Override
            public Optional<Place> load(String window, String screens) {
                return Optional.ofNullable(places.get(window + "@" + screens));
            }

            @Override
            public void save(String window, String screens, Place place) {
                places.put(window + "@" + screens, place);
            }
        };
    }
}
