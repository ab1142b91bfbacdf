package id.loket.core.blob;

import id.loket.core.store.LoketStore;
import id.loket.sync.protocol.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlobStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesBytesUnderTheirSha256AndReadsThemBack() {
        byte[] photo = new byte[300_000];
        new Random(7).nextBytes(photo);
        try (LoketStore store = LoketStore.open(dir)) {
            BlobStore blobs = new BlobStore(store);
            String hash = blobs.put(photo, "image/jpeg");
            assertThat(hash).isEqualTo(Sha256.hex(photo));
            assertThat(blobs.exists(hash)).isTrue();
            assertThat(blobs.get(hash)).hasValueSatisfying(b -> assertThat(b).isEqualTo(photo));
            assertThat(blobs.mediaType(hash)).contains("image/jpeg");
        }
        try (LoketStore store = LoketStore.open(dir)) {
            assertThat(new BlobStore(store).get(Sha256.hex(photo))).isPresent();
        }
    }

    @Test
    void storingTheSameBytesTwiceKeepsOneCopy() {
        try (LoketStore store = LoketStore.open(dir)) {
            BlobStore blobs = new BlobStore(store);
            String a = blobs.put(new byte[] {1, 2, 3}, "image/x-wsq");
            String b = blobs.put(new byte[] {1, 2, 3}, "image/x-wsq");
            assertThat(a).isEqualTo(b);
            long rows = store.read(c -> {
                try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM blob");
                     ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(rows).isEqualTo(1);
        }
    }

    @Test
    void anUnknownHashIsEmpty() {
        try (LoketStore store = LoketStore.open(dir)) {
            BlobStore blobs = new BlobStore(store);
            assertThat(blobs.get("0".repeat(64))).isEmpty();
            assertThat(blobs.exists("0".repeat(64))).isFalse();
        }
    }

    @Test
    void aCorruptBlobIsRefusedOnRead() {
        try (LoketStore store = LoketStore.open(dir)) {
            BlobStore blobs = new BlobStore(store);
            String hash = blobs.put(new byte[] {9, 9, 9}, "image/jpeg");
            store.inTransaction(c -> {
                try (PreparedStatement up = c.prepareStatement("UPDATE blob SET data = ? WHERE hash = ?")) {
                    up.setBytes(1, new byte[] {9, 9, 8});
                    up.setString(2, hash);
                    return up.executeUpdate();
                }
            });
            assertThatThrownBy(() -> blobs.get(hash)).isInstanceOf(CorruptBlobException.class).hasMessageContaining(hash);
        }
    }
}
