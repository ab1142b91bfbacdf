package id.loket.core.queue;

import id.loket.core.i18n.Message;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An imported CSV file read as UTF-8 text, or why it could not be (not UTF-8, unreadable), as a
 * message for the import report.
 *
 * @param text    the file's text, null when it could not be read
 * @param problem why not, null when read
 */
public record CsvFile(String text, Message problem) {

    /** Reads {@code file} as UTF-8. */
    public static CsvFile read(Path file) {
        try {
            return new CsvFile(Files.readString(file, StandardCharsets.UTF_8), null);
        } catch (CharacterCodingException e) {
            return new CsvFile(null, Message.of("queue.import.notUtf8", file.getFileName()));
        } catch (IOException e) {
            return new CsvFile(null, Message.of("queue.import.unreadable", file.getFileName()));
        }
    }
}
