package jp.planreport.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2022", "２０２２", "2022年度", "令和4年度", "令和４年度", "令和4", "R4", "r4", "Ｒ４", " 令和4年度 "})
    void readsEveryFormOfTheContract(String written) {
        assertThat(FiscalYears.parse(written)).isEqualTo(OptionalInt.of(2022));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "令和", "X4", "昨年度", "令和99999年度"})
    void rejectsWhatIsNotAYear(String written) {
        assertThat(FiscalYears.parse(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2022,令和4年度", "2019,令和元年度", "2018,平成30年度", "2020,令和2年度", "1989,平成元年度"})
    void namesTheYearWithTheEraOfJapaneseDate(int year, String label) {
        assertThat(FiscalYears.label(year)).isEqualTo(label);
        assertThat(FiscalYears.parse(label)).isEqualTo(OptionalInt.of(year));
    }

    @ParameterizedTest
    @CsvSource({"2023-05-31,令和5年5月31日", "2019-04-30,平成31年4月30日", "2019-05-01,令和元年5月1日"})
    void datesTakeTheEraOfTheDay(String day, String expected) {
        assertThat(FiscalYears.date(java.time.LocalDate.parse(day))).isEqualTo(expected);
    }
}
