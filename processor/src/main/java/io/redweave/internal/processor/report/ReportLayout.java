package io.redweave.internal.processor.report;

import io.redweave.internal.grammar.DurationSpec;
import io.redweave.internal.processor.report.CacheKeyReport.BoardEntry;
import io.redweave.internal.processor.report.CacheKeyReport.BoardUse;
import io.redweave.internal.processor.report.CacheKeyReport.CacheEntry;
import io.redweave.internal.processor.report.CacheKeyReport.CacheEviction;
import io.redweave.internal.processor.report.CacheKeyReport.CacheRead;
import io.redweave.internal.processor.report.CacheKeyReport.CacheWrite;
import io.redweave.internal.processor.report.CacheKeyReport.CounterEntry;
import io.redweave.internal.processor.report.CacheKeyReport.CounterUse;
import io.redweave.internal.processor.report.CacheKeyReport.LockEntry;
import io.redweave.internal.processor.report.CacheKeyReport.LockUse;
import io.redweave.internal.processor.report.CacheKeyReport.Source;
import io.redweave.internal.processor.report.CacheKeyReport.StampedePolicy;
import io.redweave.internal.processor.report.ReportDocument.Block;
import io.redweave.internal.processor.report.ReportDocument.Heading;
import io.redweave.internal.processor.report.ReportDocument.Items;
import io.redweave.internal.processor.report.ReportDocument.Paragraph;
import io.redweave.internal.processor.report.ReportDocument.Table;
import io.redweave.internal.processor.report.ReportDocument.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Lays the report out for people: one section per kind of key, one table row per method. */
final class ReportLayout {

    static final String TITLE = "Redis keys written by this code";

    private final List<Block> blocks = new ArrayList<>();

    private ReportLayout() {}

    static ReportDocument layout(CacheKeyReport report) {
        ReportLayout layout = new ReportLayout();
        layout.introduction(report);
        layout.keys(KeyIndex.of(report));
        layout.caches(report.caches());
        layout.counters(report.counters());
        layout.boards(report.boards());
        layout.locks(report.locks());
        return new ReportDocument(TITLE, List.copyOf(layout.blocks));
    }

    private void introduction(CacheKeyReport report) {
        blocks.add(new Paragraph(Text.plain("Written by redweave-processor when the code compiled. ")
                .thenCode("{prefix}")
                .then(" and ")
                .thenCode("{version}")
                .then(" stand for the configured key prefix and cache version; every other ")
                .thenCode("{...}")
                .then(" is filled from the method's parameters or result, escaped so that it cannot contain ")
                .thenCode(":")
                .then(".")));
        blocks.add(new Paragraph(Text.plain(String.format(
                "%s, %s, %s, %s.",
                count(report.caches().size(), "cache"),
                count(report.counters().size(), "counter"),
                count(report.boards().size(), "board"),
                count(report.locks().size(), "lock")))));
    }

    private void keys(List<KeyIndex.KeyRow> keys) {
        blocks.add(new Heading(2, "Every key"));
        List<List<Text>> rows = keys.stream()
                .map(k -> List.of(
                        Text.code(k.key()), Text.plain(k.redisType()), Text.plain(k.kind()), Text.code(k.name())))
                .toList();
        flatTable(List.of("Key", "Redis type", "Kind", "Name"), rows);
    }

    private void caches(List<CacheEntry> caches) {
        blocks.add(new Heading(2, "Caches"));
        if (caches.isEmpty()) {
            blocks.add(new Paragraph(Text.plain("None.")));
        }
        for (CacheEntry cache : caches) {
            blocks.add(new Heading(3, cache.name()));
            if (!cache.valueTypeDisplay().isEmpty()) {
                blocks.add(new Paragraph(Text.plain("Value type: ").thenCode(cache.valueTypeDisplay())));
            }
            table(
                    "Read by",
                    List.of("Method", "Source", "Key", "TTL", "Jitter", "Nulls", "Stampede"),
                    cache.reads(),
                    this::readRow);
            table("Updated by", List.of("Method", "Source", "Key", "TTL", "Nulls"), cache.writes(), this::writeRow);
            table("Evicted by", List.of("Method", "Source", "Evicts", "When"), cache.evictions(), this::evictionRow);
            if (!cache.warnings().isEmpty()) {
                blocks.add(new Heading(4, "Warnings"));
                blocks.add(new Items(cache.warnings().stream().map(Text::plain).toList()));
            }
        }
    }

    private List<Text> readRow(CacheRead read) {
        String jitter = read.jitter().isDefault() ? "none" : read.jitter().display();
        return row(
                read.source(),
                Text.code(read.key()),
                ttl(read.ttl()),
                Text.plain(jitter),
                Text.plain(nulls(read.cacheNull(), read.nullTtl())),
                read.stampede().map(s -> stampede(s, read.ttl())).orElse(Text.plain("none")));
    }

    /** Lock terms first, then early refresh and stale serving, each only when it is on. */
    private static Text stampede(StampedePolicy s, DurationSpec ttl) {
        StringBuilder policy = new StringBuilder(String.format(
                ", lease %s, max lease %s, wait %s, on timeout %s, Redis down: %s",
                orDefault(s.lease(), "30s"),
                orDefault(s.maxLease(), "10 leases"),
                orDefault(s.waitFor(), "10s"),
                s.onTimeout(),
                s.whenRedisDown()));
        if (!s.refreshAhead().isDefault()) {
            policy.append(", refresh ahead ").append(s.refreshAhead().display());
        }
        if (s.earlyRefresh()) {
            policy.append(", early refresh (beta ").append(s.beta()).append(')');
        }
        if (s.staleIfError()) {
            policy.append(", stale if error");
        }
        boolean servesStale = s.staleIfError() || s.onTimeout().equals("STALE");
        if (!s.keepStale().isDefault()) {
            policy.append(", keep stale ").append(s.keepStale().display());
        } else if (servesStale && !ttl.isForever()) {
            policy.append(", keep stale for the ttl (default)");
        }
        return Text.plain("lock ").thenCode(s.lock()).then(policy.toString());
    }

