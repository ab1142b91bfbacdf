package id.loket.core.blob;

import id.loket.core.store.LoketStore;
import id.loket.sync.protocol.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void storingTheSameBytesTwiceKeepsOneCopy() throws Exception {
        try (LoketStore store = LoketStore.open(dir)) {
            BlobStore blobs = new BlobStore(store);
            String a = blobs.put(new byte[] {1, 2, 3}, "image/x-wsq");
            String b = blobs.put(new byte[] {1, 2, 3}, "image/x-wsq");
            assertThat(a).isEqualTo(b);
            assertThat(imageFiles()).hasSize(1);
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
    void aCorruptBlobIsRefusedOnRead() throws Exception {
        try (LoketStore store = LoketStore.open(dir)) {
            BlobStore blobs = new BlobStore(store);
            String hash = blobs.put(new byte[] {9, 9, 9}, "image/jpeg");
            Path file = imageFiles().getFirst();
            byte[] sealed = Files.readAllBytes(file);
            sealed[sealed.length - 20] ^= 1;
            Files.write(file, sealed);
            assertThatThrownBy(() -> blobs.get(hash)).isInstanceOf(CorruptBlobException.class).hasMessageContaining(hash);
            assertThat(blobs.exists(hash)).as("still there, for an officer to see it is damaged").isTrue();
        }
    }

    @Test
    void aFileMovedToAnotherAddressIsRefused() throws Exception {
        try (LoketStore store = LoketStore.open(dir)) {
            BlobStore blobs = new BlobStore(store);
            String real = blobs.put(new byte[] {1, 1, 1}, "image/jpeg");
            String other = Sha256.hex(new byte[] {2, 2, 2});
            Path from = imageFiles().getFirst();
            Path to = from.getParent().getParent().resolve(other.substring(0, 2)).resolve(other);
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
            assertThat(blobs.get(real)).isPresent();
            assertThatThrownBy(() -> blobs.get(other)).isInstanceOf(CorruptBlobException.class);
        }
    }

    @Test
    void imageFilesHoldNoPlaintextAndAnotherStoresKeyCannotOpenThem() throws Exception {
        byte[] photo = ("JFIF applicant photo " + "x".repeat(5_000)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String hash;
        try (LoketStore store = LoketStore.open(dir)) {
            hash = new BlobStore(store).put(photo, "image/jpeg");
        }
        Path file = imageFiles().getFirst();
        String raw = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("JFIF").doesNotContain("applicant").doesNotContain("xxxxxxxx");
        Path otherDir = dir.resolveSibling(dir.getFileName() + "-other");
        try (LoketStore other = LoketStore.open(otherDir)) {
            Path target = otherDir.resolve("blobs").resolve(hash.substring(0, 2)).resolve(hash);
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
            assertThatThrownBy(() -> new BlobStore(other).get(hash)).isInstanceOf(CorruptBlobException.class);
        }
    }

    @Test
    void aTruncatedFileIsRefusedAndAMalformedHashIsSimplyAbsent() throws Exception {
        try (LoketStore store = LoketStore.open(dir)) {
            BlobStore blobs = new BlobStore(store);
            String hash = blobs.put(new byte[1_000], "image/x-wsq");
            Path file = imageFiles().getFirst();
            Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 30));
            assertThatThrownBy(() -> blobs.get(hash)).isInstanceOf(CorruptBlobException.class);
            assertThat(blobs.get("../../loket.key")).isEmpty();
            assertThat(blobs.exists("../../loket.key")).isFalse();
            assertThat(blobs.size("ABC")).isEmpty();
        }
    }

    /** ADR 22: the bit that spares a read the hashing is set only where the bytes were hashed. */
    @Test
    void onlyAFileSealedFromHashedBytesSkipsTheHashOnRead() throws Exception {
        byte[] photo = {4, 4, 4};
        byte[] other = {5, 5, 5};
        String address = Sha256.hex(photo);
        try (LoketStore store = LoketStore.open(dir)) {
            BlobStore blobs = new BlobStore(store);
            // as migration 11 did: a row's bytes sealed under the hash stored beside them, unchecked
            store.sealedFiles().write(address, "image/jpeg", other);
            Path file = imageFiles().getFirst();
            assertThat(Files.readAllBytes(file)[4] & 0x80).as("not hashed here").isZero();
            assertThatThrownBy(() -> blobs.get(address)).as("hashed on read")
                    .isInstanceOf(CorruptBlobException.class).hasMessageContaining(address);

            byte[] disguised = Files.readAllBytes(file);
            disguised[4] |= (byte) 0x80;
            Files.write(file, disguised);
            assertThatThrownBy(() -> blobs.get(address)).as("the bit is authenticated")
                    .isInstanceOf(CorruptBlobException.class);

            assertThat(blobs.put(photo, "image/jpeg")).isEqualTo(address);
            assertThat(Files.readAllBytes(file)[4] & 0x80).as("rewritten, hashed here").isNotZero();
            assertThat(blobs.get(address)).hasValueSatisfying(b -> assertThat(b).isEqualTo(photo));
        }
    }

    @Test
    void aFileWithOtherBytesThanItsAddressIsRewrittenByAPutOfTheRightOnes() throws Exception {
        byte[] photo = {6, 6, 6};
        String address = Sha256.hex(photo);
        try (LoketStore store = LoketStore.open(dir)) {
            store.sealedFiles().write(address, "image/jpeg", new byte[] {7, 7, 7});
            BlobStore blobs = new BlobStore(store);
            blobs.putAll(java.util.List.of(new BlobStore.Put(photo, "image/jpeg")));
            assertThat(blobs.get(address)).hasValueSatisfying(b -> assertThat(b).isEqualTo(photo));
            assertThat(imageFiles()).hasSize(1);
        }
    }

    private java.util.List<Path> imageFiles() throws java.io.IOException {
        try (var walk = Files.walk(dir.resolve("blobs"))) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getParent().getFileName().toString().equals("tmp"))
                    .toList();
        }
    }
}
