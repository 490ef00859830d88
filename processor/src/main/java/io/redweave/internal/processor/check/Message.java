package io.redweave.internal.processor.check;

/**
 * Every diagnostic the processor prints, as a template. Each says what is wrong, where, and how to
 * fix it; arguments are filled in with {@link String#format}.
 */
enum Message {
    DURATION_INVALID("%s %s \"%s\" on %s %s"),
    DURATION_FOREVER("%s %s \"forever\" on %s cannot be forever: %s; use a length such as %s"),
    DURATION_ZERO("%s %s \"%s\" on %s must be longer than zero: %s; use a length such as %s"),

    NAME_EMPTY("%s %s on %s is empty; name the %s, such as \"%s\""),
    NAME_INVALID("%s %s \"%s\" on %s may hold only letters, digits, '.', '_' and '-' (no ':' separator"
            + " and no glob character); use \"%s\""),

    TEMPLATE_SYNTAX("%s %s \"%s\" on %s is not a valid template: %s"),
    TEMPLATE_EMPTY("%s %s on %s is empty; name the member, such as {id} or {result.id}"),
    UNKNOWN_PARAMETER("%s %s \"%s\" on %s names {%s}, but the method has no parameter %s; use one of: %s"),
    UNKNOWN_PARAMETER_NONE("%s %s \"%s\" on %s names {%s}, but the method has no parameters; use literal text"),
    UNKNOWN_PROPERTY("%s %s \"%s\" on %s reads {%s}, but %s has no property %s (no getter, record component"
            + " or accessible field of that name); use one of: %s"),
    UNKNOWN_PROPERTY_NONE("%s %s \"%s\" on %s reads {%s}, but %s has no readable property; use {%s} itself"),
    RESULT_UNAVAILABLE("%s %s \"%s\" on %s uses {%s}, but %s; use a parameter instead"),

    VOID_METHOD("%s on %s cannot store the result of a void method; return the value to cache or remove %s"),
    NOT_WEAVABLE("%s on %s cannot be woven: the method is %s; annotate the implementing method instead"),
    STAMPEDE_WITHOUT_CACHED("@StampedeLock on %s protects the load of a @Cached method, but the method has no"
            + " @Cached; add @Cached or remove @StampedeLock"),
    MAX_LEASE_SHORT("%s maxLease \"%s\" on %s is shorter than the lease (%s); make maxLease at least the"
            + " lease, or leave it empty for ten leases"),
    STAMPEDE_NEEDS_EXPIRY("@StampedeLock %s on %s needs an entry that expires, but the @Cached ttl is"
            + " \"forever\"; give @Cached a ttl such as 1h or remove %s"),
    REFRESH_AHEAD_TOO_LONG("@StampedeLock refreshAhead \"%s\" on %s is not shorter than the @Cached ttl \"%s\","
            + " so the value would be refreshed as soon as it is stored; use a window shorter than the ttl, such"
            + " as %s"),
    BETA_NOT_POSITIVE("@StampedeLock beta %s on %s is not a positive number; use 1.0 unless measured (above 1"
            + " recomputes earlier, below 1 later)"),
    CACHE_TYPE_CLASH("%s on %s stores %s in cache \"%s\", but %s stores %s there; keep one value type per"
            + " cache or give this method a cache of its own"),

    FOREVER_NEVER_INVALIDATED("@Cached ttl \"forever\" on %s: no @CacheEvict or @CachePut in this"
            + " compilation touches cache \"%s\", so its entries stay stale forever; evict it where the data"
            + " changes, give a ttl such as 1h, or add @SuppressWarnings(\"redweave\")"),
    FOREVER_UNBOUNDED("@Cached ttl \"forever\" on %s keeps one entry per distinct %s for ever, an unbounded"
            + " key space; give a ttl such as 1h or add @SuppressWarnings(\"redweave\")"),
    KEY_LEAVES_OUT("@Cached key \"%s\" on %s leaves out %s, so calls that differ only in %s share one"
            + " entry; add %s to the key or add @SuppressWarnings(\"redweave\")"),
    UNKNOWN_CACHE("%s name \"%s\" on %s names a cache that no @Cached method in this compilation reads;"
            + " check the spelling (caches: %s) or add @SuppressWarnings(\"redweave\")"),
    PUT_TTL_DIFFERS("@CachePut ttl %s on %s differs from @Cached ttl %s on %s for cache \"%s\"; use the same"
            + " ttl so that written and loaded entries expire alike, or add @SuppressWarnings(\"redweave\")");

    private final String template;

    Message(String template) {
        this.template = template;
    }

    String format(Object... arguments) {
        return String.format(template, arguments);
    }
}
