package id.loket.sync.central.appointment;

import id.loket.sync.central.device.DeviceRules;
import id.loket.sync.protocol.appointment.WireAppointment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads M-Paspor appointments from CSV with the header
 * {@code office,date,booking_code,full_name,birth_date,nik,slot} (any column order; quotes as in
 * RFC 4180, but no line breaks inside a field; slot may be empty).
 */
public final class AppointmentCsv {

    static final List<String> COLUMNS = List.of("office", "date", "booking_code", "full_name", "birth_date", "nik", "slot");

    private AppointmentCsv() {
    }

    /** One appointment of an office's day. */
    public record Row(String officeCode, LocalDate date, WireAppointment appointment) {
    }

    /**
     * @throws IllegalArgumentException naming the line of the first bad row
     */
    public static List<Row> parse(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String header = in.readLine();
        if (header == null) {
            throw new IllegalArgumentException("the file is empty; expected the header " + String.join(",", COLUMNS));
        }
        List<String> names = fields(header.replace("\uFEFF", "")).stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        int[] at = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            at[i] = names.indexOf(COLUMNS.get(i));
            if (at[i] < 0) {
                throw new IllegalArgumentException("line 1: the column '" + COLUMNS.get(i) + "' is missing");
            }
        }
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() != names.size()) {
                throw new IllegalArgumentException("line " + number + ": " + f.size() + " fields, expected " + names.size());
            }
            try {
                rows.add(row(i -> f.get(at[i]).strip()));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    private static Row row(java.util.function.IntFunction<String> field) {
        String office = field.apply(0);
        DeviceRules.requireOffice(office);
        String booking = require(field.apply(2), "booking_code", 40);
        String name = require(field.apply(3), "full_name", 200);
        String nik = field.apply(5);
        if (!nik.matches("\\d{16}")) {
            throw new IllegalArgumentException("the NIK must have 16 digits");
        }
        String slot = field.apply(6);
        return new Row(office, LocalDate.parse(field.apply(1)), new WireAppointment(booking, name,
                LocalDate.parse(field.apply(4)), nik, slot.isEmpty() ? null : LocalTime.parse(slot)));
    }

    private static String require(String value, String column, int max) {
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException(column + " must have 1 to " + max + " characters");
        }
        return value;
    }

    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }
}
