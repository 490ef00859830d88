package io.redweave.internal.processor.model;

/**
 * Where a method is declared: its source file, as a path under the source root (such as {@code
 * com/shop/OrderService.java}), and its line, or 0 when the compiler cannot tell.
 */
public record SourceLocation(String file, long line) {}
