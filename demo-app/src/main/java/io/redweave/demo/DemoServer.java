package io.redweave.demo;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import io.redweave.RedweaveMeters;
import io.redweave.demo.admin.PasswordHasher;
import io.redweave.demo.admin.User;
import io.redweave.demo.db.Database;
import io.redweave.demo.db.SeedLog;
import io.redweave.demo.db.Seeder;
import io.redweave.demo.gallery.Picture;
import io.redweave.demo.music.Music;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running demo: Redis (embedded unless configured), Redweave, the database (seeded on first
 * start) and the HTTP server. Closing it stops them in reverse order.
 */
public final class DemoServer implements AutoCloseable {

    /** The entities of the schema. */
    public static final List<Class<?>> ENTITIES = List.of(Picture.class, Music.class, User.class, SeedLog.class);

    private static final Logger LOG = LoggerFactory.getLogger(DemoServer.class);

    private final List<AutoCloseable> resources;
    private final Javalin app;
    private final Infrastructure infra;

    private DemoServer(List<AutoCloseable> resources, Javalin app, Infrastructure infra) {
        this.resources = resources;
        this.app = app;
        this.infra = infra;
    }

    /**
     * Starts everything.
     *
     * @param settings the settings; with no Redis URL the embedded Redis is started
     * @param redweaveConfig Redweave's configuration; its Redis URL is replaced by the settings' one
     */
    public static DemoServer start(Settings settings, RedweaveConfig redweaveConfig) {
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            String url;
            Optional<EmbeddedRedis> embedded = Optional.empty();
            if (settings.redisUrl().isPresent()) {
                url = settings.redisUrl().get();
            } else {
                embedded = Optional.of(EmbeddedRedis.start(settings.dataDir()));
                resources.add(embedded.get());
                url = embedded.get().url();
            }
            Redweave redweave = Redweave.start(redweaveConfig.toBuilder()
                    .redisUrl(url)
                    .codec(new RawTextCodec(redweaveConfig.codec()))
                    .build());
            resources.add(redweave);
            Database database = Database.open(settings.database(), ENTITIES);
            resources.add(database);
            Clock clock = Clock.systemUTC();
            new Seeder(database, clock)
                    .seed(
                            settings.adminUsername(),
                            settings.adminPassword(),
                            new PasswordHasher(settings.passwordIterations()));
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            RedweaveMeters.bind(redweave, registry);
            Infrastructure infra = new Infrastructure(
                    settings, redweave, database, registry, url.replaceAll("//[^@/]*@", "//****@"), embedded, clock);
            Javalin app = App.create(infra).start(settings.host(), settings.port());
            resources.add(app::stop);
            LOG.info(
                    "Redweave demo on http://{}:{}/images/ (listening on {}; database {})",
                    settings.host().equals("0.0.0.0") ? "localhost" : settings.host(),
                    app.port(),
                    settings.host().equals("0.0.0.0") ? "every interface" : settings.host() + " only",
                    settings.database());
            return new DemoServer(resources, app, infra);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    /** What the server runs on: Redweave, the database, the embedded Redis if any. */
    public Infrastructure infrastructure() {
        return infra;
    }

    /** The HTTP port. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", resources.get(i), e.getMessage());
            }
        }
        resources.clear();
    }
}
