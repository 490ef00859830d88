package io.redweave.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.Redweave;
import io.redweave.RedweaveEngine;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The runtime's compiled module descriptor: what a module-path application can reach. The tests run
 * on the class path, so the descriptor is read here rather than relied on.
 */
class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor() throws Exception {
        Path classes = Path.of(Redweave.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void exports_onlyTheApiAndTheAspectsPackage() throws Exception {
        ModuleDescriptor module = descriptor();

        assertThat(module.name()).isEqualTo("io.redweave");
        assertThat(module.exports())
                .allSatisfy(e -> assertThat(e.isQualified()).isFalse())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder(
                        "io.redweave", "io.redweave.spring", "io.redweave.audit", "io.redweave.internal.aspect");
        assertThat(module.packages())
                .filteredOn(p ->
                        !p.equals("io.redweave") && !p.equals("io.redweave.spring") && !p.equals("io.redweave.audit"))
                .allSatisfy(p -> assertThat(p).startsWith("io.redweave.internal"));
    }

    @Test
    void provides_theEngineThatRedweaveLoads() throws Exception {
        ModuleDescriptor module = descriptor();

        assertThat(module.uses()).contains(RedweaveEngine.Factory.class.getName());
        assertThat(module.provides())
                .anySatisfy(p -> assertThat(p.service()).isEqualTo(RedweaveEngine.Factory.class.getName()));
    }
}
