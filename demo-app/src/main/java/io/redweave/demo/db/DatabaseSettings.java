package io.redweave.demo.db;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the database is. The default is an H2 file under the data directory, so the demo keeps its
 * pictures, musics and users across restarts with nothing installed; {@code DATABASE_URL} points it
 * at PostgreSQL instead.
 *
 * @param jdbcUrl the JDBC URL
 * @param user the user, may be empty
 * @param password the password, may be empty; never shown by {@link #toString()}
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {

    /** An H2 database in files under {@code dir}. */
    public static DatabaseSettings h2File(Path dir) {
        return new DatabaseSettings("jdbc:h2:file:" + dir.resolve("demo").toAbsolutePath(), "sa", "");
    }

    /**
     * From {@code DATABASE_URL}: a JDBC URL ({@code jdbc:postgresql://host:5432/db}) or the form that
     * hosting platforms hand out ({@code postgres://user:password@host:5432/db}), whose credentials are
     * used unless {@code user} is given.
     *
     * @throws IllegalArgumentException when the URL is neither form
     */
    public static DatabaseSettings fromUrl(String url, String user, String password) {
        if (url.startsWith("jdbc:")) {
            return new DatabaseSettings(url, orEmpty(user), orEmpty(password));
        }
        if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            throw new IllegalArgumentException(String.format(
                    "DATABASE_URL \"%s\" is neither a JDBC URL nor postgres://; use e.g."
                            + " jdbc:postgresql://127.0.0.1:5432/demo",
                    redact(url)));
        }
        URI uri = URI.create(url);
        String jdbc = String.format(
                "jdbc:postgresql://%s:%d%s", uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), uri.getRawPath());
        if (uri.getRawQuery() != null) {
            jdbc += "?" + uri.getRawQuery();
        }
        String info = uri.getUserInfo() == null ? "" : uri.getUserInfo();
        int colon = info.indexOf(':');
        String urlUser = colon < 0 ? info : info.substring(0, colon);
        String urlPassword = colon < 0 ? "" : info.substring(colon + 1);
        return new DatabaseSettings(
                jdbc, isBlank(user) ? urlUser : user, isBlank(user) ? urlPassword : orEmpty(password));
    }

    /** Whether this is PostgreSQL (else H2). */
    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public String toString() {
        return String.format("%s as '%s'", redact(jdbcUrl), user);
    }

    private static String redact(String url) {
        return url.replaceAll("(?<=://)[^/@]*@", "****@").replaceAll("(?i)(password=)[^&;]*", "$1****");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
