package jp.planreport.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingCodeTest {

    @Test
    void everyMessageIsJapaneseAndTakesItsDetailsWithoutLeftoverPlaceholders() {
        for (FindingCode code : FindingCode.values()) {
            String message = code.message("年次評価", "S", "A、B、C", "総務課.xlsx");
            assertThat(message).as(code.name()).doesNotContain("{", "}").matches("(?s).*[ぁ-んァ-ヶ一-龠].*").endsWith("。");
        }
    }

    @Test
    void aFindingNamesTheFieldByTheLabelTheClerkSeesOnTheForm() {
        Finding finding = Finding.of(FindingCode.MISSING_NAME, "総務課.xlsx", "プラン5", "summary", "summary");
        assertThat(finding.message()).isEqualTo("欄「今年度の総括」の名前の定義（summary）がありません。配布したひな形を使って記入してください。");
        assertThat(finding.describe()).isEqualTo("エラー  総務課.xlsx › プラン5 › summary: " + finding.message() + "  [MISSING_NAME]");
        assertThat(finding.forClerk()).as("for a department: no defined name, no code").isEqualTo("エラー  総務課.xlsx › プラン5: " + finding.message());
    }
}
