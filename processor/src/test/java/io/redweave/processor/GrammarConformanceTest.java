package io.redweave.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redweave.processor.Compilations.compile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.redweave.internal.grammar.conformance.Conformance;
import java.util.List;
import java.util.function.Predicate;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The grammar's conformance table through compiled annotations: every accepted duration and
 * template compiles and every refused one fails the build with the table's message, the caret on
 * its line. The runtime's tests run the same table through the runtime's parse.
 */
class GrammarConformanceTest {

    private static final JavaFileObject CUSTOMER = JavaFileObjects.forSourceString(
            "shop.Customer", "package shop;\n\npublic record Customer(String id, String name) {}\n");
    private static final JavaFileObject ORDER = JavaFileObjects.forSourceString(
            "shop.Order", "package shop;\n\npublic record Order(long id, Customer customer) {}\n");
    private static final int FIRST_LINE = 7;

    @Test
    void durations_acceptedForms_compileAndTheReportHoldsTheirLength() {
        List<Conformance.Case> rows = rows(Conformance.durations(), Conformance.Case::accepted);
        Compilation compilation = compile(durations(rows));

        assertThat(compilation.errors()).isEmpty();
        JsonNode caches = JsonFields.parse(Compilations.jsonReport(compilation)).path("caches");
        for (int i = 0; i < rows.size(); i++) {
            Conformance.Case row = rows.get(i);
            JsonNode read =
                    JsonFields.find(caches, "name", "d" + i).path("reads").get(0);
            JsonNode length = row.expected().equals("0") ? read.path("jitter") : read.path("ttl");
            String value = length.has("millis")
                    ? length.path("millis").asText()
                    : length.path("text").asText();
            assertThat(value).as("%s", row).isEqualTo(row.expected());
        }
    }

    @Test
    void durations_rejectedForms_failOnTheirLineWithTheTablesMessage() {
        List<Conformance.Case> rows = rows(Conformance.durations(), row -> !row.accepted());
        JavaFileObject src = durations(rows);
        Compilation compilation = compile(src);

        for (int i = 0; i < rows.size(); i++) {
            Conformance.Case row = rows.get(i);
            assertThat(compilation)
                    .hadErrorContaining(String.format(
                            "@Cached ttl \"%s\" on Durations.d%d(long) %s", row.text(), i, row.expected()))
                    .inFile(src)
                    .onLine(FIRST_LINE + 2 * i);
        }
        assertThat(compilation.errors()).hasSize(rows.size());
    }

    @Test
    void templates_acceptedForms_compileWithoutError() {
        List<Conformance.Case> rows = rows(Conformance.templates(), Conformance.Case::accepted);
        Compilation compilation = compile(templates(rows), CUSTOMER, ORDER);

        assertThat(compilation.errors()).isEmpty();
    }

    @Test
    void templates_rejectedForms_failOnTheirLineWithTheTablesMessage() {
        List<Conformance.Case> rows = rows(Conformance.templates(), row -> !row.accepted());
        JavaFileObject src = templates(rows);
        Compilation compilation = compile(src, CUSTOMER, ORDER);

        for (int i = 0; i < rows.size(); i++) {
            Conformance.Case row = rows.get(i);
            assertThat(compilation)
                    .hadErrorContaining(String.format(
                            "@CachePut key \"%s\" on Templates.t%d(long, String, Order) is not a valid"
                                    + " template: %s",
                            row.text(), i, row.expected()))
                    .inFile(src)
                    .onLine(FIRST_LINE + 2 * i);
        }
        assertThat(compilation.errors().stream().map(Diagnostic::getKind)).hasSize(rows.size());
    }

    private static List<Conformance.Case> rows(List<Conformance.Case> all, Predicate<Conformance.Case> which) {
        return all.stream().filter(which).toList();
    }

    /** One method per row, its annotation on line {@code FIRST_LINE + 2i}; a zero length goes to jitter. */
    private static JavaFileObject durations(List<Conformance.Case> rows) {
        StringBuilder body = new StringBuilder("public class Durations {\n");
        for (int i = 0; i < rows.size(); i++) {
            String attribute = rows.get(i).expected().equals("0") ? "jitter" : "ttl";
            body.append(String.format(
                    "    @Cached(name = \"d%d\", key = \"{id}\", %s = \"%s\")%n    public String d%d(long id) { return \"\"; }%n",
                    i, attribute, rows.get(i).text(), i));
        }
        return Compilations.source("Durations", body.append("}\n").toString());
    }

    private static JavaFileObject templates(List<Conformance.Case> rows) {
        StringBuilder body = new StringBuilder("public class Templates {\n");
        for (int i = 0; i < rows.size(); i++) {
            body.append(String.format(
                    "    @CachePut(name = \"t%d\", key = \"%s\")%n    public Order t%d(long id, String name, Order order) {"
                            + " return order; }%n",
                    i, rows.get(i).text(), i));
        }
        return Compilations.source("Templates", body.append("}\n").toString());
    }
}
