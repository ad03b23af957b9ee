package io.github.thidua.rules.authoring;

import io.github.thidua.rules.Engine;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Test packs on the test classpath, and engines shared by the tests of one JVM (compiling is the slow part). */
final class Packs {
    private static Engine provincial;
    private static Engine bundled;

    private Packs() {
    }

    /** A directory under {@code src/test/resources} (as copied to the test classes). */
    static Path resource(String name) {
        try {
            return Path.of(Packs.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    static Path pack(String name) {
        return resource("packs/" + name);
    }

    /** The provincial example pack (extends the national pack), compiled once. */
    static synchronized Engine provincial() {
        if (provincial == null) {
            provincial = Engine.builder().rulePack(pack("provincial-example")).build();
        }
        return provincial;
    }

    /** The bundled national pack (pre-compiled). */
    static synchronized Engine bundled() {
        if (bundled == null) {
            bundled = Engine.builder().build();
        }
        return bundled;
    }
}
