package io.redweave.internal.read;

import io.redweave.annotations.StampedeLock;
import io.redweave.internal.key.KeyTemplate;
import io.redweave.internal.key.Namespace;
import java.lang.reflect.Type;

/**
 * One {@code @Cached} method, its annotations read and checked: what {@link CachedReads#compile}
 * turns into its read path.
 *
 * @param where how messages name the method, such as {@code @Cached(name="musics") on MusicService.all()}
 * @param returnType the generic return type, which decoding uses
 * @param stampede the method's {@code @StampedeLock}, or {@code null}
 */
public record CachedMethod(
        String where,
        String cacheName,
        Namespace namespace,
        KeyTemplate key,
        Type returnType,
        EntryTerms terms,
        StampedeLock stampede) {}
