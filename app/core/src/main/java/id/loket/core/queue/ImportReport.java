package id.loket.core.queue;

import id.loket.core.i18n.Message;

import java.time.LocalDate;
import java.util.List;

/**
 * What an appointment CSV import did, row by row. File-level errors (not UTF-8, no header, a
 * required column missing) mean no row was read; otherwise every data row has a {@link RowResult}.
 *
 * @param date the day the appointments were imported for
 */
public record ImportReport(LocalDate date, List<Message> fileErrors, List<RowResult> rows) {

    public ImportReport {
        fileErrors = List.copyOf(fileErrors);
        rows = List.copyOf(rows);
    }

    /** Rows stored by this import. */
    public long imported() {
        return count(RowOutcome.IMPORTED);
    }

    /** Rows already stored by an earlier import (same booking code and data). */
    public long alreadyPresent() {
        return count(RowOutcome.ALREADY_PRESENT);
    }

    /** Rows refused, each with its reasons. */
    public long rejected() {
        return count(RowOutcome.REJECTED);
    }

    /** The refused rows. */
    public List<RowResult> rejectedRows() {
        return rows.stream().filter(r -> r.outcome() == RowOutcome.REJECTED).toList();
    }

    private long count(RowOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
