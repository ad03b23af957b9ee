package io.github.thidua.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled pack is pre-compiled class-reactive ({@code drools.propertySpecific=ALLOWED} in kmodule.xml): a pattern
 * is re-evaluated when its fact changes at all, not only when a property it reads changes. That is the same thing as
 * long as no rule modifies a fact, which this test guards: a rule that starts to {@code modify} or {@code update} a
 * fact must first decide whether the bundled pack goes back to property reactivity.
 */
class ClassReactivePackTest {
    private static final Path PACK = Path.of("src/main/resources/io/github/thidua/rules");
    private static final Pattern CHANGES_A_FACT = Pattern.compile("\\b(modify|update)\\s*\\(");

    @Test
    void kmoduleBuildsTheBundledPackClassReactive() throws IOException {
        String kmodule = Files.readString(Path.of("src/main/resources/META-INF/kmodule.xml"));
        assertThat(kmodule).contains("<property key=\"drools.propertySpecific\" value=\"ALLOWED\"/>");
    }

    @Test
    void noBundledRuleModifiesAFact() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> drl = Files.walk(PACK)) {
            for (Path f : drl.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                files++;
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String code = lines.get(i).replaceAll("//.*", "");
                    Matcher m = CHANGES_A_FACT.matcher(code);
                    if (m.find()) {
                        found.add(PACK.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(files).as("bundled DRL files").isGreaterThan(20);
        assertThat(found).as("rules that modify or update a fact").isEmpty();
    }
}
