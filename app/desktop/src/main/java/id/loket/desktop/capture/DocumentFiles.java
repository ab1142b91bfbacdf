package id.loket.desktop.capture;

import id.loket.core.i18n.Message;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a scanned or exported document file and decides whether it can be kept: a JPEG or PNG
 * that decodes, or a PDF (recognised by its {@code %PDF-} header). Anything else is refused with
 * a message naming the file, so an officer never stores a scan that cannot be opened later.
 */
public final class DocumentFiles {

    /** Largest file accepted (a multi-page scan at 300 dpi stays well under this). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private DocumentFiles() {
    }

    /**
     * Reads and checks a file.
     *
     * @throws DocumentRefusal naming the file and what is wrong
     */
    public static Accepted read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new DocumentRefusal(Message.of("capture.documents.tooLarge", name, MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DocumentRefusal(Message.of("capture.documents.unreadable", name));
        }
        if (bytes.length == 0) {
            throw new DocumentRefusal(Message.of("capture.documents.empty", name));
        }
        if (startsWith(bytes, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return new Accepted(name, bytes, "application/pdf");
        }
        String mediaType = imageType(bytes);
        if (mediaType == null) {
            throw new DocumentRefusal(Message.of("capture.documents.notSupported", name));
        }
        try {
            if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                throw new DocumentRefusal(Message.of("capture.documents.corrupt", name));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentRefusal refusal) {
                throw refusal;
            }
            throw new DocumentRefusal(Message.of("capture.documents.corrupt", name));
        }
        return new Accepted(name, bytes, mediaType);
    }

    private static String imageType(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (startsWith(b, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return "image/png";
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * A file that may be stored.
     *
     * @param fileName  the file's name, kept as the document's note
     * @param bytes     its content
     * @param mediaType image/jpeg, image/png or application/pdf
     */
    public record Accepted(String fileName, byte[] bytes, String mediaType) {
        @Override
        public String toString() {
            return "Accepted[" + fileName + ", " + mediaType + ", " + bytes.length + " bytes]";
        }
    }

    /** A refused file, with the message to show. */
    public static final class DocumentRefusal extends RuntimeException {
        private final transient Message reason;

        public DocumentRefusal(Message reason) {
            super(reason.key());
            this.reason = reason;
        }

        public Message reason() {
            return reason;
        }
    }
}
