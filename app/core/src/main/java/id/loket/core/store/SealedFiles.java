package id.loket.core.store;

import id.loket.sync.protocol.Sha256;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Content-addressed files sealed with AES-256-GCM, one per SHA-256: the store's photos,
 * fingerprint images and scans (ADR 9). They live in {@code dataDir/blobs/ab/abcd...} next to
 * the database; the key is derived from the store's key file and never written anywhere.
 *
 * <p>File layout: {@code "LKB1"}, one byte media-type length, the media type (ASCII), a 12-byte
 * random nonce, then the GCM ciphertext of the bytes with its 16-byte tag. The header and the
 * file's own name (the SHA-256 of the plaintext) are the associated data, so a file renamed onto
 * another address, or with a swapped media type, fails authentication like a flipped byte does.
 *
 * <p>Bit 7 of the length byte says the bytes were hashed here, by {@link #seal}, before they were
 * sealed under that hash (ADR 22). Such a file that authenticates holds exactly the bytes of its
 * address, and {@link #read} does not hash it again. A file sealed under a hash the caller gave
 * ({@link #writeAll}: migration 11 moved the old database rows without hashing them) lacks the bit
 * and is hashed on every read. The bit is in the associated data: setting it on such a file fails
 * authentication. (Readers before ADR 22 mask the bit off and read both kinds.)
 *
 * <p>Durability: a file is written at its address, forced to disk and its directory forced before
 * {@link #write} returns. A crash in between can leave a torn file at the address; no committed
 * record refers to it (records commit after the write returned), and a later write of the same
 * bytes finds that the file does not authenticate and writes it again. (Writing under a temporary
 * name and renaming costs a second journal commit per image, about twice the time, for a
 * guarantee the authentication already gives.) A rolled-back record leaves an unreferenced file
 * behind: harmless, content-addressed.
 */
public final class SealedFiles {

    /** The directory under the data directory. */
    public static final String DIRECTORY = "blobs";
    private static final byte[] MAGIC = "LKB1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;
    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\x21-\\x7e]{1,127}");
    /** Bit 7 of the media-type length byte: sealed by {@link #seal}, from bytes hashed here. */
    private static final int HASHED_HERE = 0x80;

    private final Path root;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    SealedFiles(Path dataDir, SecretKey key) {
        this.root = dataDir.resolve(DIRECTORY);
        this.key = Objects.requireNonNull(key, "key");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of one sealed file and the media type they were stored with. */
    public record Opened(String mediaType, byte[] data) {
    }

    /** Bytes to seal at the address of their SHA-256, which {@link #sealAll} computes. */
    public record Plain(byte[] data, String mediaType) {
    }

    /** True when a file is stored under this hash (its content is checked only when read). */
    public boolean exists(String hash) {
        return wellFormed(hash) && Files.isRegularFile(path(hash));
    }

    /** One file to seal: its SHA-256 (the caller's), media type and bytes. */
    public record Item(String hash, String mediaType, byte[] data) {
        public Item {
            Objects.requireNonNull(data, "data");
            if (mediaType == null || !MEDIA_TYPE.matcher(mediaType).matches()) {
                throw new IllegalArgumentException("media type must be 1-127 printable ASCII characters");
            }
        }
    }

    /**
     * Seals {@code data} under {@code hash} (the caller's SHA-256 of it, not checked here) unless
     * an intact file is already there, and returns once it is on disk. Such a file is hashed again
     * on every read; {@link #seal} is the cheaper way.
     *
     * @return false when the hash was already stored (nothing written)
     */
    public boolean write(String hash, String mediaType, byte[] data) {
        return writeAll(java.util.List.of(new Item(hash, mediaType, data))) == 1;
    }

    /**
     * Seals several files under the callers' hashes, then forces them all to disk before returning:
     * on ext4 and NTFS the first force commits the journal for all of them, so a batch costs
     * little more than one file. Returns how many files were written.
     */
    public int writeAll(java.util.List<Item> items) {
        return store(items, false);
    }

    /** Seals {@code data} at the address of its SHA-256 and returns that address, once the file is on disk. */
    public String seal(byte[] data, String mediaType) {
        return sealAll(java.util.List.of(new Plain(data, mediaType))).getFirst();
    }

    /**
     * Seals several files at the addresses of their SHA-256 (computed here, so a read need not
     * compute it again), forced to disk together as {@link #writeAll} does; returns the addresses
     * in order.
     */
    public java.util.List<String> sealAll(java.util.List<Plain> images) {
        java.util.List<Item> items = images.stream()
                .map(p -> new Item(Sha256.hex(p.data()), p.mediaType(), p.data())).toList();
        store(items, true);
        return items.stream().map(Item::hash).toList();
    }

    /** {@code hashedHere}: each item's hash was computed from its bytes by {@link #sealAll}. */
    private int store(java.util.List<Item> items, boolean hashedHere) {
        java.util.List<Path> written = new java.util.ArrayList<>();
        java.util.Set<Path> dirs = new java.util.LinkedHashSet<>();
        try {
            for (Item item : items) {
                Path target = path(item.hash());
                byte[] header = header(item.mediaType(), hashedHere);
                long length = (long) header.length + NONCE_BYTES + item.data().length + TAG_BYTES;
                if (sizeOf(target) == length && intact(item.hash())) {
                    continue;
                }
                byte[] nonce = new byte[NONCE_BYTES];
                random.nextBytes(nonce);
                byte[] sealed = crypt(Cipher.ENCRYPT_MODE, item.hash(), header, nonce, item.data(), 0, item.data().length);
                if (!Files.isDirectory(target.getParent())) {
                    Files.createDirectories(target.getParent());
                    dirs.add(root);
                }
                try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    writeFully(ch, ByteBuffer.wrap(header));
                    writeFully(ch, ByteBuffer.wrap(nonce));
                    writeFully(ch, ByteBuffer.wrap(sealed));
                    if (items.size() == 1) {
                        ch.force(true);
                    }
                }
                written.add(target);
                dirs.add(target.getParent());
            }
            if (items.size() > 1) {
                for (Path file : written) {
                    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        ch.force(true);
                    }
                }
            }
            dirs.forEach(SealedFiles::forceDirectory);
            return written.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store sealed files", e);
        }
    }

    /**
     * True when the file at {@code hash} authenticates and holds the bytes of its address (a crash
     * can leave a file of the right size but wrong content; a moved row, other bytes).
     */
    private boolean intact(String hash) {
        try {
            return read(hash).isPresent();
        } catch (SealedFileException e) {
            return false;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Reads and authenticates the file stored under {@code hash}; empty when there is none. The
     * bytes returned are those of the address: a file not sealed by {@link #seal} is hashed again.
     *
     * @throws SealedFileException when the file is damaged, truncated, was not sealed for this
     *                             address with this store's key, or holds other bytes than its address
     */
    public Optional<Opened> read(String hash) {
        if (!wellFormed(hash)) {
            return Optional.empty();
        }
        byte[] file;
        try {
            file = Files.readAllBytes(path(hash));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + hash, e);
        }
        int headerLength = headerLength(hash, file);
        if (file.length < headerLength + NONCE_BYTES + TAG_BYTES) {
            throw new SealedFileException(hash, "truncated");
        }
        byte[] header = Arrays.copyOf(file, headerLength);
        byte[] nonce = Arrays.copyOfRange(file, headerLength, headerLength + NONCE_BYTES);
        int body = headerLength + NONCE_BYTES;
        byte[] data = crypt(Cipher.DECRYPT_MODE, hash, header, nonce, file, body, file.length - body);
        if ((header[MAGIC.length] & HASHED_HERE) == 0 && !Sha256.hex(data).equals(hash)) {
            throw new SealedFileException(hash, "its bytes are not those of its address");
        }
        String mediaType = new String(header, MAGIC.length + 1, header.length - MAGIC.length - 1, StandardCharsets.US_ASCII);
        return Optional.of(new Opened(mediaType, data));
    }

    /** The plaintext length of a stored file, from its size and header alone; empty when there is none. */
    public OptionalLong size(String hash) {
        if (!wellFormed(hash)) {
            return OptionalLong.empty();
        }
        Path file = path(hash);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(MAGIC.length + 1);
            ch.read(head, 0);
            int headerLength = headerLength(hash, head.array());
            return OptionalLong.of(Math.max(0, ch.size() - headerLength - NONCE_BYTES - TAG_BYTES));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + hash, e);
        }
    }

    private static boolean wellFormed(String hash) {
        return Sha256.isHex(hash);
    }

    /** Where the file for {@code hash} lives (whether or not it exists). */
    Path path(String hash) {
        if (!wellFormed(hash)) {
            throw new IllegalArgumentException("not a lower-case SHA-256 hex: " + hash);
        }
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }

    private static byte[] header(String mediaType, boolean hashedHere) {
        byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
        byte[] header = new byte[MAGIC.length + 1 + type.length];
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        header[MAGIC.length] = (byte) (type.length | (hashedHere ? HASHED_HERE : 0));
        System.arraycopy(type, 0, header, MAGIC.length + 1, type.length);
        return header;
    }

    private static int headerLength(String hash, byte[] file) {
        if (file.length < MAGIC.length + 1 || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new SealedFileException(hash, "not a sealed file");
        }
        return MAGIC.length + 1 + (file[MAGIC.length] & 0x7f);
    }

    private byte[] crypt(int mode, String hash, byte[] header, byte[] nonce, byte[] data, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            cipher.updateAAD(hash.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(data, offset, length);
        } catch (AEADBadTagException e) {
            throw new SealedFileException(hash, "authentication failed");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            ch.write(buffer);
        }
    }

    /** Makes new directory entries durable; where directories cannot be opened (Windows) NTFS journals them with the file. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not supported on this platform
        }
    }
}
