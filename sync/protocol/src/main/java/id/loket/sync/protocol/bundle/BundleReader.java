package id.loket.sync.protocol.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.security.RequestSigning;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and checks one bundle, refusing it ({@link BundleException}) at the first problem:
 * truncated, not a bundle, for another centre's key, a segment that does not authenticate, an
 * unknown device, a manifest whose signature does not verify, an entry that does not hash to its
 * manifest line, or entries missing or unlisted. The visitor sees the manifest once it verified,
 * then each entry once its hash matched; a caller that stores what it sees inside a transaction
 * and rolls back on any exception therefore never keeps half a bundle.
 */
public final class BundleReader {

    /** What the caller does with a verified bundle. */
    public interface Visitor {
        /** The manifest, signature verified (refuse a replay here). */
        void manifest(BundleManifest manifest);

        /** A record entry whose bytes hash to its manifest line. */
        void record(BundleManifest.Record record, byte[] canonicalJson);

        /** An image whose bytes hash to its address. */
        void blob(BundleManifest.Blob blob, byte[] data);
    }

    /** The enrolled key of a device, empty when the device is unknown. */
    @FunctionalInterface
    public interface DeviceKeyLookup {
        Optional<PublicKey> key(String deviceId);
    }

    private static final ObjectMapper MAPPER = CanonicalJson.newMapper();

    private BundleReader() {
    }

