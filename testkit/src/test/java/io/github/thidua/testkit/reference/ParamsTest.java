package io.github.thidua.testkit.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reference evaluator reads every profile parameter the bundled DRL reads (so a profile change moves both). */
class ParamsTest {
    private static final Pattern PARAMETER = Pattern.compile("\"((?:bloc|province|rotation|advancedLabourCollective"
            + "|excellentLabourCollective|provincialCertificate|primeMinisterCertificate|certificateOfCommendation"
            + "|governmentFlag|provincialFlag|ranking)\\.[A-Za-z]+)\"");

    @Test
    void everyParameterTheBundledRulesReadIsReadByTheReference() throws IOException, URISyntaxException {
        URI pack = getClass().getClassLoader().getResource("io/github/thidua/rules/pack.json").toURI();
        Set<String> named = new TreeSet<>();
        if ("jar".equals(pack.getScheme())) {
            try (FileSystem fs = FileSystems.newFileSystem(pack, Map.of())) {
                collect(fs.provider().getPath(pack).getParent(), named);
            }
        } else {
            collect(Path.of(pack).getParent(), named);
        }
        assertThat(named).as("parameters named by the bundled DRL").isNotEmpty();
        named.removeIf(n -> n.startsWith("ranking."));     // read by the shared Ranker, not by rules
        assertThat(Params.READ).containsAll(named);
    }

    private static void collect(Path dir, Set<String> out) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = PARAMETER.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
    }
}
