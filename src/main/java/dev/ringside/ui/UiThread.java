package dev.ringside.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one way background results reach view models: on the FX thread in the app, on the calling
 * thread in unit tests (which run without the toolkit).
 */
public final class UiThread {

    private final Executor executor;

    private UiThread(Executor executor) {
        this.executor = executor;
    }

    /** The JavaFX application thread (runs at once when already on it). */
    public static UiThread fx() {
        return new UiThread(task -> {
            if (Platform.isFxApplicationThread()) {
                task.run();
            } else {
                Platform.runLater(task);
            }
        });
    }

    /** Runs everything on the calling thread: for view-model tests. */
    public static UiThread direct() {
        return new UiThread(Runnable::run);
    }

    public void run(Runnable task) {
        executor.execute(task);
    }

    /** Hands the future's outcome to {@code onSuccess} or {@code onFailure} on this thread. */
    public <T> void deliver(CompletableFuture<T> future, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Objects.requireNonNull(future, "future").whenComplete((value, error) -> run(() -> {
            if (error == null) {
                onSuccess.accept(value);
            } else {
                onFailure.accept(unwrap(error));
            }
        }));
    }

    /** The sentence an operator sees for a failure, in the operator's language (see {@link ErrorText}). */
    public static String messageOf(Throwable error) {
        return ErrorText.of(error);
    }

    private static Throwable unwrap(Throwable error) {
        return ErrorText.unwrap(error);
    }
}
