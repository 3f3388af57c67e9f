package jp.planreport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void itemsAreOnePerLineWithOptionalBulletsAndNoBlankLines() {
        String cell = "○市民参加を推進します。\r\n\n〇 研修を実施します。\n◯オンライン\n◆年度計画\n・中黒\n- ハイフン\n  \n研修（参加者45人）";
        assertThat(TextRules.items(cell)).containsExactly("市民参加を推進します。", "研修を実施します。", "オンライン",
                "年度計画", "中黒", "ハイフン", "研修（参加者45人）");
    }

    @Test
    void bodyTextIsKeptExactlyAsWritten() {
        String text = "全角　スペース、ＡＢＣ１２３、<b>太字</b>、$P{x}";
        assertThat(TextRules.items(text)).containsExactly(text);
        assertThat(TextRules.paragraph(text + "\r\n二行目\n")).isEqualTo(text + "\n二行目");
    }

    @Test
    void numbersAndCodesAreNormalised() {
        assertThat(TextRules.parseInteger("１２")).isEqualTo(OptionalInt.of(12));
        assertThat(TextRules.parseInteger(" 3 ")).isEqualTo(OptionalInt.of(3));
        assertThat(TextRules.parseInteger("三")).isEmpty();
        assertThat(TextRules.normalizeCode("１－２")).isEqualTo("1-2");
    }

    @Test
    void departmentsAndContactsSplitOnTheContractsSeparators() {
        assertThat(TextRules.departments("企画経営課、協働推進課,デジタル行政推進課，関係各課;総務課"))
                .containsExactly("企画経営課", "協働推進課", "デジタル行政推進課", "関係各課", "総務課");
        assertThat(TextRules.contacts("042-481-7301 042-481-7322\n042-481-7370、042-481-7036"))
                .containsExactly("042-481-7301", "042-481-7322", "042-481-7370", "042-481-7036");
    }

    @Test
    void controlCharactersAreFoundAndRemovedButLineBreaksStay() {
        assertThat(TextRules.hasControlCharacters("a\u0007b")).isTrue();
        assertThat(TextRules.hasControlCharacters("a\nb\tc")).isFalse();
        assertThat(TextRules.withoutControlCharacters("a\u0000b\u001Fc\nd")).isEqualTo("abc\nd");
    }

    @Test
    void marksAcceptTheLookalikeCircles() {
        assertThat(ProgressMark.parse("◎")).contains(ProgressMark.AHEAD);
        assertThat(ProgressMark.parse("○")).contains(ProgressMark.ON_PLAN);
        assertThat(ProgressMark.parse("〇")).contains(ProgressMark.ON_PLAN);
        assertThat(ProgressMark.parse("◯")).contains(ProgressMark.ON_PLAN);
        assertThat(ProgressMark.parse(" △ ")).contains(ProgressMark.BEHIND);
        assertThat(ProgressMark.parse("×")).isEmpty();
        assertThat(ProgressMark.parse("○○")).isEmpty();
        assertThat(ProgressMark.legend()).isEqualTo("※◎：計画を上回る　○：（概ね）計画どおり　△：遅れる");
    }

    @Test
    void gradesFollowTheConfiguredScaleAndFullWidthLettersCount() {
        GradeScale abc = new GradeScale(List.of(new GradeScale.Grade("A", ""), new GradeScale.Grade("B", ""),
                new GradeScale.Grade("C", "")));
        assertThat(abc.parse("Ａ")).contains("A");
        assertThat(abc.parse("b")).contains("B");
        assertThat(abc.parse("S")).isEmpty();
        GradeScale sabc = new GradeScale(List.of(new GradeScale.Grade("S", ""), new GradeScale.Grade("A", "")));
        assertThat(sabc.parse("Ｓ")).contains("S");
    }

    @Test
    void footnotesPairMarkersAndNotes() {
        List<Note> notes = Footnotes.parseNotes("※1 ソーシャルメディア：誰もが…のこと\n※２　ウェブ：…\n※非現用文書：保存期間が満了した公文書のこと");
        assertThat(notes).extracting(Note::marker).containsExactly("※1", "※2", "※");
        assertThat(notes.get(2).text()).isEqualTo("非現用文書：保存期間が満了した公文書のこと");
        assertThat(Footnotes.markersIn("ソーシャルメディア※1を活用、ウェブ※２、非現用文書※の整理"))
                .containsExactly("※1", "※2", "※");
    }
}
