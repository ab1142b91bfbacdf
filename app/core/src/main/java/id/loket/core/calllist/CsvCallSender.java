package id.loket.core.calllist;

import id.loket.core.i18n.Messages;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes the call list as CSV (RFC 4180, comma, UTF-8 as the caller opens it) for the staff who
 * phone the applicants: name, phone, status, reference (receipt number or booking code) and the
 * message to read out. The header row is written at construction, in the language given.
 */
public final class CsvCallSender implements CallSender, AutoCloseable {

    private final Writer out;
    private final Messages language;

    public CsvCallSender(Writer out, Messages language) throws IOException {
        this.out = Objects.requireNonNull(out, "out");
        this.language = Objects.requireNonNull(language, "language");
        row(List.of(language.text("calllist.csv.name"), language.text("calllist.csv.phone"),
                language.text("calllist.csv.status"), language.text("calllist.csv.reference"),
                language.text("calllist.csv.message")));
    }

    @Override
    public String channel() {
        return "CSV";
    }

    @Override
    public void send(Contact contact, String text) throws IOException {
        row(Arrays.asList(contact.fullName(), contact.phone(),
                language.text("enum.CallStatus." + contact.status().name()), contact.reference(), text));
    }

    private void row(List<String> fields) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quoted(fields.get(i)));
        }
        out.write(line.append("\r\n").toString());
    }

    /** A field in double quotes when it holds a comma, a quote or a line break; a leading = + - @ is defused. */
    static String quoted(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("\\+?[0-9 ()-]+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
