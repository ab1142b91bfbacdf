package id.loket.core.queue;

import id.loket.core.i18n.Message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of an imported CSV, found by their header names in any order, ignoring case, spaces,
 * underscores and hyphens. Each required {@link Column} has English and Indonesian aliases; the
 * appointment import uses {@link #APPOINTMENT_COLUMNS}, the booth's applicant list its own.
 *
 * @param columns index of each required column, -1 when missing
 * @param width   number of header fields
 */
public record CsvHeader(Map<String, Integer> columns, int width) {

    /** A required column: its name in messages and the header names accepted for it (lower case). */
    public record Column(String name, Set<String> aliases) {
    }

    public static final Column NAME = new Column("name",
            Set.of("name", "full name", "nama", "nama lengkap", "nama pemohon"));
    public static final Column BIRTH_DATE = new Column("date of birth",
            Set.of("date of birth", "birth date", "birthdate", "dob", "tanggal lahir", "tgl lahir"));
    public static final Column NIK = new Column("NIK", Set.of("nik"));
    static final Column BOOKING_CODE = new Column("booking code",
            Set.of("booking code", "kode booking", "booking", "kode"));
    /** The appointment export's columns. */
    static final List<Column> APPOINTMENT_COLUMNS = List.of(NAME, BIRTH_DATE, NIK, BOOKING_CODE);

    static CsvHeader of(List<String> header) {
        return of(header, APPOINTMENT_COLUMNS);
    }

    /** Finds each of the {@code required} columns in the header row. */
    public static CsvHeader of(List<String> header, List<Column> required) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Column column : required) {
            columns.put(column.name(), -1);
        }
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            for (Column column : required) {
                if (column.aliases().contains(name) && columns.get(column.name()) < 0) {
                    columns.put(column.name(), i);
                }
            }
        }
        return new CsvHeader(Collections.unmodifiableMap(columns), header.size());
    }

    /** A file-level error for each required column the header lacks. */
    public List<Message> missing() {
        List<Message> out = new ArrayList<>();
        for (var column : columns.entrySet()) {
            if (column.getValue() < 0) {
                out.add(Message.of("queue.import.missingColumn", column.getKey()));
            }
        }
        return out;
    }

    /** Why a record cannot be read as a row (unclosed quote, wrong number of fields), if it cannot. */
    public Optional<Message> shapeProblem(CsvTable.Record r) {
        if (r.unclosedQuote()) {
            return Optional.of(Message.of("queue.import.unclosedQuote"));
        }
        int found = r.fields().size();
        while (found > width && r.fields().get(found - 1).isBlank()) {
            found--;
        }
        if (found != width) {
            return Optional.of(Message.of("queue.import.fieldCount", width, found));
        }
        return Optional.empty();
    }

    AppointmentInput input(CsvTable.Record r) {
        return new AppointmentInput(field(r, NAME), field(r, BIRTH_DATE), field(r, NIK), field(r, BOOKING_CODE));
    }

    /** The booking code of a record, as far as it can be read (for the report of a broken row). */
    String bookingCode(CsvTable.Record r) {
        return AppointmentRules.bookingCode(field(r, BOOKING_CODE));
    }

    /** The value of a required column in a record ("" when the record is too short). */
    public String field(CsvTable.Record r, Column column) {
        int i = columns.getOrDefault(column.name(), -1);
        return i >= 0 && i < r.fields().size() ? r.fields().get(i) : "";
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[_\\-.]+", " ").replaceAll("\\s+", " ");
    }
}
