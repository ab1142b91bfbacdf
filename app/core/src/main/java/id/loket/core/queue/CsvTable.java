package id.loket.core.queue;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader for imported lists (appointment exports, a booth's applicant list): comma or semicolon separated (spreadsheets in
 * an Indonesian locale write semicolons), the separator guessed from the header line, fields in
 * double quotes may hold separators, line breaks and doubled quotes ({@code ""}). A leading UTF-8
 * byte-order mark is dropped. Each record keeps the line it starts on, for the import report.
 *
 * @param delimiter the separator found in the header
 * @param records   every record including the header, blank lines left out
 */
public record CsvTable(char delimiter, List<Record> records) {

    /**
     * One CSV record.
     *
     * @param line          the line it starts on (1-based)
     * @param unclosedQuote true when a quoted field was still open at the end of the file
     */
    public record Record(int line, List<String> fields, boolean unclosedQuote) {

        public boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** Parses CSV text (already decoded). */
    public static CsvTable parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = guessDelimiter(s);
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean crlf = ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n';
            if (inQuotes) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    inQuotes = false;
                } else {
                    field.append(ch);
                    if (ch == '\n' || (ch == '\r' && !crlf)) {
                        line++;
                    }
                }
            } else if (ch == '"' && field.isEmpty()) {
                inQuotes = true;
            } else if (ch == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' || ch == '\n') {
                if (crlf) {
                    i++;
                }
                fields.add(field.toString());
                add(records, new Record(start, fields, false));
                fields = new ArrayList<>();
                field.setLength(0);
                line++;
                start = line;
            } else {
                field.append(ch);
            }
        }
        if (inQuotes || !field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            add(records, new Record(start, fields, inQuotes));
        }
        return new CsvTable(delimiter, records);
    }

    private static void add(List<Record> records, Record r) {
        if (r.unclosedQuote() || !r.blank()) {
            records.add(new Record(r.line(), List.copyOf(r.fields()), r.unclosedQuote()));
        }
    }

    /** Semicolon when the first line has more semicolons than commas (outside quotes), else comma. */
    static char guessDelimiter(String s) {
        int commas = 0;
        int semicolons = 0;
        boolean inQuotes = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!inQuotes && ch == ',') {
                commas++;
            } else if (!inQuotes && ch == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
