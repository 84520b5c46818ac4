package dev.ringside.app.desktop;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps the console quiet at a normal start: JavaFX warns at every start that it was loaded from
 * the class path ("Unsupported JavaFX configuration"), which is how {@code java -jar} runs it and
 * changes nothing for Ringside. The log file still has the line.
 */
public final class QuietStartFilter extends Filter<ILoggingEvent> {

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        return message != null && message.startsWith("Unsupported JavaFX configuration") ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }
}
