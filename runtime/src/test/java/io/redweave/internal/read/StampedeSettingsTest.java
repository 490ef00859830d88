package io.redweave.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.RedweaveException;
import io.redweave.annotations.OnTimeout;
import io.redweave.annotations.StampedeLock;
import org.junit.jupiter.api.Test;

class StampedeSettingsTest {

    @Test
    void of_emptyAttributes_givesTheDocumentedDefaults() {
        StampedeSettings s = settings("defaults", 60_000);

        assertThat(s.terms().leaseMillis()).isEqualTo(30_000);
        assertThat(s.terms().maxLeaseMillis()).isEqualTo(300_000);
        assertThat(s.waitMillis()).isEqualTo(10_000);
        assertThat(s.needsEnvelope()).isFalse();
    }

    @Test
    void of_staleServing_keepsStaleValuesForOneTtl() {
        assertThat(settings("stale", 60_000).keepStaleMillis()).isEqualTo(60_000);
        assertThat(settings("stale", 60_000).needsEnvelope()).isTrue();
    }

    @Test
    void of_refreshAheadNotShorterThanTtl_failsNamingTheAttribute() {
        assertThatThrownBy(() -> settings("wideWindow", 60_000))
                .isInstanceOf(RedweaveException.class)
                .hasMessageContaining("refreshAhead")
                .hasMessageContaining("shorter than the ttl");
    }

    @Test
    void of_earlyRefreshOnAValueThatNeverExpires_failsWithTheFix() {
        assertThatThrownBy(() -> settings("early", -1)).hasMessageContaining("give @Cached a ttl");
    }

    @Test
    void of_maxLeaseShorterThanLease_failsNamingBoth() {
        assertThatThrownBy(() -> settings("shortCap", 60_000))
                .hasMessageContaining("maxLease")
                .hasMessageContaining("shorter than the lease");
    }

    @Test
    void of_nonPositiveBeta_fails() {
        assertThatThrownBy(() -> settings("zeroBeta", 60_000)).hasMessageContaining("beta");
    }

    private static StampedeSettings settings(String method, long ttlMillis) {
        try {
            StampedeLock a = Samples.class.getDeclaredMethod(method).getAnnotation(StampedeLock.class);
            return StampedeSettings.of(a, ttlMillis, "@StampedeLock on Samples." + method + "()");
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Annotations to read; the methods are never called. */
    @SuppressWarnings("unused")
    private static final class Samples {
        @StampedeLock
        void defaults() {}

        @StampedeLock(staleIfError = true, onTimeout = OnTimeout.STALE)
        void stale() {}

        @StampedeLock(refreshAhead = "1m")
        void wideWindow() {}

        @StampedeLock(earlyRefresh = true)
        void early() {}

        @StampedeLock(lease = "30s", maxLease = "10s")
        void shortCap() {}

        @StampedeLock(earlyRefresh = true, beta = 0)
        void zeroBeta() {}
    }
}
