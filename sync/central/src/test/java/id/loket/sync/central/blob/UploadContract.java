package id.loket.sync.central.blob;

import id.loket.sync.central.store.DatabaseSettings;
import id.loket.sync.central.support.CentralExtension;
import id.loket.sync.central.support.DeviceClient;
import id.loket.sync.central.support.TestCentral;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.MissingBlobsReply;
import id.loket.sync.protocol.blob.MissingBlobsRequest;
import id.loket.sync.protocol.blob.UploadCreate;
import id.loket.sync.protocol.blob.UploadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static id.loket.sync.central.support.DeviceClient.error;
import static id.loket.sync.central.support.DeviceClient.ok;
import static id.loket.sync.central.support.DeviceClient.read;
import static id.loket.sync.central.support.Fixtures.randomBytes;
import static org.assertj.core.api.Assertions.assertThat;

/** The blob endpoints, run on H2 and on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UploadContract {

    @RegisterExtension
    final CentralExtension central = new CentralExtension(this::database);

    abstract DatabaseSettings database();



    @Test
    void missingListsTheUnstoredHashesInTheOrderAskedEachOnce() throws Exception {
        DeviceClient device = central.device();
        String stored = TestCentral.upload(device, randomBytes(1000));
        String a = Sha256.hex(randomBytes(10));
        String b = Sha256.hex(randomBytes(10));

        MissingBlobsReply reply = read(ok(device.postJson(Paths.BLOBS_MISSING,
                new MissingBlobsRequest(List.of(b, stored, a, b)))), MissingBlobsReply.class);

        assertThat(reply.missing()).containsExactly(b, a);
    }

    @Test
    void aBlobUploadsInChunksAndResumesFromTheOffsetTheCentreReports() throws Exception {
        DeviceClient device = central.device();
        byte[] data = randomBytes(300_000);
        String hash = Sha256.hex(data);
        HttpResponse<byte[]> created = device.postJson(Paths.UPLOADS, new UploadCreate(hash, data.length, "image/jpeg"));
        assertThat(created.statusCode()).isEqualTo(201);
        UploadState state = read(created, UploadState.class);
        String location = created.headers().firstValue(Headers.LOCATION).orElseThrow();
        assertThat(location).isEqualTo(Paths.upload(state.uploadId()));
        assertThat(state.offset()).isZero();
        assertThat(state.complete()).isFalse();

        HttpResponse<byte[]> first = device.patch(location, 0, Arrays.copyOfRange(data, 0, 100_000));
        assertThat(first.statusCode()).isEqualTo(204);
        assertThat(first.headers().firstValue(Headers.UPLOAD_OFFSET)).contains("100000");

        HttpResponse<byte[]> head = device.head(location);
        assertThat(head.statusCode()).isEqualTo(204);
        assertThat(head.headers().firstValue(Headers.UPLOAD_OFFSET)).contains("100000");
        assertThat(head.headers().firstValue(Headers.UPLOAD_LENGTH)).contains("300000");

        UploadState again = read(ok(device.postJson(Paths.UPLOADS, new UploadCreate(hash, data.length, "image/jpeg"))),
                UploadState.class);
        assertThat(again.uploadId()).isEqualTo(state.uploadId());
        assertThat(again.offset()).isEqualTo(100_000);

        HttpResponse<byte[]> last = device.patch(location, 100_000, Arrays.copyOfRange(data, 100_000, data.length));
        assertThat(last.statusCode()).isEqualTo(204);
        assertThat(last.headers().firstValue(Headers.UPLOAD_OFFSET)).contains("300000");

        assertThat(central.get().server.blobs().read(hash)).hasValueSatisfying(b -> assertThat(b).isEqualTo(data));
        assertThat(missing(hash)).isEmpty();
        HttpResponse<byte[]> done = device.postJson(Paths.UPLOADS, new UploadCreate(hash, data.length, "image/jpeg"));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(read(done, UploadState.class).complete()).isTrue();
        assertThat(device.head(location).headers().firstValue(Headers.UPLOAD_OFFSET)).contains("300000");
    }

    @Test
    void aPatchAtAnotherOffsetIsRefusedWith409AndTheCurrentOffset() throws Exception {
        DeviceClient device = central.device();
        byte[] data = randomBytes(2000);
        UploadState state = create(data);
        ok(device.patch(Paths.upload(state.uploadId()), 0, Arrays.copyOfRange(data, 0, 500)));

        HttpResponse<byte[]> wrong = device.patch(Paths.upload(state.uploadId()), 0, Arrays.copyOfRange(data, 0, 500));

        assertThat(wrong.statusCode()).isEqualTo(409);
        assertThat(error(wrong)).isEqualTo(ErrorCode.UPLOAD_OFFSET_MISMATCH);
        assertThat(wrong.headers().firstValue(Headers.UPLOAD_OFFSET)).contains("500");
        assertThat(offset(state)).isEqualTo(500);
    }

    @Test
    void aDamagedChunkIsRefusedWith460AndNothingIsStored() throws Exception {
        DeviceClient device = central.device();
        byte[] data = randomBytes(2000);
        UploadState state = create(data);
        byte[] chunk = Arrays.copyOfRange(data, 0, 1000);
        Map<String, String> headers = DeviceClient.patchHeaders(0, chunk);
        chunk[10] ^= 1;

        HttpResponse<byte[]> damaged = device.send("PATCH", Paths.upload(state.uploadId()), chunk, headers);

        assertThat(damaged.statusCode()).isEqualTo(460);
        assertThat(error(damaged)).isEqualTo(ErrorCode.UPLOAD_CHECKSUM_MISMATCH);
        assertThat(offset(state)).isZero();
    }

    @Test
    void aBlobThatDoesNotHashToItsAddressIsDiscardedWith422() throws Exception {
        DeviceClient device = central.device();
        byte[] data = randomBytes(5000);
        UploadState state = create(data);
        byte[] flipped = data.clone();
        flipped[4321] ^= 0x40;
        ok(device.patch(Paths.upload(state.uploadId()), 0, Arrays.copyOfRange(flipped, 0, 3000)));

        HttpResponse<byte[]> last = device.patch(Paths.upload(state.uploadId()), 3000, Arrays.copyOfRange(flipped, 3000, 5000));

        assertThat(last.statusCode()).isEqualTo(422);
        assertThat(error(last)).isEqualTo(ErrorCode.BLOB_HASH_MISMATCH);
        assertThat(device.head(Paths.upload(state.uploadId())).statusCode()).isEqualTo(404);
        assertThat(missing(state.hash())).containsExactly(state.hash());
        UploadState fresh = create(data);
        assertThat(fresh.uploadId()).isNotEqualTo(state.uploadId());
        assertThat(fresh.offset()).isZero();
    }

    @Test
    void anotherDevicesUploadIsNotFound() throws Exception {
        UploadState state = create(randomBytes(100));
        DeviceClient other = central.get().enroll();
        assertThat(other.head(Paths.upload(state.uploadId())).statusCode()).isEqualTo(404);
        HttpResponse<byte[]> patch = other.patch(Paths.upload(state.uploadId()), 0, randomBytes(10));
        assertThat(patch.statusCode()).isEqualTo(404);
        assertThat(error(patch)).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void twoDevicesUploadingTheSameBlobStoreItOnce() throws Exception {
        DeviceClient device = central.device();
        byte[] data = randomBytes(4000);
        DeviceClient other = central.get().enroll();
        UploadState mine = create(data);
        UploadState theirs = read(ok(other.postJson(Paths.UPLOADS, new UploadCreate(Sha256.hex(data), data.length,
                "image/png"))), UploadState.class);
        ok(device.patch(Paths.upload(mine.uploadId()), 0, data));
        HttpResponse<byte[]> second = other.patch(Paths.upload(theirs.uploadId()), 0, data);

        assertThat(second.statusCode()).isEqualTo(204);
        assertThat(central.get().server.blobs().read(mine.hash())).hasValueSatisfying(b -> assertThat(b).isEqualTo(data));
    }

    @Test
    void malformedUploadsAreRefusedClearly() throws Exception {
        DeviceClient device = central.device();
        String hash = Sha256.hex(randomBytes(8));
        assertThat(error(device.postJson(Paths.UPLOADS, new UploadCreate("ABC", 10, "image/jpeg"))))
                .isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(error(device.postJson(Paths.UPLOADS, new UploadCreate(hash, 0, "image/jpeg"))))
                .isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(error(device.postJson(Paths.UPLOADS, new UploadCreate(hash, UploadCreate.MAX_BLOB_BYTES + 1,
                "image/jpeg")))).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(error(device.postJson(Paths.UPLOADS, new UploadCreate(hash, 10, "jpeg"))))
                .isEqualTo(ErrorCode.BAD_REQUEST);

        UploadState state = create(randomBytes(100));
        HttpResponse<byte[]> past = device.patch(Paths.upload(state.uploadId()), 0, randomBytes(101));
        assertThat(past.statusCode()).isEqualTo(400);
        HttpResponse<byte[]> noOffset = device.send("PATCH", Paths.upload(state.uploadId()), randomBytes(10), Map.of());
        assertThat(noOffset.statusCode()).isEqualTo(400);
        assertThat(offset(state)).isZero();
    }

    private UploadState create(byte[] data) throws Exception {
        DeviceClient device = central.device();
        return read(ok(device.postJson(Paths.UPLOADS, new UploadCreate(Sha256.hex(data), data.length, "image/jpeg"))),
                UploadState.class);
    }

    private long offset(UploadState state) throws Exception {
        DeviceClient device = central.device();
        return Long.parseLong(device.head(Paths.upload(state.uploadId())).headers()
                .firstValue(Headers.UPLOAD_OFFSET).orElseThrow());
    }

    private List<String> missing(String hash) throws Exception {
        DeviceClient device = central.device();
        return read(ok(device.postJson(Paths.BLOBS_MISSING, new MissingBlobsRequest(List.of(hash)))),
                MissingBlobsReply.class).missing();
    }
}
