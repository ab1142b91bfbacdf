package id.loket.core.booth;

import id.loket.core.i18n.Message;
import id.loket.core.queue.RowOutcome;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of one row of an organiser's list.
 *
 * @param line        line in the CSV file (1 is the header)
 * @param fullName    the name as read, possibly blank
 * @param reasons     why the row was rejected; empty unless {@link RowOutcome#REJECTED}
 * @param warnings    accepted oddities (the NIK disagrees with the birth date, which the law allows)
 * @param applicantId the listed applicant, null when rejected
 */
public record ListRow(int line, String fullName, RowOutcome outcome, List<Message> reasons, List<Message> warnings,
                      UUID applicantId) {

    public ListRow {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
    }
}
