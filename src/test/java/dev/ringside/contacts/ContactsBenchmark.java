package dev.ringside.contacts;

import dev.ringside.contacts.io.ContactFiles;
import dev.ringside.contacts.io.ContactFormat;
import dev.ringside.history.CallHistory;
import dev.ringside.phone.PhoneNumbers;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Timings of 100,000 local contacts: CSV import (first time, and again: nothing added), loading
 * the in-memory number index, the number look-up of a ringing call (p50 / p99 / max over 100,000
 * look-ups in mixed spellings, hits and misses), search as you type, and export. Elapsed time and
 * CPU time (the whole process: the import reads the file on a second thread, H2 writes in the
 * background) are both printed: on a shared machine the elapsed time mostly measures the wait for
 * a core. Not part of {@code verify} (surefire skips {@code *Benchmark*}): {@code mvn -B test
 * -Dtest=ContactsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}, or its {@code main}.
 */
class ContactsBenchmark {

    private static final int N = 100_000;
    private static final int LOOKUPS = 100_000;
    private static final String[] FIRST = {"Анна", "Boris", "Мария", "John", "Ольга", "Zoë", "Иван", "Chen"};
    private static final String[] LAST = {"Смирнова", "Green", "Иванова", "Smith", "Петрова", "Müller", "Кузнецов", "Li"};

    @Test
    void hundredThousandContacts() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ringside-contacts-bench");
        try {
            run(dir);
        } finally {
            try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void run(Path dir) throws Exception {
        Path csv = dir.resolve("contacts.csv");
        writeCsv(csv, N);
        System.out.printf("CSV of %,d contacts: %,d KB%n", N, Files.size(csv) / 1024);
        PhoneNumbers ru = new PhoneNumbers("RU");
        // a running app has its code compiled: warm the JIT on another database first
        Path warm = dir.resolve("warm.csv");
        writeCsv(warm, N / 4);
        try (CallHistory other = CallHistory.open(dir.resolve("warm-history"))) {
            ContactStore store = new ContactStore(other.dataSource(), ru);
            ContactFiles.importInto(store, warm, null);
            ContactFiles.importInto(store, warm, null);
        }
        try (CallHistory history = CallHistory.open(dir.resolve("history"))) {
            ContactStore store = new ContactStore(history.dataSource(), ru);
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            System.out.printf("load average before: %.1f on %d cores%n", os.getSystemLoadAverage(),
                    os.getAvailableProcessors());
            long cpu = os.getProcessCpuTime();
            long t = System.nanoTime();
            ImportReport first = ContactFiles.importInto(store, csv, null);
            System.out.printf("import %,d contacts from CSV: %,d ms (process CPU %,d ms; added %,d, left out %,d)%n", N,
                    (System.nanoTime() - t) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000,
                    first.added(), first.skippedContacts());
            cpu = os.getProcessCpuTime();
            t = System.nanoTime();
            ImportReport again = ContactFiles.importInto(store, csv, null);
            System.out.printf("import the same file again: %,d ms (process CPU %,d ms; added %,d, unchanged %,d)%n",
                    (System.nanoTime() - t) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000,
                    again.added(), again.unchanged());
            cpu = os.getProcessCpuTime();
            t = System.nanoTime();
            store.loadIndex();
            System.out.printf("load the number index (%,d numbers): %,d ms (process CPU %,d ms)%n",
                    store.indexedNumbers(), (System.nanoTime() - t) / 1_000_000,
                    (os.getProcessCpuTime() - cpu) / 1_000_000);
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap in use with the index loaded: %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);

            Random random = new Random(7);
            String[] spellings = new String[LOOKUPS];
            for (int i = 0; i < LOOKUPS; i++) {
                int k = random.nextInt(N + N / 10); // one in eleven rings is a number nobody has
                spellings[i] = switch (i % 4) {
                    case 0 -> "+7" + mobile(k);
                    case 1 -> "8" + mobile(k);
                    case 2 -> "7" + mobile(k);
                    default -> "tel:+7-495-" + work(k);
                };
            }
            for (int i = 0; i < 20_000; i++) {
                store.byNumber(spellings[i % LOOKUPS]);
            }
            long[] nanos = new long[LOOKUPS];
            long[] cpuNanos = new long[LOOKUPS];
            int hits = 0;
            for (int i = 0; i < LOOKUPS; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                hits += store.byNumber(spellings[i]).isPresent() ? 1 : 0;
                nanos[i] = System.nanoTime() - s;
                cpuNanos[i] = mx.getCurrentThreadCpuTime() - c0;
            }
            report("look-up of a ringing number (store's index), elapsed", nanos, hits);
            report("look-up of a ringing number (store's index), CPU time", cpuNanos, hits);

            ContactIndex index = ContactFiles.load(csv, ru).index(ru);
            hits = 0;
            for (int i = 0; i < LOOKUPS; i++) {
                long s = System.nanoTime();
                hits += index.byNumber(spellings[i]).isPresent() ? 1 : 0;
                nanos[i] = System.nanoTime() - s;
            }
            report("look-up in a contacts file (replay, monitor)", nanos, hits);

            System.out.println("(elapsed includes waiting for a core; CPU time is the work of the look-up itself)");
            time("search as you type 'смирн' (first 200)", () -> store.search("смирн", 200));
            time("search as you type 'acme 12' (first 200)", () -> store.search("acme 12", 200));
            time("search as you type '912 000 12' (first 200)", () -> store.search("912 000 12", 200));
            time("search with no match", () -> store.search("zzzz", 200));
            time("history search by company: numbers of 'acme 123'", () -> store.numberDigitsOf("acme 123", 500));
            t = System.nanoTime();
            int written = ContactFiles.export(store, dir.resolve("out.vcf"), ContactFormat.VCARD_4);
            System.out.printf("export %,d contacts as vCard 4: %,d ms%n", written, (System.nanoTime() - t) / 1_000_000);
        }
    }

