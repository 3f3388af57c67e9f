package jp.planreport.intake;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;
import jp.planreport.model.TextRules;

/**
 * Reads plans.csv: UTF-8 (with or without BOM) or Shift_JIS/Windows-31J as Excel writes it,
 * RFC 4180 quoting, columns by header name in any order. Every problem names file, line and column.
 */
public class PlanMasterReader {

    public static final String FILE_NAME = "plans.csv";
    static final List<String> COLUMNS = List.of("policy_no", "policy_title", "initiative_code",
            "initiative_title", "plan_no", "plan_title", "departments");
    /** Optional: the previous year's plan(s) a plan continues when its number changed or plans were merged. */
    static final String PREVIOUS_PLAN_NO = "previous_plan_no";
    /** In {@link #PREVIOUS_PLAN_NO}: the plan continues none of last year's (new, though its number was used). */
    static final String NO_PREVIOUS_PLAN = "-";
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    public PlanMaster read(Path file, int fiscalYear) throws PlanMasterException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PlanMasterException(List.of(name + ": プラン一覧を読めません（" + e.getMessage() + "）"));
        }
        String text = decode(bytes, name);
        List<String> problems = new ArrayList<>();
        List<PlanMasterEntry> entries = new ArrayList<>();
        Map<Integer, List<Integer>> givenPrevious = new HashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            for (String column : COLUMNS) {
                if (!header.contains(column)) {
                    problems.add(name + " 1行目: 列「" + column + "」がありません（必要な列: " + String.join(", ", COLUMNS) + "）");
                }
            }
            if (!problems.isEmpty()) {
                throw new PlanMasterException(problems);
            }
            Map<Integer, Long> planLines = new HashMap<>();
            Map<Integer, String> policyTitles = new HashMap<>();
            Map<String, String> initiativeTitles = new HashMap<>();
            boolean previousColumn = header.contains(PREVIOUS_PLAN_NO);
            FileLines lines = new FileLines(text);
            for (CSVRecord record : parser) {
                long line = lines.startOf(record);
                Row row = new Row(name, line, record, problems);
                OptionalInt policyNo = row.positiveInteger("policy_no");
                String policyTitle = row.text("policy_title");
                String initiativeCode = TextRules.normalizeCode(record.get("initiative_code"));
                String initiativeTitle = row.text("initiative_title");
                OptionalInt planNo = row.positiveInteger("plan_no");
                String planTitle = row.text("plan_title");
                List<String> departments = TextRules.departments(record.get("departments"));
                if (departments.isEmpty()) {
                    row.problem("departments", "担当課が空です");
                }
                if (policyNo.isPresent() && !initiativeCode.matches(policyNo.getAsInt() + "-\\d+")) {
                    row.problem("initiative_code", "「" + record.get("initiative_code") + "」は「"
                            + policyNo.getAsInt() + "-番号」の形ではありません");
                }
                if (planNo.isPresent()) {
                    Long earlier = planLines.putIfAbsent(planNo.getAsInt(), line);
                    if (earlier != null) {
                        row.problem("plan_no", "プラン番号 " + planNo.getAsInt() + " が " + earlier + "行目と重複しています");
                    }
                }
                if (policyNo.isPresent()) {
                    String known = policyTitles.putIfAbsent(policyNo.getAsInt(), policyTitle);
                    if (known != null && !known.equals(policyTitle)) {
                        row.problem("policy_title", "方針" + policyNo.getAsInt() + " の名称が他の行（" + known + "）と違います");
                    }
                }
                String knownInitiative = initiativeTitles.putIfAbsent(initiativeCode, initiativeTitle);
                if (knownInitiative != null && !knownInitiative.equals(initiativeTitle)) {
                    row.problem("initiative_title", "基本的取組 " + initiativeCode + " の名称が他の行（" + knownInitiative + "）と違います");
                }
                Optional<List<Integer>> previous = previousColumn ? row.previousPlanNos() : Optional.empty();
                if (row.ok()) {
                    previous.ifPresent(p -> givenPrevious.put(planNo.getAsInt(), p));
                    entries.add(new PlanMasterEntry(policyNo.getAsInt(), policyTitle, initiativeCode,
                            initiativeTitle, planNo.getAsInt(), planTitle, departments));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(name + ": CSV として読めません（" + e.getMessage() + "）");
        }
        if (problems.isEmpty() && entries.isEmpty()) {
            problems.add(name + ": プランが 1 件もありません");
        }
        if (!problems.isEmpty()) {
            throw new PlanMasterException(problems);
        }
        return new PlanMaster(file, fiscalYear, withPredecessors(entries, givenPrevious));
    }

    /**
     * Each plan's predecessors in last year's numbering: those given in previous_plan_no, else its own
     * number — unless another plan names that number (renumbered: the number now belongs to a new plan).
     */
    private static List<PlanMasterEntry> withPredecessors(List<PlanMasterEntry> entries, Map<Integer, List<Integer>> given) {
        Set<Integer> claimed = new HashSet<>();
        given.values().forEach(claimed::addAll);
        return entries.stream().map(e -> new PlanMasterEntry(e.policyNo(), e.policyTitle(), e.initiativeCode(),
                e.initiativeTitle(), e.planNo(), e.planTitle(), e.departments(),
                given.getOrDefault(e.planNo(), claimed.contains(e.planNo()) ? List.of() : List.of(e.planNo())))).toList();
    }

    /** UTF-8 when the bytes are valid UTF-8 (BOM or not), otherwise Windows-31J; never mojibake. */
    static String decode(byte[] bytes, String name) throws PlanMasterException {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (Charset charset : List.of(StandardCharsets.UTF_8, WINDOWS_31J)) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            } catch (CharacterCodingException notThisOne) {
                // try the next encoding
            }
        }
        throw new PlanMasterException(List.of(name + ": 文字コードが UTF-8 でも Shift_JIS でもありません。"
                + "Excel で「CSV UTF-8」または「CSV」形式で保存し直してください"));
    }

    /**
     * The line of the file a record starts on, as the office sees it in an editor: blank lines and
     * line breaks inside quoted fields count, so the record's number will not do. The parser gives
     * where the record starts; that is right after the previous record, before the blank lines it skipped.
     */
    private static final class FileLines {
        private final String text;
        private int position;
        private long line = 1;

        FileLines(String text) {
            this.text = text;
        }

        long startOf(CSVRecord record) {
            int start = (int) record.getCharacterPosition();
            while (position < start) {
                step();
            }
            while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
                step();
            }
            return line;
        }

        /** One character on; a line ends at LF, CR LF or a lone CR. */
        private void step() {
            char c = text.charAt(position++);
            if (c == '\n' || c == '\r' && (position == text.length() || text.charAt(position) != '\n')) {
                line++;
            }
        }
    }

    /** One CSV record being checked; collects problems with their line and column. */
    private static final class Row {
        private final String file;
        private final long line;
        private final CSVRecord record;
        private final List<String> problems;
        private boolean ok = true;

        Row(String file, long line, CSVRecord record, List<String> problems) {
            this.file = file;
            this.line = line;
            this.record = record;
            this.problems = problems;
        }

        String text(String column) {
            String value = record.isSet(column) ? record.get(column).strip() : "";
            if (value.isEmpty()) {
                problem(column, "空です");
            }
            return value;
        }

        OptionalInt positiveInteger(String column) {
            String raw = record.isSet(column) ? record.get(column) : "";
            OptionalInt value = TextRules.parseInteger(raw);
            if (value.isEmpty() || value.getAsInt() < 1) {
                problem(column, "「" + raw + "」は正の整数ではありません");
                return OptionalInt.empty();
            }
            return value;
        }

        /** previous_plan_no: empty when blank (same number), none for 「-」, else numbers separated by 「;」. */
        Optional<List<Integer>> previousPlanNos() {
            String raw = record.isSet(PREVIOUS_PLAN_NO) ? record.get(PREVIOUS_PLAN_NO).strip() : "";
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            if (TextRules.normalizeCode(raw).equals(NO_PREVIOUS_PLAN)) {
                return Optional.of(List.of());
            }
            List<Integer> numbers = new ArrayList<>();
            for (String part : TextRules.normalizeCode(raw).split(";")) {
                OptionalInt number = TextRules.parseInteger(part);
                if (number.isEmpty() || number.getAsInt() < 1) {
                    problem(PREVIOUS_PLAN_NO, "「" + raw + "」は前年度のプラン番号ではありません（例: 3 または 3;4、前年度にないプランは -）");
                    return Optional.empty();
                }
                if (!numbers.contains(number.getAsInt())) {
                    numbers.add(number.getAsInt());
                }
            }
            return Optional.of(numbers);
        }

        void problem(String column, String message) {
            ok = false;
            problems.add(file + " " + line + "行目 列「" + column + "」: " + message);
        }

        boolean ok() {
            return ok;
        }
    }
}
