package io.github.thidua.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule pack a host passes to {@code Engine.builder().rulePack(...)}: its identity and DRL sources, compiled at
 * runtime. {@link #bundled()} is the national pack shipped in this jar (whose pre-compiled form
 * {@code Engine.builder().build()} uses); a pack directory on disk is loaded, checked and merged with the bundled
 * pack by {@code Engine.builder().rulePack(Path)}.
 */
public record RulePack(RulePackInfo info, List<DrlSource> sources) {
    /** Classpath folder of the bundled pack. */
    public static final String BUNDLED_ROOT = "io/github/thidua/rules/";

    public RulePack {
        sources = List.copyOf(sources);
    }

    /** The national rule pack shipped in this jar. */
    public static RulePack bundled() {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = resource(BUNDLED_ROOT + "pack.json")) {
            JsonNode root = mapper.readTree(in);
            List<DrlSource> sources = new ArrayList<>();
            for (JsonNode f : root.get("files")) {
                try (InputStream drl = resource(BUNDLED_ROOT + f.asText())) {
                    sources.add(new DrlSource(f.asText(), new String(drl.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return new RulePack(new RulePackInfo(root.get("name").asText(), root.get("version").asText()), sources);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled rule pack: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = RulePack.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name);
        }
        return in;
    }
}
