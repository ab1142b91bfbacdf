package id.loket.e2e.sync;

import id.loket.core.bundle.BundleRefusal;
import id.loket.core.bundle.ExportResult;
import id.loket.core.bundle.ReceiptResult;
import id.loket.core.outbox.OutboxState;
import id.loket.sync.agent.SyncAgent;
import id.loket.sync.agent.ledger.OutgoingRecord;
import id.loket.sync.central.ingest.StoredRecord;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.batch.Outcome;
import id.loket.sync.protocol.bundle.BundleException;
import id.loket.sync.protocol.bundle.BundleManifest;
import id.loket.sync.protocol.bundle.BundleReceipt;
import id.loket.sync.protocol.bundle.SignedReceipt;
import id.loket.sync.protocol.security.DeviceKeys;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The manual fallback end to end: the real device store exports a bundle to a "stick" (a
 * directory), the real central server (in-process, H2) imports it with the same ingest as online
 * sync, and the device applies the centre's signed receipt. Every refused bundle leaves the centre
 * exactly as it was.
 */
class BundleEndToEndTest {

    private static final int APPLICATIONS = 3;
    private static final String OFFICER = "petugas1";

    @TempDir
    Path temp;

    private StickJourney journey;
    private TestCentre centre;
    private TestDevice device;
    private OkHttpClient http;
    private Path stick;

    @BeforeEach
    void setUp() throws IOException {
        journey = StickJourney.start(temp, APPLICATIONS);
        centre = journey.centre;
        device = journey.device;
        http = journey.http;
        stick = journey.stick;
    }

    @AfterEach
    void tearDown() throws IOException {
        journey.close();
    }

    @Test
    void roundTripStoresEveryRecordWithItsImagesAndTheReceiptAcknowledgesThem() throws IOException {
        List<OutgoingRecord> queued = device.queued();
        ExportResult export = device.core().bundles().exporter().export(stick, false, OFFICER);

        assertThat(export.records()).isEqualTo(APPLICATIONS);
        assertThat(export.blobs()).isEqualTo(APPLICATIONS * 11);
        try (var files = Files.list(stick)) {
            assertThat(files.toList()).containsExactly(export.file());
        }
        SignedReceipt receipt = centre.server.bundles().importBundle(export.file(), "operator");

        Map<UUID, String> sent = queued.stream().collect(Collectors.toMap(OutgoingRecord::recordId,
                OutgoingRecord::recordHash));
        Map<UUID, String> stored = new HashMap<>();
        for (UUID id : sent.keySet()) {
            centre.server.records().find(id).ifPresent(r -> stored.put(r.recordId(), r.recordHash()));
        }
        assertThat(stored).isEqualTo(sent);
        assertThat(centre.recordCount()).isEqualTo(APPLICATIONS);
        Set<String> images = queued.stream().flatMap(r -> r.blobHashes().stream()).collect(Collectors.toSet());
        assertThat(centre.storedBlobs()).isEqualTo(images);
        for (String hash : images) {
            assertThat(centre.server.blobs().read(hash)).hasValueSatisfying(b -> assertThat(b).isEqualTo(device.blob(hash)));
        }
        assertThat(receipt.verifies(DeviceKeys.decodePublic(
                device.core().sync().identities().current().orElseThrow().centreReceiptKey()))).isTrue();
        assertThat(receipt.receipt().records()).extracting(BundleReceipt.Line::outcome).containsOnly(Outcome.ACCEPTED);

        Path receiptFile = Files.write(stick.resolve("bundle.receipt"), receipt.toBytes());
        ReceiptResult applied = device.core().bundles().receipts().apply(receiptFile, OFFICER);

        assertThat(applied.acknowledged()).isEqualTo(APPLICATIONS);
        assertThat(device.core().outbox().count(OutboxState.ACKNOWLEDGED)).isEqualTo(APPLICATIONS);
        assertThat(device.queued()).isEmpty();
        assertThat(device.core().audit().entries()).extracting(e -> e.action())
                .contains("bundle.exported", "bundle.receipt-imported");
        assertThat(device.core().bundles().receipts().apply(receiptFile, OFFICER).acknowledged()).isZero();
    }

    @Test
    void recordsThatCameOnlineAndByBundleAreStoredOnce() throws IOException {
        ExportResult export = device.core().bundles().exporter().export(stick, false, OFFICER);
        try (SyncAgent agent = TestAgents.agent(device.ledger(), http)) {
            agent.drainOnce();
        }
        assertThat(device.queued()).isEmpty();
        Set<String> blobsOnline = centre.storedBlobs();

        SignedReceipt receipt = centre.server.bundles().importBundle(export.file(), "operator");

        assertThat(receipt.receipt().records()).extracting(BundleReceipt.Line::outcome).containsOnly(Outcome.DUPLICATE);
        assertThat(centre.recordCount()).isEqualTo(APPLICATIONS);
        assertThat(centre.storedBlobs()).isEqualTo(blobsOnline);
    }

