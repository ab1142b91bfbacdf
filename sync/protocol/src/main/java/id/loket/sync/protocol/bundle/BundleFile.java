package id.loket.sync.protocol.bundle;

import java.nio.charset.StandardCharsets;

/**
 * The framing of a bundle file (docs/sync-protocol.md, Bundles):
 * <pre>
 * "LOKETBN1" | header length (2) | header JSON | { segment length (4) | AES-GCM segment }* | 0 (4)
 *            | length of everything before this field (8) | "LOKETEND"
 * </pre>
 * A file without its trailer, or whose recorded length differs from its real length, was cut
 * while it was written and is refused before anything is decrypted.
 */
final class BundleFile {

    static final byte[] MAGIC = "LOKETBN1".getBytes(StandardCharsets.US_ASCII);
    static final byte[] TRAILER = "LOKETEND".getBytes(StandardCharsets.US_ASCII);
    static final int TRAILER_BYTES = 8 + 8;
    static final int MAX_HEADER_BYTES = 4096;
    static final String MANIFEST = "manifest";
    static final String SIGNATURE = "signature";
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private BundleFile() {
    }
}
