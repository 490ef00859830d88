/**
 * A real Redis for integration tests: a single node or a local three-master Redis Cluster,
 * found or started once per test JVM.
 *
 * <h2>Where Redis comes from</h2>
 *
 * {@link io.redweave.testing.RedisServers#single()} uses, in order: the URL in {@code
 * REDWEAVE_TEST_REDIS_URL}; a Testcontainers {@code redis:7} container when Testcontainers is on
 * the class path and Docker answers; {@code redis-server} from the PATH on a free port; the binary
 * inside the embedded-redis jar. {@link io.redweave.testing.RedisServers#cluster()} always starts
 * three local masters from the same binary. Tests never flush a Redis they did not start: {@link
 * io.redweave.testing.RedisServer#isOwned()} says which is which.
 *
 * <h2>Three ways to get one</h2>
 *
 * <pre>{@code
 * // 1. A parameter, resolved by the extension (the cluster with @ClusterRedis).
 * @ExtendWith(RedisExtension.class)
 * class SessionStoreTest {
 *     @Test
 *     void save_thenLoad_returnsSession(RedisServer redis) { ... }
 * }
 *
 * // 2. One behaviour suite, run against the single node and against the cluster.
 * class CacheBehaviourTest {
 *     @ParameterizedTest
 *     @AllTopologies
 *     void get_afterPut_returnsValue(RedisServer redis) { ... }
 * }
 *
 * // 3. A private node for a test that takes Redis down.
 * @Test
 * void get_whileRedisDown_runsMethod() {
 *     RedisServer redis = RedisServers.startDedicated("--appendonly", "yes");
 *     redis.stop();
 *     ...
 *     redis.start(); // same port, data kept by the append-only file
 * }
 * }</pre>
 *
 * <p>Everything except {@link io.redweave.testing.RedisServer}, {@link
 * io.redweave.testing.RedisServers}, {@link io.redweave.testing.RedisExtension}, {@link
 * io.redweave.testing.ClusterRedis}, {@link io.redweave.testing.RedisTopology} and {@link
 * io.redweave.testing.AllTopologies} is package-private and free to change.
 */
package io.redweave.testing;
