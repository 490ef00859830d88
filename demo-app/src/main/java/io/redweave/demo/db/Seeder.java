package io.redweave.demo.db;

import io.redweave.demo.admin.PasswordHasher;
import io.redweave.demo.admin.User;
import io.redweave.demo.gallery.Picture;
import io.redweave.demo.music.Music;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds what the tutorial's site starts with: the 65 pictures shipped in the jar, 10,000 musics
 * ({@code song_N}, {@code singer_N}) and the admin user. Each set is seeded once: {@link SeedLog}
 * remembers it, so a restart seeds nothing twice even after an admin deleted the rows.
 */
public final class Seeder {

    /** Pictures shipped under {@code /media/pictures}. */
    public static final int PICTURES = 65;
    /** Musics seeded, as the tutorial's list. */
    public static final int MUSICS = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(Seeder.class);

    private final Database database;
    private final Clock clock;

    public Seeder(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Seeds what was never seeded; returns the names of the sets seeded now. */
    public List<String> seed(String adminUsername, String adminPassword, PasswordHasher hasher) {
        List<String> seeded = new ArrayList<>();
        seedOnce("pictures", seeded, this::seedPictures);
        seedOnce("musics", seeded, this::seedMusics);
        seedOnce("admin", seeded, s -> s.persist(new User(adminUsername, hasher.hash(adminPassword))));
        if (!seeded.isEmpty()) {
            LOG.info("Seeded {}", seeded);
        }
        return seeded;
    }

    /** Picture {@code n}'s image URL. */
    public static String pictureUrl(int n) {
        return String.format("/media/pictures/picture_%02d.svg", n);
    }

    // the log row and the data commit together: a failed seed leaves nothing behind and runs again
    private void seedOnce(String name, List<String> seeded, Consumer<Session> work) {
        boolean done = database.transaction(s -> {
            if (s.find(SeedLog.class, name) != null) {
                return false;
            }
            s.persist(new SeedLog(name, now()));
            work.accept(s);
            return true;
        });
        if (done) {
            seeded.add(name);
        }
    }

    private void seedPictures(Session s) {
        for (int n = 1; n <= PICTURES; n++) {
            s.persist(new Picture(String.format("Picture %02d", n), pictureUrl(n), now()));
        }
    }

    private void seedMusics(Session s) {
        LocalDateTime created = now();
        for (int n = 1; n <= MUSICS; n++) {
            s.persist(new Music("song_" + n, "singer_" + n, created));
            flushEvery(s, n, 500);
        }
    }

    private static void flushEvery(Session s, int n, int batch) {
        if (n % batch == 0) {
            s.flush();
            s.clear();
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }
}
