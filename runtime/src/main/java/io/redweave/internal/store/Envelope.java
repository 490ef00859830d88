package io.redweave.internal.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A value stored with its expiry and the time its load took, for early refresh and stale serving:
 * {@code {"exp":1764073474000,"delta":203,"v":<the value's own bytes>}}. With the JSON codec the
 * whole entry is JSON that {@code redis-cli get} shows as it is; the value's bytes are written
 * verbatim, so any codec works and reading costs no second parse. {@code exp} is the logical expiry
 * (epoch ms); the Redis key itself may live longer to keep a stale copy.
 *
 * <p>Only {@code @StampedeLock} methods with early refresh or stale serving write envelopes; every
 * Redweave reader unwraps them, so other methods and the {@code Cache} API can share the key.
 */
public record Envelope(long expiresAt, long deltaMillis, byte[] value) {

    private static final byte[] HEAD = "{\"exp\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DELTA = ",\"delta\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VALUE = ",\"v\":".getBytes(StandardCharsets.US_ASCII);

    /** The stored form of {@code value}. */
    public static byte[] wrap(byte[] value, long expiresAt, long deltaMillis) {
        byte[] exp = Long.toString(expiresAt).getBytes(StandardCharsets.US_ASCII);
        byte[] delta = Long.toString(deltaMillis).getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[HEAD.length + exp.length + DELTA.length + delta.length + VALUE.length + value.length + 1];
        int at = put(out, 0, HEAD);
        at = put(out, at, exp);
        at = put(out, at, DELTA);
        at = put(out, at, delta);
        at = put(out, at, VALUE);
        at = put(out, at, value);
        out[at] = '}';
        return out;
    }

    /** The envelope in {@code bytes}, or {@code null} when they hold a plain value. */
    public static Envelope parse(byte[] bytes) {
        if (!startsWith(bytes, 0, HEAD)) {
            return null;
        }
        int at = HEAD.length;
        int expEnd = digitsEnd(bytes, at);
        if (expEnd == at || !startsWith(bytes, expEnd, DELTA)) {
            return null;
        }
        int deltaStart = expEnd + DELTA.length;
        int deltaEnd = digitsEnd(bytes, deltaStart);
        if (deltaEnd == deltaStart
                || !startsWith(bytes, deltaEnd, VALUE)
                || bytes[bytes.length - 1] != '}'
                || deltaEnd + VALUE.length >= bytes.length) {
            return null;
        }
        return new Envelope(
                number(bytes, at, expEnd),
                number(bytes, deltaStart, deltaEnd),
                Arrays.copyOfRange(bytes, deltaEnd + VALUE.length, bytes.length - 1));
    }

    /** The value's bytes, unwrapped when {@code bytes} is an envelope. */
    public static byte[] valueOf(byte[] bytes) {
        Envelope e = parse(bytes);
        return e == null ? bytes : e.value;
    }

    private static int put(byte[] out, int at, byte[] part) {
        System.arraycopy(part, 0, out, at, part.length);
        return at + part.length;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] part) {
        if (bytes.length - at < part.length) {
            return false;
        }
        for (int i = 0; i < part.length; i++) {
            if (bytes[at + i] != part[i]) {
                return false;
            }
        }
        return true;
    }

    private static int digitsEnd(byte[] bytes, int at) {
        int i = at;
        while (i < bytes.length && i - at < 19 && bytes[i] >= '0' && bytes[i] <= '9') {
            i++;
        }
        return i;
    }

    private static long number(byte[] bytes, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (bytes[i] - '0');
        }
        return n;
    }
}
