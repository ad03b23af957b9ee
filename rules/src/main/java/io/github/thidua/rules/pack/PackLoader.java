package io.github.thidua.rules.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.rules.DrlSource;
import io.github.thidua.rules.RulePack;
import io.github.thidua.rules.RulePackException;
import io.github.thidua.rules.RulePackInfo;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Reads an external rule pack: a directory of {@code .drl} files (at any depth) and a {@code pack.json}
 * ({@code name}, {@code version}, {@code extends}: {@code "thidua-national"} or null, optional {@code description},
 * {@code files} and {@code overrides}, the conditions the pack lawfully changes, which the engine ignores and the
 * testkit's reference evaluator reads).
 *
 * <p>A pack that extends the bundled national pack overrides its rules by {@code @ruleId}: a rule of the pack
 * whose id is also a bundled rule's id replaces that rule (the bundled rule's text is cut out of its file), and
 * rules with new ids are added. The bundled files keep their paths under {@code thidua-national/}.
 *
 * <p>{@link #load(Path)} is what {@code Engine.builder().rulePack(Path)} runs: it reads the pack, parses every
 * file, runs the {@link Sandbox} (external DRL is code) and merges the pack with the bundled one; any problem
 * refuses the pack with a {@link RulePackException} before anything is compiled.
 */
public final class PackLoader {
    /** The manifest file name. */
    public static final String MANIFEST = "pack.json";
    /** The name of the bundled pack that external packs may extend. */
    public static final String NATIONAL = "thidua-national";
    /** Folder under which the bundled files appear in a merged pack. */
    public static final String BUNDLED_PREFIX = NATIONAL + "/";
    /** Largest DRL file read. */
    public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
    /** Most DRL files in one pack. */
    public static final int MAX_FILES = 2_000;

    private static final Set<String> MANIFEST_FIELDS = Set.of("name", "version", "extends", "description", "files",
            "overrides");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PackLoader() {
    }

    /** The manifest of a pack. */
    public record Manifest(String name, String version, String extendsName, String description, List<String> files) {
        public RulePackInfo info() {
            return new RulePackInfo(name, version);
        }

        public boolean extendsNational() {
            return NATIONAL.equals(extendsName);
        }
    }

    /**
     * What was read from a pack directory: the manifest (null if unusable), the pack's own DRL files (paths relative
     * to the directory, with {@code /}), and the problems of the pack's structure.
     */
    public record PackFiles(Path dir, Manifest manifest, List<DrlSource> sources, List<Problem> problems) {
        public PackFiles {
            sources = List.copyOf(sources);
            problems = List.copyOf(problems);
        }
    }

    /**
     * A pack merged with what it extends: the rule pack to compile, every file parsed (the bundled ones first,
     * with overridden rules removed), and the ids of the bundled rules the pack overrides.
     */
    public record Merged(RulePack pack, List<ParsedDrl> parsed, Set<String> overridden) {
        public Merged {
            parsed = List.copyOf(parsed);
            overridden = Set.copyOf(overridden);
        }
    }

    /**
     * Reads the manifest and the DRL files of a pack; never throws for a bad pack (see {@link PackFiles#problems()}).
     *
     * <p>A symbolic link to the pack directory is resolved once, first, so the usual deployment by switching a link
     * between two complete versions reads one version. The files are read until two reads in a row give the same
     * content (at most a few times), so a pack being copied file by file is not taken half-written.
     */
    public static PackFiles read(Path dir) {
        Objects.requireNonNull(dir, "dir");
        PackFiles first = readOnce(resolved(dir));
        for (int attempt = 0; attempt < 4; attempt++) {
            PackFiles again = readOnce(resolved(dir));
            if (again.sources().equals(first.sources()) && again.problems().equals(first.problems())
                    && java.util.Objects.equals(again.manifest(), first.manifest())) {
                return again;
            }
            first = again;
            try {
                Thread.sleep(50L << attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return first;
    }

    private static Path resolved(Path dir) {
        try {
            return Files.isSymbolicLink(dir) ? dir.toRealPath() : dir;
        } catch (IOException e) {
            return dir;
        }
    }

    private static PackFiles readOnce(Path dir) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.error(dir.toString(), 0, 0, "PACK", "not a directory: a rule pack is a directory with "
                    + MANIFEST + " and .drl files", null));
            return new PackFiles(dir, null, List.of(), problems);
        }
        Manifest manifest = readManifest(dir, problems);
        List<String> paths = new ArrayList<>();
        if (manifest != null && manifest.files() != null) {
            for (String f : manifest.files()) {
                Path p = dir.resolve(f).normalize();
                if (!p.startsWith(dir.normalize()) || Path.of(f).isAbsolute()) {
                    problems.add(Problem.error(MANIFEST, 0, 0, "PACK", "files: \"" + f + "\" is outside the pack directory", null));
                } else if (!f.endsWith(".drl")) {
                    problems.add(Problem.error(MANIFEST, 0, 0, "PACK", "files: \"" + f + "\" is not a .drl file", null));
                } else {
                    paths.add(f.replace('\\', '/'));
                }
            }
        } else {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".drl"))
                        .filter(p -> !hidden(dir.relativize(p)))
                        .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                        .sorted(Comparator.naturalOrder())
                        .forEach(paths::add);
            } catch (IOException | RuntimeException e) {
                problems.add(Problem.error(".", 0, 0, "PACK", "cannot list the pack directory: " + e.getMessage(), null));
            }
        }
        if (paths.size() > MAX_FILES) {
            problems.add(Problem.error(".", 0, 0, "PACK", "too many .drl files (" + paths.size() + "; at most " + MAX_FILES + ")", null));
            paths = paths.subList(0, MAX_FILES);
        }
        List<DrlSource> sources = new ArrayList<>();
        for (String rel : paths) {
            Path file = dir.resolve(rel);
            if (rel.startsWith(BUNDLED_PREFIX)) {
                problems.add(Problem.error(rel, 0, 0, "PACK", "the folder " + BUNDLED_PREFIX + " is reserved for the bundled pack's files", null));
                continue;
            }
            if (Files.isSymbolicLink(file)) {
                problems.add(Problem.error(rel, 0, 0, "PACK", "symbolic links are not followed; copy the file into the pack", null));
                continue;
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.error(rel, 0, 0, "PACK", "file not found", null));
                continue;
            }
            try {
                long size = Files.size(file);
                if (size > MAX_FILE_BYTES) {
                    problems.add(Problem.error(rel, 0, 0, "PACK", "file too large (" + size + " bytes; at most " + MAX_FILE_BYTES + ")", null));
                    continue;
                }
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                sources.add(new DrlSource(rel, text));
            } catch (CharacterCodingException e) {
                problems.add(Problem.error(rel, 0, 0, "PACK", "not UTF-8 text", null));
            } catch (IOException e) {
                problems.add(Problem.error(rel, 0, 0, "PACK", "cannot read: " + e.getMessage(), null));
            }
        }
        if (sources.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error(".", 0, 0, "PACK", "the pack has no .drl files", null));
        }
        return new PackFiles(dir, manifest, sources, problems);
    }

    private static boolean hidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Manifest readManifest(Path dir, List<Problem> problems) {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.error(MANIFEST, 0, 0, "PACK_JSON", "missing: a pack needs a " + MANIFEST
                    + " with \"name\", \"version\" and \"extends\" (\"" + NATIONAL + "\" or null)", null));
            return null;
        }
        JsonNode root;
        try {
            if (Files.size(file) > 1024 * 1024) {
                problems.add(Problem.error(MANIFEST, 0, 0, "PACK_JSON", "file too large", null));
                return null;
            }
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            problems.add(Problem.error(MANIFEST, line, col, "PACK_JSON", "malformed JSON: " + e.getOriginalMessage(), null));
            return null;
        } catch (IOException e) {
            problems.add(Problem.error(MANIFEST, 0, 0, "PACK_JSON", "cannot read: " + e.getMessage(), null));
            return null;
        }
        if (root == null || !root.isObject()) {
            problems.add(Problem.error(MANIFEST, 0, 0, "PACK_JSON", "must be a JSON object", null));
            return null;
        }
        int before = problems.size();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!MANIFEST_FIELDS.contains(f)) {
                problems.add(Problem.error(MANIFEST, 0, 0, "PACK_JSON", "$." + f + ": unknown field (expected " + MANIFEST_FIELDS.stream().sorted().toList() + ")", null));
            }
        }
        String name = text(root, "name", true, problems);
        String version = text(root, "version", true, problems);
        String ext = text(root, "extends", false, problems);
        String description = text(root, "description", false, problems);
        if (ext != null && !NATIONAL.equals(ext)) {
            problems.add(Problem.error(MANIFEST, 0, 0, "PACK_JSON", "$.extends: unknown pack \"" + ext + "\" (expected \""
                    + NATIONAL + "\" or null)", null));
        }
        if (name != null && NATIONAL.equals(name)) {
            problems.add(Problem.error(MANIFEST, 0, 0, "PACK_JSON", "$.name: \"" + NATIONAL + "\" is the bundled pack's name; give the pack its own", null));
        }
        List<String> files = null;
        JsonNode fs = root.get("files");
        if (fs != null && !fs.isNull()) {
            if (!fs.isArray()) {
                problems.add(Problem.error(MANIFEST, 0, 0, "PACK_JSON", "$.files: must be an array of paths", null));
            } else {
                files = new ArrayList<>();
                for (JsonNode f : fs) {
                    if (f.isTextual()) {
                        files.add(f.asText());
                    } else {
                        problems.add(Problem.error(MANIFEST, 0, 0, "PACK_JSON", "$.files: must be an array of paths", null));
                    }
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Manifest(name, version, ext, description, files);
    }

    private static String text(JsonNode root, String field, boolean required, List<Problem> problems) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                problems.add(Problem.error(MANIFEST, 0, 0, "PACK_JSON", "$." + field + ": missing", null));
            }
            return null;
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            problems.add(Problem.error(MANIFEST, 0, 0, "PACK_JSON", "$." + field + ": must be a non-empty string", null));
            return null;
        }
        return n.asText();
    }

    /**
     * Merges a pack's parsed files with what it extends. For a pack that extends the bundled pack, the bundled
     * rules whose {@code @ruleId} the pack also defines are removed from the bundled files (their text is
     * blanked, so lines keep their numbers) and the pack's files are added.
     */
    public static Merged merge(Manifest manifest, List<ParsedDrl> own) {
        List<ParsedDrl> parsed = new ArrayList<>();
        List<DrlSource> sources = new ArrayList<>();
        Set<String> overridden = new HashSet<>();
        if (manifest.extendsNational()) {
            Set<String> ownIds = new HashSet<>();
            for (ParsedDrl p : own) {
                for (RuleDescr r : p.rules()) {
                    String id = ParsedDrl.ruleId(r);
                    if (id != null) {
                        ownIds.add(id);
                    }
                }
            }
            for (ParsedDrl b : BundledParsed.get()) {
                Set<String> remove = new HashSet<>();
                for (RuleDescr r : b.rules()) {
                    String id = ParsedDrl.ruleId(r);
                    if (id != null && ownIds.contains(id)) {
                        remove.add(id);
                    }
                }
                overridden.addAll(remove);
                DrlSource src = remove.isEmpty() ? b.source() : RuleText.removeRules(b.source(), b.descr(), remove);
                DrlSource renamed = new DrlSource(BUNDLED_PREFIX + src.path(), src.text());
                sources.add(renamed);
                parsed.add(remove.isEmpty() ? new ParsedDrl(renamed, b.descr(), List.of()) : ParsedDrl.parse(renamed));
            }
        }
        for (ParsedDrl p : own) {
            sources.add(p.source());
            parsed.add(p);
        }
        return new Merged(new RulePack(manifest.info(), sources), parsed, overridden);
    }

    /**
     * Reads, parses, sandboxes and merges a pack: the rule pack {@code Engine.builder().rulePack(Path)} compiles.
     *
     * @throws RulePackException listing every problem (structure, syntax, sandbox) if there is any error
     */
    public static Merged load(Path dir) {
        PackFiles files = read(dir);
        List<Problem> problems = new ArrayList<>(files.problems());
        List<ParsedDrl> own = ParsedDrl.parseAll(files.sources());
        own.forEach(p -> problems.addAll(p.syntaxErrors()));
        problems.addAll(Sandbox.check(own));
        problems.addAll(ExecModelPrecheck.check(own));
        List<Problem> errors = problems.stream().filter(Problem::isError).sorted(Problem.ORDER).toList();
        String label = files.manifest() == null ? dir.toString() : files.manifest().info() + " (" + dir + ")";
        if (!errors.isEmpty()) {
            throw new RulePackException("rule pack " + label + " is refused",
                    errors);
        }
        return merge(files.manifest(), own);
    }

    /** The bundled pack, parsed once per JVM. */
    static final class BundledParsed {
        private static volatile List<ParsedDrl> parsed;

        private BundledParsed() {
        }

        static List<ParsedDrl> get() {
            List<ParsedDrl> p = parsed;
            if (p == null) {
                synchronized (BundledParsed.class) {
                    p = parsed;
                    if (p == null) {
                        p = ParsedDrl.parseAll(RulePack.bundled().sources());
                        for (ParsedDrl d : p) {
                            if (!d.parsed()) {
                                throw new IllegalStateException("the bundled rule pack does not parse: " + d.syntaxErrors());
                            }
                        }
                        parsed = p;
                    }
                }
            }
            return p;
        }
    }
}
