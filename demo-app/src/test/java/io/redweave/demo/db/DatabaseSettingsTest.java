package io.redweave.demo.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redweave.demo.Settings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void fromUrl_hostingForm_becomesJdbcWithItsCredentials() {
        DatabaseSettings s = DatabaseSettings.fromUrl("postgres://demo:s3cret@db:5433/redweave", null, null);

        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5433/redweave");
        assertThat(s.user()).isEqualTo("demo");
        assertThat(s.password()).isEqualTo("s3cret");
        assertThat(s.isPostgres()).isTrue();
        assertThat(s.toString()).doesNotContain("s3cret");
    }

    @Test
    void fromUrl_jdbcFormWithUser_keepsTheUrlAsIs() {
        DatabaseSettings s = DatabaseSettings.fromUrl("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "pw");

        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(s.user()).isEqualTo("postgres");
    }

    @Test
    void fromUrl_unknownScheme_isRejectedWithTheFix() {
        assertThatThrownBy(() -> DatabaseSettings.fromUrl("mysql://x/y", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void settings_emptyEnvironment_areTheBareMachineDefaults() {
        Settings s = Settings.fromEnvironment(Map.of());

        assertThat(s.port()).isEqualTo(8000);
        assertThat(s.redisUrl()).isEmpty();
        assertThat(s.database().jdbcUrl())
                .startsWith("jdbc:h2:file:")
                .endsWith(Path.of("redweave-demo-data", "db", "demo").toString());
        assertThat(s.adminUsername()).isEqualTo("twtrubiks");
        assertThat(s.adminPassword()).isEqualTo("password123");
    }

    @Test
    void settings_environment_overridesEachDefault() {
        Settings s = Settings.fromEnvironment(Map.of(
                "PORT", "9000",
                "REDWEAVE_REDIS_URL", "redis://:pw@redis:6379",
                "DATABASE_URL", "jdbc:postgresql://db/demo",
                "DATABASE_USER", "u",
                "ADMIN_USERNAME", "boss",
                "ADMIN_PASSWORD", "longer-secret"));

        assertThat(s.port()).isEqualTo(9000);
        assertThat(s.redisUrl()).hasValue("redis://:pw@redis:6379");
        assertThat(s.database().user()).isEqualTo("u");
        assertThat(s.adminUsername()).isEqualTo("boss");
        assertThat(s.toString()).doesNotContain("pw@").doesNotContain("longer-secret");
    }

    @Test
    void settings_badPort_isRejectedNamingIt() {
        assertThatThrownBy(() -> Settings.fromEnvironment(Map.of("PORT", "eighty")))
                .hasMessageContaining("PORT \"eighty\"");
    }
}
