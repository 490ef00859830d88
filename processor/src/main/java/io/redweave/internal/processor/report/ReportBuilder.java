package io.redweave.internal.processor.report;

import io.redweave.internal.grammar.ParsedTemplate;
import io.redweave.internal.processor.check.Finding;
import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.Site;
import io.redweave.internal.processor.model.SiteKeys;
import io.redweave.internal.processor.model.SiteKind;
import io.redweave.internal.processor.report.CacheKeyReport.BoardEntry;
import io.redweave.internal.processor.report.CacheKeyReport.BoardUse;
import io.redweave.internal.processor.report.CacheKeyReport.CounterEntry;
import io.redweave.internal.processor.report.CacheKeyReport.CounterUse;
import io.redweave.internal.processor.report.CacheKeyReport.LockEntry;
import io.redweave.internal.processor.report.CacheKeyReport.LockUse;
import io.redweave.internal.processor.report.CacheKeyReport.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the report from checked methods. It runs only when the checks found no error, so every
 * template and duration parses. Methods arrive sorted by qualified name, so every list is sorted.
 */
public final class ReportBuilder {

    private final CacheSectionBuilder caches = new CacheSectionBuilder();
    private final Map<String, List<CounterUse>> counters = new TreeMap<>();
    private final Map<String, List<BoardUse>> boards = new TreeMap<>();
    private final Map<String, List<LockUse>> locks = new TreeMap<>();
    private final Map<String, List<LockUse>> stampedeLocks = new TreeMap<>();

    public CacheKeyReport build(List<AnnotatedMethod> methods, List<Finding> warnings) {
        for (AnnotatedMethod method : methods) {
            caches.add(method);
            method.sites().forEach(site -> add(method, site));
        }
        return new CacheKeyReport(caches.build(warnings), counterEntries(), boardEntries(), lockEntries());
    }

    static Source source(AnnotatedMethod method) {
        return new Source(
                method.qualifiedName(),
                method.displayName(),
                method.location().file(),
                method.location().line());
    }

    private void add(AnnotatedMethod method, Site site) {
        switch (site.kind()) {
            case COUNTER -> addTo(counters, site.name(), counter(method, site));
            case RANKED -> addTo(
                    boards,
                    site.name(),
                    new BoardUse(
                            source(method),
                            site.string("member"),
                            site.number("by").doubleValue(),
                            site.constant("on")));
            case LOCKED -> addTo(
                    locks,
                    site.name(),
                    new LockUse(
                            source(method),
                            KeyPatterns.lock(site.name(), SiteKeys.template(site, "key")),
                            CacheSectionBuilder.duration(site, "lease"),
                            CacheSectionBuilder.duration(site, "maxLease"),
                            CacheSectionBuilder.duration(site, "waitFor"),
                            Optional.empty(),
                            site.constant("whenRedisDown")));
            case STAMPEDE_LOCK -> method.site(SiteKind.CACHED).ifPresent(cached -> addStampede(method, site, cached));
            default -> {}
        }
    }

    private static CounterUse counter(AnnotatedMethod method, Site site) {
        Optional<ParsedTemplate> key = SiteKeys.template(site, "key");
        Optional<ParsedTemplate> unique = SiteKeys.template(site, "unique");
        return new CounterUse(
                source(method),
                KeyPatterns.counter(site.name(), key),
                unique.map(ParsedTemplate::source),
                unique.map(u -> KeyPatterns.counterUnique(site.name(), key)),
                site.number("by").longValue(),
                site.constant("on"),
                CacheSectionBuilder.duration(site, "ttl"),
                CacheSectionBuilder.duration(site, "buffer"));
    }

    private void addStampede(AnnotatedMethod method, Site lock, Site cached) {
        ParsedTemplate key = SiteKeys.cacheKey(cached).orElseThrow();
        addTo(
                stampedeLocks,
                cached.name(),
                new LockUse(
                        source(method),
                        KeyPatterns.stampedeLock(cached.name(), key),
                        CacheSectionBuilder.duration(lock, "lease"),
                        CacheSectionBuilder.duration(lock, "maxLease"),
                        CacheSectionBuilder.duration(lock, "waitFor"),
                        Optional.of(lock.constant("onTimeout")),
                        lock.constant("whenRedisDown")));
    }

    private List<CounterEntry> counterEntries() {
        List<CounterEntry> entries = new ArrayList<>();
        counters.forEach((name, uses) ->
                entries.add(new CounterEntry(name, uses.get(0).unique().isPresent(), uses)));
        return entries;
    }

    private List<BoardEntry> boardEntries() {
        List<BoardEntry> entries = new ArrayList<>();
        boards.forEach((name, uses) -> entries.add(new BoardEntry(name, KeyPatterns.board(name), uses)));
        return entries;
    }

    /** Locks by name; a {@code @Locked} lock sorts before a stampede lock of the same name. */
    private List<LockEntry> lockEntries() {
        TreeMap<String, List<LockEntry>> byName = new TreeMap<>();
        locks.forEach((name, uses) -> addTo(byName, name, new LockEntry(name, false, uses)));
        stampedeLocks.forEach((name, uses) -> addTo(byName, name, new LockEntry(name, true, uses)));
        return byName.values().stream().flatMap(List::stream).toList();
    }

    private static <T> void addTo(Map<String, List<T>> map, String name, T value) {
        map.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
}
