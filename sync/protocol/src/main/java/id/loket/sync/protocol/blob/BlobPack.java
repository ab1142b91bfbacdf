package id.loket.sync.protocol.blob;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.protocol.CanonicalJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /v1/blob-packs}: several small blobs whole, each with its address, in one
 * signed request that the centre verifies and stores in one transaction (docs/sync-protocol.md,
 * "Blob packs"; ADR 0015). Binary, so the bytes travel as they are (no base64):
 * <pre>
 * "LKP1" | manifest length (4 bytes, big-endian) | manifest (canonical JSON) | blob bytes, in manifest order
 * </pre>
 * The manifest is {@code {"blobs":[{"hash":..,"size":..,"mediaType":..}, ...]}}; the body must end
 * exactly after the last blob.
 */
public final class BlobPack {

    /** Content type of a pack body. */
    public static final String MEDIA_TYPE = "application/vnd.loket.blob-pack";
    /** Most blobs in one pack. */
    public static final int MAX_BLOBS = 256;
    /** Most blob bytes in one pack (the device keeps packs to one chunk's worth, at most this). */
    public static final int MAX_BLOB_BYTES = 8 * 1024 * 1024;
    /** Largest manifest. */
    public static final int MAX_MANIFEST_BYTES = 64 * 1024;
    /** Largest body: header, manifest, blobs. */
    public static final int MAX_BODY_BYTES = 8 + MAX_MANIFEST_BYTES + MAX_BLOB_BYTES;

    private static final byte[] MAGIC = "LKP1".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper MAPPER = CanonicalJson.newMapper();

    private BlobPack() {
    }

    /** One blob of a pack as the manifest lists it. */
    public record Entry(String hash, long size, String mediaType) {
    }

    /** The manifest. */
    public record Manifest(List<Entry> blobs) {
    }

    /** One blob with its bytes. */
    public record Part(Entry entry, byte[] data) {
        public Part {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(data, "data");
        }

        public static Part of(String hash, String mediaType, byte[] data) {
            return new Part(new Entry(hash, data.length, mediaType), data);
        }
    }

    /** The body for these blobs: {@link #head} followed by each blob's bytes, in one array. */
    public static byte[] encode(List<Part> parts) {
        byte[] head = head(parts);
        byte[] body = new byte[Math.toIntExact(head.length + blobBytes(parts))];
        System.arraycopy(head, 0, body, 0, head.length);
        int at = head.length;
        for (Part p : parts) {
            System.arraycopy(p.data(), 0, body, at, p.data().length);
            at += p.data().length;
        }
        return body;
    }

