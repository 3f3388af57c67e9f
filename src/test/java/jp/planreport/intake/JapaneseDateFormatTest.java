package jp.planreport.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Era dates, literals and locale prefixes as a Japanese-locale Excel shows them (expected texts as Excel shows them). */
class JapaneseDateFormatTest {

    private final DataFormatter formatter = new DataFormatter(Locale.JAPAN);

    private String format(String day, String pattern) {
        return JapaneseDateFormat.format(formatter, DateUtil.getExcelDate(LocalDate.parse(day)), pattern, false);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023-03-31 | [$-411]ge.m.d                    | R5.3.31",
            "2019-04-30 | [$-411]ge.m.d                    | H31.4.30",
            "2019-05-01 | [$-411]ge.m.d                    | R1.5.1",
            "1989-01-07 | [$-411]ge.m.d                    | S64.1.7",
            "1989-01-08 | [$-411]ge.m.d                    | H1.1.8",
            "1926-12-25 | [$-411]ge.m.d                    | S1.12.25",
            "1912-07-30 | [$-411]ggge\"年\"m\"月\"d\"日\"       | 大正1年7月30日",
            "1900-01-01 | [$-411]ggge\"年\"m\"月\"d\"日\"       | 明治33年1月1日",
            "2023-03-31 | [$-411]ggge\"年\"m\"月\"d\"日\"       | 令和5年3月31日",
            "2023-03-31 | [$-ja-JP]ggge\"年\"m\"月\"d\"日\";@    | 令和5年3月31日",
            "2019-05-01 | [$-ja-JP-x-gannen]ggge\"年\"m\"月\"d\"日\" | 令和元年5月1日",
            "2019-05-01 | [$-ja-JP]ggge\"年\"m\"月\"d\"日\"     | 令和1年5月1日",
            "2023-03-31 | gge\"年\"                          | 令5年",
            "2022-04-01 | [$-411]ggge\"年度\"                 | 令和4年度",
            "2023-03-31 | [$-411]gee.mm.dd                 | R05.03.31",
            "2023-03-31 | yyyy\"年\"m\"月\"d\"日\"               | 2023年3月31日",
            "2023-03-31 | yyyy年m月d日                       | 2023年3月31日",
            "2023-03-31 | yyyy\\年m\\月d\\日                    | 2023年3月31日",
            "2023-03-31 | yyyy/m/d(aaa)                    | 2023/3/31(金)",
            "2023-03-31 | m\"月\"d\"日\"aaaa                    | 3月31日金曜日",
            "2023-03-31 | yyyy/m/d;@                       | 2023/3/31",
            "2023-03-31 | m/d/yy                           | 3/31/23",
            "2023-03-31 | \"Year \"yyyy                      | Year 2023",
            "2023-03-31 | yy.m.d                           | 23.3.31",
            "2023-03-31 | [$-x-sysdate]dddd, mmmm dd, yyyy | 2023年3月31日",
            "2023-03-31 | [$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy  | 2023年3月31日",
            "2023-03-31 | [Red][$-411]ge.m.d               | R5.3.31",
    })
    void datesShowAsAJapaneseExcelShowsThem(String day, String pattern, String shown) {
        assertThat(format(day, pattern)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "h\"時\"mm\"分\"         | 18時05分",
            "h\"時\"mm\"分\"ss\"秒\"   | 18時05分09秒",
            "yyyy/m/d h:mm       | 2023/3/31 18:05",
            "[h]:mm:ss           | 1080402:05:09",
            "mm:ss.0             | 05:09.0",
    })
    void timesToo(String pattern, String shown) {
        double value = DateUtil.getExcelDate(LocalDateTime.parse("2023-03-31T18:05:09"));
        assertThat(JapaneseDateFormat.format(formatter, value, pattern, false)).isEqualTo(shown);
    }

    @Test
    void aWorkbookCountingFrom1904ShowsTheSameDay() {
        double serial1904 = DateUtil.getExcelDate(LocalDate.parse("2023-03-31")) - 1462;
        assertThat(JapaneseDateFormat.format(formatter, serial1904, "[$-411]ge.m.d", true)).isEqualTo("R5.3.31");
    }

    @ParameterizedTest
    @ValueSource(strings = {"General", "0", "0.00", "#,##0", "#,##0\"円\"", "0.00E+00", "0%", "@", "\"済\"", "", "# ?/?"})
    void numberAndTextFormatsAreNotDates(String pattern) {
        assertThat(JapaneseDateFormat.format(formatter, 45016, pattern, false)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[DBNum1]ggge\"年\"m\"月\"d\"日\"", "[$-1010411]yyyy/m/d", "bbbb/m/d", "yyyy/m/d q"})
    void whatItCannotShowItSays(String pattern) {
        assertThatThrownBy(() -> JapaneseDateFormat.format(formatter, 45016, pattern, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeNumberIsNoDate() {
        assertThatThrownBy(() -> JapaneseDateFormat.format(formatter, -1, "[$-411]ge.m.d", false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
