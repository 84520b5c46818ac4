package dev.ringside.crm;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses among the ways to open a page: the first available one, then the next when it fails. */
public final class UrlOpeners {

    private static final Logger log = LoggerFactory.getLogger(UrlOpeners.class);

    private UrlOpeners() {
    }

    public static UrlOpener firstWorking(List<UrlOpener> candidates) {
        List<UrlOpener> all = List.copyOf(candidates);
        return new UrlOpener() {
            @Override
            public boolean isAvailable() {
                return all.stream().anyMatch(UrlOpener::isAvailable);
            }

            @Override
            public void open(URI uri) throws IOException {
                IOException last = null;
                for (UrlOpener opener : all) {
                    if (!opener.isAvailable()) {
                        continue;
                    }
                    try {
                        opener.open(uri);
                        return;
                    } catch (IOException | RuntimeException e) {
                        log.warn("Opening a page with {} failed: {}", opener, e.getMessage());
                        last = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                    }
                }
                throw last != null ? last : new IOException("No way to open a web browser on this desktop.");
            }
        };
    }
}
