package jp.planreport.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import jp.planreport.model.PlanMaster;
import jp.planreport.model.PlanMasterEntry;

class PlanMasterReaderTest {

    private static final String HEADER = "policy_no,policy_title,initiative_code,initiative_title,plan_no,plan_title,departments\n";
    private static final String ROWS = """
            1,参加と協働のまちづくりの実践,1-1,参加と協働のまちづくりの実践,1,市民参加と多様な主体との連携・協働の推進,"企画経営課、協働推進課、デジタル行政推進課、関係各課"
            1,参加と協働のまちづくりの実践,1-2,参加と協働の推進のための環境整備,2,市民活動・地域コミュニティ活動に関する支援の推進,協働推進課
            1,参加と協働のまちづくりの実践,1-3,市政情報の積極的な提供,4,積極的な市政情報の提供,"広報課,総務課"
            """;

    @TempDir
    Path dir;

    private final PlanMasterReader reader = new PlanMasterReader();

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("plans.csv");
        Files.write(file, bytes);
        return file;
    }

    @Test
    void readsUtf8WithoutBom() throws Exception {
        PlanMaster master = reader.read(write((HEADER + ROWS).getBytes(StandardCharsets.UTF_8)), 2022);
        assertThat(master.plans()).extracting(PlanMasterEntry::planNo).containsExactly(1, 2, 4);
        assertThat(master.plan(1).orElseThrow().departments())
                .containsExactly("企画経営課", "協働推進課", "デジタル行政推進課", "関係各課");
        assertThat(master.plan(4).orElseThrow().departments()).containsExactly("広報課", "総務課");
        assertThat(master.plan(2).orElseThrow().initiativeTitle()).isEqualTo("参加と協働の推進のための環境整備");
    }

    @Test
    void previousPlanNumbersSayWhichPlansOfLastYearAPlanContinues() throws Exception {
        String csv = """
                policy_no,policy_title,initiative_code,initiative_title,plan_no,plan_title,departments,previous_plan_no
                1,方針,1-1,取組,1,そのまま,企画経営課,
                1,方針,1-1,取組,2,番号が変わった,企画経営課,7
                1,方針,1-1,取組,3,統合した,企画経営課,3；9
                1,方針,1-1,取組,7,新しく 7 番になった,企画経営課,
                1,方針,1-1,取組,8,新規,企画経営課,-
                """;
        PlanMaster master = reader.read(write(csv.getBytes(StandardCharsets.UTF_8)), 2022);

        assertThat(master.plans()).extracting(PlanMasterEntry::previousPlanNos)
                .containsExactly(List.of(1), List.of(7), List.of(3, 9), List.of(), List.of());
    }

    @Test
    void aPreviousPlanNumberThatIsNotANumberIsNamedWithItsLine() throws Exception {
        String csv = HEADER.strip() + ",previous_plan_no\n1,方針,1-1,取組,1,プラン,企画経営課,3と4\n";

        assertThatThrownBy(() -> reader.read(write(csv.getBytes(StandardCharsets.UTF_8)), 2022))
                .isInstanceOf(PlanMasterException.class)
                .satisfies(e -> assertThat(((PlanMasterException) e).problems()).singleElement().asString()
                        .contains("2行目", "previous_plan_no", "3と4"));
    }

    @Test
    void readsUtf8WithBom() throws Exception {
        byte[] body = (HEADER + ROWS).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        PlanMaster master = reader.read(write(withBom), 2022);
        assertThat(master.plan(1).orElseThrow().policyTitle()).isEqualTo("参加と協働のまちづくりの実践");
    }

    @Test
    void readsShiftJisAsExcelSavesIt() throws Exception {
        PlanMaster master = reader.read(write((HEADER + ROWS).replace("\n", "\r\n").getBytes(Charset.forName("windows-31j"))), 2022);
        assertThat(master.plan(2).orElseThrow().planTitle()).isEqualTo("市民活動・地域コミュニティ活動に関する支援の推進");
    }

    @Test
    void takesColumnsInAnyOrder() throws Exception {
        String csv = "plan_no,departments,plan_title,initiative_title,initiative_code,policy_title,policy_no\n"
                + "5,総務課,適正な公文書管理の推進,市政情報の積極的な提供,１－３,参加と協働のまちづくりの実践,1\n";
        PlanMasterEntry entry = reader.read(write(csv.getBytes(StandardCharsets.UTF_8)), 2022).plan(5).orElseThrow();
        assertThat(entry.initiativeCode()).isEqualTo("1-3");
        assertThat(entry.planTitle()).isEqualTo("適正な公文書管理の推進");
    }

    @Test
    void aMissingColumnIsNamed() {
        String csv = HEADER.replace(",departments", "") + "1,t,1-1,t,1,t\n";
        assertThatThrownBy(() -> reader.read(write(csv.getBytes(StandardCharsets.UTF_8)), 2022))
                .isInstanceOf(PlanMasterException.class)
                .hasMessageContaining("plans.csv 1行目").hasMessageContaining("departments");
    }

    @Test
    void duplicatePlanNumbersNameBothLines() {
        String csv = HEADER + ROWS + "1,参加と協働のまちづくりの実践,1-3,市政情報の積極的な提供,2,重複,総務課\n";
        assertThatThrownBy(() -> reader.read(write(csv.getBytes(StandardCharsets.UTF_8)), 2022))
                .isInstanceOf(PlanMasterException.class)
                .hasMessageContaining("plans.csv 5行目 列「plan_no」").hasMessageContaining("3行目と重複");
    }

    @Test
    void aBadInitiativeCodeOrNumberIsNamedWithLineAndColumn() {
        String csv = HEADER + "1,方針,2-1,取組,1,プラン,総務課\nx,方針,1-1,取組,2,プラン,総務課\n";
        assertThatThrownBy(() -> reader.read(write(csv.getBytes(StandardCharsets.UTF_8)), 2022))
                .isInstanceOf(PlanMasterException.class)
                .hasMessageContaining("2行目 列「initiative_code」")
                .hasMessageContaining("3行目 列「policy_no」");
    }

    @Test
    void problemsNameTheLineOfTheFileNotTheNumberOfTheRecord() {
        // blank lines are skipped and a quoted line break continues a record: line 7 is the 3rd record
        String rows = "1,方針,1-1,取組,1,\"題名の\n途中で改行\",総務課\n"
                + "\n"
                + "1,方針,1-1,取組,2,プラン,総務課\n"
                + "x,方針,1-1,取組,2,重複,総務課\n";
        for (String eol : new String[] {"\n", "\r\n"}) {
            String csv = (HEADER + "\n" + rows).replace("\n", eol);
            assertThatThrownBy(() -> reader.read(write(csv.getBytes(StandardCharsets.UTF_8)), 2022))
                    .as(eol.equals("\n") ? "LF" : "CRLF")
                    .isInstanceOf(PlanMasterException.class)
                    .hasMessageContaining("plans.csv 7行目 列「policy_no」")
                    .hasMessageContaining("plans.csv 7行目 列「plan_no」: プラン番号 2 が 6行目と重複しています");
        }
    }

    @Test
    void bytesThatAreNeitherUtf8NorShiftJisAreRefusedNotGarbled() {
        byte[] bytes = {(byte) 0x80, (byte) 0x81, (byte) 0xFF, (byte) 0xFE};
        assertThatThrownBy(() -> reader.read(write(bytes), 2022)).isInstanceOf(PlanMasterException.class)
                .hasMessageContaining("文字コード");
    }
}
