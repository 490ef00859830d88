package io.redweave.internal.processor.check;

/** A warning that the report shows next to the cache it is about. */
public record Finding(String cache, String message) {}