    private static String mobile(int k) {
        return String.format("912%07d", k);
    }

    private static String work(int k) {
        String s = String.format("%07d", k);
        return s.substring(0, 3) + "-" + s.substring(3, 5) + "-" + s.substring(5);
    }

    private static void writeCsv(Path csv, int n) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("Name,Company,Mobile Phone,Business Phone,E-mail\n");
            for (int k = 0; k < n; k++) {
                String name = FIRST[k % FIRST.length] + " " + LAST[(k / 8) % LAST.length] + " " + k;
                String company = k % 5 == 0 ? "" : "ACME " + (k % 1000);
                if (k % 50 == 0) {
                    name = ""; // a company alone
                    company = "Company " + k;
                }
                String mobile = "8 (" + mobile(k).substring(0, 3) + ") " + mobile(k).substring(3, 6) + "-"
                        + mobile(k).substring(6, 8) + "-" + mobile(k).substring(8);
                w.write(name + "," + company + "," + mobile + ",+7 495 " + work(k) + ",p" + k + "@example.org\n");
            }
        }
    }

    private static void report(String what, long[] nanos, int hits) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %,d look-ups, %,d found; p50 %.1f µs, p99 %.1f µs, p99.9 %.1f µs, max %.1f µs%n",
                what, sorted.length, hits, sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.99)] / 1e3,
                sorted[(int) (sorted.length * 0.999)] / 1e3, sorted[sorted.length - 1] / 1e3);
    }

    private static void time(String what, Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        long[] runs = new long[11];
        for (int i = 0; i < runs.length; i++) {
            long s = System.nanoTime();
            work.get();
            runs[i] = System.nanoTime() - s;
        }
        Arrays.sort(runs);
        System.out.printf("%s: median %.1f ms%n", what, runs[runs.length / 2] / 1e6);
    }
}
