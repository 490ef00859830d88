package io.redweave;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Type;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default codec: JSON through Jackson, so {@code redis-cli get} shows readable values.
 *
 * <p>Default typing is never enabled: the declared type alone picks the class, so bytes planted in
 * Redis cannot instantiate an arbitrary class. Unknown properties are ignored, so adding a field to
 * a cached record does not turn every old entry into a miss.
 */
final class JsonCodec implements ValueCodec {

    private static final JsonCodec STANDARD = new JsonCodec(JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build());

    private final ObjectMapper mapper;
    private final ConcurrentHashMap<Type, ObjectReader> readers = new ConcurrentHashMap<>();

    /** A codec over a caller's mapper; it must not enable default typing. */
    public JsonCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The shared default codec. */
    public static JsonCodec standard() {
        return STANDARD;
    }

    @Override
    public byte[] encode(Object value) throws Exception {
        return mapper.writeValueAsBytes(value);
    }

    @Override
    public Object decode(byte[] bytes, Type type) throws Exception {
        return readers.computeIfAbsent(type, this::reader).readValue(bytes);
    }

    private ObjectReader reader(Type type) {
        JavaType javaType = mapper.getTypeFactory().constructType(type);
        return mapper.readerFor(javaType);
    }
}
