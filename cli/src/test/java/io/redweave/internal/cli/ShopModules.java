package io.redweave.internal.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * A two-module application: the catalog reads its caches, the admin writes them, and between them
 * they make each mistake that only the whole application shows.
 */
final class ShopModules {

    static final Map<String, String> CATALOG = Map.of(
            "shop/catalog/Music.java",
            """
            package shop.catalog;

            public record Music(long id, String title) {}
            """,
            "shop/catalog/CatalogService.java",
            """
            package shop.catalog;

            import io.redweave.annotations.Cached;
            import io.redweave.annotations.Counter;
            import io.redweave.annotations.Ranked;
            import java.util.List;

            public class CatalogService {

                @Cached(name = "countries", key = "all", ttl = "forever")
                public List<String> countries() { return List.of(); }

                @Cached(name = "musics", key = "{id}", ttl = "10m")
                public Music find(long id) { return new Music(id, "title"); }

                @Counter(name = "views", key = "{day}")
                @Ranked(board = "top", member = "{id}")
                public Music show(long id, String day) { return new Music(id, "title"); }
            }
            """);

    static final Map<String, String> ADMIN = Map.of(
            "shop/admin/Track.java",
            """
            package shop.admin;

            public record Track(long id, String title) {}
            """,
            "shop/admin/AdminService.java",
            """
            package shop.admin;

            import io.redweave.annotations.CacheEvict;
            import io.redweave.annotations.CachePut;
            import io.redweave.annotations.Cached;
            import io.redweave.annotations.Counter;
            import io.redweave.annotations.Ranked;
            import java.util.List;

            public class AdminService {

                @CacheEvict(name = "countries", allEntries = true)
                public void renameCountry(String code, String name) {}

                @CachePut(name = "musics", key = "{result.id}", ttl = "10m")
                public Track save(long id, String title) { return new Track(id, title); }

                @Counter(name = "views", key = "{week}")
                public void weekly(int week) {}

                @Ranked(board = "top", member = "{title}")
                public void rate(String title) {}

                @Cached(name = "regions", key = "all", ttl = "forever")
                public List<String> regions() { return List.of(); }
            }
            """);

    private ShopModules() {}

    static Path catalog(Path root) {
        return ModuleBuild.compile(root, "catalog", CATALOG);
    }

    static Path admin(Path root, Path catalog) {
        return ModuleBuild.compile(root, "admin", ADMIN, catalog);
    }
}
