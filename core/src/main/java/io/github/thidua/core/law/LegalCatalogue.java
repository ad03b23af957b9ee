package io.github.thidua.core.law;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of legal documents thidua cites, read from the bundled resource
 * {@code io/github/thidua/core/law/legal-sources.json}: for each document its id, number, kind, issuer, titles,
 * the dates it was signed and in force (each with its certainty), what replaced it, and the legal periods whose
 * rules may cite it. Rules cite it by {@link Citation} ids; an id not in the catalogue is an error. Immutable.
 */
public final class LegalCatalogue {
    /** Classpath location of the bundled catalogue. */
    public static final String RESOURCE = "/io/github/thidua/core/law/legal-sources.json";

    private static final Set<String> PERIOD_CODES = Set.of("2017", "2024", "2026");
    private static volatile LegalCatalogue standard;

    private final Map<String, LegalDocument> documents;

    private LegalCatalogue(Map<String, LegalDocument> documents) {
        this.documents = Collections.unmodifiableMap(documents);
    }

    /** The bundled catalogue (read once). */
    public static LegalCatalogue standard() {
        LegalCatalogue c = standard;
        if (c == null) {
            synchronized (LegalCatalogue.class) {
                c = standard;
                if (c == null) {
                    try (InputStream in = LegalCatalogue.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("legal catalogue resource missing: " + RESOURCE);
                        }
                        c = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    standard = c;
                }
            }
        }
        return c;
    }

    /** A catalogue of the given documents; ids must be unique and every {@code replacedBy} must be among them. */
    public static LegalCatalogue of(Collection<LegalDocument> docs) {
        Map<String, LegalDocument> map = new LinkedHashMap<>();
        for (LegalDocument d : docs) {
            if (map.put(d.id(), d) != null) {
                throw new IllegalArgumentException("duplicate document id " + d.id());
            }
            for (String p : d.periods()) {
                if (!PERIOD_CODES.contains(p)) {
                    throw new IllegalArgumentException(d.id() + ": unknown period '" + p + "', expected one of "
                            + PERIOD_CODES);
                }
            }
        }
        for (LegalDocument d : map.values()) {
            if (d.replacedBy() != null && !map.containsKey(d.replacedBy())) {
                throw new IllegalArgumentException(d.id() + ": replacedBy names unknown document " + d.replacedBy());
            }
        }
        return new LegalCatalogue(map);
    }

    /** Reads a catalogue in the bundled resource's format. */
    public static LegalCatalogue read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        List<LegalDocument> docs = new ArrayList<>();
        for (JsonNode n : root.path("documents")) {
            String id = text(n, "id");
            try {
                List<String> periods = new ArrayList<>();
                n.path("periods").forEach(p -> periods.add(p.asText()));
                docs.add(new LegalDocument(id, text(n, "number"), DocumentKind.valueOf(text(n, "kind")),
                        Certainty.parse(text(n, "certainty")),
                        text(n.path("issuer"), "vi"), text(n.path("issuer"), "en"),
                        text(n.path("title"), "vi"), text(n.path("title"), "en"),
                        text(n.path("short"), "vi"), text(n.path("short"), "en"),
                        date(n, "signed"), date(n, "inForceFrom"), date(n, "inForceUntil"),
                        text(n, "replacedBy"), text(n, "province"), periods, n.path("governs").asBoolean(true)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("legal catalogue, document " + id + ": " + e.getMessage(), e);
            }
        }
        return of(docs);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LegalDate date(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return new LegalDate(LocalDate.parse(v.path("date").asText()), Certainty.parse(v.path("certainty").asText()));
    }

    /** Every document, in catalogue order. */
    public Collection<LegalDocument> documents() {
        return documents.values();
    }

    public boolean contains(String id) {
        return documents.containsKey(id);
    }

    public Optional<LegalDocument> find(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /** The document with {@code id}; an unknown id is an {@link IllegalArgumentException} naming it. */
    public LegalDocument get(String id) {
        LegalDocument d = documents.get(id);
        if (d == null) {
            throw new IllegalArgumentException("unknown legal document id '" + id + "' (not in the legal catalogue; known: "
                    + String.join(", ", documents.keySet()) + ")");
        }
        return d;
    }

    /** The document a citation cites. */
    public LegalDocument document(Citation c) {
        return get(c.document());
    }

    /**
     * Checks a rule's legal basis written as citation ids: returns one message per entry that is not a citation
     * id or names a document not in the catalogue (empty when all are known).
     */
    public List<String> problems(String legalBasis) {
        List<String> out = new ArrayList<>();
        if (legalBasis == null || legalBasis.isBlank()) {
            out.add("empty legal basis: cite catalogue ids such as LAW_2022:26.1");
            return out;
        }
        for (String part : legalBasis.split("[;,]")) {
            if (part.isBlank()) {
                continue;
            }
            if (!Citation.isId(part)) {
                out.add("'" + part.trim() + "' is not a citation id: expected DOC[:article[.clause[.point]]], e.g. LAW_2022:25.1.a");
            } else if (!contains(Citation.parse(part).document())) {
                out.add("unknown legal document id '" + Citation.parse(part).document() + "' in '" + part.trim()
                        + "' (known: " + String.join(", ", documents.keySet()) + ")");
            }
        }
        return out;
    }
}
