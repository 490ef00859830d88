package io.redweave.internal.processor.check;

import io.redweave.internal.grammar.GrammarException;
import io.redweave.internal.grammar.ParsedTemplate;
import io.redweave.internal.grammar.TemplateParser;
import io.redweave.internal.grammar.TemplatePart.Placeholder;
import io.redweave.internal.processor.model.AnnotatedMethod;
import io.redweave.internal.processor.model.Signatures;
import io.redweave.internal.processor.model.Site;
import io.redweave.internal.processor.model.SiteKind;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Every key template must parse, and every placeholder must resolve: its root to a parameter (by
 * its source name, so no {@code -parameters} flag is needed) or to {@code result} where a result
 * exists, and each property along its path to a getter, record component or accessible field.
 */
final class TemplateRule implements MethodRule {

    private final PropertyResolver properties;

    TemplateRule(PropertyResolver properties) {
        this.properties = properties;
    }

    @Override
    public void check(AnnotatedMethod method, Diagnostics diagnostics) {
        for (Site site : method.sites()) {
            for (String attribute : site.kind().templateAttributes()) {
                check(new Subject(method, site, attribute), diagnostics);
            }
        }
    }

    /** The template being checked, with what every message about it starts with. */
    private record Subject(AnnotatedMethod method, Site site, String attribute) {
        String text() {
            return site.string(attribute);
        }

        void error(Diagnostics diagnostics, Message message, Object... rest) {
            diagnostics.error(site, attribute, message, prefix(rest));
        }

        private Object[] prefix(Object... rest) {
            Object[] all = new Object[4 + rest.length];
            all[0] = site.kind().label();
            all[1] = attribute;
            all[2] = text();
            all[3] = method.displayName();
            System.arraycopy(rest, 0, all, 4, rest.length);
            return all;
        }
    }

    private void check(Subject subject, Diagnostics diagnostics) {
        Site site = subject.site();
        if (subject.text().isEmpty()) {
            if (site.kind() == SiteKind.RANKED) {
                diagnostics.error(
                        site,
                        subject.attribute(),
                        Message.TEMPLATE_EMPTY,
                        site.kind().label(),
                        subject.attribute(),
                        subject.method().displayName());
            }
            return;
        }
        ParsedTemplate template;
        try {
            template = TemplateParser.parse(subject.text());
        } catch (GrammarException e) {
            subject.error(diagnostics, Message.TEMPLATE_SYNTAX, e.getMessage());
            return;
        }
        for (Placeholder placeholder : template.placeholders()) {
            if (!resolve(subject, placeholder, diagnostics)) {
                return;
            }
        }
    }

    private boolean resolve(Subject subject, Placeholder placeholder, Diagnostics diagnostics) {
        Optional<TypeMirror> root = rootType(subject, placeholder, diagnostics);
        if (root.isEmpty()) {
            return false;
        }
        TypeMirror current = root.get();
        String walked = placeholder.root();
        TypeElement from = (TypeElement) subject.method().element().getEnclosingElement();
        for (String property : placeholder.path()) {
            Optional<TypeMirror> next = properties.property(current, property, from);
            if (next.isEmpty()) {
                reportUnknownProperty(subject, placeholder, current, walked, property, diagnostics);
                return false;
            }
            current = next.get();
            walked = walked + "." + property;
        }
        return true;
    }

    private Optional<TypeMirror> rootType(Subject subject, Placeholder placeholder, Diagnostics diagnostics) {
        Site site = subject.site();
        if (placeholder.isResult()) {
            Optional<String> missing = ResultAvailability.missingBecause(site);
            missing.ifPresent(
                    reason -> subject.error(diagnostics, Message.RESULT_UNAVAILABLE, placeholder.expression(), reason));
            return missing.isPresent()
                    ? Optional.empty()
                    : Optional.of(site.method().getReturnType());
        }
        for (VariableElement parameter : site.method().getParameters()) {
            if (parameter.getSimpleName().contentEquals(placeholder.root())) {
                return Optional.of(parameter.asType());
            }
        }
        if (site.method().getParameters().isEmpty()) {
            subject.error(diagnostics, Message.UNKNOWN_PARAMETER_NONE, placeholder.expression());
        } else {
            String names = site.method().getParameters().stream()
                    .map(p -> p.getSimpleName().toString())
                    .collect(Collectors.joining(", "));
            subject.error(diagnostics, Message.UNKNOWN_PARAMETER, placeholder.expression(), placeholder.root(), names);
        }
        return Optional.empty();
    }

    private void reportUnknownProperty(
            Subject subject,
            Placeholder placeholder,
            TypeMirror owner,
            String walked,
            String property,
            Diagnostics diagnostics) {
        TypeElement from = (TypeElement) subject.method().element().getEnclosingElement();
        Set<String> names = properties.names(owner, from);
        String ownerName = Signatures.type(owner, false);
        if (names.isEmpty()) {
            subject.error(diagnostics, Message.UNKNOWN_PROPERTY_NONE, placeholder.expression(), ownerName, walked);
        } else {
            subject.error(
                    diagnostics,
                    Message.UNKNOWN_PROPERTY,
                    placeholder.expression(),
                    ownerName,
                    property,
                    String.join(", ", names));
        }
    }
}
