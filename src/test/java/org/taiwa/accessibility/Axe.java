package org.taiwa.accessibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (vendored under src/test/resources/axe, see its README) run in the page that the browser shows, against
 * WCAG 2.0 and 2.1 A and AA. Injected with WebDriver, which the page's content security policy does not govern.
 */
final class Axe {

    private static final String SOURCE = load();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || 'unknown', help: v.help,
                  targets: v.nodes.map(n => n.target.flat().join(' >> '))}))))
              .catch(e => done('axe failed: ' + e));
            """;

    private Axe() {
    }

    /** One rule that the page breaks, with the elements that break it. */
    record Violation(String id, String impact, String help, List<String> targets) {

        boolean serious() {
            return impact.equals("serious") || impact.equals("critical");
        }

        @Override
        public String toString() {
            return impact + " " + id + " (" + help + "): " + String.join(" | ", targets);
        }
    }

    /** Every violation on the current page, whatever its impact. */
    @SuppressWarnings("unchecked")
    static List<Violation> check(ChromeDriver driver) {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object'"))) {
            driver.executeScript(SOURCE);
        }
        Object result = driver.executeAsyncScript(RUN);
        if (!(result instanceof List<?> violations)) {
            throw new IllegalStateException(String.valueOf(result));
        }
        return violations.stream().map(v -> (Map<String, Object>) v)
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (List<String>) v.get("targets")))
                .toList();
    }

    static String describe(List<Violation> violations) {
        return violations.stream().map(Violation::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
