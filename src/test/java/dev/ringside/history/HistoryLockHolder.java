package dev.ringside.history;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second process for the lock test: opens the history named by its argument, prints {@code OPEN}
 * (or {@code ERROR <kind>}), and keeps it open until its standard input closes.
 */
public final class HistoryLockHolder {

    private HistoryLockHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (CallHistory history = CallHistory.open(Path.of(args[0]))) {
            System.out.println("OPEN " + history.file());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (in.readLine() != null) {
                // wait for the parent to close our stdin
            }
        } catch (HistoryException e) {
            System.out.println("ERROR " + e.kind() + " " + e.getMessage());
        }
    }
}
