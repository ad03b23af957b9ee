package io.github.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.thidua.core.law.Certainty;
import io.github.thidua.core.law.Citation;
import io.github.thidua.core.law.LegalCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the bundled pack cites the legal catalogue by id (never prose naming research files or uncertainty
 * notes), and every rule marked {@code assumption} names, with {@code @assumption}, an anchor of
 * docs/legal-notes.md that exists.
 */
class RuleCitationsTest {
    private static final Pattern RULE = Pattern.compile(
            "@ruleId\\(\"([^\"]+)\"\\)(.*?)\\n\\s*(?:ruleflow-group|when)", Pattern.DOTALL);
    private static final Pattern ANCHOR = Pattern.compile("@assumption\\(\"([^\"]+)\"\\)");

    @Test
    void everyBundledRuleCitesCatalogueIdsAndNamesAnExistingAssumptionAnchor() throws IOException {
        String notes = Files.readString(Path.of("../docs/legal-notes.md"));
        Map<String, String> anchors = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/io/github/thidua/rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = RULE.matcher(Files.readString(f));
                while (m.find()) {
                    Matcher a = ANCHOR.matcher(m.group(2));
                    anchors.put(m.group(1), a.find() ? a.group(1) : null);
                }
            }
        }
        LegalCatalogue catalogue = LegalCatalogue.standard();
        List<String> problems = new ArrayList<>();
        List<RuleInfo> rules = TestEngine.get().rules();
        for (RuleInfo r : rules) {
            if (!Citation.isIdList(r.legalBasis())) {
                problems.add(r.ruleId() + ": @legalBasis is not a list of catalogue ids: " + r.legalBasis());
            } else {
                Citation.parseList(r.legalBasis()).stream().filter(c -> !catalogue.contains(c.document()))
                        .forEach(c -> problems.add(r.ruleId() + ": cites " + c.id() + ", not in the catalogue"));
            }
            String anchor = anchors.get(r.ruleId());
            if (anchor != null && !notes.contains("id=\"" + anchor + "\"")) {
                problems.add(r.ruleId() + ": @assumption(\"" + anchor + "\") is not an anchor of docs/legal-notes.md");
            }
            if (anchor == null && r.certainty() == Certainty.ASSUMPTION) {
                problems.add(r.ruleId() + ": marked assumption without @assumption(\"anchor\")");
            }
        }
        assertThat(rules).hasSizeGreaterThan(150);
        assertThat(anchors).hasSizeGreaterThanOrEqualTo(rules.size());
        assertThat(problems).isEmpty();
    }
}
