package io.redweave.demo.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void hash_samePasswordTwice_differsBySaltAndVerifiesBoth() {
        String a = hasher.hash("password123");
        String b = hasher.hash("password123");

        assertThat(a).isNotEqualTo(b).startsWith("pbkdf2_sha256$1000$");
        assertThat(hasher.verify("password123", a)).isTrue();
        assertThat(hasher.verify("password123", b)).isTrue();
    }

    @Test
    void verify_wrongPasswordOrMalformedHash_isFalse() {
        String hash = hasher.hash("password123");

        assertThat(hasher.verify("password124", hash)).isFalse();
        assertThat(hasher.verify("password123", "md5$1$x$y")).isFalse();
        assertThat(hasher.verify("password123", "pbkdf2_sha256$nope$x$y")).isFalse();
        assertThat(hasher.verify("password123", null)).isFalse();
    }

    @Test
    void verify_hashMadeWithOtherIterations_usesTheHashsOwnCount() {
        String old = new PasswordHasher(500).hash("s");

        assertThat(hasher.verify("s", old)).isTrue();
    }
}
