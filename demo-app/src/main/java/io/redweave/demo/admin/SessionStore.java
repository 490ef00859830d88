package io.redweave.demo.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.redweave.Redweave;
import io.redweave.demo.web.RedisCalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.redisson.api.RBucket;
import org.redisson.client.codec.StringCodec;

/**
 * Sessions kept in Redis, as the tutorial's {@code SESSION_ENGINE = cache}: one JSON string per
 * session under {@code {prefix}:session:{id}} with the session's lifetime as its TTL, so {@code
 * redis-cli keys '*session*'} shows who is logged in and the database holds no session table.
 */
public final class SessionStore {

    /** How long a session lives: two weeks, Django's default. */
    public static final Duration LIFETIME = Duration.ofDays(14);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Redweave redweave;
    private final ObjectMapper json;
    private final Clock clock;

    public SessionStore(Redweave redweave, ObjectMapper json, Clock clock) {
        this.redweave = redweave;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Creates a session for {@code user} with a fresh id and CSRF token.
     *
     * @throws RedisCalls.RedisDownException when Redis cannot store it
     */
    public Session create(AuthUser user) {
        Session session = new Session(randomToken(), user.id(), user.username(), randomToken(), clock.millis());
        String value = write(session);
        RedisCalls.call("SET session", () -> bucket(session.id()).setAsync(value, LIFETIME));
        return session;
    }

    /**
     * The session {@code id}, if it exists and has not expired.
     *
     * @throws RedisCalls.RedisDownException when Redis cannot be read
     */
    public Optional<Session> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        String value = RedisCalls.call("GET session", () -> bucket(id).getAsync());
        return Optional.ofNullable(value).map(this::read);
    }

    /**
     * Deletes session {@code id}.
     *
     * @throws RedisCalls.RedisDownException when Redis cannot be reached
     */
    public void delete(String id) {
        if (id != null && ID.matcher(id).matches()) {
            RedisCalls.call("DEL session", () -> bucket(id).deleteAsync());
        }
    }

    /** The Redis key of session {@code id}. */
    public String redisKey(String id) {
        return redweave.config().keyPrefix() + ":session:" + id;
    }

    /** A random URL-safe token of 256 bits. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private RBucket<String> bucket(String id) {
        return redweave.redisson().getBucket(redisKey(id), StringCodec.INSTANCE);
    }

    private String write(Session session) {
        try {
            return json.writeValueAsString(session);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // a value that does not parse (planted or from an older version) is no session at all
    private Session read(String value) {
        try {
            return json.readValue(value, Session.class);
        } catch (IOException e) {
            return null;
        }
    }
}
