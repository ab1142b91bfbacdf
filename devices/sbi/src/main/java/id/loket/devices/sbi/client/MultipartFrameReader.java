package id.loket.devices.sbi.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the frames of a {@code multipart/x-mixed-replace} STREAM body. The spec's own example
 * writes {@code boundary=--BoundaryString} and then parts starting {@code --BoundaryString}
 * (RFC 2046 would add two more dashes), so a delimiter is any line that equals the boundary once
 * leading dashes are ignored. Every part must carry Content-Length, as the spec's parts do.
 */
final class MultipartFrameReader {
    private static final int MAX_LINE = 8192;
    private static final int MAX_FRAME = 16 << 20;

    private final InputStream in;
    private final String boundary;

    MultipartFrameReader(InputStream in, String contentType) {
        this.in = in;
        this.boundary = stripDashes(boundaryOf(contentType));
    }

    static String boundaryOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                return p.substring("boundary=".length()).replace("\"", "").trim();
            }
        }
        return "";
    }

    private static String stripDashes(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        return s.substring(i);
    }

    /** The next frame, or empty at the end of the stream. */
    Optional<byte[]> next() throws IOException {
        String line;
        do {
            line = readLine();
            if (line == null) {
                return Optional.empty();
            }
        } while (!(line.startsWith("--") && stripDashes(line).equals(boundary)));
        int length = -1;
        while ((line = readLine()) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                length = Integer.parseInt(line.substring(colon + 1).trim());
            }
        }
        if (line == null) {
            return Optional.empty();
        }
        if (length < 0 || length > MAX_FRAME) {
            throw new IOException("stream part without a usable Content-Length");
        }
        byte[] frame = in.readNBytes(length);
        if (frame.length < length) {
            return Optional.empty();
        }
        return Optional.of(frame);
    }

    /** A CRLF- or LF-terminated ASCII line without its terminator; null at end of stream. */
    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                break;
            }
            if (line.size() > MAX_LINE) {
                throw new IOException("stream header line too long");
            }
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        String text = line.toString(StandardCharsets.US_ASCII);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
