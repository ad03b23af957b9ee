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

    /** Copies the sources; gives {@code info} the content hash of the sources when it has none. */
    public RulePack {
        sources = List.copyOf(sources);
        String hash = contentHash(sources);
        if (info.contentHash() != null && !info.contentHash().equals(hash)) {
            throw new IllegalArgumentException("the info's content hash is not the hash of these sources");
        }
        info = info.withContentHash(hash);
    }

    /**
     * {@code sha256:} and the hex SHA-256 of the sources: each file's path and text, in order, each length-prefixed
     * (so no two different packs give the same input).
     */
    public static String contentHash(List<DrlSource> sources) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (DrlSource s : sources) {
                for (String part : new String[] {s.path(), s.text()}) {
                    byte[] b = part.getBytes(StandardCharsets.UTF_8);
                    md.update(java.nio.ByteBuffer.allocate(8).putLong(b.length).array());
                    md.update(b);
                }
            }
            return "sha256:" + java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
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
