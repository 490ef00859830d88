package io.redweave.spring;

import io.redweave.Redweave;
import io.redweave.RedweaveConfig;
import io.redweave.spring.woven.WovenCatalog;
import java.util.function.Function;

/**
 * Runs in a class loader without Spring (see {@link SpringFreeTest}): starts Redweave from code,
 * calls a woven @Cached method twice, and reports what happened. Only JDK types cross the loader.
 */
public class SpringFreeScenario implements Function<String, String> {

    @Override
    public String apply(String redisUrl) {
        RedweaveConfig config = RedweaveConfig.builder()
                .redisUrl(redisUrl)
                .keyPrefix("nospring")
                .weavingCheck(RedweaveConfig.WeavingCheck.OFF)
                .build();
        try (Redweave redweave = Redweave.start(config)) {
            WovenCatalog catalog = new WovenCatalog();
            catalog.find("n1");
            catalog.find("n1");
            return "loads=" + catalog.loads() + " stored="
                    + redweave.cache("woven").get("n1", String.class);
        }
    }
}
