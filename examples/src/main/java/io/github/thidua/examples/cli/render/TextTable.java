package io.github.thidua.examples.cli.render;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A plain-text table whose columns line up in a terminal, also for Vietnamese text.
 *
 * <p>Widths are counted in <em>grapheme clusters</em> ({@link BreakIterator#getCharacterInstance(Locale)}), not in
 * {@code char}s or bytes: "Việt" is four columns wide whether it is written precomposed (NFC, 4 chars) or
 * decomposed (NFD, "e" + U+0323 + U+0302, 6 chars). Every cluster counts as one column; East Asian wide characters
 * and emoji are not measured as two.
 *
 * <p>Columns are separated by two spaces; a header row, when any column has a header, is followed by a rule of
 * dashes. Tabs and line breaks inside cells are replaced by spaces so that a cell cannot break the layout; lines
 * carry no trailing spaces. A column may have a maximum width ({@link #column(String, Align, int)}): longer cells
 * are wrapped at spaces onto further lines of the same row (a word longer than the width is split), so that a
 * table fits a terminal.
 *
 * <pre>{@code
 * TextTable t = new TextTable().column("Hạng", Align.RIGHT).column("Đơn vị", Align.LEFT);
 * t.row("1", "Hội Văn học nghệ thuật tỉnh");
 * String text = t.render();
 * }</pre>
 */
public final class TextTable {
    /** How a column's cells are placed in its width. */
    public enum Align {
        /** Padded on the right: text. */
        LEFT,
        /** Padded on the left: numbers. */
        RIGHT
    }

    private static final String GAP = "  ";

    /** Ends a text cut short by {@link #shorten(String, int)}. */
    public static final String ELLIPSIS = "…";

    private final List<String> headers = new ArrayList<>();
    private final List<Align> aligns = new ArrayList<>();
    private final List<Integer> maxWidths = new ArrayList<>();
    /** The rows in order; a row with a {@code span} is a full line, not cells. */
    private final List<Row> rows = new ArrayList<>();

    private record Row(List<String> cells, String span) {
    }

    /**
     * Adds a column. Columns are added before any row.
     *
     * @param header the header, or "" for none (a table whose headers are all empty prints no header row)
     * @param align  how cells are aligned
     * @return this table
     */
    public TextTable column(String header, Align align) {
        return column(header, align, Integer.MAX_VALUE);
    }

    /**
     * Adds a column whose cells wrap onto further lines when they are wider than {@code maxWidth}. The column is
     * never narrower than its header.
     *
     * @param header   the header, or "" for none
     * @param align    how cells (and each of their lines) are aligned
     * @param maxWidth the widest a cell line may be, in grapheme clusters; at least 1
     * @return this table
     */
    public TextTable column(String header, Align align, int maxWidth) {
        if (!rows.isEmpty()) {
            throw new IllegalStateException("add the columns before the first row");
        }
        if (maxWidth < 1) {
            throw new IllegalArgumentException("maxWidth must be at least 1, got " + maxWidth);
        }
        headers.add(clean(Objects.requireNonNull(header, "header")));
        aligns.add(Objects.requireNonNull(align, "align"));
        maxWidths.add(maxWidth);
        return this;
    }

    /**
     * Adds a row with one cell per column; a null cell prints as empty.
     *
     * @param cells the cells, as many as there are columns
     * @return this table
     */
    public TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row needs " + headers.size() + " cells, got " + cells.length
                    + ": " + Arrays.toString(cells));
        }
        List<String> row = new ArrayList<>(cells.length);
        for (String cell : cells) {
            row.add(cell == null ? "" : clean(cell));
        }
        rows.add(new Row(row, null));
        return this;
    }

    /**
     * Adds a line that spans the table, e.g. the heading of a group of rows: printed as is where the row would
     * be, neither aligned to the columns nor counted in their widths.
     *
     * @param text the line; line breaks and tabs become spaces
     * @return this table
     */
    public TextTable span(String text) {
        rows.add(new Row(null, clean(Objects.requireNonNull(text, "text")).stripTrailing()));
        return this;
    }

    /** The number of rows added (spanning lines included), not counting the header. */
    public int size() {
        return rows.size();
    }

    /**
     * The table as lines: the header and its rule (if any), then each row: one line, or more when a cell of a
     * column with a maximum width wraps.
     */
    public List<String> lines() {
        int columns = headers.size();
        int[] widths = new int[columns];
        boolean header = headers.stream().anyMatch(h -> !h.isEmpty());
        for (int c = 0; c < columns; c++) {
            int headerWidth = header ? width(headers.get(c)) : 0;
            int natural = headerWidth;
            for (Row row : rows) {
                if (row.cells() != null) {
                    natural = Math.max(natural, width(row.cells().get(c)));
                }
            }
            widths[c] = Math.max(headerWidth, Math.min(natural, maxWidths.get(c)));
        }
        List<String> lines = new ArrayList<>(rows.size() + 2);
        if (header) {
            lines.add(line(headers, widths));
            List<String> rule = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) {
                rule.add("-".repeat(widths[c]));
            }
            lines.add(line(rule, widths));
        }
        for (Row row : rows) {
            if (row.span() != null) {
                lines.add(row.span());
                continue;
            }
            List<List<String>> wrapped = new ArrayList<>(columns);
            int height = 1;
            for (int c = 0; c < columns; c++) {
                String cell = row.cells().get(c);
                List<String> cellLines = cell.isEmpty() ? List.of("") : wrap(cell, Math.max(1, widths[c]));
                wrapped.add(cellLines);
                height = Math.max(height, cellLines.size());
            }
            for (int i = 0; i < height; i++) {
                List<String> cells = new ArrayList<>(columns);
                for (List<String> cellLines : wrapped) {
                    cells.add(i < cellLines.size() ? cellLines.get(i) : "");
                }
                lines.add(line(cells, widths));
            }
        }
        return lines;
    }

    /** The table as text, one line per {@link #lines()} entry, each ending with a line feed. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (String line : lines()) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    /**
     * The number of terminal columns {@code text} takes: its grapheme clusters.
     *
     * @param text any text
     * @return the number of user-perceived characters in {@code text}
     */
    public static int width(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(text);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /**
     * Splits {@code text} into lines at most {@code width} grapheme clusters wide, breaking at spaces; a word wider
     * than {@code width} is split between clusters. Runs of spaces collapse where a line breaks.
     *
     * @param text  any text; line breaks and tabs count as spaces
     * @param width the widest line, at least 1
     * @return the lines, at least one ("" for an empty text)
     */
    public static List<String> wrap(String text, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1, got " + width);
        }
        String cleaned = clean(text);
        if (width(cleaned) <= width) {
            return List.of(cleaned);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (String word : cleaned.strip().split(" +")) {
            int w = width(word);
            if (lineWidth > 0 && lineWidth + 1 + w <= width) {
                line.append(' ').append(word);
                lineWidth += 1 + w;
                continue;
            }
            if (lineWidth > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (w <= width) {
                line.append(word);
                lineWidth = w;
            } else {
                List<String> clusters = clusters(word);
                int i = 0;
                while (clusters.size() - i > width) {
                    lines.add(String.join("", clusters.subList(i, i + width)));
                    i += width;
                }
                line.append(String.join("", clusters.subList(i, clusters.size())));
                lineWidth = clusters.size() - i;
            }
        }
        if (lineWidth > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * {@code text} if it is at most {@code width} grapheme clusters wide; else cut to fit, preferably after a
     * word, and ended with {@link #ELLIPSIS}.
     *
     * @param text  any text
     * @param width the widest result, at least 1
     * @return the text, whole or shortened
     */
    public static String shorten(String text, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1, got " + width);
        }
        if (width(text) <= width) {
            return text;
        }
        List<String> clusters = clusters(text);
        String head = String.join("", clusters.subList(0, width - 1));
        int space = head.lastIndexOf(' ');
        if (space >= head.length() / 2) {
            head = head.substring(0, space);
        }
        return head.stripTrailing() + ELLIPSIS;
    }

    private static List<String> clusters(String text) {
        List<String> clusters = new ArrayList<>();
        BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            clusters.add(text.substring(start, end));
        }
        return clusters;
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                sb.append(GAP);
            }
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - width(cell));
            if (aligns.get(c) == Align.RIGHT) {
                sb.append(pad).append(cell);
            } else {
                sb.append(cell).append(pad);
            }
        }
        return stripTrailing(sb);
    }

    private static String stripTrailing(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }

    private static String clean(String cell) {
        return cell.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
