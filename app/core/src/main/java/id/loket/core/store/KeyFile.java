package id.loket.core.store;

import id.loket.core.i18n.Message;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The key material of one device's store, kept in {@code loket.key} beside (never inside) the
 * encrypted database file: 64 random bytes, hex. The first half is the H2 file-encryption
 * password, the second half the database user's password. The file is created readable by the
 * OS user only (POSIX rw-------) where the file system supports it.
 */
final class KeyFile {

    static final String NAME = "loket.key";
    private static final int KEY_BYTES = 64;

    private final byte[] key;

    private KeyFile(byte[] key) {
        this.key = key;
    }

    /** Reads the key file; creates it (atomically, fsynced) if absent and {@code mayCreate}. */
    static KeyFile loadOrCreate(Path dataDir, boolean mayCreate, SecureRandom random) {
        Path file = dataDir.resolve(NAME);
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            if (!mayCreate) {
                throw new StoreException(Message.of("store.key.missing", file), null);
            }
            byte[] key = new byte[KEY_BYTES];
            random.nextBytes(key);
            write(file, HexFormat.of().formatHex(key));
            return new KeyFile(key);
        } catch (IOException e) {
            throw new StoreException(Message.of("store.key.unreadable", file), e);
        }
    }

    private static KeyFile read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            byte[] key = HexFormat.of().parseHex(text);
            if (key.length != KEY_BYTES) {
                throw new StoreException(Message.of("store.key.malformed", file), null);
            }
            return new KeyFile(key);
        } catch (IllegalArgumentException e) {
            throw new StoreException(Message.of("store.key.malformed", file), e);
        }
    }

    private static void write(Path file, String hex) throws IOException {
        Path tmp = file.resolveSibling(NAME + ".tmp");
        Files.deleteIfExists(tmp);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attrs = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        try (FileChannel ch = FileChannel.open(tmp, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), attrs)) {
            ch.write(ByteBuffer.wrap(hex.getBytes(StandardCharsets.US_ASCII)));
            ch.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A 256-bit AES key for one purpose (e.g. sealing image files), derived from the key material
     * with HMAC-SHA256 so that it differs from the database passwords and from other purposes.
     */
    javax.crypto.SecretKey derive(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return new javax.crypto.spec.SecretKeySpec(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** "filePassword userPassword" as H2 expects it with CIPHER=AES. */
    char[] h2Password() {
        HexFormat hex = HexFormat.of();
        String filePart = hex.formatHex(Arrays.copyOfRange(key, 0, KEY_BYTES / 2));
        String userPart = hex.formatHex(Arrays.copyOfRange(key, KEY_BYTES / 2, KEY_BYTES));
        return (filePart + " " + userPart).toCharArray();
    }
}