    /** Reads the whole bundle in {@code file}, decrypting with the centre's bundle key pair. */
    public static BundleManifest read(Path file, KeyPair centreKey, DeviceKeyLookup devices, Visitor visitor)
            throws IOException {
        long size = Files.size(file);
        checkFraming(file, size);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            in.skipNBytes(BundleFile.MAGIC.length);
            int headerLength = in.readUnsignedShort();
            if (headerLength > BundleFile.MAX_HEADER_BYTES) {
                throw refuse(ErrorCode.BUNDLE_UNREADABLE, "the bundle header is too long");
            }
            byte[] headerBytes = in.readNBytes(headerLength);
            BundleCipher cipher = cipher(header(headerBytes), headerBytes, centreKey);
            long end = size - BundleFile.TRAILER_BYTES;
            DataInputStream plain = new DataInputStream(new BufferedInputStream(
                    new SegmentStream(in, cipher, end - BundleFile.MAGIC.length - 2 - headerLength), 1 << 16));
            return entries(plain, devices, visitor);
        }
    }

    private static void checkFraming(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            byte[] magic = new byte[BundleFile.MAGIC.length];
            if (size < magic.length || raf.read(magic) != magic.length || !Arrays.equals(magic, BundleFile.MAGIC)) {
                throw refuse(ErrorCode.BUNDLE_UNREADABLE, "the file is not a Loket bundle");
            }
            if (size < magic.length + 2 + 4 + BundleFile.TRAILER_BYTES) {
                throw refuse(ErrorCode.BUNDLE_TRUNCATED, "the bundle ends early (" + size + " bytes)");
            }
            raf.seek(size - BundleFile.TRAILER_BYTES);
            long recorded = raf.readLong();
            byte[] trailer = new byte[BundleFile.TRAILER.length];
            raf.readFully(trailer);
            if (!Arrays.equals(trailer, BundleFile.TRAILER) || recorded != size - BundleFile.TRAILER_BYTES) {
                throw refuse(ErrorCode.BUNDLE_TRUNCATED,
                        "the bundle has no complete trailer: it was cut while it was written (" + size + " bytes)");
            }
        }
    }

    private static BundleHeader header(byte[] bytes) {
        try {
            BundleHeader h = MAPPER.readValue(bytes, BundleHeader.class);
            if (!BundleManifest.FORMAT.equals(h.format()) || h.keyId() == null || h.ephemeralKey() == null
                    || h.noncePrefix() == null) {
                throw refuse(ErrorCode.BUNDLE_UNREADABLE, "the bundle header is not of format " + BundleManifest.FORMAT);
            }
            return h;
        } catch (IOException e) {
            throw refuse(ErrorCode.BUNDLE_UNREADABLE, "the bundle header is not readable");
        }
    }

    private static BundleCipher cipher(BundleHeader h, byte[] headerBytes, KeyPair centreKey) {
        String ours = BundleKeys.keyId(centreKey.getPublic());
        if (!ours.equals(h.keyId())) {
            throw refuse(ErrorCode.BUNDLE_WRONG_KEY, "the bundle is encrypted to key " + h.keyId()
                    + ", not to this centre's key " + ours);
        }
        try {
            PublicKey ephemeral = BundleKeys.decodePublic(h.ephemeralKey());
            byte[] prefix = Base64.getDecoder().decode(h.noncePrefix());
            if (prefix.length != BundleCipher.PREFIX_BYTES) {
                throw refuse(ErrorCode.BUNDLE_UNREADABLE, "the bundle header's nonce prefix is malformed");
            }
            return BundleCipher.of(centreKey.getPrivate(), ephemeral, ephemeral, centreKey.getPublic(), prefix,
                    headerBytes);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw refuse(ErrorCode.BUNDLE_UNREADABLE, "the bundle header's key is malformed");
        }
    }

    private static BundleManifest entries(DataInputStream in, DeviceKeyLookup devices, Visitor visitor)
            throws IOException {
        byte[] manifestJson = expect(in, BundleFile.MANIFEST);
        byte[] signature = expect(in, BundleFile.SIGNATURE);
        BundleManifest manifest = manifest(manifestJson);
        PublicKey deviceKey = devices.key(manifest.deviceId()).orElseThrow(() -> refuse(ErrorCode.UNKNOWN_DEVICE,
                "the bundle comes from device " + manifest.deviceId() + ", which is not enrolled here"));
        if (!verifies(deviceKey, manifestJson, signature)) {
            throw refuse(ErrorCode.BUNDLE_BAD_SIGNATURE, "the manifest's signature does not verify with the key of "
                    + manifest.deviceId() + ": the manifest was altered or signed by another device");
        }
        visitor.manifest(manifest);
        Map<String, Object> expected = new HashMap<>();
        manifest.records().forEach(r -> expected.put(r.entryName(), r));
        manifest.blobs().forEach(b -> expected.put(b.entryName(), b));
        if (expected.size() != manifest.records().size() + manifest.blobs().size()) {
            throw refuse(ErrorCode.BUNDLE_INCOMPLETE, "the manifest lists an entry twice");
        }
        Optional<String> name;
        while ((name = nextName(in)).isPresent()) {
            byte[] data = data(in);
            Object listed = expected.remove(name.get());
            switch (listed) {
                case BundleManifest.Record r -> {
                    matches(name.get(), r.sha256(), data);
                    visitor.record(r, data);
                }
                case BundleManifest.Blob b -> {
                    matches(name.get(), b.sha256(), data);
                    visitor.blob(b, data);
                }
                case null, default -> throw refuse(ErrorCode.BUNDLE_INCOMPLETE,
                        "entry " + name.get() + " is not in the manifest (or appears twice)");
            }
        }
        if (!expected.isEmpty()) {
            throw refuse(ErrorCode.BUNDLE_INCOMPLETE, expected.size() + " entries listed in the manifest are missing, e.g. "
                    + expected.keySet().iterator().next());
        }
        return manifest;
    }

    private static BundleManifest manifest(byte[] json) {
        try {
            BundleManifest m = MAPPER.readValue(json, BundleManifest.class);
            if (!BundleManifest.FORMAT.equals(m.format())) {
                throw refuse(ErrorCode.BUNDLE_UNREADABLE, "the manifest is not of format " + BundleManifest.FORMAT);
            }
            return m;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BundleException b) {
                throw b;
            }
            throw refuse(ErrorCode.BUNDLE_UNREADABLE, "the manifest is not readable");
        }
    }

    private static boolean verifies(PublicKey key, byte[] data, byte[] signature) {
        return RequestSigning.verify(key, data, new String(signature, StandardCharsets.US_ASCII));
    }

    private static void matches(String name, String listed, byte[] data) {
        String actual = Sha256.hex(data);
        if (!actual.equals(listed)) {
            throw refuse(ErrorCode.BUNDLE_ENTRY_MISMATCH, "entry " + name + " hashes to " + actual
                    + ", not to the " + listed + " its manifest lists");
        }
    }

    private static byte[] expect(DataInputStream in, String name) throws IOException {
        Optional<String> actual = nextName(in);
        if (actual.isEmpty() || !actual.get().equals(name)) {
            throw refuse(ErrorCode.BUNDLE_UNREADABLE, "the bundle does not start with its " + name);
        }
        return data(in);
    }

    private static Optional<String> nextName(DataInputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            return Optional.empty();
        }
        try {
            int length = (first << 8) | in.readUnsignedByte();
            return Optional.of(new String(in.readNBytes(length), StandardCharsets.UTF_8));
        } catch (EOFException e) {
            throw refuse(ErrorCode.BUNDLE_INCOMPLETE, "the last entry is cut short");
        }
    }

    private static byte[] data(DataInputStream in) throws IOException {
        try {
            long length = in.readLong();
            if (length < 0 || length > BundleFile.MAX_ENTRY_BYTES) {
                throw refuse(ErrorCode.BUNDLE_UNREADABLE, "an entry claims " + length + " bytes");
            }
            byte[] data = in.readNBytes((int) length);
            if (data.length != length) {
                throw refuse(ErrorCode.BUNDLE_INCOMPLETE, "the last entry is cut short");
            }
            return data;
        } catch (EOFException e) {
            throw refuse(ErrorCode.BUNDLE_INCOMPLETE, "the last entry is cut short");
        }
    }

    static BundleException refuse(ErrorCode code, String message) {
        return new BundleException(code, message);
    }

    /** The decrypted bytes of the segments, each authenticated before a byte of it is returned. */
    private static final class SegmentStream extends InputStream {
        private final DataInputStream in;
        private final BundleCipher cipher;
        private long left;
        private int index;
        private int nextLength;
        private byte[] current = new byte[0];
        private int at;
        private boolean done;

        SegmentStream(DataInputStream in, BundleCipher cipher, long segmentBytes) throws IOException {
            this.in = in;
            this.cipher = cipher;
            this.left = segmentBytes;
            this.nextLength = length();
            if (nextLength == 0) {
                throw refuse(ErrorCode.BUNDLE_DAMAGED, "the bundle has no segment");
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (at == current.length) {
                if (done) {
                    return -1;
                }
                advance();
            }
            int n = Math.min(len, current.length - at);
            System.arraycopy(current, at, b, off, n);
            at += n;
            return n;
        }

        private void advance() throws IOException {
            if (nextLength < BundleCipher.TAG_BYTES || nextLength > BundleCipher.SEGMENT_BYTES + BundleCipher.TAG_BYTES
                    || nextLength > left) {
                throw refuse(ErrorCode.BUNDLE_DAMAGED, "segment " + index + " has an impossible length");
            }
            byte[] sealed = in.readNBytes(nextLength);
            left -= nextLength;
            nextLength = length();
            boolean last = nextLength == 0;
            try {
                current = cipher.open(index++, last, sealed);
                at = 0;
            } catch (GeneralSecurityException e) {
                throw refuse(ErrorCode.BUNDLE_DAMAGED, "segment " + (index - 1)
                        + " does not authenticate: the bundle was altered or damaged");
            }
            if (last) {
                if (left != 0) {
                    throw refuse(ErrorCode.BUNDLE_DAMAGED, "bytes follow the end of the bundle's segments");
                }
                done = true;
            }
        }

        private int length() throws IOException {
            if (left < 4) {
                throw refuse(ErrorCode.BUNDLE_DAMAGED, "the bundle's segments run past its recorded length");
            }
            left -= 4;
            return in.readInt();
        }
    }
}
