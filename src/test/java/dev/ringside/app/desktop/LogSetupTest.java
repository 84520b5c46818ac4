package dev.ringside.app.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogSetupTest {

    @TempDir
    Path tmp;

    @AfterEach
    void restoreTestLogging() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void writesARollingLogFileInTheLogsFolder() throws Exception {
        Path logs = tmp.resolve("logs");
        Path file = LogSetup.configure(logs);
        assertEquals(logs.resolve("ringside.log"), file);

        LoggerFactory.getLogger("dev.ringside.test").info("operator 777 logged in");
        Logger.getLogger("javafx.test").warning("from java.util.logging");

        String text = Files.readString(file);
        assertTrue(text.contains("INFO  [main] dev.ringside.test - operator 777 logged in"), text);
        assertTrue(text.contains("from java.util.logging"), text);

        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        RollingFileAppender<?> appender = (RollingFileAppender<?>) context.getLogger("ROOT").getAppender("FILE");
        SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) appender.getRollingPolicy();
        assertEquals(7, policy.getMaxHistory(), "a week of logs is kept");
        assertTrue(policy.getFileNamePattern().startsWith(logs.toAbsolutePath().toString()));
        if (logs.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // logs name callers' numbers: only the OS user may read them
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(logs)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }
}
