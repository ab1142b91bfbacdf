package id.loket.sync.agent.upload;

import id.loket.sync.agent.support.FakeCentre;
import id.loket.sync.agent.support.Harness;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.BlobPack;
import id.loket.sync.protocol.blob.BlobPackReply;
import id.loket.sync.protocol.blob.PackOutcome;
import id.loket.sync.protocol.blob.PackedBlobResult;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlobUploaderTest {

    private static final int MIB = 1024 * 1024;

    @RegisterExtension
    final Harness h = new Harness();


    private byte[] image(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    private String stored(byte[] data) {
        h.ledger.queue(data);
        return Sha256.hex(data);
    }

    private BlobUploader uploader() {
        return new BlobUploader(h.ledger, h.client(), new LinkMeter(), h::nanoTime);
    }

    private List<Long> patchOffsets() {
        return h.requests("PATCH", "/v1/uploads/").stream()
                .map(r -> Long.parseLong(r.getHeaders().get("Upload-Offset"))).toList();
    }

    private static MockResponse cut(RecordedRequest r) {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, true, true)).build();
    }

    @Test
    void uploadsOnlyWhatTheCentreLacksInChunksThatGrowOnAFastLink() throws IOException {
        byte[] big = image(12 * MIB, 1);
        byte[] known = image(1000, 2);
        h.centre.blobs.put(Sha256.hex(known), known);
        UploadTally tally = uploader().upload(List.of(stored(big), stored(known)));

        assertThat(h.centre.blobs).containsKey(Sha256.hex(big));
        assertThat(tally.uploaded()).isEqualTo(1);
        assertThat(tally.bytesSent()).isEqualTo(big.length);
        assertThat(h.requests("POST", "/v1/uploads")).hasSize(1);
        assertThat(h.requests("PATCH", "/v1/uploads/")).extracting(RecordedRequest::getBodySize)
                .startsWith((long) ChunkSizer.INITIAL, (long) ChunkSizer.MAX);
        assertThat(h.ledger.upload(Sha256.hex(known)).orElseThrow().complete()).isTrue();
        assertThat(h.ledger.upload(Sha256.hex(big)).orElseThrow().complete()).isTrue();
        int asked = h.centre.requests.size();
        uploader().upload(List.of(Sha256.hex(big), Sha256.hex(known)));
        assertThat(h.centre.requests).as("both known to be at the centre: nothing asked").hasSize(asked);
    }

    @Test
    void readsEachMissingImageOnceWhetherPackedOrUploaded() throws IOException {
        List<String> hashes = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            hashes.add(stored(image(15_000, 100 + i)));
        }
        hashes.add(stored(image(ChunkSizer.INITIAL * 3, 99)));

        UploadTally tally = uploader().upload(hashes);

        assertThat(tally.uploaded()).isEqualTo(21);
        assertThat(h.requests("POST", "/v1/uploads")).as("the large one, as a resumable upload").hasSize(1);
        assertThat(h.ledger.blobReads.get()).as("each image's bytes read once").isEqualTo(21);
        assertThat(h.ledger.blobSizeReads.get()).as("no file opened just for its size").isZero();
    }

    @Test
    void aCutMidChunkResumesFromThePersistedOffsetNeverFromZero() throws IOException {
        byte[] data = image(12 * MIB, 3);
        String hash = stored(data);
        AtomicInteger patches = new AtomicInteger();
        h.centre.fault(r -> r.getMethod().equals("PATCH") && patches.incrementAndGet() >= 3, BlobUploaderTest::cut, true);
        assertThatThrownBy(() -> uploader().upload(List.of(hash))).isInstanceOf(IOException.class);
        long persisted = h.ledger.upload(hash).orElseThrow().offset();
        assertThat(persisted).isPositive().isEqualTo(h.centre.uploadOffset(hash));
        assertThat(h.ledger.uploadWrites.getFirst()).as("location saved before the first byte").endsWith("@0");

        h.centre.heal();
        int before = h.centre.requests.size();
        uploader().upload(List.of(hash));
        List<RecordedRequest> second = h.centre.requests.subList(before, h.centre.requests.size());
        assertThat(second).extracting(RecordedRequest::getMethod).startsWith("POST", "HEAD");
        assertThat(second.stream().filter(r -> r.getMethod().equals("PATCH"))
                .map(r -> r.getHeaders().get("Upload-Offset"))).doesNotContain("0").first().isEqualTo(String.valueOf(persisted));
        assertThat(h.requests("POST", "/v1/uploads")).as("the persisted location is reused").hasSize(1);
        assertThat(h.centre.blobs.get(hash)).isEqualTo(data);
    }

    @Test
    void aReplyLostAfterTheCentreStoredTheChunkResumesAtTheCentresOffset() throws IOException {
        byte[] data = image(ChunkSizer.INITIAL * 2, 7);
        String hash = stored(data);
        h.centre.fault(FakeCentre.is("PATCH", "/v1/uploads/"), r -> {
            h.centre.handle(r);
            return cut(r);
        }, false);
        assertThatThrownBy(() -> uploader().upload(List.of(hash))).isInstanceOf(IOException.class);
        assertThat(h.ledger.upload(hash).orElseThrow().offset()).isZero();
        assertThat(h.centre.uploadOffset(hash)).isEqualTo(ChunkSizer.INITIAL);

        uploader().upload(List.of(hash));
        assertThat(patchOffsets()).containsExactly(0L, (long) ChunkSizer.INITIAL);
        assertThat(h.centre.blobs.get(hash)).isEqualTo(data);
    }

    @Test
    void anOffsetMismatchIsResolvedByHead() throws IOException {
        byte[] data = image(ChunkSizer.INITIAL * 2, 4);
        String hash = stored(data);
        h.centre.fault(FakeCentre.is("PATCH", "/v1/uploads/"),
                r -> FakeCentre.error(409, ErrorCode.UPLOAD_OFFSET_MISMATCH), false);
        uploader().upload(List.of(hash));
        assertThat(h.centre.blobs.get(hash)).isEqualTo(data);
        assertThat(h.requests("HEAD", "/v1/uploads/")).hasSize(1);
        assertThat(patchOffsets()).containsExactly(0L, 0L, (long) ChunkSizer.INITIAL);
    }

    @Test
    void aDamagedChunkIsSentAgainAndADiscardedUploadRestartsOnceAndIsCounted() throws IOException {
        byte[] data = image(ChunkSizer.INITIAL * 2, 5);
        String hash = stored(data);
        h.centre.fault(FakeCentre.is("PATCH", "/v1/uploads/"),
                r -> FakeCentre.error(460, ErrorCode.UPLOAD_CHECKSUM_MISMATCH), false);
        h.centre.fault(FakeCentre.is("PATCH", "/v1/uploads/"),
                r -> FakeCentre.error(422, ErrorCode.BLOB_HASH_MISMATCH), false);
        UploadTally tally = uploader().upload(List.of(hash));
        assertThat(tally.restarts()).isEqualTo(1);
        assertThat(patchOffsets()).containsExactly(0L, 0L, 0L, (long) ChunkSizer.INITIAL);
        assertThat(h.requests("POST", "/v1/uploads")).hasSize(2);
        assertThat(h.centre.blobs.get(hash)).isEqualTo(data);
    }

    @Test
    void aBlobMissingOnTheDeviceIsReportedNotSent() throws IOException {
        String hash = stored(image(500, 6));
        h.ledger.blobs.clear();
        UploadTally tally = uploader().upload(List.of(hash));
        assertThat(tally.unreadable()).containsExactly(hash);
        assertThat(h.requests("PATCH", "/v1/uploads/")).isEmpty();
    }

    // --- blob packs (ADR 0015) ---------------------------------------------------------------------

    @Test
    void smallBlobsGoWholeInOnePackWithNoUploadStatePersisted() throws IOException {
        List<byte[]> prints = List.of(image(15_000, 11), image(15_000, 12), image(15_000, 13));
        List<String> hashes = prints.stream().map(this::stored).toList();

        UploadTally tally = uploader().upload(hashes);

        assertThat(h.requests("POST", "/v1/blob-packs")).as("one request for the three").hasSize(1);
        assertThat(h.requests("POST", "/v1/uploads")).isEmpty();
        assertThat(h.requests("PATCH", "/v1/uploads/")).isEmpty();
        for (int i = 0; i < prints.size(); i++) {
            assertThat(h.centre.blobs.get(hashes.get(i))).isEqualTo(prints.get(i));
        }
        assertThat(tally.uploaded()).isEqualTo(3);
        assertThat(tally.bytesSent()).isEqualTo(45_000);
        assertThat(h.ledger.uploadWrites).as("nothing persisted on the device for packed blobs").isEmpty();
    }

    @Test
    void aPackHoldsAtMostOneChunkOfBytesAndALargeBlobStaysResumable() throws IOException {
        byte[] big = image(ChunkSizer.INITIAL + 1, 21);
        List<String> small = List.of(stored(image(100_000, 22)), stored(image(100_000, 23)), stored(image(100_000, 24)));
        String bigHash = stored(big);

        uploader().upload(List.of(small.get(0), bigHash, small.get(1), small.get(2)));

        assertThat(h.requests("POST", "/v1/uploads")).as("the large blob is uploaded resumably").hasSize(1);
        assertThat(h.ledger.uploadWrites.getFirst()).as("its location saved before the first byte").endsWith("@0");
        assertThat(h.requests("POST", "/v1/blob-packs")).extracting(RecordedRequest::getBodySize)
                .allMatch(size -> size <= ChunkSizer.MAX + 8 + BlobPack.MAX_MANIFEST_BYTES);
        assertThat(h.centre.blobs).containsKeys(bigHash, small.get(0), small.get(1), small.get(2));
    }

    @Test
    void aBlobThePackRefusedIsSentAgainAndCountedAsARestart() throws IOException {
        byte[] data = image(15_000, 31);
        String hash = stored(data);
        h.centre.fault(FakeCentre.is("POST", "/v1/blob-packs"), r -> FakeCentre.json(200, new BlobPackReply(List.of(
                new PackedBlobResult(hash, PackOutcome.REFUSED, ErrorCode.BLOB_HASH_MISMATCH, "injected")))), false);

        UploadTally tally = uploader().upload(List.of(hash));

        assertThat(h.requests("POST", "/v1/blob-packs")).hasSize(2);
        assertThat(tally.restarts()).isEqualTo(1);
        assertThat(h.centre.blobs.get(hash)).isEqualTo(data);
    }

    @Test
    void aCutPackLeavesNothingOnTheDeviceAndTheNextPassSendsOnlyWhatTheCentreLacks() throws IOException {
        byte[] a = image(15_000, 41);
        byte[] b = image(15_000, 42);
        List<String> hashes = List.of(stored(a), stored(b));
        h.centre.fault(FakeCentre.is("POST", "/v1/blob-packs"), r -> {
            h.centre.handle(r);
            return cut(r);
        }, false);
        assertThatThrownBy(() -> uploader().upload(hashes)).isInstanceOf(IOException.class);
        assertThat(h.ledger.uploadWrites).isEmpty();

        UploadTally again = uploader().upload(hashes);

        assertThat(again.uploaded()).isZero();
        assertThat(h.requests("POST", "/v1/blob-packs")).as("the committed pack is not sent again").hasSize(1);
        assertThat(h.centre.blobs.get(hashes.get(0))).isEqualTo(a);
        assertThat(h.centre.blobs.get(hashes.get(1))).isEqualTo(b);
    }

    @Test
    void theNextPackIsReadWhileOneIsInFlightAndEveryPackArrivesOnce() throws IOException {
        List<byte[]> images = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            images.add(image(100_000, 50 + i));
        }
        List<String> hashes = images.stream().map(this::stored).toList();
        List<Integer> readsWhileFirstPackInFlight = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicInteger packs = new AtomicInteger();
        h.centre.fault(FakeCentre.is("POST", "/v1/blob-packs"), r -> {
            if (packs.incrementAndGet() == 1) {
                // hold the first pack's reply until the device has read the next pack's blobs (the
                // third image, which did not fit in the first pack, is read before it is sent)
                long deadline = System.nanoTime() + 5_000_000_000L;
                while (h.ledger.blobReads.get() <= 3 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                readsWhileFirstPackInFlight.add(h.ledger.blobReads.get());
            }
            return h.centre.handle(r);
        }, true);

        UploadTally tally = uploader().upload(hashes);

        assertThat(readsWhileFirstPackInFlight).singleElement().as("blobs read while the first pack was in flight")
                .satisfies(reads -> assertThat(reads).isGreaterThan(3));
        assertThat(h.requests("POST", "/v1/blob-packs")).as("the first pack holds two 100 KB images (256 KiB)")
                .hasSizeGreaterThan(1);
        assertThat(tally.uploaded()).isEqualTo(8);
        for (int i = 0; i < images.size(); i++) {
            assertThat(h.centre.blobs.get(hashes.get(i))).isEqualTo(images.get(i));
        }
    }

    @Test
    void aCutOfThePackInFlightIsThrownAndThePackBeingFilledIsNotSent() {
        List<String> hashes = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            hashes.add(stored(image(100_000, 70 + i)));
        }
        // every pack is cut: the one in flight, and the one already on its way beside it (ADR 21)
        h.centre.fault(FakeCentre.is("POST", "/v1/blob-packs"), BlobUploaderTest::cut, true);

        assertThatThrownBy(() -> uploader().upload(hashes)).isInstanceOf(IOException.class);

        assertThat(h.requests("POST", "/v1/blob-packs")).as("the cut pack and at most the one already on its way")
                .hasSizeBetween(1, BlobUploader.DRAIN_REQUESTS);
        assertThat(h.centre.blobs).isEmpty();
        assertThat(h.ledger.uploadWrites).isEmpty();
    }
}
