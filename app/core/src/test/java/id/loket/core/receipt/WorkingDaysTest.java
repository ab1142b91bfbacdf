package id.loket.core.receipt;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    private final WorkingDays plain = new WorkingDays(HolidayCalendar.none());
    private final WorkingDays indonesia = new WorkingDays(HolidayCalendar.indonesia());

    @Test
    void fridayPlusThreeIsWednesday() {
        assertThat(plain.after(LocalDate.of(2026, 11, 20), 3)).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void midweekStaysInTheWeekOrCrossesTheWeekend() {
        assertThat(plain.after(LocalDate.of(2026, 11, 23), 3)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(plain.after(LocalDate.of(2026, 11, 26), 3)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void weekendStartCountsFromMonday() {
        assertThat(plain.after(LocalDate.of(2026, 11, 21), 3)).as("Saturday").isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(plain.after(LocalDate.of(2026, 11, 22), 3)).as("Sunday").isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(plain.after(LocalDate.of(2026, 11, 21), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void holidaySpanIsSkipped() {
        // Tue 17 March 2026; 18-24 March are Nyepi, Idul Fitri and cuti bersama, so Wed 25 is day 1.
        assertThat(indonesia.after(LocalDate.of(2026, 3, 17), 3)).isEqualTo(LocalDate.of(2026, 3, 27));
        // Wed 23 December 2026: 24 (cuti bersama) and 25 (Natal) are closed.
        assertThat(indonesia.after(LocalDate.of(2026, 12, 23), 3)).isEqualTo(LocalDate.of(2026, 12, 30));
        // Payment on the Nyepi holiday counts from the first working day after the span.
        assertThat(indonesia.after(LocalDate.of(2026, 3, 19), 3)).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void singleHolidayFromAList() {
        WorkingDays w = new WorkingDays(HolidayCalendar.of(List.of(LocalDate.of(2026, 11, 24))));

        assertThat(w.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(w.after(LocalDate.of(2026, 11, 20), 3)).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void workingDayTestAndNegativeCount() {
        assertThat(plain.isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue();
        assertThat(plain.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(plain.onOrAfter(LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThatThrownBy(() -> plain.after(LocalDate.of(2026, 11, 27), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