    /**
     * The start of the body for these blobs ({@code "LKP1"}, the manifest's length, the manifest);
     * the blobs' bytes follow it, in order. A sender can stream the blobs after it instead of
     * copying a whole pack (up to {@link #MAX_BLOB_BYTES}) into one array first.
     */
    public static byte[] head(List<Part> parts) {
        if (parts.isEmpty() || parts.size() > MAX_BLOBS) {
            throw new IllegalArgumentException("a pack holds 1 to " + MAX_BLOBS + " blobs, not " + parts.size());
        }
        byte[] manifest;
        try {
            manifest = MAPPER.writeValueAsBytes(new Manifest(parts.stream().map(Part::entry).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long total = blobBytes(parts);
        if (total > MAX_BLOB_BYTES || manifest.length > MAX_MANIFEST_BYTES) {
            throw new IllegalArgumentException("the pack is too large: " + total + " blob bytes");
        }
        return ByteBuffer.allocate(8 + manifest.length).put(MAGIC).putInt(manifest.length).put(manifest).array();
    }

    /**
     * The length of a body's head ({@code "LKP1"}, the manifest's length, the manifest), or -1 when
     * the body does not start like a pack. The head is what a pack's signature covers (ADR 0018):
     * the manifest names every blob's SHA-256 and size, and the centre checks each blob against it.
     */
    public static int headLength(byte[] body) {
        int manifestLength = manifestLength(body);
        if (manifestLength < 0 || 8L + manifestLength > body.length) {
            return -1;
        }
        return 8 + manifestLength;
    }

    private static final int NOT_A_PACK = -1;
    private static final int MANIFEST_OUT_OF_RANGE = -2;

    /**
     * The manifest length that a pack's first 8 bytes give: {@link #NOT_A_PACK} when they do not
     * start with {@code "LKP1"}, {@link #MANIFEST_OUT_OF_RANGE} when it is not 2 to
     * {@link #MAX_MANIFEST_BYTES}. The one framing rule for a whole body and for a stream.
     */
    private static int manifestLength(byte[] start) {
        if (start.length < 8 || !Arrays.equals(start, 0, 4, MAGIC, 0, 4)) {
            return NOT_A_PACK;
        }
        int manifestLength = ByteBuffer.wrap(start, 4, 4).getInt();
        return manifestLength < 2 || manifestLength > MAX_MANIFEST_BYTES ? MANIFEST_OUT_OF_RANGE : manifestLength;
    }

    /**
     * Reads a pack's head ({@code "LKP1"}, the manifest's length, the manifest) from the front of
     * {@code in} and leaves the blobs' bytes unread, so a receiver can check the signature over the
     * head before it parses the manifest or reads a blob, and then hash and store each blob as it
     * arrives instead of holding the whole body (ADR 0020). Only the framing is checked here;
     * {@link #entries} parses the manifest.
     *
     * @throws IllegalArgumentException when the body does not start like a pack
     * @throws java.io.EOFException     when the stream ends inside the head
     */
    public static byte[] readHead(java.io.InputStream in) throws IOException {
        byte[] start = in.readNBytes(8);
        int manifestLength = manifestLength(start);
        if (manifestLength == NOT_A_PACK) {
            throw new IllegalArgumentException("not a blob pack (it must start with LKP1)");
        }
        if (manifestLength == MANIFEST_OUT_OF_RANGE) {
            throw new IllegalArgumentException("the manifest length " + ByteBuffer.wrap(start, 4, 4).getInt()
                    + " is out of range");
        }
        byte[] head = Arrays.copyOf(start, 8 + manifestLength);
        if (in.readNBytes(head, 8, manifestLength) < manifestLength) {
            throw new java.io.EOFException("the body ended inside the manifest");
        }
        return head;
    }

    /**
     * The blobs a head ({@link #readHead}) lists, in order, each 1 byte to {@link #MAX_BLOB_BYTES},
     * at most {@link #MAX_BLOB_BYTES} together.
     *
     * @throws IllegalArgumentException when the manifest is malformed (the message says why)
     */
    public static List<Entry> entries(byte[] head) {
        if (headLength(head) != head.length) {
            throw new IllegalArgumentException("not a pack's head");
        }
        List<Entry> entries = manifest(head, head.length - 8).blobs();
        long total = 0;
        for (Entry e : entries) {
            if (e == null || e.size() < 1 || e.size() > MAX_BLOB_BYTES) {
                throw new IllegalArgumentException("a blob's size is out of range");
            }
            total += e.size();
        }
        if (total > MAX_BLOB_BYTES) {
            throw new IllegalArgumentException("the pack lists " + total + " blob bytes; at most " + MAX_BLOB_BYTES);
        }
        return List.copyOf(entries);
    }

    /** The manifest that starts at byte 8 of {@code body}, with 1 to {@link #MAX_BLOBS} entries. */
    private static Manifest manifest(byte[] body, int manifestLength) {
        Manifest manifest;
        try {
            manifest = MAPPER.readValue(body, 8, manifestLength, Manifest.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("the manifest is not JSON of the expected shape");
        }
        if (manifest == null || manifest.blobs() == null || manifest.blobs().isEmpty()
                || manifest.blobs().size() > MAX_BLOBS) {
            throw new IllegalArgumentException("the manifest must list 1 to " + MAX_BLOBS + " blobs");
        }
        return manifest;
    }

    private static long blobBytes(List<Part> parts) {
        long total = 0;
        for (Part p : parts) {
            total += p.data().length;
        }
        return total;
    }

    /**
     * The blobs of a body, in manifest order, each copied out; their hashes are not checked here.
     * Parsed as a receiver reads a pack off the wire: {@link #readHead}, {@link #entries}, then the
     * blobs' bytes in order.
     *
     * @throws IllegalArgumentException when the body is not a well-formed pack (the message says why)
     */
    public static List<Part> decode(byte[] body) {
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
        List<Entry> entries;
        try {
            entries = entries(readHead(in));
        } catch (IOException e) {
            throw new IllegalArgumentException("the manifest length does not fit the body");
        }
        List<Part> parts = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            byte[] data = new byte[(int) e.size()];
            if (in.readNBytes(data, 0, data.length) < data.length) {
                throw new IllegalArgumentException("a blob's size does not fit the body");
            }
            parts.add(new Part(e, data));
        }
        if (in.available() > 0) {
            throw new IllegalArgumentException(in.available() + " bytes after the last blob");
        }
        return parts;
    }
}
