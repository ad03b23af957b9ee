package io.github.thidua.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.rules.DrlSource;
import io.github.thidua.rules.RulePack;
import io.github.thidua.rules.RulePackInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately broken copy of the bundled rule pack, read from the test classpath
 * ({@code broken-packs/<name>/pack.json} and the DRL files it lists; see testkit/tools/make-broken-packs.py).
 *
 * @param name       the directory name
 * @param defect     what was broken
 * @param defectFile the DRL file holding the defect
 * @param caughtBy   the law expected to catch it
 * @param pack       the rule pack
 */
record BrokenPack(String name, String defect, String defectFile, String caughtBy, RulePack pack) {
    /** The broken packs, one per deliberate defect. */
    static final List<String> NAMES = List.of("certificate-quota-off-by-one", "missing-exclusion", "regime-leak",
            "elc-threshold-69", "missing-citation", "tie-by-insertion-order", "government-flag-for-non-leader",
            "two-awards-one-achievement");

    static BrokenPack load(String name) {
        String dir = "broken-packs/" + name + "/";
        try {
            JsonNode root = new ObjectMapper().readTree(read(dir + "pack.json"));
            List<DrlSource> sources = new ArrayList<>();
            for (JsonNode f : root.get("files")) {
                sources.add(new DrlSource(f.asText(), read(dir + f.asText())));
            }
            RulePack pack = new RulePack(new RulePackInfo(root.get("name").asText(), root.get("version").asText()),
                    sources);
            return new BrokenPack(name, root.get("defect").asText(), root.get("defectFile").asText(),
                    root.get("caughtBy").asText(), pack);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read broken pack " + name, e);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = BrokenPack.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
