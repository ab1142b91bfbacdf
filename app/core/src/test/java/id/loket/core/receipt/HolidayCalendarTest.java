package id.loket.core.receipt;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolidayCalendarTest {

    @Test
    void bundledListHasTheDecreed2026DaysIncludingCutiBersama() {
        HolidayCalendar id = HolidayCalendar.indonesia();

        assertThat(id.isHoliday(LocalDate.of(2026, 3, 21))).as("Idul Fitri 1447").isTrue();
        assertThat(id.isHoliday(LocalDate.of(2026, 3, 23))).as("cuti bersama Idul Fitri").isTrue();
        assertThat(id.isHoliday(LocalDate.of(2026, 12, 24))).as("cuti bersama Natal").isTrue();
        assertThat(id.isHoliday(LocalDate.of(2026, 8, 17))).as("Proklamasi").isTrue();
        assertThat(id.isHoliday(LocalDate.of(2026, 11, 25))).isFalse();
        assertThat(id.days().stream().filter(d -> d.getYear() == 2026)).as("17 national + 8 cuti bersama").hasSize(25);
    }

    @Test
    void bundledListCovers2026And2027Only() {
        HolidayCalendar id = HolidayCalendar.indonesia();

        assertThat(id.covers(2026)).isTrue();
        assertThat(id.covers(2027)).isTrue();
        assertThat(id.covers(2028)).isFalse();
        assertThat(id.isHoliday(LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void parsesDatesSkippingCommentsAndDescriptions() {
        HolidayCalendar c = HolidayCalendar.parse(List.of("# office list", "", "2026-07-01 local Hari Bhayangkara",
                "  2026-07-02"));

        assertThat(c.days()).containsExactlyInAnyOrder(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 2));
    }

    @Test
    void malformedLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> HolidayCalendar.parse(List.of("# x", "2026-13-01 bad")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void loadsAnOfficeFileAndAddsDays(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("libur.txt");
        Files.writeString(file, "2026-07-01 local\n");

        HolidayCalendar c = HolidayCalendar.load(file).plus(List.of(LocalDate.of(2026, 7, 3)));

        assertThat(c.isHoliday(LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(c.isHoliday(LocalDate.of(2026, 7, 3))).isTrue();
        assertThat(c.isHoliday(LocalDate.of(2026, 7, 2))).isFalse();
        assertThat(HolidayCalendar.none().days()).isEmpty();
    }
}
