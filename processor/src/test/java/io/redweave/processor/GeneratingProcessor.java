package io.redweave.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** Generates one source file in the first round, so that a second round sees annotated methods. */
final class GeneratingProcessor extends AbstractProcessor {

    private final String className;
    private final String source;
    private boolean generated;

    GeneratingProcessor(String className, String source) {
        this.className = className;
        this.source = source;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!generated) {
            generated = true;
            try (Writer out =
                    processingEnv.getFiler().createSourceFile(className).openWriter()) {
                out.write(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }
}
