package io.redweave.spring;

import io.redweave.spring.proxied.Catalog;
import io.redweave.spring.proxied.ClassCatalog;
import io.redweave.spring.woven.WovenCatalog;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.springframework.context.ApplicationContext;

/** One way a bean gets Redweave's advice, seen through the same calls. */
record CatalogVariant(
        String name,
        String cache,
        Object bean,
        Function<String, String> find,
        BiFunction<String, String, String> rename,
        Consumer<String> remove,
        Function<String, String> view,
        Function<String, String> popular,
        IntSupplier loads) {

    static CatalogVariant jdkProxy(ApplicationContext context) {
        Catalog c = context.getBean(Catalog.class);
        return new CatalogVariant(
                "JDK proxy", "interface", c, c::find, c::rename, c::remove, c::view, c::popular, c::loads);
    }

    static CatalogVariant classProxy(ApplicationContext context) {
        ClassCatalog c = context.getBean(ClassCatalog.class);
        return new CatalogVariant(
                "CGLIB proxy", "class", c, c::find, c::rename, c::remove, c::view, c::popular, c::loads);
    }

    static CatalogVariant woven(ApplicationContext context) {
        WovenCatalog c = context.getBean(WovenCatalog.class);
        return new CatalogVariant("woven", "woven", c, c::find, c::rename, c::remove, c::view, c::popular, c::loads);
    }

    /** The counter {@code view} increments for {@code id}. */
    String counterKey(String id) {
        return ":counter:" + cache + "-views:" + id;
    }

    /** The board {@code view} adds to. */
    String boardKey() {
        return ":board:" + cache + "-top";
    }

    /** The stored key of {@code id} with the default prefix and version. */
    String key(String id) {
        return ":1:" + cache + ":" + id;
    }

    @Override
    public String toString() {
        return name;
    }
}
