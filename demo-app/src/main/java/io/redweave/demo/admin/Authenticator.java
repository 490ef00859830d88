package io.redweave.demo.admin;

import io.redweave.demo.db.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a username and password against the stored PBKDF2 hash. A PBKDF2 check costs hundreds of
 * milliseconds by design, and HTTP Basic sends the password with every request, so a successful check
 * is remembered for {@link #REMEMBER} under a SHA-256 digest of the pair (never the password itself):
 * the load test measures the music list, not the password hash. Every check first asks the {@link
 * LoginThrottle}, remembered pairs included, so a locked user is refused whatever it sends.
 */
public final class Authenticator {

    /** How long a verified username and password pair is remembered. */
    public static final Duration REMEMBER = Duration.ofMinutes(1);

    private static final int MAX_REMEMBERED = 1_000;

    private final Database database;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final String dummyHash;

    public Authenticator(Database database, PasswordHasher hasher, LoginThrottle throttle, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
        this.dummyHash = hasher.hash("no user has this password");
    }

    /**
     * The user if {@code password} is theirs; a wrong password counts as a failure of {@code username}
     * and of {@code address}.
     *
     * @param address the client's address, for the throttle
     * @throws LoginThrottle.LockedOut when the user or the address has failed too often: nothing is
     *     checked
     */
    public Optional<AuthUser> check(String username, String password, String address) {
        if (username == null || password == null || username.isEmpty() || username.length() > 150) {
            return Optional.empty();
        }
        long failures = throttle.check(username, address);
        String digest = digest(username, password);
        Instant now = clock.instant();
        Remembered r = remembered.get(digest);
        if (r != null && now.isBefore(r.until())) {
            if (failures > 0) {
                throttle.succeeded(username);
            }
            return Optional.of(r.user());
        }
        Optional<AuthUser> user = verify(username, password);
        if (user.isPresent()) {
            remember(digest, user.get(), now);
            throttle.succeeded(username);
        } else {
            remembered.remove(digest);
            throttle.failed(username, address);
        }
        return user;
    }

    private Optional<AuthUser> verify(String username, String password) {
        Optional<User> user =
                database.read(s -> s.createSelectionQuery("from User where username = :username", User.class)
                        .setParameter("username", username)
                        .uniqueResultOptional());
        // a missing user costs a hash too, so timing does not tell which usernames exist
        String hash = user.map(User::passwordHash).orElse(dummyHash);
        boolean ok = hasher.verify(password, hash) && user.isPresent();
        return ok ? user.map(u -> new AuthUser(u.id(), u.username())) : Optional.empty();
    }

    private void remember(String digest, AuthUser user, Instant now) {
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(digest, new Remembered(user, now.plus(REMEMBER)));
    }

    private static String digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private record Remembered(AuthUser user, Instant until) {}
}