    private List<Text> writeRow(CacheWrite write) {
        return row(
                write.source(),
                Text.code(write.key()),
                ttl(write.ttl()),
                Text.plain(write.cacheNull() ? "null stored" : "null deletes the key"));
    }

    private List<Text> evictionRow(CacheEviction eviction) {
        Text what = eviction.key().map(Text::code).orElse(Text.plain("all entries"));
        return row(
                eviction.source(),
                what,
                Text.plain(eviction.beforeInvocation() ? "before the call" : "after the call returns"));
    }

    private void counters(List<CounterEntry> counters) {
        blocks.add(new Heading(2, "Counters"));
        List<String> headers =
                List.of("Counter", "Type", "Key", "Unique", "By", "Counts", "TTL", "Buffer", "Method", "Source");
        List<List<Text>> rows = new ArrayList<>();
        for (CounterEntry counter : counters) {
            for (CounterUse use : counter.uses()) {
                rows.add(List.of(
                        Text.code(counter.name()),
                        Text.plain(counter.hyperloglog() ? "counter + HyperLogLog" : "counter"),
                        Text.code(use.key()),
                        use.unique()
                                .map(u -> Text.code(u)
                                        .then(" into ")
                                        .thenCode(use.uniqueKey().orElseThrow()))
                                .orElse(Text.plain("-")),
                        Text.plain(Long.toString(use.by())),
                        Text.plain(use.on()),
                        Text.plain(
                                use.ttl().isDefault()
                                        ? "never expires"
                                        : use.ttl().display()),
                        Text.plain(
                                use.buffer().isDefault() ? "none" : use.buffer().display()),
                        Text.code(use.source().display()),
                        Text.plain(location(use.source()))));
            }
        }
        flatTable(headers, rows);
    }

    private void boards(List<BoardEntry> boards) {
        blocks.add(new Heading(2, "Boards"));
        List<List<Text>> rows = new ArrayList<>();
        for (BoardEntry board : boards) {
            for (BoardUse use : board.uses()) {
                rows.add(List.of(
                        Text.code(board.name()),
                        Text.code(board.key()),
                        Text.code(use.member()),
                        Text.plain(number(use.by())),
                        Text.plain(use.on()),
                        Text.code(use.source().display()),
                        Text.plain(location(use.source()))));
            }
        }
        flatTable(List.of("Board", "Key", "Member", "By", "Counts", "Method", "Source"), rows);
    }

    private void locks(List<LockEntry> locks) {
        blocks.add(new Heading(2, "Locks"));
        List<List<Text>> rows = new ArrayList<>();
        for (LockEntry lock : locks) {
            for (LockUse use : lock.uses()) {
                rows.add(List.of(
                        Text.code(lock.name()),
                        Text.plain(lock.stampede() ? "stampede" : "lock"),
                        Text.code(use.key()),
                        Text.plain(orDefault(use.lease(), "30s")),
                        Text.plain(orDefault(use.maxLease(), "10 leases")),
                        Text.plain(orDefault(use.waitFor(), "10s")),
                        Text.plain(use.onTimeout().orElse("fails")),
                        Text.plain(use.whenRedisDown()),
                        Text.code(use.source().display()),
                        Text.plain(location(use.source()))));
            }
        }
        flatTable(
                List.of(
                        "Lock",
                        "Type",
                        "Key",
                        "Lease",
                        "Max lease",
                        "Wait",
                        "On timeout",
                        "Redis down",
                        "Method",
                        "Source"),
                rows);
    }

    private <T> void table(String title, List<String> headers, List<T> items, Function<T, List<Text>> row) {
        if (!items.isEmpty()) {
            blocks.add(new Heading(4, title));
            blocks.add(new Table(headers, items.stream().map(row).toList()));
        }
    }

    private void flatTable(List<String> headers, List<List<Text>> rows) {
        blocks.add(rows.isEmpty() ? new Paragraph(Text.plain("None.")) : new Table(headers, rows));
    }

    private static List<Text> row(Source source, Text... rest) {
        List<Text> cells = new ArrayList<>();
        cells.add(Text.code(source.display()));
        cells.add(Text.plain(location(source)));
        cells.addAll(List.of(rest));
        return cells;
    }

    private static Text ttl(DurationSpec ttl) {
        return Text.plain(ttl.isDefault() ? "default (configured)" : ttl.display());
    }

    private static String nulls(boolean cacheNull, DurationSpec nullTtl) {
        if (!cacheNull) {
            return "not cached";
        }
        return nullTtl.isDefault() ? "cached for the ttl" : "cached for " + nullTtl.display();
    }

    private static String orDefault(DurationSpec duration, String fallback) {
        return duration.isDefault() ? fallback + " (default)" : duration.display();
    }

    private static String location(Source source) {
        String name = source.file().substring(source.file().lastIndexOf('/') + 1);
        return source.line() > 0 ? name + ":" + source.line() : name;
    }

    private static String number(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value)
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