    @Test
    void aBundleFirstThenOnlineSyncStoresOnceAndSendsNoImageAgain() throws IOException {
        Map<UUID, String> receipts = new HashMap<>();
        ExportResult export = device.core().bundles().exporter().export(stick, false, OFFICER);
        centre.server.bundles().importBundle(export.file(), "operator").receipt().records()
                .forEach(l -> receipts.put(l.recordId(), l.receipt()));
        long patchesBefore = centre.observed().patchOffsets().size();

        try (SyncAgent agent = TestAgents.agent(device.ledger(), http)) {
            agent.drainOnce();
        }

        assertThat(device.queued()).isEmpty();
        assertThat(centre.recordCount()).isEqualTo(APPLICATIONS);
        assertThat(centre.observed().patchOffsets()).hasSize((int) patchesBefore);
        for (Map.Entry<UUID, String> e : receipts.entrySet()) {
            assertThat(centre.server.records().find(e.getKey())).map(StoredRecord::receipt).hasValue(e.getValue());
        }
    }

    @Test
    void anIncrementalExportCarriesOnlyRecordsNoEarlierBundleCarried() throws IOException {
        var exporter = device.core().bundles().exporter();
        ExportResult first = exporter.export(stick, false, OFFICER);
        device.addApplication(77);
        UUID added = device.queued().getLast().recordId();

        ExportResult second = exporter.export(stick, false, OFFICER);

        assertThat(first.records()).isEqualTo(APPLICATIONS);
        assertThat(second.records()).isEqualTo(1);
        assertThat(second.blobs()).isEqualTo(11);
        assertThatThrownBy(() -> exporter.export(stick, false, OFFICER)).isInstanceOf(BundleRefusal.class)
                .extracting(e -> ((BundleRefusal) e).reason().key()).isEqualTo("bundle.refused.nothingNew");
        SignedReceipt receipt = centre.server.bundles().importBundle(second.file(), "operator");
        assertThat(receipt.receipt().records()).extracting(BundleReceipt.Line::recordId).containsExactly(added);
        assertThat(exporter.export(stick, true, OFFICER).records()).isEqualTo(APPLICATIONS + 1);
    }

    @Test
    void aTruncatedBundleIsRefusedWhereverItWasCut() throws IOException {
        Path whole = device.core().bundles().exporter().export(stick, false, OFFICER).file();
        byte[] bytes = Files.readAllBytes(whole);
        for (int cut : new int[] {20, 2_000, bytes.length / 2, bytes.length - 17, bytes.length - 1}) {
            Path part = Files.write(temp.resolve("cut-" + cut + ".lkb"), Arrays.copyOf(bytes, cut));
            assertRefusedAndCentreUnchanged(part, ErrorCode.BUNDLE_TRUNCATED);
        }
    }

    @Test
    void aBundleFromARevokedDeviceIsRefusedAndNothingIsStored() throws IOException {
        Path bundle = device.core().bundles().exporter().export(stick, false, OFFICER).file();
        assertThat(centre.server.devices().revoke(device.deviceId(), "test", "laptop stolen")).isTrue();

        assertThatThrownBy(() -> centre.server.bundles().importBundle(bundle, "operator"))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining(device.deviceId());
        assertThat(centre.recordCount()).isZero();
        assertThat(centre.storedBlobs()).isEmpty();
    }

    @Test
    void aBundleForAnotherCentreIsRefusedAsWrongKey() throws IOException {
        Path bundle = device.core().bundles().exporter().export(stick, false, OFFICER).file();
        try (TestCentre other = TestCentre.start(CentreDatabase.H2)) {
            assertThatThrownBy(() -> other.server.bundles().importBundle(bundle, "operator"))
                    .isInstanceOf(BundleException.class)
                    .extracting(e -> ((BundleException) e).code()).isEqualTo(ErrorCode.BUNDLE_WRONG_KEY);
            assertThat(other.recordCount()).isZero();
        }
    }

    @Test
    void aFlippedByteAnywhereInTheEncryptedBodyIsRefusedAsDamaged() throws IOException {
        Path whole = device.core().bundles().exporter().export(stick, false, OFFICER).file();
        byte[] bytes = Files.readAllBytes(whole);
        bytes[bytes.length / 2] ^= 0x01;
        Path flipped = Files.write(temp.resolve("flipped.lkb"), bytes);
        assertRefusedAndCentreUnchanged(flipped, ErrorCode.BUNDLE_DAMAGED);
    }

    @Test
    void aTamperedManifestIsRefusedAsABadSignature() throws IOException {
        ForgedBundle forge = new ForgedBundle(device);
        BundleManifest signed = forge.manifest();
        BundleManifest changed = ForgedBundle.changed(signed, records -> {
            records.removeLast();
            return records;
        });
        Path bundle = forge.write(temp.resolve("manifest.lkb"), signed, changed, forge.deviceKey(), (n, b) -> b);
        assertRefusedAndCentreUnchanged(bundle, ErrorCode.BUNDLE_BAD_SIGNATURE);
    }

