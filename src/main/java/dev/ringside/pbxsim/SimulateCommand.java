package dev.ringside.pbxsim;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code simulate --port P [--user U --secret S] [--extension 777] [--demo] [--technology PJSIP]
 * [--ring N [--ring-after S] [--ring-for S]]}. {@code --ring N} rings the extension with N calls at
 * once (distinct callers), {@code --ring-after} seconds after the start, each ringing for
 * {@code --ring-for} seconds and then missed: a flood to try the app with.
 */
public final class SimulateCommand {

    public static final String USAGE = "usage: simulate --port P [--user U --secret S] [--extension 777] [--demo]"
            + " [--technology PJSIP|SIP|IAX2] [--interval SECONDS] [--ring N [--ring-after SECONDS] [--ring-for SECONDS]]";
    static final int MAX_RING = 20_000;

    private SimulateCommand() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        int port = 5038;
        String user = "ringside";
        String secret = "ringside";
        String extension = "777";
        boolean demo = false;
        Technology technology = Technology.PJSIP;
        int interval = 30;
        int ring = 0;
        int ringAfter = 10;
        int ringFor = 120;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--port": port = Integer.parseInt(value(args, ++i, a)); break;
                    case "--user": user = value(args, ++i, a); break;
                    case "--secret": secret = value(args, ++i, a); break;
                    case "--extension": extension = value(args, ++i, a); break;
                    case "--technology": technology = Technology.valueOf(value(args, ++i, a).toUpperCase()); break;
                    case "--interval": interval = Integer.parseInt(value(args, ++i, a)); break;
                    case "--demo": demo = true; break;
                    case "--ring": ring = Integer.parseInt(value(args, ++i, a)); break;
                    case "--ring-after": ringAfter = Integer.parseInt(value(args, ++i, a)); break;
                    case "--ring-for": ringFor = Integer.parseInt(value(args, ++i, a)); break;
                    default: throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (port < 0 || port > 65535 || interval < 1 || !extension.matches("\\d+")) {
                throw new IllegalArgumentException("port 0-65535, a numeric extension and an interval >= 1");
            }
            if (ring < 0 || ring > MAX_RING || ringAfter < 0 || ringFor < 1) {
                throw new IllegalArgumentException("--ring 0-" + MAX_RING + ", --ring-after >= 0, --ring-for >= 1");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        PbxSimulator sim = PbxSimulator.builder().user(AmiUser.admin(user, secret)).technology(technology).build();
        int bound;
        try {
            bound = sim.start(port);
        } catch (IOException e) {
            err.println("Cannot listen on port " + port + ": " + e.getMessage());
            return 1;
        }
        out.println("PBX simulator (AMI, Asterisk " + ActionDispatcher.ASTERISK_VERSION + ") on 127.0.0.1:" + bound);
        out.println("Log in with user '" + user + "' and secret '" + secret + "'; operator extension " + extension
                + " (" + technology + ")");
        DemoDriver driver = demo ? DemoDriver.demo(sim, extension, Duration.ofSeconds(interval)) : null;
        if (demo) {
            out.println("Demo: a scripted call for " + extension + " every " + interval + " s. Ctrl+C stops.");
        } else {
            out.println("No scripted calls (add --demo). Ctrl+C stops.");
        }
        if (ring > 0) {
            out.println("Flood: " + ring + " calls ring " + extension + " at once in " + ringAfter + " s, for "
                    + ringFor + " s each.");
            startFlood(sim, extension, ring, Duration.ofSeconds(ringAfter), Duration.ofSeconds(ringFor), out);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            if (driver != null) {
                driver.close();
            }
            sim.close();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(hook);
            hook.run();
        }
        return 0;
    }

    /** {@code count} distinct callers ring the extension together, then give up. */
    static void startFlood(PbxSimulator sim, String extension, int count, Duration after, Duration ring, PrintStream out) {
        Thread flood = new Thread(() -> {
            try {
                Thread.sleep(after.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            for (int i = 0; i < count; i++) {
                sim.play(Scenario.missed(extension).withRing(ring)
                        .withCaller(String.format("+1555%07d", i), "Flood caller " + (i + 1)));
            }
            out.println("Ringing " + count + " calls for " + extension + " now.");
        }, "pbxsim-flood");
        flood.setDaemon(true);
        flood.start();
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
