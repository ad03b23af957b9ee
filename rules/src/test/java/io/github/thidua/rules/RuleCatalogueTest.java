package io.github.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/rules.md lists exactly the rules of the bundled pack, with their certainty: the catalogue cannot drift. */
class RuleCatalogueTest {
    @Test
    void theCatalogueListsEveryRuleWithItsCertainty() throws IOException {
        String doc = Files.readString(Path.of("../docs/rules.md"));
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("^\\| `([A-Z0-9_]+)` \\|.*\\| (confirmed|secondary|assumption) \\|", Pattern.MULTILINE).matcher(doc);
        while (m.find()) {
            documented.add(m.group(1) + ":" + m.group(2));
        }
        Set<String> actual = new TreeSet<>();
        TestEngine.get().rules().forEach(r -> actual.add(r.ruleId() + ":" + r.certainty().code()));
        assertThat(documented).as("docs/rules.md (regenerate it from the DRL)").isEqualTo(actual);
    }
}
