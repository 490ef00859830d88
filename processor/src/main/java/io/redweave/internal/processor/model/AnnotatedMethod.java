package io.redweave.internal.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/** A method with its Redweave annotations, in declaration order, and where it is declared. */
public record AnnotatedMethod(ExecutableElement element, List<Site> sites, SourceLocation location) {

    public AnnotatedMethod {
        sites = List.copyOf(sites);
    }

    public List<Site> sites(SiteKind kind) {
        return sites.stream().filter(s -> s.kind() == kind).toList();
    }

    public Optional<Site> site(SiteKind kind) {
        return sites(kind).stream().findFirst();
    }

    /** {@code com.shop.OrderService.find(long)}: unique and stable, so it orders the report. */
    public String qualifiedName() {
        return Signatures.qualified(element);
    }

    /** {@code OrderService.find(long)}: how messages and the human report name the method. */
    public String displayName() {
        return Signatures.display(element);
    }
}
