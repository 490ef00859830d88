package io.redweave.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation quotes the example projects whole, and CI builds and runs those projects, so a
 * snippet must stay byte for byte what the example holds. A quote is a fenced block right after a
 * marker line naming the file: {@code <!-- examples/plain-java/pom.xml -->}.
 */
class DocSnippetsTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("examples.sources"));
    private static final Path ROOT = EXAMPLES.getParent();
    private static final Pattern QUOTE =
            Pattern.compile("<!-- (examples/\\S+) -->\\n```[a-z]*\\n(.*?)```\\n", Pattern.DOTALL);

    record Quote(Path doc, String file, String text) {}

    @Test
    void docs_everyQuotedExampleFile_matchesTheFile() throws IOException {
        List<Quote> quotes = quotes();
        assertThat(quotes).isNotEmpty();
        for (Quote quote : quotes) {
            Path file = ROOT.resolve(quote.file());
            assertThat(file)
                    .as("%s quotes %s", ROOT.relativize(quote.doc()), quote.file())
                    .isRegularFile();
            assertThat(quote.text())
                    .as("%s quotes %s: copy the file into the doc", ROOT.relativize(quote.doc()), quote.file())
                    .isEqualTo(Files.readString(file));
        }
    }

    @Test
    void docs_quoteTheFilesUsersWrite_eachWhereItsSetupIsDescribed() throws IOException {
        assertThat(quotes())
                .extracting(q -> ROOT.relativize(q.doc()) + " " + q.file())
                .contains(
                        "README.md examples/plain-java/pom.xml",
                        "README.md examples/plain-java/src/main/java/com/example/App.java",
                        "docs/getting-started.md examples/ltw/src/main/resources/META-INF/aop.xml",
                        "docs/spring.md examples/spring/pom.xml",
                        "docs/spring.md examples/spring/src/main/resources/application.properties",
                        "docs/spring.md examples/spring/src/main/java/com/example/shop/ShopConfig.java");
    }

    /** getting-started.md says so: the README's project, without the two build-time weaving plugins. */
    @Test
    void ltwExample_isTheQuickStartWithoutBuildTimeWeaving() throws IOException {
        String quickStart = Files.readString(EXAMPLES.resolve("plain-java/pom.xml"));
        String expected = PomEdits.withoutPlugin(
                        PomEdits.withoutPlugin(quickStart, "aspectj-maven-plugin"), "maven-clean-plugin")
                .replace("<artifactId>greeter</artifactId>", "<artifactId>greeter-ltw</artifactId>");

        assertThat(Files.readString(EXAMPLES.resolve("ltw/pom.xml"))).isEqualTo(expected);
        assertThat(Files.readString(EXAMPLES.resolve("ltw/src/main/java/com/example/App.java")))
                .isEqualTo(Files.readString(EXAMPLES.resolve("plain-java/src/main/java/com/example/App.java")));
    }

    private static List<Quote> quotes() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<Quote> quotes = new ArrayList<>();
        for (Path doc : docs) {
            Matcher m = QUOTE.matcher(Files.readString(doc));
            while (m.find()) {
                quotes.add(new Quote(doc, m.group(1), m.group(2)));
            }
        }
        return quotes;
    }
}
