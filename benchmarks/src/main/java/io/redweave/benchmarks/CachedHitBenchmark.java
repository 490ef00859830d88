package io.redweave.benchmarks;

import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import io.redweave.annotations.Cached;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.redisson.api.RBucket;
import org.redisson.client.codec.ByteArrayCodec;
import org.redisson.client.codec.StringCodec;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * An {@code @Cached} hit on a small value, side by side with Redisson's own {@code RBucket.get} of
 * the same key and with Spring's {@code @Cacheable} over {@code RedisCacheManager}, all on one Redis.
 *
 * <p>Redis comes from {@code REDWEAVE_BENCH_REDIS_URL} (default {@code redis://127.0.0.1:6379});
 * keys live under the prefix {@code rwbench} and are deleted at the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class CachedHitBenchmark {

    static final String VALUE = "hello, world!";

    private Redweave redweave;
    private Catalog catalog;
    private RBucket<String> bucket;
    private String key;
    private AnnotationConfigApplicationContext spring;
    private SpringCatalog springCatalog;

    /** The woven service. */
    public static class Catalog {
        @Cached(name = "bench", key = "{id}", ttl = "1h")
        public String find(int id) {
            return VALUE;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        String url = System.getenv().getOrDefault("REDWEAVE_BENCH_REDIS_URL", "redis://127.0.0.1:6379");
        redweave = Redweave.start(
                RedweaveConfig.builder().redisUrl(url).keyPrefix("rwbench").build());
        catalog = new Catalog();
        catalog.find(1);
        key = redweave.cache("bench").redisKey("1");
        bucket = redweave.redisson().getBucket(key, StringCodec.INSTANCE);
        spring = SpringPeer.context(url);
        springCatalog = spring.getBean(SpringCatalog.class);
        springCatalog.find(1);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        redweave.cache("bench").clear();
        SpringPeer.clear(spring);
        spring.close();
        redweave.close();
    }

    @Benchmark
    public String redweaveCachedHit() {
        return catalog.find(1);
    }

    @Benchmark
    public String redissonBucketGet() {
        return bucket.get();
    }

    /** Redisson with a bucket made per call, as any per-key read must: the floor for a cache hit. */
    @Benchmark
    public byte[] redissonFreshBucketGet() {
        return redweave.redisson()
                .<byte[]>getBucket(key, ByteArrayCodec.INSTANCE)
                .get();
    }

    @Benchmark
    public String springCacheableHit() {
        return springCatalog.find(1);
    }
}
