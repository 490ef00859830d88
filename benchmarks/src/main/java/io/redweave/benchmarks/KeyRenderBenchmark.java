package io.redweave.benchmarks;

import io.redweave.internal.key.KeyEncoding;
import io.redweave.internal.key.KeyTemplate;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The runtime's compiled key templates against the code a generator would write by hand for the
 * same template. Decides whether the processor should generate key builders.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KeyRenderBenchmark {

    /** A parameter with a property, as templates commonly read. */
    public record User(long id, String region) {}

    private KeyTemplate template;
    private Object[] args;

    /** The shape of method the template belongs to. */
    public static String page(User user, int page) {
        return null;
    }

    @Setup
    public void setUp() throws NoSuchMethodException {
        Method m = KeyRenderBenchmark.class.getMethod("page", User.class, int.class);
        template = KeyTemplate.compile("{user.region}:{user.id}:p{page}", m, new String[] {"user", "page"}, "bench");
        args = new Object[] {new User(42, "eu-west"), 3};
    }

    @Benchmark
    public String compiledTemplate() {
        return template.render(args, null);
    }

    @Benchmark
    public String handWritten() {
        User user = (User) args[0];
        StringBuilder out = new StringBuilder(32);
        KeyEncoding.escapeInto(out, user.region());
        out.append(':').append(user.id()).append(":p").append((int) args[1]);
        return out.toString();
    }
}
