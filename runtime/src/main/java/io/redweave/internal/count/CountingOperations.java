package io.redweave.internal.count;

import io.redweave.RedweaveException;
import io.redweave.annotations.CountOn;
import io.redweave.annotations.Counter;
import io.redweave.annotations.Ranked;
import io.redweave.internal.key.DurationAttributes;
import io.redweave.internal.key.KeyTemplate;
import io.redweave.internal.key.Names;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Compiles each counted method's {@code @Counter} and {@code @Ranked} once, on its first call, and
 * keeps the {@link CountingPlan} by method. Names, templates and durations are checked here, so a
 * mistake fails the first call with a message naming the method and the attribute.
 */
public final class CountingOperations {

    private final ConcurrentHashMap<Method, CountingPlan> plans = new ConcurrentHashMap<>();
    private final CounterKeys keys;
    private final Increments increments;

    CountingOperations(CounterKeys keys, Increments increments) {
        this.keys = keys;
        this.increments = increments;
    }

    /**
     * The plan of {@code method}.
     *
     * @throws RedweaveException naming the method when an annotation is invalid
     */
    public CountingPlan plan(Method method, Supplier<String[]> parameterNames) {
        CountingPlan plan = plans.get(method);
        return plan != null ? plan : plans.computeIfAbsent(method, m -> compile(m, parameterNames.get()));
    }

    private CountingPlan compile(Method method, String[] names) {
        Counter counter = method.getAnnotation(Counter.class);
        Ranked ranked = method.getAnnotation(Ranked.class);
        return new CountingPlan(
                counter == null ? null : compileCounter(counter, method, names),
                ranked == null ? null : compileRanked(ranked, method, names));
    }

    private CounterOperation compileCounter(Counter a, Method method, String[] names) {
        String where = Names.where("@Counter", a.name(), method);
        Names.checkName(a.name(), where);
        KeyTemplate key = template(a.key(), "key", a.on(), method, names, where);
        KeyTemplate unique = template(a.unique(), "unique", a.on(), method, names, where);
        long ttl = a.ttl().isEmpty() ? -1 : window(a.ttl(), where);
        long buffer = a.buffer().isEmpty() ? -1 : positive(a.buffer(), where, "buffer");
        if (buffer > 0) {
            increments.flushEvery(buffer);
        }
        return new CounterOperation(
                where, a.name(), key, unique, new long[] {a.by(), ttl}, a.on(), buffer > 0, keys, increments);
    }

    private RankedOperation compileRanked(Ranked a, Method method, String[] names) {
        String where = Names.where("@Ranked", "board", a.board(), method);
        Names.checkName(a.board(), where);
        if (a.member().isBlank()) {
            throw new RedweaveException(where + ": member is empty; name what to rank, such as {id} or {result.url}");
        }
        if (Double.isNaN(a.by()) || Double.isInfinite(a.by())) {
            throw new RedweaveException(
                    String.format("%s: by = %s is not a finite number; use 1, 0.5 or -1", where, a.by()));
        }
        KeyTemplate member = template(a.member(), "member", a.on(), method, names, where);
        return new RankedOperation(where, keys.board(a.board()), member, a.by(), a.on(), increments);
    }

    private static KeyTemplate template(
            String text, String attribute, CountOn on, Method method, String[] names, String where) {
        if (text.isEmpty()) {
            return null;
        }
        KeyTemplate template = KeyTemplate.compile(text, method, names, where + " " + attribute);
        if (template.usesResult() && on != CountOn.SUCCESS) {
            throw new RedweaveException(String.format(
                    "%s: %s \"%s\" reads {result}, which a call that throws does not have; use on = SUCCESS or"
                            + " read a parameter instead",
                    where, attribute, text));
        }
        return template;
    }

    private static long window(String text, String where) {
        long ttl = DurationAttributes.ttl(text, DurationAttributes.FOREVER, where, "ttl");
        return ttl == DurationAttributes.FOREVER ? ttl : Math.max(1, ttl);
    }

    private static long positive(String text, String where, String attribute) {
        long millis = DurationAttributes.length(text, 0, where, attribute);
        if (millis == 0) {
            throw new RedweaveException(String.format(
                    "%s %s: \"%s\" is not positive; use an interval such as 100ms, or leave it empty to send at once",
                    where, attribute, text));
        }
        return millis;
    }
}
