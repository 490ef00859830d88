/**
 * Redweave's runtime. Exports the API ({@code io.redweave}, {@code io.redweave.spring}, {@code io.redweave.audit}) and the
 * aspects' package, which is not API: classes woven with these aspects call their {@code aspectOf()}
 * from the application's own code. Everything else is internal.
 */
module io.redweave {
    requires transitive io.redweave.annotations;
    requires transitive redisson; // RedissonClient is part of the API: Redweave.redisson()
    requires io.redweave.grammar;
    requires org.aspectj.runtime;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires com.fasterxml.jackson.datatype.jdk8;

    // optional: Micrometer for RedweaveMeters, Spring for @EnableRedweave and transactions
    requires static micrometer.core;
    requires static spring.aop;
    requires static spring.beans;
    requires static spring.context;
    requires static spring.core;
    requires static spring.tx;

    exports io.redweave;
    exports io.redweave.spring;
    exports io.redweave.audit;
    exports io.redweave.internal.aspect;

    // Spring creates the package-private configuration, registrar and check classes reflectively
    opens io.redweave.spring to
            spring.beans,
            spring.context,
            spring.core;
    // Spring AOP invokes the advice methods and reads their annotations reflectively
    opens io.redweave.internal.aspect to
            spring.aop,
            spring.core;

    uses io.redweave.RedweaveEngine.Factory;
    uses io.redweave.audit.AuditEngine;

    provides io.redweave.RedweaveEngine.Factory with
            io.redweave.internal.RuntimeEngineFactory;
    provides io.redweave.audit.AuditEngine with
            io.redweave.internal.audit.RuntimeAuditEngine;
}
