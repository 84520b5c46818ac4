package dev.ringside.history;

import dev.ringside.call.CallStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Timings of the history with 100,000 calls for one operator. Not a test (surefire skips
 * {@code *Benchmark*}): run its {@code main} with the test classpath. Prints each query's median
 * time and H2's plan for the page query.
 */
public final class CallHistoryBenchmark {

    private static final int N = 100_000;
    private static final int RUNS = 21;

    private CallHistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ringside-bench");
        Path base = dir.resolve("history");
        try (CallHistory history = CallHistory.open(base)) {
            long op = history.ensureOperator("Anna", Set.of("777")).id();
            long t = System.nanoTime();
            history.saveAll(op, LargeHistory.calls(N));
            System.out.printf("insert %,d calls in one batch: %,d ms%n", N, (System.nanoTime() - t) / 1_000_000);

            CallQuery first = CallQuery.forOperator(op).pageSize(100).build();
            time("first page (100)", () -> history.find(first));
            time("offset page 500 (100 each)", () -> history.find(first.toBuilder().page(500).build()));
            CallPage p = history.find(first.toBuilder().page(500).build());
            time("keyset page after page 500", () -> history.find(first.nextPage(p)));
            time("count all", () -> history.count(first));
            time("count by status", () -> history.countByStatus(first));
            CallQuery missed = first.toBuilder().statuses(CallStatus.MISSED, CallStatus.REJECTED).build();
            time("missed+rejected first page", () -> history.find(missed));
            CallQuery rejected = first.toBuilder().statuses(CallStatus.REJECTED).page(90).build();
            time("rejected only, page 90", () -> history.find(rejected));
            CallQuery range = first.toBuilder().from(Calls.T0.plusSeconds(40_000 * 60L))
                    .to(Calls.T0.plusSeconds(41_000 * 60L)).build();
            time("date range (1,000 calls) page", () -> history.find(range));
            time("date range count", () -> history.count(range));
            CallQuery number = first.toBuilder().text("912 100 12").build();
            time("number substring search page", () -> history.find(number));
            time("number substring search count", () -> history.count(number));
            CallQuery name = first.toBuilder().text("caller 123").build();
            time("name substring search page", () -> history.find(name));
            CallQuery awaiting = first.toBuilder().onlyAwaitingCallBack(true).build();
            time("awaiting call-back page", () -> history.find(awaiting));
            time("awaiting call-back count", () -> history.count(awaiting));
            time("caller stats", () -> history.callerStats(op, LargeHistory.number(4321), null));
            time("unseen missed count", () -> history.unseenMissedCount(op));
            time("save one snapshot (upsert)", () -> history.save(op, LargeHistory.call(N - 1)));

            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + ";FILE_LOCK=FILE", "ringside", "");
                 Statement s = c.createStatement()) {
                explain(s, "SELECT c.id FROM calls c WHERE c.operator_id = " + op
                        + " ORDER BY c.operator_id, c.started_at DESC, c.id DESC LIMIT 101 OFFSET 50000");
                explain(s, "SELECT c.id FROM calls c WHERE c.operator_id = " + op + " AND c.started_at <= TIMESTAMP WITH TIME ZONE '2025-03-20 00:00:00Z'"
                        + " AND (c.started_at < TIMESTAMP WITH TIME ZONE '2025-03-20 00:00:00Z' OR c.id < 5) ORDER BY c.operator_id, c.started_at DESC, c.id DESC LIMIT 101");
                explain(s, "SELECT c.id FROM calls c USE INDEX (calls_by_status) WHERE c.operator_id = " + op + " AND c.status = 'rejected'"
                        + " ORDER BY c.operator_id, c.status, c.started_at DESC, c.id DESC LIMIT 101 OFFSET 9000");
            }
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void time(String what, Supplier<?> query) {
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("%-34s median %8.2f ms   max %8.2f ms%n", what, nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6);
    }

    private static void explain(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            rs.next();
            System.out.println(rs.getString(1).replaceAll("\\s+", " "));
        }
    }
}
