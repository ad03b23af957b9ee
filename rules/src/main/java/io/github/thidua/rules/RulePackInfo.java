package io.github.thidua.rules;

/**
 * Name, version and content of the rule pack that produced a result.
 *
 * @param name        the pack's name (pack.json)
 * @param version     the version its author gave (pack.json); two contents may carry the same version
 * @param contentHash {@code sha256:} and the hex SHA-256 of every DRL file the engine compiled (paths and text, in
 *                    pack order, the bundled files a pack extends included), so a result names exactly the rules it
 *                    ran; null only for an info built by hand without content ({@link #RulePackInfo(String, String)})
 */
public record RulePackInfo(String name, String version, String contentHash) {
    /** An info without a content hash (a {@link RulePack} built from it computes the hash of its sources). */
    public RulePackInfo(String name, String version) {
        this(name, version, null);
    }

    /** This info with the hash of {@code content}. */
    RulePackInfo withContentHash(String hash) {
        return new RulePackInfo(name, version, hash);
    }

    @Override
    public String toString() {
        return name + " " + version;
    }
}
