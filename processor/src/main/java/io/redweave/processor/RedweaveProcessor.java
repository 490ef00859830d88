package io.redweave.processor;

import io.redweave.internal.processor.check.Checks;
import io.redweave.internal.processor.check.Diagnostics;
import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.SiteCollector;
import io.redweave.internal.processor.model.SourceLocator;
import io.redweave.internal.processor.report.ReportOutput;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Checks the Redweave annotations at compile time and writes the cache-key report.
 *
 * <p>Registered as a service, so putting {@code redweave-processor} on the annotation processor path
 * (or the class path) is enough. Each round's methods are checked as they arrive; the checks that
 * compare methods with each other, and the report, wait for the last round. Errors land on the
 * offending annotation value; warnings can be silenced with {@code @SuppressWarnings("redweave")} on
 * the method or its class.
 *
 * <p>Options: {@value #REPORT_DIR_OPTION} sets the directory of the Markdown and HTML reports
 * (default: {@code redweave} beside the class output, such as {@code target/redweave}). The JSON
 * report is always written to {@code META-INF/redweave/cache-keys.json} in the class output.
 *
 * <p>The processor claims the Redweave annotations: they are its own, and an unclaimed annotation is
 * a warning under {@code -Xlint:processing}.
 */
public final class RedweaveProcessor extends AbstractProcessor {

    /** The option naming the directory of {@code cache-keys.md} and {@code cache-keys.html}. */
    public static final String REPORT_DIR_OPTION = ReportOutput.REPORT_DIR_OPTION;

    private final Set<String> annotatedTypes = new TreeSet<>();
    private SiteCollector collector;
    private Diagnostics diagnostics;
    private Checks checks;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        SourceLocator locator = SourceLocator.create(env);
        collector = new SiteCollector(env.getElementUtils(), locator);
        diagnostics = new Diagnostics(env.getMessager(), locator);
        checks = new Checks(env.getElementUtils(), env.getTypeUtils(), diagnostics);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return SiteCollector.annotationNames();
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(REPORT_DIR_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (AnnotatedMethod method : collector.collect(round)) {
            checks.checkMethod(method);
            annotatedTypes.add(((TypeElement) method.element().getEnclosingElement())
                    .getQualifiedName()
                    .toString());
        }
        if (round.processingOver()) {
            List<AnnotatedMethod> methods = collector.reread(annotatedTypes);
            checks.checkCompilation(methods);
            if (!methods.isEmpty() && !diagnostics.hasErrors() && !round.errorRaised()) {
                new ReportOutput(processingEnv).write(methods, diagnostics.warnings());
            }
        }
        return true;
    }
}
