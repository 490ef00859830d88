/**
 * The compile-time checks and the cache-key report. Usually loaded from the annotation processor
 * path, where this descriptor is ignored and the service file finds the processor; on a processor
 * module path the same service is declared here. Exports nothing: no code calls it.
 */
module io.redweave.processor {
    requires java.compiler;
    requires jdk.compiler; // com.sun.source: the trees that place a diagnostic on an annotation's value
    requires io.redweave.grammar;

    provides javax.annotation.processing.Processor with
            io.redweave.processor.RedweaveProcessor;
}
