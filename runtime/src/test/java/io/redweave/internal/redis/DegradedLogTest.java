package io.redweave.internal.redis;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DegradedLogTest {

    private final AtomicLong now = new AtomicLong();
    private final DegradedLog log = new DegradedLog(10_000, now::get);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger("io.redweave.degraded");

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
    }

    @Test
    void record_manyCallsInOneInterval_countsAllAndLogsOnce() {
        for (int i = 0; i < 1_000; i++) {
            log.record("GET k", null);
        }
        assertThat(log.total()).isEqualTo(1_000);
        assertThat(lines.list).hasSize(1);
    }

    @Test
    void record_nextInterval_logsAgainWithTheCountSinceTheLastLine() {
        log.record("GET k", null);
        for (int i = 0; i < 9; i++) {
            log.record("GET k", null);
        }
        now.addAndGet(10_000);
        log.record("GET k", new RuntimeException("connection refused"));
        assertThat(lines.list).hasSize(2);
        assertThat(lines.list.get(1).getFormattedMessage())
                .contains("connection refused")
                .contains("10 degraded call(s) since the last report")
                .contains("11 in all");
    }
}
