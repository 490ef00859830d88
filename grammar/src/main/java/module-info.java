/**
 * The one parser of durations and key templates. Not API: exported only to the processor and the
 * runtime, which must agree on every text.
 */
@SuppressWarnings("module") // the processor is loaded from the class path, where it has no module name
module io.redweave.grammar {
    exports io.redweave.internal.grammar to
            io.redweave,
            io.redweave.processor;
}
