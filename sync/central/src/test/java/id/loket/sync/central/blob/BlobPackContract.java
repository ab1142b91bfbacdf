package id.loket.sync.central.blob;

import id.loket.sync.central.store.DatabaseSettings;
import id.loket.sync.central.support.CentralExtension;
import id.loket.sync.central.support.DeviceClient;
import id.loket.sync.central.support.Fixtures;
import id.loket.sync.central.support.TestCentral;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.BlobPack;
import id.loket.sync.protocol.blob.BlobPackReply;
import id.loket.sync.protocol.blob.MissingBlobsReply;
import id.loket.sync.protocol.blob.MissingBlobsRequest;
import id.loket.sync.protocol.blob.PackOutcome;
import id.loket.sync.protocol.blob.PackedBlobResult;
import id.loket.sync.protocol.batch.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static id.loket.sync.central.support.DeviceClient.error;
import static id.loket.sync.central.support.DeviceClient.ok;
import static id.loket.sync.central.support.DeviceClient.read;
import static id.loket.sync.central.support.Fixtures.randomBytes;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /v1/blob-packs} (ADR 0015), run on H2 and on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BlobPackContract {

    @RegisterExtension
    final CentralExtension central = new CentralExtension(this::database, imagesInDatabase());

    abstract DatabaseSettings database();

    /** False: images in segment files (the default, ADR 0017); true: as {@code --blob-dir database}. */
    boolean imagesInDatabase() {
        return false;
    }

    private static HttpResponse<byte[]> post(DeviceClient device, byte[] body) throws Exception {
        return device.send("POST", Paths.BLOB_PACKS, body, Map.of("Content-Type", BlobPack.MEDIA_TYPE));
    }

    private static BlobPack.Part part(byte[] data) {
        return BlobPack.Part.of(Sha256.hex(data), "image/x-wsq", data);
    }

    private List<String> missing(DeviceClient device, List<String> hashes) throws Exception {
        return read(ok(device.postJson(Paths.BLOBS_MISSING, new MissingBlobsRequest(hashes))), MissingBlobsReply.class)
                .missing();
    }

    private byte[] stored(String hash) {
        return central.get().server.blobs().read(hash).orElse(null);
    }

    @Test
    void aPackStoresEachSmallBlobWholeAndVerifiedInOneRequest() throws Exception {
        DeviceClient device = central.device();
        byte[] photo = randomBytes(300_000);
        byte[] print = randomBytes(15_000);
        byte[] another = randomBytes(15_001);

        BlobPackReply reply = read(ok(post(device, BlobPack.encode(List.of(part(photo), part(print), part(another))))),
                BlobPackReply.class);

        assertThat(reply.results()).extracting(PackedBlobResult::hash)
                .containsExactly(Sha256.hex(photo), Sha256.hex(print), Sha256.hex(another));
        assertThat(reply.results()).extracting(PackedBlobResult::outcome).containsOnly(PackOutcome.STORED);
        assertThat(stored(Sha256.hex(photo))).isEqualTo(photo);
        assertThat(stored(Sha256.hex(print))).isEqualTo(print);
        assertThat(stored(Sha256.hex(another))).isEqualTo(another);
        assertThat(missing(device, List.of(Sha256.hex(photo), Sha256.hex(print), Sha256.hex(another)))).isEmpty();
    }

    @Test
    void aBlobWhoseBytesDoNotMatchItsAddressIsRefusedWithItsReasonAndNotStored() throws Exception {
        DeviceClient device = central.device();
        byte[] good = randomBytes(15_000);
        byte[] original = randomBytes(15_000);
        byte[] damaged = original.clone();
        damaged[7_500] ^= 0x10;
        BlobPack.Part lying = new BlobPack.Part(new BlobPack.Entry(Sha256.hex(original), damaged.length, "image/x-wsq"),
                damaged);

        BlobPackReply reply = read(ok(post(device, BlobPack.encode(List.of(lying, part(good))))), BlobPackReply.class);

        PackedBlobResult refused = reply.results().getFirst();
        assertThat(refused.hash()).isEqualTo(Sha256.hex(original));
        assertThat(refused.outcome()).isEqualTo(PackOutcome.REFUSED);
        assertThat(refused.code()).isEqualTo(ErrorCode.BLOB_HASH_MISMATCH);
        assertThat(refused.message()).contains("do not hash");
        assertThat(stored(Sha256.hex(original))).as("nothing stored under the damaged blob's address").isNull();
        assertThat(stored(Sha256.hex(damaged))).isNull();
        assertThat(missing(device, List.of(Sha256.hex(original)))).containsExactly(Sha256.hex(original));
        assertThat(reply.results().get(1).outcome()).as("the sound blob of the pack").isEqualTo(PackOutcome.STORED);
        assertThat(stored(Sha256.hex(good))).isEqualTo(good);

        var records = device.batch(Fixtures.batch(device, Fixtures.record(1, Sha256.hex(good)),
                Fixtures.record(2, Sha256.hex(good), Sha256.hex(original)))).results();
        assertThat(records).extracting(r -> r.outcome()).as("a batch right after the pack: the refused blob is not at the centre")
                .containsExactly(Outcome.ACCEPTED, Outcome.MISSING_BLOBS);
        assertThat(records.get(1).missingHashes()).containsExactly(Sha256.hex(original));
    }

    @Test
    void sendingTheSamePackAgainAnswersHeldAndStoresNothingTwice() throws Exception {
        DeviceClient device = central.device();
        byte[] a = randomBytes(20_000);
        byte[] b = randomBytes(20_000);
        byte[] body = BlobPack.encode(List.of(part(a), part(b)));

        read(ok(post(device, body)), BlobPackReply.class);
        BlobPackReply again = read(ok(post(device, body)), BlobPackReply.class);

        assertThat(again.results()).extracting(PackedBlobResult::outcome).containsExactly(PackOutcome.HELD, PackOutcome.HELD);
        assertThat(stored(Sha256.hex(a))).isEqualTo(a);
        assertThat(stored(Sha256.hex(b))).isEqualTo(b);
        BlobPackReply fromAnotherDevice = read(ok(post(central.device(), body)), BlobPackReply.class);
        assertThat(fromAnotherDevice.results()).extracting(PackedBlobResult::outcome).containsOnly(PackOutcome.HELD);
    }

    @Test
    void aMalformedPackIsRefusedWholeAndStoresNothing() throws Exception {
        DeviceClient device = central.device();
        byte[] data = randomBytes(10_000);
        byte[] body = BlobPack.encode(List.of(part(data)));

        HttpResponse<byte[]> truncated = post(device, Arrays.copyOf(body, body.length - 1));

        assertThat(truncated.statusCode()).isEqualTo(400);
        assertThat(error(truncated)).isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(stored(Sha256.hex(data))).isNull();
    }

    @Test
    void aPackIsSignedLikeEveryDeviceRequest() throws Exception {
        DeviceClient device = central.device();
        byte[] data = randomBytes(10_000);
        byte[] body = BlobPack.encode(List.of(part(data)));

        HttpResponse<byte[]> forged = device.send("POST", Paths.BLOB_PACKS, body,
                Map.of(Headers.CONTENT_SHA256, Sha256.hex(randomBytes(8))));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(error(forged)).isEqualTo(ErrorCode.BAD_SIGNATURE);
        assertThat(stored(Sha256.hex(data))).isNull();
    }

    @Test
    void aPackSignedOverItsHeadIsStoredAndABlobAlteredAfterSigningIsRefusedAlone() throws Exception {
        DeviceClient device = central.device();
        byte[] a = randomBytes(20_000);
        byte[] b = randomBytes(20_000);
        byte[] body = BlobPack.encode(List.of(part(a), part(b)));
        int head = BlobPack.headLength(body);
        String headSha = Sha256.hex(body, 0, head);
        byte[] altered = body.clone();
        altered[head + 100] ^= 0x01;

        BlobPackReply reply = read(ok(signedOver(device, altered, headSha)), BlobPackReply.class);

        assertThat(reply.results()).extracting(PackedBlobResult::outcome)
                .containsExactly(PackOutcome.REFUSED, PackOutcome.STORED);
        assertThat(reply.results().getFirst().code()).isEqualTo(ErrorCode.BLOB_HASH_MISMATCH);
        assertThat(stored(Sha256.hex(a))).as("the altered blob is not stored").isNull();
        assertThat(stored(Sha256.hex(b))).isEqualTo(b);

        byte[] forgedManifest = body.clone();
        forgedManifest[head - 3] ^= 0x01;
        HttpResponse<byte[]> forged = signedOver(device, forgedManifest, headSha);
        assertThat(forged.statusCode()).as("the head is what the signature covers").isEqualTo(401);
        assertThat(error(forged)).isEqualTo(ErrorCode.BAD_SIGNATURE);
    }

    private static HttpResponse<byte[]> signedOver(DeviceClient device, byte[] body, String sha) throws Exception {
        return device.http().send(device.request("POST", Paths.BLOB_PACKS, body, sha,
                Map.of("Content-Type", BlobPack.MEDIA_TYPE), null), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void twoDevicesRacingTheSamePackStoreEachBlobOnce() throws Exception {
        DeviceClient one = central.device();
        DeviceClient two = central.get().enroll("DPS", 2);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int round = 0; round < 10; round++) {
                List<byte[]> blobs = List.of(randomBytes(30_000), randomBytes(30_000), randomBytes(30_000));
                byte[] body = BlobPack.encode(blobs.stream().map(BlobPackContract::part).toList());
                Future<BlobPackReply> first = pool.submit(() -> read(ok(post(one, body)), BlobPackReply.class));
                Future<BlobPackReply> second = pool.submit(() -> read(ok(post(two, body)), BlobPackReply.class));
                List<PackedBlobResult> a = first.get().results();
                List<PackedBlobResult> b = second.get().results();
                for (int i = 0; i < blobs.size(); i++) {
                    assertThat(List.of(a.get(i).outcome(), b.get(i).outcome())).as("round %d, blob %d", round, i)
                            .containsExactlyInAnyOrder(PackOutcome.STORED, PackOutcome.HELD);
                    assertThat(stored(Sha256.hex(blobs.get(i)))).isEqualTo(blobs.get(i));
                }
            }
        }
    }

    @Test
    void theBytesGoWhereTheCentreKeepsImagesAndASecondInstanceReadsThem() throws Exception {
        DeviceClient device = central.device();
        byte[] data = randomBytes(40_000);
        String hash = Sha256.hex(data);

        read(ok(post(device, BlobPack.encode(List.of(part(data))))), BlobPackReply.class);

        Path dir = central.get().blobDirectory();
        if (dir == null) {
            assertThat(sqlCount("SELECT COUNT(*) FROM upload_chunk k JOIN stored_blob s ON s.upload_id = k.upload_id"
                    + " WHERE s.hash = ?", hash)).isEqualTo(1);
            return;
        }
        assertThat(sqlCount("SELECT COUNT(*) FROM upload_chunk k JOIN upload u ON u.upload_id = k.upload_id"
                + " WHERE u.hash = ?", hash)).as("no copy of the bytes in the database").isZero();
        assertThat(sqlCount("SELECT COUNT(*) FROM stored_blob WHERE hash = ? AND segment IS NOT NULL", hash)).isEqualTo(1);
        assertThat(segmentsHold(dir, data)).as("the bytes are in a segment file").isTrue();
        try (TestCentral second = TestCentral.beside(central.get(), central.database())) {
            assertThat(second.server.blobs().read(hash)).hasValueSatisfying(b -> assertThat(b).isEqualTo(data));
        }
    }

    private long sqlCount(String sql, String hash) throws Exception {
        DatabaseSettings db = central.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean segmentsHold(Path dir, byte[] data) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                byte[] all = Files.readAllBytes(file);
                for (int at = 0; at + data.length <= all.length; at++) {
                    if (Arrays.equals(all, at, at + data.length, data, 0, data.length)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
