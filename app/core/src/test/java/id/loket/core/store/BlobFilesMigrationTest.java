package id.loket.core.store;

import id.loket.core.blob.BlobStore;
import id.loket.sync.protocol.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A store made before migration 11 keeps every image, now as a sealed file, and its outbox sizes. */
class BlobFilesMigrationTest {

    @TempDir
    Path dir;

    @Test
    void imagesInTheDatabaseBecomeSealedFilesAndTheTableGoes() {
        byte[] photo = new byte[300_000];
        new Random(3).nextBytes(photo);
        byte[] print = new byte[15_000];
        new Random(4).nextBytes(print);
        String photoHash = Sha256.hex(photo);
        String printHash = Sha256.hex(print);
        try (LoketStore old = LoketStore.open(dir, "10")) {
            old.inTransaction(c -> {
                try (PreparedStatement ins = c.prepareStatement(
                        "INSERT INTO blob (hash, media_type, size, data) VALUES (?, ?, ?, ?)")) {
                    for (Object[] row : new Object[][] {{photoHash, "image/jpeg", photo}, {printHash, "image/x-wsq", print}}) {
                        ins.setString(1, (String) row[0]);
                        ins.setString(2, (String) row[1]);
                        ins.setLong(3, ((byte[]) row[2]).length);
                        ins.setBytes(4, (byte[]) row[2]);
                        ins.executeUpdate();
                    }
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (device_seq, record_id, record_hash, "
                        + "state, created_at, updated_at) VALUES (1, RANDOM_UUID(), ?, 'PENDING', NOW(), NOW())")) {
                    s.setString(1, "0".repeat(64));
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox_blob (device_seq, blob_hash) VALUES (1, ?)")) {
                    s.setString(1, photoHash);
                    s.executeUpdate();
                }
                return null;
            });
            assertThat(old.sealedFiles().exists(photoHash)).isFalse();
        }
        try (LoketStore store = LoketStore.open(dir)) {
            BlobStore blobs = new BlobStore(store);
            assertThat(blobs.get(photoHash)).hasValueSatisfying(b -> assertThat(b).isEqualTo(photo));
            assertThat(blobs.get(printHash)).hasValueSatisfying(b -> assertThat(b).isEqualTo(print));
            assertThat(blobs.mediaType(printHash)).contains("image/x-wsq");
            assertThat(blobs.size(photoHash)).hasValue(300_000);
            long size = store.read(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT size FROM outbox_blob WHERE device_seq = 1");
                     ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(size).isEqualTo(300_000);
            boolean tableLeft = store.read(c -> {
                try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "BLOB", null)) {
                    return rs.next();
                }
            });
            assertThat(tableLeft).isFalse();
        }
    }
}
