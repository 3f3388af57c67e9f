package jp.planreport.model;

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "令和5年3月31日 | 2023-03-31", "R5.3.31 | 2023-03-31", "r5/3/31 | 2023-03-31", "令5.3.31 | 2023-03-31",
            "Ｒ５．３．３１ | 2023-03-31", "平成31年4月30日 | 2019-04-30", "令和元年5月1日 | 2019-05-01", "H1.1.8 | 1989-01-08",
            "2023/3/31 | 2023-03-31", "2023年3月31日 | 2023-03-31", "2023-03-31 | 2023-03-31", "2023年3月 | 2023-03-01",
            "2023/3/31 0:00 | 2023-03-31", "2023/3/31 10:00 | 2023-03-31", "令和5年3月31日 12時00分 | 2023-03-31"})
    void readsADateAsACellShowsIt(String written, String day) {
        assertThat(FiscalYears.parseDate(written)).contains(java.time.LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和4年度", "2022", "3月31日", "2023/2/30", "平成31年5月1日", "X5.3.31", "3/31/23", "12時00分"})
    void notADate(String written) {
        assertThat(FiscalYears.parseDate(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2022-04-01,2022", "2023-03-31,2022", "2023-04-01,2023", "2019-05-01,2019"})
    void theFiscalYearOfADayRunsFromAprilToMarch(String day, int fiscalYear) {
        assertThat(FiscalYears.of(java.time.LocalDate.parse(day))).isEqualTo(fiscalYear);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3月31日", "3/31", "0時00分", "12時05分09秒", "12:00", "3月31日 0:00"})
    void aDayOrTimeWithoutAYearIsRecognised(String written) {
        assertThat(FiscalYears.isDayOrTimeWithoutYear(written)).isTrue();
        assertThat(FiscalYears.isDayOrTimeWithoutYear("令和4年度")).isFalse();
    }
}
