package io.redweave.internal.processor.report;

import io.redweave.internal.grammar.DurationSpec;
import io.redweave.internal.grammar.ParsedTemplate;
import io.redweave.internal.processor.check.Diagnostics;
import io.redweave.internal.processor.check.Finding;
import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.Signatures;
import io.redweave.internal.processor.model.Site;
import io.redweave.internal.processor.model.SiteKeys;
import io.redweave.internal.processor.model.SiteKind;
import io.redweave.internal.processor.report.CacheKeyReport.CacheEntry;
import io.redweave.internal.processor.report.CacheKeyReport.CacheEviction;
import io.redweave.internal.processor.report.CacheKeyReport.CacheRead;
import io.redweave.internal.processor.report.CacheKeyReport.CacheWrite;
import io.redweave.internal.processor.report.CacheKeyReport.StampedePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.type.TypeMirror;

/** Builds the caches of the report from the {@code @Cached}, {@code @CachePut} and {@code @CacheEvict} sites. */
final class CacheSectionBuilder {

    private final Map<String, List<CacheRead>> reads = new TreeMap<>();
    private final Map<String, List<CacheWrite>> writes = new TreeMap<>();
    private final Map<String, List<CacheEviction>> evictions = new TreeMap<>();
    private final Map<String, TypeMirror> valueTypes = new TreeMap<>();
    private final Map<String, TypeMirror> writtenTypes = new TreeMap<>();

    void add(AnnotatedMethod method) {
        for (Site site : method.sites()) {
            switch (site.kind()) {
                case CACHED -> addRead(method, site);
                case CACHE_PUT -> addWrite(method, site);
                case CACHE_EVICT -> addEviction(method, site);
                default -> {}
            }
        }
    }

    List<CacheEntry> build(List<Finding> warnings) {
        TreeSet<String> names = new TreeSet<>(reads.keySet());
        names.addAll(writes.keySet());
        names.addAll(evictions.keySet());
        List<CacheEntry> entries = new ArrayList<>();
        for (String name : names) {
            Optional<TypeMirror> type = Optional.ofNullable(valueTypes.getOrDefault(name, writtenTypes.get(name)));
            List<String> messages = warnings.stream()
                    .filter(w -> w.cache().equals(name))
                    .map(Finding::message)
                    .sorted()
                    .toList();
            entries.add(new CacheEntry(
                    name,
                    type.map(t -> Signatures.type(t, true)).orElse(""),
                    type.map(t -> Signatures.type(t, false)).orElse(""),
                    reads.getOrDefault(name, List.of()),
                    writes.getOrDefault(name, List.of()),
                    evictions.getOrDefault(name, List.of()),
                    messages));
        }
        return entries;
    }

    private void addRead(AnnotatedMethod method, Site site) {
        ParsedTemplate key = SiteKeys.cacheKey(site).orElseThrow();
        Optional<StampedePolicy> stampede =
                method.site(SiteKind.STAMPEDE_LOCK).map(lock -> stampede(site.name(), key, lock));
        valueTypes.putIfAbsent(site.name(), method.element().getReturnType());
        reads.computeIfAbsent(site.name(), n -> new ArrayList<>())
                .add(new CacheRead(
                        ReportBuilder.source(method),
                        KeyPatterns.cache(site.name(), key),
                        key.source(),
                        duration(site, "ttl"),
                        duration(site, "jitter"),
                        site.flag("cacheNull"),
                        duration(site, "nullTtl"),
                        stampede,
                        Diagnostics.isSuppressed(method.element())));
    }

    private static StampedePolicy stampede(String cache, ParsedTemplate key, Site lock) {
        return new StampedePolicy(
                KeyPatterns.stampedeLock(cache, key),
                duration(lock, "lease"),
                duration(lock, "maxLease"),
                duration(lock, "waitFor"),
                lock.constant("onTimeout"),
                lock.constant("whenRedisDown"),
                duration(lock, "refreshAhead"),
                lock.flag("earlyRefresh"),
                lock.number("beta").doubleValue(),
                lock.flag("staleIfError"),
                duration(lock, "keepStale"));
    }

    private void addWrite(AnnotatedMethod method, Site site) {
        ParsedTemplate key = SiteKeys.cacheKey(site).orElseThrow();
        writtenTypes.putIfAbsent(site.name(), method.element().getReturnType());
        writes.computeIfAbsent(site.name(), n -> new ArrayList<>())
                .add(new CacheWrite(
                        ReportBuilder.source(method),
                        KeyPatterns.cache(site.name(), key),
                        key.source(),
                        duration(site, "ttl"),
                        site.flag("cacheNull")));
    }

    private void addEviction(AnnotatedMethod method, Site site) {
        Optional<String> key = site.flag("allEntries")
                ? Optional.empty()
                : Optional.of(
                        KeyPatterns.cache(site.name(), SiteKeys.cacheKey(site).orElseThrow()));
        evictions
                .computeIfAbsent(site.name(), n -> new ArrayList<>())
                .add(new CacheEviction(ReportBuilder.source(method), key, site.flag("beforeInvocation")));
    }

    static DurationSpec duration(Site site, String attribute) {
        return SiteKeys.duration(site, attribute).orElseThrow();
    }
}
