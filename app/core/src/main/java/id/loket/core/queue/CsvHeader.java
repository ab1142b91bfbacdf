package id.loket.core.queue;

import id.loket.core.i18n.Message;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of an appointment CSV, found by their header names in any order. English and
 * Indonesian names are accepted ("name"/"nama", "date of birth"/"tanggal lahir", "NIK",
 * "booking code"/"kode booking"), ignoring case, spaces, underscores and hyphens.
 *
 * @param columns index of each column (name, birthDate, nik, bookingCode), -1 when missing
 * @param width   number of header fields
 */
record CsvHeader(Map<String, Integer> columns, int width) {

    private static final Map<String, Set<String>> ALIASES = Map.of(
            "name", Set.of("name", "full name", "nama", "nama lengkap", "nama pemohon"),
            "date of birth", Set.of("date of birth", "birth date", "birthdate", "dob", "tanggal lahir", "tgl lahir"),
            "NIK", Set.of("nik"),
            "booking code", Set.of("booking code", "kode booking", "booking", "kode"));
    private static final List<String> REQUIRED = List.of("name", "date of birth", "NIK", "booking code");

    static CsvHeader of(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (String column : REQUIRED) {
            columns.put(column, -1);
        }
        for (int i = 0; i < header.size(); i++) {
            String name = normalise(header.get(i));
            for (String column : REQUIRED) {
                if (ALIASES.get(column).contains(name) && columns.get(column) < 0) {
                    columns.put(column, i);
                }
            }
        }
        return new CsvHeader(Map.copyOf(columns), header.size());
    }

    /** A file-level error for each required column the header lacks. */
    List<Message> missing() {
        List<Message> out = new ArrayList<>();
        for (String column : REQUIRED) {
            if (columns.get(column) < 0) {
                out.add(Message.of("queue.import.missingColumn", column));
            }
        }
        return out;
    }

    /** Why a record cannot be read as a row (unclosed quote, wrong number of fields), if it cannot. */
    Optional<Message> shapeProblem(CsvTable.Record r) {
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
        return new AppointmentInput(field(r, "name"), field(r, "date of birth"), field(r, "NIK"),
                field(r, "booking code"));
    }

    /** The booking code of a record, as far as it can be read (for the report of a broken row). */
    String bookingCode(CsvTable.Record r) {
        return AppointmentRules.bookingCode(field(r, "booking code"));
    }

    private String field(CsvTable.Record r, String column) {
        int i = columns.get(column);
        return i < r.fields().size() ? r.fields().get(i) : "";
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[_\\-.]+", " ").replaceAll("\\s+", " ");
    }
}
