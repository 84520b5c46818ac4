package dev.ringside.history;

import dev.ringside.call.Call;
import dev.ringside.call.CallStatus;
import dev.ringside.call.Direction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Timings and heap of the history at a given size, the way the history screen uses it: one
 * search = the page + the totals. Not a test (surefire skips {@code *Benchmark*}). Run:
 *
 * <pre>
 * mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat cp.txt) dev.ringside.history.CallHistoryBenchmark 1000000 /tmp/bench-1m
 * </pre>
 *
 * The history has N calls from N/5 numbers (each customer calls five times on average) with
 * names from 60 x 60 first and last names. A folder given as second argument keeps the file for
 * the next run. Prints each operation's median (wall clock and this thread's CPU time) and maximum
 * of {@value #RUNS} runs, and the heap in use after a GC before and after all runs.
 */
public final class CallHistoryBenchmark {

    private static final int RUNS = 15;
    private static final String[] FIRST = ("Anna Boris Carol Dmitri Elena Farid Galina Hugo Irina Jonas Karin Leon"
            + " Maria Nikolai Olga Pavel Quentin Rosa Sergei Tanya Ulrich Vera Walter Xenia Yuri Zoe Alice Bob Chen"
            + " Dora Emil Fatima Georg Hana Ivan Julia Kai Lena Marek Nadia Oscar Petra Ruslan Sofia Timur Uma Viktor"
            + " Wanda Yusuf Zara Amir Bella Cyril Daria Egor Freya Gleb Heidi Ilya Jana").split(" ");
    private static final String[] LAST = ("Smith Petrov Muller Garcia Kowalski Novak Rossi Dubois Jensen Ivanova"
            + " Fischer Horvat Silva Nagy Popescu Larsen Weber Moreau Kuznetsov Sokolov Lebedev Kozlov Novikov Morozov"
            + " Volkov Alekseev Romanov Orlov Makarov Nikolaev Zakharov Zaitsev Borisov Yakovlev Grigoriev Stepanov"
            + " Semenov Frolov Egorov Belov Tarasov Belyaev Komarov Fedorov Kiselev Mironov Bogdanov Vinogradov"
            + " Baranov Gusev Titov Kuzmin Medvedev Sorokin Antonov Timofeev Nikitin Osipov Davydov Danilov").split(" ");

    private CallHistoryBenchmark() {
    }

    static String number(int party) {
        long n = 9_000_000L + party;
        return "+7 912 " + n / 10_000 + "-" + String.format("%04d", n % 10_000);
    }

    static Call call(int i, int parties) {
        int party = (int) ((i * 7_919L) % parties);
        String name = party % 7 == 0 ? null : FIRST[party % FIRST.length] + " " + LAST[(party / FIRST.length) % LAST.length];
        long start = i * 30L;
        return switch (i % 10) {
            case 6, 7 -> Calls.ended(Calls.ringing("b." + i, number(party), name, start), CallStatus.MISSED, 20, 16).build();
            case 8 -> Calls.outbound("b." + i, number(party), start, true);
            case 9 -> Calls.outbound("b." + i, number(party), start, false);
            default -> Calls.ended(Calls.answered(Calls.ringing("b." + i, number(party), name, start), 5 + i % 20),
                    CallStatus.COMPLETED, 40 + i % 300, 16).build();
        };
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Paths.get(args[1]) : Files.createTempDirectory("ringside-bench");
        Path base = dir.resolve("history");
        boolean fresh = !Files.exists(dir.resolve("history.mv.db"));
        if (fresh) {
            long t = System.nanoTime();
            fill(base, n);
            System.out.printf("filled %,d calls in %,d s%n", n, (System.nanoTime() - t) / 1_000_000_000);
        }
        try (CallHistory history = CallHistory.open(base)) {
            long op = history.ensureOperator("Anna", Set.of("777")).id();
            benchHistory = history;
            benchOperator = op;
            System.out.printf("history of %,d calls, file %,d MB%n", history.count(CallQuery.forOperator(op).build()),
                    Files.size(dir.resolve("history.mv.db")) / 1_000_000);
            changeSomething();
            long heapBefore = usedHeap();

            CallQuery first = CallQuery.forOperator(op).pageSize(100).build();
            screen("newest first, no filter", history, first);
            screen("search: a surname (Sokolov)", history, first.toBuilder().text("sokolov").build());
            screen("search: a full name (irina weber)", history, first.toBuilder().text("irina weber").build());
            screen("search: a whole number", history, first.toBuilder().text(number(n / 10)).build());
            screen("search: last 4 digits (1234)", history, first.toBuilder().text("1234").build());
            screen("search: 3 common digits (912)", history, first.toBuilder().text("912").build());
            screen("search: one letter (a)", history, first.toBuilder().text("a").build());
            screen("search: nothing matches (zzqx)", history, first.toBuilder().text("zzqx").build());
            screen("search + status missed (ivan)", history, first.toBuilder().text("ivan")
                    .statuses(CallStatus.MISSED).build());
            screen("outgoing", history, first.toBuilder().directions(Direction.OUTBOUND).build());
            screen("missed only", history, first.toBuilder().statuses(CallStatus.MISSED).build());
            for (CallSort sort : CallSort.values()) {
                screen("sorted by " + sort + " ascending", history, first.toBuilder().sort(sort, false).build());
                time("  last page by " + sort, () -> history.find(first.toBuilder().sort(sort, false).last(true).build()));
            }
            CallPage p = history.find(first);
            for (int i = 0; i < 50; i++) {
                p = history.find(first.nextPage(p));
            }
            CallPage deep = p;
            time("keyset: page after page 50", () -> history.find(first.nextPage(deep)));
            time("keyset: page before page 50", () -> history.find(first.previousPage(deep)));
            time("caller stats (popup)", () -> history.callerStats(op, number(77), null));
            time("unseen missed count", () -> history.unseenMissedCount(op));
            time("save one snapshot", () -> history.save(op, call(n + 1, Math.max(1, n / 5))));
            System.out.printf("heap in use after GC: %,d MB before the queries, %,d MB after%n",
                    heapBefore / 1_000_000, usedHeap() / 1_000_000);
        } finally {
            if (args.length < 2) {
                try (var files = Files.list(dir)) {
                    files.forEach(f -> f.toFile().delete());
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    /**
     * The history as {@link #call} would make it, written with SQL inside H2 (the store's own
     * insert path takes minutes for a million calls; its cost is timed below, one snapshot at a time).
     */
    private static void fill(Path base, int n) throws Exception {
        try (CallHistory history = CallHistory.open(base)) {
            history.ensureOperator("Anna", Set.of("777"));
        }
        String url = "jdbc:h2:file:" + base + ";FILE_LOCK=FILE";
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "ringside", "");
             java.sql.Statement s = c.createStatement()) {
            int parties = Math.max(1, n / 5);
            String first = "ARRAY['" + String.join("','", FIRST) + "']";
            String last = "ARRAY['" + String.join("','", LAST) + "']";
            // p: the party of call i; k: i % 10 picks the outcome the way call(i) does
            s.execute("CREATE LOCAL TEMPORARY TABLE gen AS SELECT X - 1 AS i, MOD((X - 1) * 7919, " + parties + ") AS p,"
                    + " MOD(X - 1, 10) AS k FROM SYSTEM_RANGE(1, " + n + ")");
            s.execute("INSERT INTO calls (operator_id, linked_id, operator_number, direction, status, caller_number,"
                    + " caller_name, receiver_number, started_at, answered_at, ended_at, hangup_cause, ring_time_ms,"
                    + " talk_time_ms, caller_digits, receiver_digits, other_party_digits, party_key, created_at, updated_at)"
                    + " SELECT 1, 'b.' || i, '777', CASE WHEN k >= 8 THEN 'outbound' ELSE 'inbound' END,"
                    + " CASE WHEN k IN (6, 7) THEN 'missed' WHEN k = 9 THEN 'unanswered' ELSE 'completed' END,"
                    + " CASE WHEN k >= 8 THEN '777' ELSE num END,"
                    + " CASE WHEN k >= 8 OR MOD(p, 7) = 0 THEN NULL ELSE ARRAY_GET(" + first + ", MOD(p, 60) + 1)"
                    + "   || ' ' || ARRAY_GET(" + last + ", MOD(p / 60, 60) + 1) END,"
                    + " CASE WHEN k >= 8 THEN num ELSE '777' END, st,"
                    + " CASE WHEN k IN (6, 7, 9) THEN NULL ELSE st + (5 + MOD(i, 20)) * INTERVAL '1' SECOND END,"
                    + " st + (40 + MOD(i, 300)) * INTERVAL '1' SECOND, 16,"
                    + " CASE WHEN k IN (6, 7, 9) THEN (40 + MOD(i, 300)) * 1000 ELSE (5 + MOD(i, 20)) * 1000 END,"
                    + " CASE WHEN k IN (6, 7, 9) THEN 0 ELSE (35 + MOD(i, 300) - MOD(i, 20)) * 1000 END,"
                    + " CASE WHEN k >= 8 THEN '777' ELSE dig END, CASE WHEN k >= 8 THEN dig ELSE '777' END, dig, dig,"
                    + " st, st"
                    + " FROM (SELECT i, p, k, '+7 912 ' || ((9000000 + p) / 10000) || '-' || LPAD(MOD(9000000 + p, 10000), 4, '0') AS num,"
                    + " '7912' || (9000000 + p) AS dig,"
                    + " TIMESTAMP WITH TIME ZONE '2025-03-01 09:00:00Z' + i * 30 * INTERVAL '1' SECOND AS st FROM gen)");
            s.execute("INSERT INTO call_parties (operator_id, party_key, search_text, call_count)"
                    + " SELECT operator_id, party_key, LEFT(party_key || COALESCE(' ' || LOWER(LISTAGG(DISTINCT caller_name, ' ')), ''), 1200),"
                    + " COUNT(*) FROM calls GROUP BY operator_id, party_key");
            s.execute("DROP TABLE gen");
        }
    }

    /** What the history screen does for a query: its first page and its totals. */
    private static void screen(String what, CallHistory history, CallQuery q) {
        CallTotals totals = history.totals(q, 1_000);
        CallPage page = history.find(q);
        time(what + String.format(" [%s%,d, page %d]", totals.exact() ? "" : ">=", totals.total(), page.calls().size()),
                () -> {
                    history.totals(q, 1_000);
                    return history.find(q);
                });
    }

    private static CallHistory benchHistory;
    private static long benchOperator;
    private static int extra;

    /**
     * H2 hands back the previous result of a query asked again while no table changed; a search
     * the operator types is new each time. So before each timed run one call is stored (untimed).
     */
    private static void changeSomething() {
        Call.Builder b = Calls.ringing("x." + extra, "+1 202 555 " + String.format("%04d", extra % 10_000), null, -extra);
        extra++;
        benchHistory.save(benchOperator, Calls.ended(b, CallStatus.MISSED, 5, 16).build());
    }

    private static void time(String what, Supplier<?> query) {
        query.get(); // warm-up
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] nanos = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            changeSomething();
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            query.get();
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        java.util.Arrays.sort(nanos);
        java.util.Arrays.sort(cpu);
        // CPU time as well: on a shared, busy machine the wall clock mostly measures the others
        System.out.printf("%-58s median %8.1f ms (cpu %7.1f)   max %8.1f ms%n", what, nanos[RUNS / 2] / 1e6,
                cpu[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
