package id.loket.sync.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** gzip for batch JSON (never for images, which are already compressed). */
public final class Gzip {

    private Gzip() {
    }

    public static byte[] compress(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Decompresses at most {@code maxBytes}: a small hostile body cannot blow up into gigabytes.
     *
     * @throws IOException when the data is not gzip, is truncated, or inflates beyond {@code maxBytes}
     */
    public static byte[] decompress(InputStream compressed, int maxBytes) throws IOException {
        try (GZIPInputStream gz = new GZIPInputStream(compressed, 8192)) {
            byte[] out = gz.readNBytes(maxBytes);
            if (gz.read() != -1) {
                throw new IOException("gzip body inflates beyond " + maxBytes + " bytes");
            }
            return out;
        }
    }
}
