package io.github.thidua.rules.pack;

import io.github.thidua.rules.RulePack;
import io.github.thidua.rules.RulePackInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The identity of the bundled pack (name, version, content hash) computed when the jar is built, so that an engine
 * of the pre-compiled pack need not read and hash every DRL file at start (a cold start's tens of milliseconds).
 * rules/pom.xml runs {@link #main} after the classes are compiled (exec-maven-plugin, {@code process-classes}); it
 * writes {@value #RESOURCE} next to the DRL files it hashed. {@link #get()} reads it, and computes the info from
 * the sources when it is missing (an IDE build that did not run the step).
 */
public final class BundledPackInfo {
    /** Classpath resource of the computed info. */
    public static final String RESOURCE = RulePack.BUNDLED_ROOT + "pack-info.properties";

    private BundledPackInfo() {
    }

    /**
     * Writes {@value #RESOURCE} under a class output directory, from the bundled pack on the classpath.
     *
     * @param args the class output directory ({@code target/classes})
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledPackInfo CLASS_OUTPUT_DIRECTORY");
        }
        RulePackInfo info = RulePack.bundled().info();
        Path file = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(file.getParent());
        // Written by hand, not by Properties.store: no date comment, so the same pack gives the same file.
        String text = "# The bundled pack's identity, computed at build time (rules.pack.BundledPackInfo).\n"
                + "name=" + info.name() + "\nversion=" + info.version() + "\ncontentHash=" + info.contentHash() + "\n";
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** The bundled pack's info: as {@link #main} wrote it, or computed from the sources if it did not. */
    public static RulePackInfo get() {
        RulePackInfo info = read();
        return info != null ? info : RulePack.bundled().info();
    }

    /** The info {@link #main} wrote, or null if the resource is missing or incomplete. */
    static RulePackInfo read() {
        try (InputStream in = BundledPackInfo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            String name = p.getProperty("name");
            String version = p.getProperty("version");
            String hash = p.getProperty("contentHash");
            return name == null || version == null || hash == null ? null : new RulePackInfo(name, version, hash);
        } catch (IOException e) {
            return null;
        }
    }
}
