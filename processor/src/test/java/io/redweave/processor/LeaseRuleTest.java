package io.redweave.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redweave.processor.Compilations.compile;
import static io.redweave.processor.Compilations.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A lock's renewal cap cannot end before its first lease does: the runtime would refuse the lock. */
class LeaseRuleTest {

    @Test
    void lockedMaxLease_shorterThanLease_errorOnMaxLease() {
        JavaFileObject src = source(
                "PayoutService",
                """
                public class PayoutService {
                    @Locked(
                        name = "payout",
                        lease = "1m",
                        maxLease = "30s")
                    public void payout(long accountId) {}
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@Locked maxLease \"30s\" on PayoutService.payout(long) is shorter than the lease"
                        + " (1m); make maxLease at least the lease, or leave it empty for ten leases")
                .inFile(src)
                .onLineContaining("maxLease = \"30s\"");
    }

    @Test
    void stampedeMaxLease_shorterThanDefaultLease_errorNamesTheDefault() {
        JavaFileObject src = source(
                "OrderService",
                """
                public class OrderService {
                    @Cached(name = "orders", key = "{id}", ttl = "10m")
                    @StampedeLock(
                        maxLease = "10s")
                    public String find(long id) { return ""; }
                }
                """);

        assertThat(compile(src))
                .hadErrorContaining("@StampedeLock maxLease \"10s\" on OrderService.find(long) is shorter than the"
                        + " lease (30s, the default); make maxLease at least the lease")
                .inFile(src)
                .onLineContaining("maxLease = \"10s\"");
    }

    @Test
    void maxLease_equalToLeaseInAnotherUnit_compilesWithoutWarnings() {
        JavaFileObject src = source(
                "PayoutService",
                """
                public class PayoutService {
                    @Locked(name = "payout", lease = "60s", maxLease = "PT1M", whenRedisDown = WhenRedisDown.PROCEED)
                    public void payout(long accountId) {}
                }
                """);

        assertThat(compile(src)).succeededWithoutWarnings();
    }
}