    @Test
    void aTamperedImageIsRefusedAndNothingOfTheBundleIsStored() throws IOException {
        ForgedBundle forge = new ForgedBundle(device);
        BundleManifest m = forge.manifest();
        String victim = m.blobs().getLast().entryName();
        Path bundle = forge.write(temp.resolve("image.lkb"), m, m, forge.deviceKey(), (name, bytes) -> {
            if (name.equals(victim)) {
                byte[] copy = bytes.clone();
                copy[100] ^= 0x40;
                return copy;
            }
            return bytes;
        });
        assertRefusedAndCentreUnchanged(bundle, ErrorCode.BUNDLE_ENTRY_MISMATCH);
    }

    @Test
    void aBundleFromAnUnknownDeviceIsRefused() throws IOException {
        ForgedBundle forge = new ForgedBundle(device);
        BundleManifest m = forge.manifest();
        BundleManifest stranger = new BundleManifest(m.format(), m.bundleId(), UUID.randomUUID().toString(),
                m.createdAt(), m.records(), m.blobs());
        Path bundle = forge.write(temp.resolve("stranger.lkb"), stranger, stranger,
                DeviceKeys.generate().getPrivate(), (n, b) -> b);
        assertRefusedAndCentreUnchanged(bundle, ErrorCode.UNKNOWN_DEVICE);
    }

    @Test
    void aReplayedBundleIsRefusedAndChangesNothing() throws IOException {
        Path bundle = device.core().bundles().exporter().export(stick, false, OFFICER).file();
        centre.server.bundles().importBundle(bundle, "operator");
        Set<String> blobs = centre.storedBlobs();

        assertThatThrownBy(() -> centre.server.bundles().importBundle(bundle, "operator"))
                .isInstanceOf(BundleException.class)
                .extracting(e -> ((BundleException) e).code()).isEqualTo(ErrorCode.BUNDLE_REPLAYED);
        assertThat(centre.recordCount()).isEqualTo(APPLICATIONS);
        assertThat(centre.storedBlobs()).isEqualTo(blobs);
    }

    @Test
    void theAdministratorEndpointImportsABundleAndRefusesABadOneWithItsCode() throws IOException {
        Path bundle = device.core().bundles().exporter().export(stick, false, OFFICER).file();
        byte[] bytes = Files.readAllBytes(bundle);

        try (Response refused = post(Arrays.copyOf(bytes, bytes.length - 3))) {
            assertThat(refused.code()).isEqualTo(422);
            assertThat(refused.body().string()).contains("bundle-truncated");
        }
        assertThat(centre.recordCount()).isZero();
        try (Response ok = post(bytes)) {
            assertThat(ok.code()).isEqualTo(201);
            SignedReceipt receipt = SignedReceipt.parse(ok.body().bytes());
            assertThat(receipt.receipt().records()).hasSize(APPLICATIONS);
        }
        try (Response replay = post(bytes)) {
            assertThat(replay.code()).isEqualTo(409);
            assertThat(replay.body().string()).contains("bundle-replayed");
        }
    }

    @Test
    void aReceiptForgedOrForAnotherDeviceChangesNothing() throws IOException {
        Path bundle = device.core().bundles().exporter().export(stick, false, OFFICER).file();
        SignedReceipt real = centre.server.bundles().importBundle(bundle, "operator");
        BundleReceipt r = real.receipt();
        SignedReceipt forged = SignedReceipt.sign(r, DeviceKeys.generate().getPrivate());
        Path forgedFile = Files.write(temp.resolve("forged.receipt"), forged.toBytes());
        Path garbage = Files.writeString(temp.resolve("garbage.receipt"), "not a receipt");

        for (Path file : List.of(forgedFile, garbage)) {
            assertThatThrownBy(() -> device.core().bundles().receipts().apply(file, OFFICER))
                    .isInstanceOf(BundleRefusal.class);
        }
        assertThat(device.core().outbox().count(OutboxState.ACKNOWLEDGED)).isZero();
        assertThat(device.queued()).hasSize(APPLICATIONS);
    }

    private Response post(byte[] body) throws IOException {
        Request request = new Request.Builder().url("http://127.0.0.1:" + centre.server.port() + "/v1/admin/bundles")
                .header("Authorization", "Bearer " + TestCentre.ADMIN_TOKEN)
                .post(RequestBody.create(body, MediaType.get("application/octet-stream"))).build();
        return http.newCall(request).execute();
    }

    private void assertRefusedAndCentreUnchanged(Path bundle, ErrorCode expected) {
        Set<String> blobsBefore = centre.storedBlobs();
        long recordsBefore = centre.recordCount();
        assertThatThrownBy(() -> centre.server.bundles().importBundle(bundle, "operator"))
                .isInstanceOf(BundleException.class)
                .extracting(e -> ((BundleException) e).code()).isEqualTo(expected);
        assertThat(centre.recordCount()).isEqualTo(recordsBefore);
        assertThat(centre.storedBlobs()).isEqualTo(blobsBefore);
        assertThat(centre.uploads()).isEmpty();
    }
}
