package id.loket.core.booth;

import id.loket.core.i18n.Message;
import id.loket.core.queue.RowOutcome;

import java.util.List;

/**
 * What importing an organiser's list did: file-level errors (nothing read), or one {@link ListRow}
 * per data row. Good rows are kept even when others are rejected.
 */
public record ListImportReport(List<Message> fileErrors, List<ListRow> rows) {

    public ListImportReport {
        fileErrors = List.copyOf(fileErrors);
        rows = List.copyOf(rows);
    }

    public long imported() {
        return count(RowOutcome.IMPORTED);
    }

    public long alreadyPresent() {
        return count(RowOutcome.ALREADY_PRESENT);
    }

    public long rejected() {
        return count(RowOutcome.REJECTED);
    }

    private long count(RowOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
