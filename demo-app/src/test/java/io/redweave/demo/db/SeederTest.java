package io.redweave.demo.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.demo.DemoServer;
import io.redweave.demo.admin.PasswordHasher;
import io.redweave.demo.support.TestDatabases;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeederTest {

    private DatabaseSettings settings;
    private Database database;

    @BeforeEach
    void open() {
        settings = TestDatabases.fresh();
        database = Database.open(settings, DemoServer.ENTITIES);
    }

    @AfterEach
    void close() {
        database.close();
        TestDatabases.drop(settings);
    }

    @Test
    void seed_firstStart_seedsTheTutorialsDataAndTheSecondStartNothing() {
        Seeder seeder = new Seeder(database, Clock.systemUTC());

        var first = seeder.seed("twtrubiks", "password123", new PasswordHasher(1_000));
        var second =
                new Seeder(database, Clock.systemUTC()).seed("twtrubiks", "password123", new PasswordHasher(1_000));

        assertThat(first).containsExactly("pictures", "musics", "admin");
        assertThat(second).isEmpty();
        assertThat(count("Picture")).isEqualTo(65);
        assertThat(count("Music")).isEqualTo(10_000);
        assertThat(count("User")).isEqualTo(1);
    }

    @Test
    void seed_afterTheRowsWereDeleted_doesNotSeedThemAgain() {
        new Seeder(database, Clock.systemUTC()).seed("admin", "secret", new PasswordHasher(1_000));
        database.transaction(s -> s.createMutationQuery("delete from Picture").executeUpdate());

        new Seeder(database, Clock.systemUTC()).seed("admin", "secret", new PasswordHasher(1_000));

        assertThat(count("Picture")).isZero();
    }

    private long count(String entity) {
        return database.read(s -> s.createSelectionQuery("select count(*) from " + entity, Long.class)
                .getSingleResult());
    }
}
