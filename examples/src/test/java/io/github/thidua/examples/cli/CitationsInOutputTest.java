package io.github.thidua.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.thidua.core.law.Citation;
import io.github.thidua.core.law.LegalCatalogue;
import io.github.thidua.core.law.LegalDocument;
import io.github.thidua.core.law.LegalPeriod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every bundled scenario prints, in Vietnamese and English, as a table (with every decision), JSON and HTML: no
 * reason cites a document that was not in force on the decision date or that belongs to another legal period (or
 * to another province), every assumption a reason names has its anchor in docs/legal-notes.md, and no output names
 * a file outside the repository or uses research jargon.
 */
class CitationsInOutputTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LegalCatalogue CATALOGUE = LegalCatalogue.standard();
    /** Strings no output may contain: files outside the repository, research notes' jargon. */
    private static final List<String> BANNED = List.of("recalled", "wording", "legal-rules", "shared/", "seeds",
            "seed 0", "/work/", "unconfirmed", "(unconfirmed)", "[U]", "[S]", "[C]");

    private static List<Path> scenarios() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("scenarios", "../rules/src/test/resources/cases/scenarios")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                        .sorted().forEach(out::add);
            }
        }
        return out;
    }

    private static boolean province(Path file) throws IOException {
        return Files.readString(file).contains("\"province-review\"");
    }

    @Test
    void everyBundledScenarioCitesOnlyTheLawInForceAndNamesNoResearchFile() throws IOException {
        String notes = Files.readString(Path.of("../docs/legal-notes.md"));
        List<String> problems = new ArrayList<>();
        int reasons = 0;
        int outputs = 0;
        for (Path file : scenarios()) {
            String command = province(file) ? "consolidate" : "review";
            for (String lang : List.of("vi", "en")) {
                for (String format : List.of("json", "table", "html")) {
                    List<String> args = new ArrayList<>(List.of(command, file.toString(), "--format", format,
                            "--lang", lang));
                    if (!format.equals("json") && command.equals("review")) {
                        args.add("--details");
                    }
                    Cli.Run run = Cli.run(args.toArray(String[]::new));
                    String where = file.getFileName() + " " + format + " " + lang;
                    if (run.code() == ThiduaCli.BAD_INPUT) {
                        problems.add(where + ": not reviewed: " + run.err());
                        continue;
                    }
                    outputs++;
                    String lower = run.out().toLowerCase(Locale.ROOT);
                    for (String banned : BANNED) {
                        if (lower.contains(banned.toLowerCase(Locale.ROOT))) {
                            int at = lower.indexOf(banned.toLowerCase(Locale.ROOT));
                            problems.add(where + ": contains '" + banned + "' near \""
                                    + run.out().substring(Math.max(0, at - 80), Math.min(run.out().length(), at + 40))
                                    + "\"");
                        }
                    }
                    Matcher anchors = Pattern.compile("docs/legal-notes\\.md#([A-Za-z0-9_-]+)").matcher(run.out());
                    while (anchors.find()) {
                        if (!notes.contains("id=\"" + anchors.group(1) + "\"")) {
                            problems.add(where + ": names the anchor #" + anchors.group(1)
                                    + ", which docs/legal-notes.md does not define");
                        }
                    }
                    if (format.equals("json")) {
                        reasons += checkCitations(where, MAPPER.readTree(run.out()), notes, problems);
                    }
                }
            }
        }
        System.out.printf("CitationsInOutputTest: %d outputs, %d reasons checked, %d problems%n", outputs, reasons,
                problems.size());
        problems.stream().limit(80).forEach(p -> System.out.println("  " + p.replace('\n', ' ')));
        assertThat(outputs).isGreaterThanOrEqualTo(60);
        assertThat(reasons).isGreaterThan(1000);
        assertThat(problems).as("%d problems, e.g. %s", problems.size(),
                problems.stream().limit(20).toList()).isEmpty();
    }

    /** Checks every reason of a JSON result; returns how many reasons it checked. */
    private static int checkCitations(String where, JsonNode root, String notes, List<String> problems) {
        List<JsonNode> results = new ArrayList<>();
        if (root.has("blocs")) {
            root.get("blocs").forEach(results::add);
        } else {
            results.add(root);
        }
        int n = 0;
        for (JsonNode r : results) {
            JsonNode dateNode = r.has("decisionDate") ? r.get("decisionDate") : root.get("decisionDate");
            if (dateNode == null || dateNode.isNull()) {
                dateNode = r.has("reviewDate") ? r.get("reviewDate") : root.get("reviewDate");
            }
            if (dateNode == null || dateNode.isNull() || !r.has("year")) {
                continue;
            }
            LocalDate date = LocalDate.parse(dateNode.asText());
            LocalDate dossier = r.hasNonNull("dossierReceivedDate") ? LocalDate.parse(r.get("dossierReceivedDate").asText())
                    : null;
            LegalPeriod period = LegalPeriod.of(r.get("year").asInt(), dossier, date);
            List<String> warnings = new ArrayList<>();
            r.path("warnings").forEach(w -> warnings.add(w.path("code").asText()));
            root.path("findings").forEach(f -> warnings.add(f.path("ruleId").asText()));
            List<JsonNode> reasons = new ArrayList<>();
            collect(r, reasons);
            for (JsonNode x : reasons) {
                n++;
                String rule = x.path("ruleId").asText();
                for (JsonNode c : x.path("citations")) {
                    LegalDocument d = CATALOGUE.find(Citation.parse(c.asText()).document()).orElse(null);
                    if (d == null) {
                        problems.add(where + ": " + rule + " cites " + c.asText() + ", not in the catalogue");
                    } else if (!d.belongsTo(period)) {
                        problems.add(where + ": " + rule + " cites " + c.asText() + " of another period than "
                                + period.code());
                    } else if (!period.mayCite(d, date, CATALOGUE)) {
                        problems.add(where + ": " + rule + " cites " + c.asText() + ", not in force on " + date);
                    } else if (d.endedBefore(period.citationDate(date, CATALOGUE))
                            && !warnings.contains("DOCUMENT_PAST_END")) {
                        problems.add(where + ": " + rule + " cites " + c.asText() + " past its end, without a warning");
                    }
                }
                if ("assumption".equals(x.path("certainty").asText())) {
                    String anchor = x.path("assumption").asText(null);
                    if (anchor != null && !notes.contains("id=\"" + anchor + "\"")) {
                        problems.add(where + ": " + rule + " names the assumption anchor " + anchor
                                + ", which docs/legal-notes.md does not define");
                    }
                } else if (x.has("assumption")) {
                    problems.add(where + ": " + rule + " is " + x.path("certainty").asText()
                            + " but names an assumption");
                }
            }
        }
        return n;
    }

    /** Every reason under a node (objects with ruleId, legalBasis and citations). */
    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isObject()) {
            if (node.has("ruleId") && node.has("legalBasis") && node.has("citations")) {
                out.add(node);
            }
            node.forEach(child -> collect(child, out));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, out));
        }
    }
}
