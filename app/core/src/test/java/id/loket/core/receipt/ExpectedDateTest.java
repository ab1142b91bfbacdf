package id.loket.core.receipt;

import id.loket.core.application.ServiceLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedDateTest {

    private final ExpectedDate rules = ExpectedDate.standard(HolidayCalendar.indonesia());

    @Test
    void regularIsThreeWorkingDaysAfterPayment() {
        assertThat(rules.forPayment(LocalDateTime.of(2026, 11, 20, 15, 30), ServiceLevel.REGULAR))
                .isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(rules.forPayment(LocalDateTime.of(2026, 11, 21, 9, 0), ServiceLevel.REGULAR))
                .as("Saturday payment counts from Monday").isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void regularDaysAreConfigurable() {
        ExpectedDate five = new ExpectedDate(new WorkingDays(HolidayCalendar.none()), 5, LocalTime.NOON);

        assertThat(five.forPayment(LocalDateTime.of(2026, 11, 20, 9, 0), ServiceLevel.REGULAR))
                .isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void expressBeforeCutoffIsSameDay() {
        assertThat(rules.forPayment(LocalDateTime.of(2026, 11, 23, 11, 59), ServiceLevel.EXPRESS))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void expressAtOrAfterCutoffIsNextWorkingDay() {
        assertThat(rules.forPayment(LocalDateTime.of(2026, 11, 23, 12, 0), ServiceLevel.EXPRESS))
                .isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(rules.forPayment(LocalDateTime.of(2026, 11, 20, 14, 0), ServiceLevel.EXPRESS))
                .as("Friday afternoon").isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(rules.forPayment(LocalDateTime.of(2026, 12, 23, 13, 0), ServiceLevel.EXPRESS))
                .as("before cuti bersama and Natal").isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void expressOnAClosedDayIsTheNextWorkingDay() {
        assertThat(rules.forPayment(LocalDateTime.of(2026, 11, 21, 8, 0), ServiceLevel.EXPRESS))
                .as("Saturday morning").isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(rules.forPayment(LocalDateTime.of(2026, 8, 17, 8, 0), ServiceLevel.EXPRESS))
                .as("Independence Day").isEqualTo(LocalDate.of(2026, 8, 18));
    }

    @Test
    void cutoffIsConfigurable() {
        ExpectedDate late = new ExpectedDate(new WorkingDays(HolidayCalendar.none()), 3, LocalTime.of(14, 0));

        assertThat(late.forPayment(LocalDateTime.of(2026, 11, 23, 13, 0), ServiceLevel.EXPRESS))
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }
}
