package io.redweave;

import java.util.ServiceLoader;

/** Finds the engine factory once, through {@link ServiceLoader} (see {@link RedweaveEngine}). */
final class Engines {

    private Engines() {}

    private static final class Holder {
        static final RedweaveEngine.Factory FACTORY = ServiceLoader.load(
                        RedweaveEngine.Factory.class, Redweave.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no Redweave engine found: META-INF/services/io.redweave.RedweaveEngine$Factory is missing from"
                                + " the class path; keep redweave-runtime's service files when repackaging the"
                                + " application (maven-shade-plugin: ServicesResourceTransformer)"));
    }

    static RedweaveEngine.Factory factory() {
        return Holder.FACTORY;
    }
}
