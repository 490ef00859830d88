package io.redweave;

import java.lang.reflect.Type;

/**
 * Turns values into the bytes stored in Redis and back. The default is JSON (Jackson), readable with
 * {@code redis-cli}. Integers must encode as their decimal digits so that {@code incr} works on them.
 *
 * <p>{@link #decode} receives the declared type of the woven method (or the type the caller named)
 * and must never let the bytes choose the class to instantiate. Implementations are thread-safe.
 */
public interface ValueCodec {

    /**
     * Encodes a value; {@code null} is allowed.
     *
     * @throws Exception when the value cannot be encoded (reported to the caller with the cache name)
     */
    byte[] encode(Object value) throws Exception;

    /**
     * Decodes bytes as {@code type}.
     *
     * @throws Exception when the bytes do not decode (logged and treated as a miss)
     */
    Object decode(byte[] bytes, Type type) throws Exception;
}
