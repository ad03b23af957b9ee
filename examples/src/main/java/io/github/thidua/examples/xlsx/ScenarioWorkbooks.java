package io.github.thidua.examples.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.thidua.core.BlocReview;
import io.github.thidua.core.ProvinceReview;
import io.github.thidua.core.json.ScenarioError;
import io.github.thidua.core.json.ScenarioException;
import io.github.thidua.core.json.Scenarios;
import io.github.thidua.examples.xlsx.WorkbookLayout.Field;
import io.github.thidua.examples.xlsx.WorkbookLayout.ListSheet;
import io.github.thidua.examples.xlsx.WorkbookLayout.Type;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Bloc reviews as Excel workbooks (.xlsx, Apache POI): the template an office fills in ({@link #template()}), a
 * review written as a workbook ({@link #write(BlocReview)}), and a workbook read back with the same strictness as
 * the JSON format ({@link #read(Path)}).
 *
 * <p>The layout is {@link WorkbookLayout}: a sheet of single fields and one sheet per list. Reading turns the
 * workbook into the JSON document of the scenario format and reads that with {@link Scenarios}, so every check of
 * the format applies; each problem is then reported at its cell ({@code scores.xlsx: Điểm!D7: message (hint: …)}).
 * Cells are typed by their column: a number stored as text, a date that is not a date or an unknown column or sheet
 * is an error at its cell. Nothing is evaluated: a formula cell counts by its cached value.
 *
 * <p>Reading is bounded: files over {@value #MAX_FILE_BYTES} bytes and sheets over {@value #MAX_ROWS} rows are
 * refused, and POI's zip-bomb guards ({@link ZipSecureFile}: inflation ratio, entry size, entry count) are set
 * for every workbook this class opens.
 */
public final class ScenarioWorkbooks {
    /** The largest workbook file read. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** The most rows (header included) a sheet may have. */
    public static final int MAX_ROWS = 5_000;
    /** The most characters a text cell may hold. */
    public static final int MAX_TEXT = 10_000;
    /** Where a workbook names its profile, for error lines: the field's row of the fields sheet. */
    public static final String PROFILE_FIELD = WorkbookLayout.FIELDS_SHEET + " (profile)";
    /** The hidden sheet with the lists the dropdowns offer; never read. */
    static final String LISTS_SHEET = "Danh mục";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    /** Parses a province file before its workbooks are inlined: as strict as the scenario reader's parser. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern KEY = Pattern.compile("\\(([A-Za-z/]*)\\)\\s*$");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final String DATE_FORMAT = "dd/mm/yyyy";
    /** Rows of the template and written workbooks that carry dropdowns and range checks. */
    private static final int VALIDATED_ROWS = 1_000;

    static {
        // Zip-bomb guards, global to POI in this JVM: a workbook's parts may inflate at most 100 times, to at
        // most 50 MB each, and a workbook has at most 300 parts (a bloc's workbook has about 30).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(50L * 1024 * 1024);
        ZipSecureFile.setMaxFileCount(300);
    }

    private ScenarioWorkbooks() {
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads a bloc review workbook. A profile path in it is resolved relative to the file's directory.
     *
     * @throws ScenarioException listing every problem, each at its sheet and cell
     */
    public static BlocReview read(Path file) {
        Objects.requireNonNull(file, "file");
        Converted c = toDocument(file);
        String json = c.document.toString();
        Path base = file.toAbsolutePath().getParent();
        List<ScenarioError> errors = new ArrayList<>(c.errors);
        BlocReview review = null;
        try {
            review = Scenarios.readBlocReview(json, file.toString(), base);
        } catch (ScenarioException e) {
            for (ScenarioError error : e.errors()) {
                ScenarioError located = c.locate(error);
                if (!c.reported(located.path())) {
                    errors.add(located);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
        return review;
    }

    /**
     * Reads a province review file whose blocs may name bloc workbooks, {@code {"file": "khoi-1.xlsx"}} (relative
     * to the province file), beside inline blocs and JSON bloc files. Each workbook is read as by
     * {@link #read(Path)} and checked with the province review; its problems are reported at its cells.
     *
     * @throws ScenarioException listing every problem, in the province file, its JSON bloc files and its workbooks
     */
    public static ProvinceReview readProvinceReview(Path file) {
        Objects.requireNonNull(file, "file");
        JsonNode root;
        try {
            if (Files.size(file) > MAX_FILE_BYTES * 2) {
                return Scenarios.readProvinceReview(file);
            }
            root = STRICT.readTree(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            return Scenarios.readProvinceReview(file); // it reports what is wrong with the file
        }
        JsonNode blocs = root != null && root.isObject() ? root.get("blocs") : null;
        if (blocs == null || !blocs.isArray()) {
            return Scenarios.readProvinceReview(file);
        }
        ObjectNode copy = ((ObjectNode) root).deepCopy();
        ArrayNode array = (ArrayNode) copy.get("blocs");
        Path dir = file.toAbsolutePath().getParent();
        Map<Integer, Converted> workbooks = new LinkedHashMap<>();
        List<ScenarioError> refErrors = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            JsonNode ref = element.isObject() && element.size() == 1 ? element.get("file") : null;
            if (ref == null || !ref.isTextual()
                    || !ref.textValue().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                continue;
            }
            String at = "$.blocs[" + i + "].file";
            Path relative;
            try {
                relative = Path.of(ref.textValue());
            } catch (java.nio.file.InvalidPathException e) {
                refErrors.add(new ScenarioError(file.toString(), at, "invalid bloc file path '"
                        + abbreviate(ref.textValue()) + "'", "write a relative path"));
                continue;
            }
            if (relative.isAbsolute()) {
                refErrors.add(new ScenarioError(file.toString(), at, "bloc file '" + abbreviate(ref.textValue())
                        + "' must be a relative path", "write the path relative to the province file, e.g."
                        + " \"blocs/khoi-1.xlsx\""));
                continue;
            }
            Path resolved = dir.resolve(relative).normalize();
            String display = (file.getParent() == null ? relative : file.getParent().resolve(relative)).normalize()
                    .toString();
            if (!Files.isRegularFile(resolved)) {
                refErrors.add(new ScenarioError(file.toString(), at, "bloc file '" + ref.textValue()
                        + "' not found / không tìm thấy tệp", "the path is relative to the province file"));
                continue;
            }
            try {
                Converted c = toDocument(resolved, display);
                workbooks.put(i, c);
                array.set(i, c.document);
            } catch (ScenarioException e) {
                refErrors.addAll(e.errors());
            }
        }
        if (!refErrors.isEmpty()) {
            throw new ScenarioException(refErrors);
        }
        if (workbooks.isEmpty()) {
            return Scenarios.readProvinceReview(file);
        }
        List<ScenarioError> errors = new ArrayList<>();
        workbooks.values().forEach(c -> errors.addAll(c.errors));
        ProvinceReview review = null;
        try {
            review = Scenarios.readProvinceReview(copy.toString(), file.toString(), dir);
        } catch (ScenarioException e) {
            for (ScenarioError error : e.errors()) {
                ScenarioError located = error;
                if (error.file().equals(file.toString())) {
                    for (Map.Entry<Integer, Converted> w : workbooks.entrySet()) {
                        String prefix = "$.blocs[" + w.getKey() + "]";
                        if (error.path().equals(prefix) || error.path().startsWith(prefix + ".")
                                || error.path().startsWith(prefix + "[")) {
                            Converted c = w.getValue();
                            located = c.locate(new ScenarioError(c.file, "$" + error.path().substring(prefix.length()),
                                    error.message(), error.hint()));
                            if (c.reported(located.path())) {
                                located = null;
                            }
                            break;
                        }
                    }
                }
                if (located != null) {
                    errors.add(located);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
        return review;
    }

    /** The workbook as a scenario document, where each path lies in it, and the errors of its cells. */
    static final class Converted {
        final String file;
        final ObjectNode document = NODES.objectNode();
        final Map<String, String> cells = new HashMap<>();
        final List<ScenarioError> errors = new ArrayList<>();
        final Set<String> cellsWithErrors = new HashSet<>();
        /** The sheet of each list, by its JSON path ({@code $.members} → {@code 'Đơn vị'}). */
        final Map<String, String> listSheets = new HashMap<>();

        Converted(String file) {
            this.file = file;
            document.put("kind", Scenarios.BLOC_REVIEW);
        }

        void error(String cell, String message, String hint) {
            errors.add(new ScenarioError(file, cell, message, hint));
            cellsWithErrors.add(cell);
        }

        /**
         * Whether a cell (or its whole sheet) already has an error of its own: the reader's error there would
         * only repeat it (a cell left out for its wrong type is then "missing").
         */
        boolean reported(String cell) {
            if (cellsWithErrors.contains(cell)) {
                return true;
            }
            int bang = cell.indexOf('!');
            return bang > 0 && cellsWithErrors.contains(cell.substring(0, bang));
        }

        /** The reader's error at the cell of its JSON path (or the nearest enclosing one). */
        ScenarioError locate(ScenarioError error) {
            String path = error.path();
            String hint = error.hint();
            Matcher missing = Pattern.compile("^missing required field '([^']+)'").matcher(error.message());
            if (missing.find()) {
                String child = path + "." + missing.group(1);
                if (cells.containsKey(child)) {
                    path = child;
                }
                String sheet = listSheets.get(child);
                hint = sheet != null ? "add rows to the sheet " + sheet + " / thêm dòng vào trang tính này"
                        : "fill in this cell / điền ô này";
            }
            String cell = null;
            for (String p = path; p != null; p = parent(p)) {
                cell = cells.get(p);
                if (cell != null) {
                    break;
                }
            }
            return new ScenarioError(error.file(), cell != null ? cell : WorkbookLayout.FIELDS_SHEET,
                    error.message(), hint);
        }

        private static String parent(String path) {
            int dot = path.lastIndexOf('.');
            int bracket = path.lastIndexOf('[');
            int cut = Math.max(dot, bracket);
            return cut <= 0 ? (path.equals("$") ? null : "$") : path.substring(0, cut);
        }
    }

    /** Reads the workbook's cells into a scenario document; problems of the file itself are thrown. */
    static Converted toDocument(Path file) {
        return toDocument(file, file.toString());
    }

    /** As {@link #toDocument(Path)}, naming the file {@code name} in errors. */
    static Converted toDocument(Path file, String name) {
        Converted c = new Converted(name);
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw refuse(name, "the workbook is " + size / 1024 + " KB, more than " + MAX_FILE_BYTES / 1024
                        + " KB / tệp quá lớn", "a bloc's workbook is far smaller; remove pictures or unused sheets");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw refuse(name, "cannot read the file / không đọc được tệp: " + e.getMessage(), null);
        }
        try (Workbook wb = open(name, bytes)) {
            readFields(c, wb);
            for (ListSheet list : WorkbookLayout.LISTS) {
                Sheet sheet = wb.getSheet(list.name());
                if (sheet != null) {
                    readList(c, sheet, list);
                }
                String arrayPath = "$." + list.path().replace('/', '.');
                c.listSheets.put(arrayPath, quote(list.name()));
                c.cells.putIfAbsent(arrayPath, ref(list.name(), 1, 0));
            }
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                String sheet = wb.getSheetName(i);
                if (!known(sheet)) {
                    List<String> names = new ArrayList<>();
                    names.add(WorkbookLayout.FIELDS_SHEET);
                    WorkbookLayout.LISTS.forEach(l -> names.add(l.name()));
                    c.error(quote(sheet), "unknown sheet '" + sheet + "' / trang tính không thuộc mẫu",
                            didYouMean(sheet, names) + "the sheets are " + String.join(", ", names)
                                    + "; delete or rename this one");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    private static ScenarioException refuse(String file, String message, String hint) {
        return new ScenarioException(List.of(new ScenarioError(file, "$", message, hint)));
    }

    private static Workbook open(String name, byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException e) {
            throw refuse(name, "an Excel 97-2003 workbook (.xls) / tệp Excel cũ", "save it as an Excel workbook"
                    + " (.xlsx) and try again");
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (why.contains("Zip bomb") || why.contains("max file count") || why.contains("exceeds the max")) {
                throw refuse(name, "the workbook expands too much when unzipped (a possible zip bomb) / tệp bất"
                        + " thường: " + firstLine(why), "save the workbook again from Excel or LibreOffice; a"
                        + " bloc's workbook is a few hundred KB unzipped");
            }
            throw refuse(name, "not a readable Excel workbook (.xlsx) / không đọc được tệp Excel: " + firstLine(why),
                    "open and save it in Excel or LibreOffice as .xlsx, or start from 'thidua scenario init'");
        }
    }

    private static boolean known(String sheet) {
        if (sheet.equals(WorkbookLayout.FIELDS_SHEET) || sheet.equals(WorkbookLayout.HELP_SHEET)
                || sheet.equals(LISTS_SHEET)) {
            return true;
        }
        return WorkbookLayout.LISTS.stream().anyMatch(l -> l.name().equals(sheet));
    }

    private static void readFields(Converted c, Workbook wb) {
        Sheet sheet = wb.getSheet(WorkbookLayout.FIELDS_SHEET);
        String sheetName = quote(WorkbookLayout.FIELDS_SHEET);
        if (sheet == null) {
            c.error(sheetName, "missing sheet '" + WorkbookLayout.FIELDS_SHEET + "' / thiếu trang tính",
                    "start from 'thidua scenario init', which writes every sheet");
            return;
        }
        if (!checkRows(c, sheet)) {
            return;
        }
        Map<String, Field> byKey = new LinkedHashMap<>();
        WorkbookLayout.FIELDS.forEach(f -> byKey.put(f.key(), f));
        Set<String> seen = new HashSet<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row.getCell(0)) && blank(row.getCell(1))) {
                continue;
            }
            String keyCell = ref(WorkbookLayout.FIELDS_SHEET, r, 0);
            String header = text(row.getCell(0));
            String key = header == null ? null : keyOf(header);
            Field field = key == null ? null : byKey.get(key);
            if (field == null) {
                c.error(keyCell, "unknown field '" + (header == null ? "" : header) + "' / trường không thuộc mẫu",
                        didYouMean(key == null ? String.valueOf(header) : key, byKey.keySet())
                                + "column A names a field as 'Label (key)', e.g. 'Năm thi đua (year)'");
                continue;
            }
            if (!seen.add(key)) {
                c.error(keyCell, "field '" + key + "' is listed twice / trường bị lặp", "keep one row per field");
                continue;
            }
            String path = "$." + key.replace('/', '.');
            String cell = ref(WorkbookLayout.FIELDS_SHEET, r, 1);
            c.cells.put(path, cell);
            c.cells.putIfAbsent(path.substring(0, path.lastIndexOf('.')), cell);
            JsonNode value = value(c, row.getCell(1), cell, field);
            if (value != null) {
                put(c.document, key, value);
            }
        }
    }

    private static void readList(Converted c, Sheet sheet, ListSheet list) {
        if (!checkRows(c, sheet)) {
            return;
        }
        Row header = sheet.getRow(0);
        Map<Integer, Field> columns = new LinkedHashMap<>();
        Map<String, Field> byKey = new LinkedHashMap<>();
        list.fields().forEach(f -> byKey.put(f.key(), f));
        Set<String> seen = new HashSet<>();
        if (header != null) {
            for (Cell cell : header) {
                if (blank(cell)) {
                    continue;
                }
                String at = ref(list.name(), 0, cell.getColumnIndex());
                String text = text(cell);
                String key = text == null ? null : keyOf(text);
                Field field = key == null ? null : byKey.get(key);
                if (field == null && list.scalar() && text != null) {
                    field = list.fields().get(0);
                    key = "";
                }
                if (field == null) {
                    c.error(at, "unknown column '" + (text == null ? "" : text) + "' / cột không thuộc mẫu",
                            didYouMean(key == null ? String.valueOf(text) : key, byKey.keySet())
                                    + "the columns are " + headers(list));
                    continue;
                }
                if (!seen.add(key)) {
                    c.error(at, "column '" + key + "' appears twice / cột bị lặp", "keep one column per field");
                    continue;
                }
                columns.put(cell.getColumnIndex(), field);
            }
        }
        String arrayPath = "$." + list.path().replace('/', '.');
        ArrayNode array = null;
        Map<String, Integer> groups = new LinkedHashMap<>();
        int index = 0;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blankRow(row)) {
                continue;
            }
            for (Cell cell : row) {
                if (!blank(cell) && !columns.containsKey(cell.getColumnIndex())) {
                    c.error(ref(list.name(), r, cell.getColumnIndex()), "a value in a column without a header /"
                            + " ô có giá trị nhưng cột không có tiêu đề", "add the column's header or clear the cell");
                }
            }
            if (array == null) {
                array = arrayAt(c.document, list.path());
                c.cells.put(arrayPath, ref(list.name(), r, 0));
            }
            String first = ref(list.name(), r, columns.isEmpty() ? 0 : columns.keySet().iterator().next());
            if (list.scalar()) {
                String path = arrayPath + "[" + index++ + "]";
                for (Map.Entry<Integer, Field> col : columns.entrySet()) {
                    String at = ref(list.name(), r, col.getKey());
                    c.cells.put(path, at);
                    JsonNode v = value(c, row.getCell(col.getKey()), at, col.getValue());
                    array.add(v == null ? NODES.nullNode() : v);
                }
                continue;
            }
            ObjectNode element = NODES.objectNode();
            String path;
            if (list.groupBy() != null) {
                // one row per score: rows of the same unit make one scorecard, in the order units first appear
                Field groupField = byKey.get(list.groupBy());
                Integer groupCol = columnOf(columns, list.groupBy());
                String groupAt = groupCol == null ? first : ref(list.name(), r, groupCol);
                JsonNode unit = groupCol == null ? null : value(c, row.getCell(groupCol), groupAt, groupField);
                String groupKey = unit == null ? "\u0000row" + r : unit.asText();
                Integer g = groups.get(groupKey);
                ObjectNode card;
                if (g == null) {
                    g = groups.size();
                    groups.put(groupKey, g);
                    card = array.addObject();
                    if (unit != null) {
                        card.set(list.groupBy(), unit);
                    }
                    card.putArray(list.innerArray());
                    c.cells.put(arrayPath + "[" + g + "]", groupAt);
                    c.cells.put(arrayPath + "[" + g + "]." + list.groupBy(), groupAt);
                } else {
                    card = (ObjectNode) array.get(g);
                }
                ArrayNode scores = (ArrayNode) card.get(list.innerArray());
                path = arrayPath + "[" + g + "]." + list.innerArray() + "[" + scores.size() + "]";
                scores.add(element);
            } else {
                path = arrayPath + "[" + index++ + "]";
                array.add(element);
            }
            c.cells.put(path, first);
            for (Map.Entry<Integer, Field> col : columns.entrySet()) {
                Field field = col.getValue();
                if (field.key().equals(list.groupBy())) {
                    continue;
                }
                String at = ref(list.name(), r, col.getKey());
                String fieldPath = path + "." + field.key().replace('/', '.');
                c.cells.put(fieldPath, at);
                if (field.key().contains("/")) {
                    c.cells.putIfAbsent(fieldPath.substring(0, fieldPath.lastIndexOf('.')), at);
                }
                JsonNode v = value(c, row.getCell(col.getKey()), at, field);
                if (v != null) {
                    put(element, field.key(), v);
                }
            }
            // a required column that is missing altogether: point at the row's first cell
            for (Field f : list.fields()) {
                String fieldPath = path + "." + f.key().replace('/', '.');
                c.cells.putIfAbsent(fieldPath, first);
            }
        }
    }

    private static Integer columnOf(Map<Integer, Field> columns, String key) {
        for (Map.Entry<Integer, Field> e : columns.entrySet()) {
            if (e.getValue().key().equals(key)) {
                return e.getKey();
            }
        }
        return null;
    }

    private static boolean checkRows(Converted c, Sheet sheet) {
        int rows = sheet.getLastRowNum() + 1;
        if (rows > MAX_ROWS) {
            c.error(quote(sheet.getSheetName()), "the sheet has " + rows + " rows, more than " + MAX_ROWS
                    + " / trang tính quá nhiều dòng", "a bloc's sheet needs a few hundred rows; delete empty"
                    + " formatted rows at the bottom");
            return false;
        }
        return true;
    }

    /** The typed value of a cell for {@code field}, or null when blank or wrong (then reported). */
    static JsonNode value(Converted c, Cell cell, String at, Field field) {
        if (blank(cell)) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        if (type == CellType.ERROR) {
            c.error(at, "the cell holds an Excel error (" + errorText(cell) + ") / ô bị lỗi công thức",
                    "correct the formula or type the value");
            return null;
        }
        switch (field.type()) {
            case TEXT, ENUM -> {
                String s = switch (type) {
                    case STRING -> cell.getStringCellValue();
                    case NUMERIC -> plain(BigDecimal.valueOf(cell.getNumericCellValue()));
                    case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
                    default -> null;
                };
                if (s == null) {
                    return null;
                }
                if (s.length() > MAX_TEXT) {
                    c.error(at, "the text has " + s.length() + " characters, more than " + MAX_TEXT
                            + " / văn bản quá dài", "shorten it");
                    return null;
                }
                return NODES.textNode(s);
            }
            case INTEGER, DECIMAL -> {
                if (type != CellType.NUMERIC) {
                    String shown = type == CellType.STRING ? "text \"" + abbreviate(cell.getStringCellValue()) + "\""
                            : type.name().toLowerCase(Locale.ROOT);
                    c.error(at, "'" + field.key() + "' must be a number, found " + shown + " / phải là số",
                            type == CellType.STRING && looksNumeric(cell.getStringCellValue())
                                    ? "the number is stored as text: type it again as a number (Excel marks such"
                                    + " cells with a green triangle)"
                                    : "type a number" + (field.type() == Type.INTEGER ? ", e.g. 12" : ", e.g. 12,5"));
                    return null;
                }
                double d = cell.getNumericCellValue();
                if (field.type() == Type.INTEGER) {
                    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                        c.error(at, "'" + field.key() + "' must be a whole number, found " + plain(BigDecimal.valueOf(d))
                                + " / phải là số nguyên", "type a whole number, e.g. 12");
                        return null;
                    }
                    return NODES.numberNode((int) d);
                }
                return NODES.numberNode(d == Math.rint(d) && Math.abs(d) < 1e15 ? BigDecimal.valueOf((long) d)
                        : BigDecimal.valueOf(d));
            }
            case BOOLEAN -> {
                if (type == CellType.BOOLEAN) {
                    return NODES.booleanNode(cell.getBooleanCellValue());
                }
                if (type == CellType.STRING) {
                    String s = cell.getStringCellValue().strip();
                    if (s.equalsIgnoreCase("true")) {
                        return NODES.booleanNode(true);
                    }
                    if (s.equalsIgnoreCase("false")) {
                        return NODES.booleanNode(false);
                    }
                }
                c.error(at, "'" + field.key() + "' must be TRUE or FALSE, found " + shown(cell, type)
                        + " / phải là TRUE hoặc FALSE", "choose TRUE or FALSE from the cell's list");
                return null;
            }
            case DATE -> {
                LocalDate date = null;
                if (type == CellType.NUMERIC) {
                    double d = cell.getNumericCellValue();
                    if (DateUtil.isValidExcelDate(d) && d == Math.rint(d)) {
                        date = DateUtil.getLocalDateTime(d).toLocalDate();
                    }
                } else if (type == CellType.STRING) {
                    date = parseDate(cell.getStringCellValue().strip());
                }
                if (date == null) {
                    c.error(at, "'" + field.key() + "' must be a date, found " + shown(cell, type)
                            + " / phải là ngày", "type a date such as 25/11/2022 (day/month/year)");
                    return null;
                }
                return NODES.textNode(date.toString());
            }
            default -> throw new IllegalStateException(field.type().name());
        }
    }

    private static LocalDate parseDate(String s) {
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s);
            }
            if (s.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                return LocalDate.parse(s, DMY);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private static String shown(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> "text \"" + abbreviate(cell.getStringCellValue()) + "\"";
            case NUMERIC -> "the number " + plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String errorText(Cell cell) {
        try {
            return org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
        } catch (RuntimeException e) {
            return "#ERROR";
        }
    }

    private static boolean looksNumeric(String s) {
        return s.strip().matches("-?\\d+([.,]\\d+)?");
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static boolean blank(Cell cell) {
        if (cell == null) {
            return true;
        }
        CellType type = cell.getCellType();
        return type == CellType.BLANK || type == CellType.STRING && cell.getStringCellValue().isEmpty();
    }

    private static boolean blankRow(Row row) {
        for (Cell cell : row) {
            if (!blank(cell)) {
                return false;
            }
        }
        return true;
    }

    private static String text(Cell cell) {
        if (blank(cell)) {
            return null;
        }
        return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString();
    }

    /** The key of a header {@code Label (key)}, or the header itself when it is a bare key. */
    static String keyOf(String header) {
        Matcher m = KEY.matcher(header);
        return m.find() ? m.group(1) : header.strip();
    }

    private static String headers(ListSheet list) {
        List<String> h = new ArrayList<>();
        list.fields().forEach(f -> h.add(f.header()));
        return String.join(", ", h);
    }

    private static String didYouMean(String input, java.util.Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(input.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, input.length() / 3) ? "did you mean '" + best + "'? " : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1),
                        prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static String firstLine(String s) {
        return abbreviate(s.lines().findFirst().orElse(""));
    }

    /** A cell reference such as {@code Điểm!D7}, the sheet quoted when it has spaces ({@code 'Xếp loại'!C2}). */
    static String ref(String sheet, int row, int col) {
        return quote(sheet) + "!" + CellReference.convertNumToColString(col) + (row + 1);
    }

    private static String quote(String sheet) {
        return sheet.matches("[\\p{L}\\p{N}_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    private static void put(ObjectNode o, String key, JsonNode value) {
        String[] parts = key.split("/");
        ObjectNode target = o;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = target.get(parts[i]);
            target = next instanceof ObjectNode n ? n : target.putObject(parts[i]);
        }
        target.set(parts[parts.length - 1], value);
    }

    private static ArrayNode arrayAt(ObjectNode o, String path) {
        String[] parts = path.split("/");
        ObjectNode target = o;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = target.get(parts[i]);
            target = next instanceof ObjectNode n ? n : target.putObject(parts[i]);
        }
        JsonNode existing = target.get(parts[parts.length - 1]);
        return existing instanceof ArrayNode a ? a : target.putArray(parts[parts.length - 1]);
    }

    // ---------------------------------------------------------------- writing

    /** An empty template workbook: every sheet with its headers, dropdowns and range checks, and instructions. */
    public static byte[] template() {
        return write(null);
    }

    /** A bloc review as a workbook that {@link #read(Path)} reads back to an equal review. */
    public static byte[] write(BlocReview review) {
        JsonNode doc;
        try {
            doc = review == null ? NODES.objectNode() : MAPPER.readTree(Scenarios.write(review));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            writeHelp(wb, styles);
            writeFields(wb, styles, doc);
            for (ListSheet list : WorkbookLayout.LISTS) {
                writeList(wb, styles, list, doc);
            }
            writeLists(wb);
            addValidations(wb);
            wb.setActiveSheet(1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle header, CellStyle date, CellStyle wrap) {
        Styles(XSSFWorkbook wb) {
            this(wb.createCellStyle(), wb.createCellStyle(), wb.createCellStyle());
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(DATE_FORMAT));
            wrap.setWrapText(true);
        }
    }

    private static void writeHelp(XSSFWorkbook wb, Styles styles) {
        Sheet sheet = wb.createSheet(WorkbookLayout.HELP_SHEET);
        List<String> lines = new ArrayList<>(List.of(
                "Sổ điểm thi đua của khối / cụm (thidua). / A bloc's scoring workbook (thidua).",
                "",
                "Điền trang '" + WorkbookLayout.FIELDS_SHEET + "' (một dòng cho mỗi trường, giá trị ở cột B) và các trang"
                        + " danh sách (một dòng cho mỗi mục).",
                "Fill in the sheet '" + WorkbookLayout.FIELDS_SHEET + "' (one row per field, the value in column B) and"
                        + " the list sheets (one row per item).",
                "Tiêu đề cột có dạng 'Nhãn (key)': giữ nguyên phần trong ngoặc. / Keep the (key) of each header.",
                "Ngày nhập dạng 25/11/2022; số nhập như số (không để dạng văn bản); đúng/sai chọn TRUE hoặc FALSE.",
                "Dates as 25/11/2022; numbers as numbers (not text); yes/no as TRUE or FALSE.",
                "Mã đơn vị (unit) là mã ở trang 'Đơn vị'; các ô có danh sách chọn đều đã có sẵn giá trị hợp lệ.",
                "",
                "Kiểm tra / check:  thidua scenario validate so-diem.xlsx",
                "Xét / review:      thidua review so-diem.xlsx",
                "Đổi sang JSON:     thidua scenario convert so-diem.xlsx --out so-diem.json",
                "Định dạng / format: docs/scenario-format.md",
                "",
                "Các trang / sheets:"));
        lines.add("  " + WorkbookLayout.FIELDS_SHEET + ": các trường chung của kỳ xét (giai đoạn, năm, khối, nhiệm kỳ,"
                + " giao ước, thang điểm, kết quả bầu).");
        for (ListSheet list : WorkbookLayout.LISTS) {
            lines.add("  " + list.name() + ": " + list.note());
        }
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
            if (i == 0) {
                cell.setCellStyle(styles.header());
            }
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static void writeFields(XSSFWorkbook wb, Styles styles, JsonNode doc) {
        Sheet sheet = wb.createSheet(WorkbookLayout.FIELDS_SHEET);
        Row header = sheet.createRow(0);
        String[] titles = {"Trường (key)", "Giá trị / value", "Ghi chú / note"};
        for (int i = 0; i < titles.length; i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(titles[i]);
            cell.setCellStyle(styles.header());
        }
        for (int i = 0; i < WorkbookLayout.FIELDS.size(); i++) {
            Field field = WorkbookLayout.FIELDS.get(i);
            Row row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(field.header());
            writeValue(row.createCell(1), at(doc, field.key()), field, styles);
            row.createCell(2).setCellValue(note(field));
        }
        sheet.createFreezePane(0, 1);
        sheet.setColumnWidth(0, 42 * 256);
        sheet.setColumnWidth(1, 48 * 256);
        sheet.setColumnWidth(2, 60 * 256);
    }

    private static String note(Field field) {
        String required = field.required() ? "bắt buộc / required" : "không bắt buộc / optional";
        return switch (field.type()) {
            case ENUM -> required + "; chọn trong danh sách / choose from the list";
            case DATE -> required + "; ngày / date, 25/11/2022";
            case BOOLEAN -> required + "; TRUE hoặc FALSE";
            case INTEGER -> required + "; số nguyên / whole number";
            case DECIMAL -> required + "; số / number";
            case TEXT -> required;
        };
    }

    private static void writeList(XSSFWorkbook wb, Styles styles, ListSheet list, JsonNode doc) {
        Sheet sheet = wb.createSheet(list.name());
        Row header = sheet.createRow(0);
        for (int i = 0; i < list.fields().size(); i++) {
            Field field = list.fields().get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(list.scalar() ? field.label() + " (unit)" : field.header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(i, Math.min(60, Math.max(14, field.label().length() + 8)) * 256);
        }
        sheet.createFreezePane(0, 1);
        JsonNode array = at(doc, list.path());
        if (array == null || !array.isArray()) {
            return;
        }
        int r = 1;
        for (JsonNode element : array) {
            if (list.groupBy() != null) {
                for (JsonNode inner : element.path(list.innerArray())) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < list.fields().size(); i++) {
                        Field field = list.fields().get(i);
                        JsonNode v = field.key().equals(list.groupBy()) ? element.get(field.key())
                                : at(inner, field.key());
                        writeValue(row.createCell(i), v, field, styles);
                    }
                }
                continue;
            }
            Row row = sheet.createRow(r++);
            for (int i = 0; i < list.fields().size(); i++) {
                Field field = list.fields().get(i);
                writeValue(row.createCell(i), list.scalar() ? element : at(element, field.key()), field, styles);
            }
        }
    }

    private static void writeValue(Cell cell, JsonNode v, Field field, Styles styles) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            if (field.type() == Type.DATE) {
                cell.setCellStyle(styles.date());
            }
            return;
        }
        switch (field.type()) {
            case INTEGER, DECIMAL -> cell.setCellValue(v.decimalValue().doubleValue());
            case BOOLEAN -> cell.setCellValue(v.booleanValue());
            case DATE -> {
                cell.setCellValue(LocalDate.parse(v.textValue()));
                cell.setCellStyle(styles.date());
            }
            default -> {
                cell.setCellValue(v.asText());
                if (v.asText().length() > 60) {
                    cell.setCellStyle(styles.wrap());
                }
            }
        }
    }

    private static JsonNode at(JsonNode doc, String key) {
        JsonNode n = doc;
        for (String part : key.split("/")) {
            n = n == null ? null : n.get(part);
        }
        return n;
    }

    /** The hidden sheet of dropdown values: one column per enumeration, plus TRUE/FALSE. */
    private static void writeLists(XSSFWorkbook wb) {
        Sheet sheet = wb.createSheet(LISTS_SHEET);
        int col = 0;
        for (List<String> values : enumerations().values()) {
            for (int r = 0; r < values.size(); r++) {
                Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
                row.createCell(col).setCellValue(values.get(r));
            }
            col++;
        }
        wb.setSheetHidden(wb.getSheetIndex(sheet), true);
    }

    /** Every distinct enumeration of the layout, in a fixed order, keyed by its values. */
    private static Map<List<String>, List<String>> enumerations() {
        Map<List<String>, List<String>> all = new LinkedHashMap<>();
        all.put(List.of("TRUE", "FALSE"), List.of("TRUE", "FALSE"));
        WorkbookLayout.FIELDS.forEach(f -> {
            if (f.type() == Type.ENUM) {
                all.putIfAbsent(f.values(), f.values());
            }
        });
        WorkbookLayout.LISTS.forEach(l -> l.fields().forEach(f -> {
            if (f.type() == Type.ENUM) {
                all.putIfAbsent(f.values(), f.values());
            }
        }));
        return all;
    }

    private static String listRange(List<String> values) {
        int col = new ArrayList<>(enumerations().keySet()).indexOf(values);
        String c = CellReference.convertNumToColString(col);
        return "'" + LISTS_SHEET + "'!$" + c + "$1:$" + c + "$" + values.size();
    }

    private static void addValidations(XSSFWorkbook wb) {
        Sheet fields = wb.getSheet(WorkbookLayout.FIELDS_SHEET);
        for (int i = 0; i < WorkbookLayout.FIELDS.size(); i++) {
            validate(fields, WorkbookLayout.FIELDS.get(i), i + 1, i + 1, 1);
        }
        for (ListSheet list : WorkbookLayout.LISTS) {
            Sheet sheet = wb.getSheet(list.name());
            for (int i = 0; i < list.fields().size(); i++) {
                Field field = list.fields().get(i);
                if (list.scalar() || field.key().equals("unit")) {
                    unitList(sheet, i);
                } else if (field.key().equals("criterion")) {
                    listFrom(sheet, i, "'Tiêu chí'!$A$2:$A$" + (VALIDATED_ROWS + 1), "Mã tiêu chí ở trang 'Tiêu chí'");
                } else {
                    validate(sheet, field, 1, VALIDATED_ROWS, i);
                }
            }
        }
    }

    private static void unitList(Sheet sheet, int col) {
        listFrom(sheet, col, "'Đơn vị'!$A$2:$A$" + (VALIDATED_ROWS + 1), "Mã đơn vị ở trang 'Đơn vị'");
    }

    private static void listFrom(Sheet sheet, int col, String range, String prompt) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        add(sheet, h.createFormulaListConstraint(range), 1, VALIDATED_ROWS, col, prompt, true);
    }

    private static void validate(Sheet sheet, Field field, int first, int last, int col) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidationConstraint constraint;
        String prompt;
        boolean list = false;
        switch (field.type()) {
            case ENUM -> {
                constraint = h.createFormulaListConstraint(listRange(field.values()));
                prompt = "Chọn trong danh sách / choose from the list";
                list = true;
            }
            case BOOLEAN -> {
                constraint = h.createFormulaListConstraint(listRange(List.of("TRUE", "FALSE")));
                prompt = "TRUE hoặc FALSE";
                list = true;
            }
            case INTEGER -> {
                boolean year = field.key().equals("year") || field.key().endsWith("/year")
                        || field.key().equals("achievementYear") || field.key().equals("periodFrom");
                constraint = year ? h.createIntegerConstraint(OperatorType.BETWEEN, "1990", "2100")
                        : h.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
                prompt = year ? "Năm, 1990–2100 / a year" : "Số nguyên ≥ 0 / a whole number ≥ 0";
            }
            case DECIMAL -> {
                constraint = h.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
                prompt = "Số ≥ 0 / a number ≥ 0";
            }
            case DATE -> {
                constraint = h.createDateConstraint(OperatorType.BETWEEN, "DATE(1990,1,1)", "DATE(2100,12,31)",
                        DATE_FORMAT);
                prompt = "Ngày / date, 25/11/2022";
            }
            default -> {
                return;
            }
        }
        add(sheet, constraint, first, last, col, prompt, list);
    }

    private static void add(Sheet sheet, DataValidationConstraint constraint, int first, int last, int col,
                            String prompt, boolean list) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidation v = h.createValidation(constraint, new CellRangeAddressList(first, last, col, col));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("thidua", "Giá trị không hợp lệ / invalid value: " + prompt);
        v.setShowPromptBox(true);
        v.createPromptBox("thidua", prompt);
        v.setEmptyCellAllowed(true);
        if (list) {
            // XSSF: "suppress" maps to OOXML showDropDown=false, which Excel reads as "show the arrow"
            v.setSuppressDropDownArrow(true);
        }
        sheet.addValidationData(v);
    }
}
