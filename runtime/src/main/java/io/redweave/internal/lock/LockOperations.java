package io.redweave.internal.lock;

import io.redweave.RedweaveException;
import io.redweave.annotations.Locked;
import io.redweave.internal.key.KeyTemplate;
import io.redweave.internal.key.Names;
import io.redweave.internal.redis.DegradedLog;
import java.lang.reflect.Method;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Compiles each {@code @Locked} method once, on its first call: name, key template and durations are
 * checked here, so a mistake fails the first call with a message naming the method.
 */
public final class LockOperations {

    private final ConcurrentHashMap<Method, LockedOperation> locked = new ConcurrentHashMap<>();
    private final RedisLocks locks;
    private final DegradedLog degraded;

    /** Operations over {@code locks}; unlocked runs are counted in {@code degraded}. */
    public LockOperations(RedisLocks locks, DegradedLog degraded) {
        this.locks = locks;
        this.degraded = degraded;
    }

    /** The {@code @Locked} operation of {@code method}. */
    public LockedOperation locked(Method method, Supplier<String[]> parameterNames) {
        LockedOperation op = locked.get(method);
        return op != null ? op : locked.computeIfAbsent(method, m -> compile(m, parameterNames.get()));
    }

    private LockedOperation compile(Method method, String[] names) {
        Locked a = method.getAnnotation(Locked.class);
        String where = Names.where("@Locked", a.name(), method);
        Names.checkName(a.name(), where);
        KeyTemplate key = a.key().isEmpty() ? null : KeyTemplate.compile(a.key(), method, names, where);
        if (key != null && key.usesResult()) {
            throw new RedweaveException(
                    where + ": the lock key cannot read {result}, which does not exist before the call");
        }
        return new LockedOperation(
                where,
                a.name(),
                key,
                LockDurations.terms(a.lease(), a.maxLease(), where),
                LockDurations.millis(a.waitFor(), LockDurations.DEFAULT_WAIT_MS, where, "waitFor"),
                a.whenRedisDown(),
                locks,
                degraded);
    }
}
