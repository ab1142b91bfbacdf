package id.loket.core.receipt;

import id.loket.core.application.ServiceLevel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When the passport should be ready, the answer applicants want most ("when can I collect it?").
 * Regular service: {@code regularWorkingDays} working days after payment (3 by default).
 * Same-day express (percepatan): the payment day when paid on a working day before
 * {@code expressCutoff}, otherwise the next working day. Both are office-configurable.
 */
public record ExpectedDate(WorkingDays workingDays, int regularWorkingDays, LocalTime expressCutoff) {

    /** Working days between payment and collection in regular service. */
    public static final int DEFAULT_REGULAR_WORKING_DAYS = 3;
    /** Payments for express service after this time are ready the next working day. */
    public static final LocalTime DEFAULT_EXPRESS_CUTOFF = LocalTime.NOON;

    public ExpectedDate {
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(expressCutoff, "expressCutoff");
        if (regularWorkingDays < 0) {
            throw new IllegalArgumentException("regularWorkingDays must not be negative");
        }
    }

    /** Three working days, express cutoff at noon, with the given holidays. */
    public static ExpectedDate standard(HolidayCalendar holidays) {
        return new ExpectedDate(new WorkingDays(holidays), DEFAULT_REGULAR_WORKING_DAYS, DEFAULT_EXPRESS_CUTOFF);
    }

    /**
     * The expected collection date for a payment confirmed at {@code paidAt} (office local time).
     */
    public LocalDate forPayment(LocalDateTime paidAt, ServiceLevel service) {
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(service, "service");
        LocalDate day = paidAt.toLocalDate();
        return switch (service) {
            case REGULAR -> workingDays.after(day, regularWorkingDays);
            case EXPRESS -> workingDays.isWorkingDay(day) && paidAt.toLocalTime().isBefore(expressCutoff)
                    ? day
                    : workingDays.onOrAfter(day.plusDays(1));
        };
    }
}
