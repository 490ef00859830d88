package io.redweave.demo.db;

import java.util.List;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * The Hibernate session factory over H2 or PostgreSQL. The schema is created when missing and
 * updated in place, never dropped: the data outlives a restart.
 */
public final class Database implements AutoCloseable {

    private final SessionFactory sessions;
    private final DatabaseSettings settings;

    private Database(SessionFactory sessions, DatabaseSettings settings) {
        this.sessions = sessions;
        this.settings = settings;
    }

    /** Opens the database and brings its schema up to date with {@code entities}. */
    public static Database open(DatabaseSettings settings, List<Class<?>> entities) {
        SessionFactory factory = new HibernatePersistenceConfiguration("redweave-demo")
                .managedClasses(entities)
                .jdbcUrl(settings.jdbcUrl())
                .jdbcCredentials(settings.user(), settings.password())
                .schemaToolingAction(Action.UPDATE)
                // a real pool: Hibernate's built-in one is meant for tests only
                .property(
                        "hibernate.connection.provider_class",
                        "org.hibernate.hikaricp.internal.HikariCPConnectionProvider")
                .property("hibernate.hikari.maximumPoolSize", "10")
                .property("hibernate.hikari.connectionTimeout", "5000")
                .property("hibernate.jdbc.batch_size", "500")
                .property("hibernate.order_inserts", "true")
                .createEntityManagerFactory();
        return new Database(factory, settings);
    }

    /** Runs {@code work} in a transaction and returns its result. */
    public <T> T transaction(Function<org.hibernate.Session, T> work) {
        return sessions.fromTransaction(work);
    }

    /** Runs {@code work} in a read-only session (no dirty checking). */
    public <T> T read(Function<org.hibernate.Session, T> work) {
        return sessions.fromSession(session -> {
            session.setDefaultReadOnly(true);
            return work.apply(session);
        });
    }

    /** Whether the database answers a trivial query. */
    public boolean ping() {
        try {
            return sessions.fromSession(
                            s -> s.createNativeQuery("select 1", Integer.class).getSingleResult())
                    == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The settings this database was opened with. */
    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        sessions.close();
    }
}
