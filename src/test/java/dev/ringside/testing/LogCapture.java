package dev.ringside.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Collects every line logged while it is open, at the levels the logging configuration lets
 * through, so that a test can check what an operator's log file would hold.
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    /** One logged line: who said it, how loud, and the text with its arguments filled in. */
    public record Line(String logger, String level, String text) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Logger root;

    private LogCapture() {
        this.root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        setContext(root.getLoggerContext());
        setName("test-capture");
        start();
        root.addAppender(this);
    }

    public static LogCapture open() {
        return new LogCapture();
    }

    @Override
    protected void append(ILoggingEvent event) {
        lines.add(new Line(event.getLoggerName(), event.getLevel().toString(), event.getFormattedMessage()));
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Line> from(String loggerPrefix) {
        return lines.stream().filter(l -> l.logger().startsWith(loggerPrefix)).collect(Collectors.toList());
    }

    public boolean anyContains(String text) {
        return lines.stream().anyMatch(l -> l.text().contains(text));
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}
