package io.redweave.demo.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Keeps every WARN and ERROR line the demo logs during the test run, so that a test can say "this
 * client mistake left no ERROR in the log". Attached once, to the root logger.
 */
public final class LogCapture {

    private static final Lines LINES = attach();

    private LogCapture() {}

    /** Where the log is now; pass it to {@link #errorsSince(int)}. */
    public static int mark() {
        return LINES.events.size();
    }

    /** The ERROR lines logged since {@code mark}, each as {@code logger - message}. */
    public static List<String> errorsSince(int mark) {
        List<ILoggingEvent> events = LINES.events;
        return events.subList(mark, events.size()).stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(e -> e.getLoggerName() + " - " + e.getFormattedMessage())
                .toList();
    }

    private static Lines attach() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Lines lines = new Lines();
        lines.setContext(root.getLoggerContext());
        lines.start();
        root.addAppender(lines);
        return lines;
    }

    private static final class Lines extends AppenderBase<ILoggingEvent> {
        private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
                event.prepareForDeferredProcessing();
                events.add(event);
            }
        }
    }
}
