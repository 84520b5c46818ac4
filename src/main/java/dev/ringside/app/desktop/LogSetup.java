package dev.ringside.app.desktop;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import dev.ringside.history.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Switches logging from the CLI's stderr-only setup to the desktop app's: a daily rolling
 * {@code ringside.log} in the logs folder (a week kept, size capped) plus warnings on stderr.
 * java.util.logging (JavaFX, H2) is routed into the same file.
 */
public final class LogSetup {

    static final String CONFIG = "/dev/ringside/app/desktop/logback-app.xml";
    public static final String LOGS_DIR_PROPERTY = "ringside.logs.dir";
    public static final String LOG_FILE = "ringside.log";

    private LogSetup() {
    }

    /** @return the current log file */
    public static Path configure(Path logsDir) {
        try {
            PrivateFiles.folder(logsDir); // logs name callers' numbers: the OS user's alone
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the log folder " + logsDir, e);
        }
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext)) {
            return logsDir.resolve(LOG_FILE); // another SLF4J backend: leave it alone
        }
        LoggerContext context = (LoggerContext) factory;
        URL config = LogSetup.class.getResource(CONFIG);
        context.reset();
        context.putProperty(LOGS_DIR_PROPERTY, logsDir.toAbsolutePath().toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(config);
        } catch (JoranException e) {
            throw new IllegalStateException("Broken logging configuration " + CONFIG, e);
        }
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        PrivateFiles.file(logsDir.resolve(LOG_FILE));
        return logsDir.resolve(LOG_FILE);
    }
}
