package io.redweave.audit;

import io.redweave.RedweaveConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The cache-key report redweave-processor writes for {@link AuditedShop}, in its JSON layout (the
 * processor's own tests pin that layout; the command line's tests audit a processor-built report).
 */
public final class ShopReport {

    public static final String JSON =
            """
            {
              "format": 1,
              "caches": [
                {
                  "name": "audit-items",
                  "valueType": "java.lang.String",
                  "reads": [
                    {
                      "method": "io.redweave.audit.AuditedShop.item(long)",
                      "file": "io/redweave/audit/AuditedShop.java",
                      "line": 13,
                      "key": "{prefix}:{version}:audit-items:{id}",
                      "template": "{id}",
                      "ttl": {"text": "20m", "millis": 1200000},
                      "jitter": {"text": "30s", "millis": 30000},
                      "cacheNull": false,
                      "nullTtl": {"text": "default"},
                      "stampede": null,
                      "suppressed": false
                    }
                  ],
                  "writes": [],
                  "evictions": [],
                  "warnings": []
                }
              ],
              "counters": [
                {
                  "name": "audit-visits",
                  "type": "hyperloglog",
                  "uses": [
                    {
                      "method": "io.redweave.audit.AuditedShop.visit(long, java.lang.String, java.lang.String)",
                      "key": "{prefix}:counter:audit-visits:{day}",
                      "unique": "{visitor}",
                      "uniqueKey": "{prefix}:counter-unique:audit-visits:{day}",
                      "by": 1,
                      "on": "SUCCESS",
                      "ttl": {"text": "2d", "millis": 172800000},
                      "buffer": {"text": "default"}
                    }
                  ]
                }
              ],
              "boards": [
                {
                  "name": "audit-top",
                  "key": "{prefix}:board:audit-top",
                  "uses": [
                    {
                      "method": "io.redweave.audit.AuditedShop.visit(long, java.lang.String, java.lang.String)",
                      "member": "{id}",
                      "by": 1.0,
                      "on": "SUCCESS"
                    }
                  ]
                }
              ],
              "locks": [
                {
                  "name": "audit-import",
                  "type": "lock",
                  "uses": [
                    {
                      "method": "io.redweave.audit.AuditedShop.importing(java.util.function.Supplier<T>)",
                      "key": "{prefix}:lock:audit-import",
                      "lease": {"text": "1m", "millis": 60000},
                      "maxLease": {"text": "default"},
                      "waitFor": {"text": "default"},
                      "whenRedisDown": "FAIL"
                    }
                  ]
                }
              ]
            }
            """;

    private ShopReport() {}

    /** The shop's catalog as a module in {@code dir} would give it, filled in from {@code config}. */
    public static KeyCatalog catalog(Path dir, RedweaveConfig config) {
        return KeyCatalog.read(List.of(write(dir, "shop/classes", JSON)), config);
    }

    /** Writes {@code json} as the report of the class directory {@code dir/module}; returns that directory. */
    public static Path write(Path dir, String module, String json) {
        Path classes = dir.resolve(module);
        try {
            Path report = classes.resolve("META-INF/redweave/cache-keys.json");
            Files.createDirectories(report.getParent());
            Files.writeString(report, json);
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
