package id.loket.core.receipt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Counting office working days: Monday to Friday, except the days of a {@link HolidayCalendar}.
 * Applicants are promised dates in working days, so the receipt must skip weekends and holidays.
 */
public record WorkingDays(HolidayCalendar holidays) {

    public WorkingDays {
        Objects.requireNonNull(holidays, "holidays");
    }

    /** True on Monday to Friday when the day is not a holiday. */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The date {@code count} working days after {@code start}. A start on a weekend or holiday
     * counts from the next working day, as if the event had happened then: Saturday + 3 is the
     * Thursday after, Friday + 3 is the Wednesday after.
     *
     * @param count zero or more working days
     */
    public LocalDate after(LocalDate start, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        LocalDate d = onOrAfter(start);
        for (int left = count; left > 0; left--) {
            d = onOrAfter(d.plusDays(1));
        }
        return d;
    }
}
