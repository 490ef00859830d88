package io.redweave.demo;

import io.redweave.ValueCodec;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * The demo's value codec: JSON for every value, except a {@code String} that is itself a JSON
 * document (the music list as the API sends it), which is stored as its own UTF-8 bytes. Decoding a
 * 850 KB JSON string literal spends most of a cache hit unescaping it; the raw bytes turn back into
 * a {@code String} in a fraction of that, and {@code redis-cli get} shows the array as it is.
 *
 * <p>Unambiguous: a JSON-encoded string starts with {@code "}, and null is {@code null}; a string
 * that would look like either is JSON-encoded instead of stored raw.
 */
public final class RawTextCodec implements ValueCodec {

    private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);

    private final ValueCodec json;

    /** A codec that hands every other value to {@code json}. */
    public RawTextCodec(ValueCodec json) {
        this.json = json;
    }

    @Override
    public byte[] encode(Object value) throws Exception {
        if (value instanceof String text && isDocument(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return json.encode(value);
    }

    @Override
    public Object decode(byte[] bytes, Type type) throws Exception {
        if (type == String.class && bytes.length > 0 && bytes[0] != '"' && !java.util.Arrays.equals(bytes, NULL)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return json.decode(bytes, type);
    }

    private static boolean isDocument(String text) {
        return !text.isEmpty() && (text.charAt(0) == '[' || text.charAt(0) == '{');
    }
}
