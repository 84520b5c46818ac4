package dev.ringside.contacts;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A number lookup that answers later (the shared directory); the call itself never blocks. */
@FunctionalInterface
public interface AsyncLookup {

    CompletableFuture<Optional<CallerMatch>> lookup(String number);

    AsyncLookup NONE = number -> CompletableFuture.completedFuture(Optional.empty());
}
