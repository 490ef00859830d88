package io.redweave.audit;

import java.util.ServiceLoader;

/** Finds the audit engine once, through {@link ServiceLoader} (see {@link AuditEngine}). */
final class AuditEngines {

    private AuditEngines() {}

    private static final class Holder {
        static final AuditEngine ENGINE = ServiceLoader.load(AuditEngine.class, AuditEngine.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no Redweave audit engine found: META-INF/services/io.redweave.audit.AuditEngine is missing"
                                + " from the class path; keep redweave-runtime's service files when repackaging the"
                                + " application (maven-shade-plugin: ServicesResourceTransformer)"));
    }

    static AuditEngine engine() {
        return Holder.ENGINE;
    }
}
