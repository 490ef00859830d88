package io.redweave.demo.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the one {@link DemoFixture} of the test run to any test that asks for it, and after each
 * test forgets the failed logins it left (see {@link DemoFixture#forgetLoginFailures()}).
 */
public final class DemoExtension implements ParameterResolver, AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        DemoFixture demo =
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).get(DemoFixture.class, DemoFixture.class);
        if (demo != null) {
            demo.forgetLoginFailures();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoFixture.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(DemoFixture.class, k -> DemoFixture.start(), DemoFixture.class);
    }
}
