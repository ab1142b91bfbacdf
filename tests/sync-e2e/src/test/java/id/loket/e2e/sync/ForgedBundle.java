package id.loket.e2e.sync;

import id.loket.core.sync.DeviceIdentity;
import id.loket.sync.agent.ledger.OutgoingRecord;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.bundle.BundleKeys;
import id.loket.sync.protocol.bundle.BundleManifest;
import id.loket.sync.protocol.bundle.BundleWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A bundle written by hand with the real {@link BundleWriter} from the device's real records and
 * images, encrypted to the real centre key, with one thing changed on purpose: what an attacker
 * who holds the centre's PUBLIC key (everyone may) could send.
 */
final class ForgedBundle {

    private final TestDevice device;
    private final DeviceIdentity identity;

    ForgedBundle(TestDevice device) {
        this.device = device;
        this.identity = device.core().sync().identities().current().orElseThrow();
    }

    /** The manifest the device would sign for everything it holds. */
    BundleManifest manifest() {
        Map<String, BundleManifest.Blob> blobs = new LinkedHashMap<>();
        List<BundleManifest.Record> records = new ArrayList<>();
        for (OutgoingRecord r : device.queued()) {
            records.add(new BundleManifest.Record(r.recordId(), r.deviceSeq(), r.kind(), r.recordHash(), r.capturedAt(),
                    r.blobHashes()));
            for (String h : r.blobHashes()) {
                blobs.computeIfAbsent(h, k -> new BundleManifest.Blob(k, device.blob(k).length,
                        device.core().blobs().mediaType(k).orElseThrow()));
            }
        }
        return new BundleManifest(BundleManifest.FORMAT, UUID.randomUUID(), identity.deviceId().toString(),
                Instant.now(), records, List.copyOf(blobs.values()));
    }

    /**
     * Writes {@code signed} signed by {@code key}, but puts {@code written} in the file as the
     * manifest, and each entry's bytes through {@code entryBytes}.
     */
    Path write(Path file, BundleManifest signed, BundleManifest written, PrivateKey key,
               java.util.function.BiFunction<String, byte[], byte[]> entryBytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            BundleWriter w = BundleWriter.create(out, BundleKeys.decodePublic(identity.centreBundleKey()));
            w.manifest(CanonicalJson.bytes(written), BundleWriter.sign(CanonicalJson.bytes(signed), key));
            Map<Long, String> payloads = new LinkedHashMap<>();
            device.queued().forEach(r -> payloads.put(r.deviceSeq(), r.payload()));
            for (BundleManifest.Record r : written.records()) {
                w.entry(r.entryName(), entryBytes.apply(r.entryName(),
                        payloads.get(r.deviceSeq()).getBytes(StandardCharsets.UTF_8)));
            }
            for (BundleManifest.Blob b : written.blobs()) {
                w.entry(b.entryName(), entryBytes.apply(b.entryName(), device.blob(b.sha256())));
            }
            w.finish();
        }
        return file;
    }

    /** The device's own signing key. */
    PrivateKey deviceKey() {
        return identity.signingKey();
    }

    /** A manifest changed by {@code change}, keeping everything else. */
    static BundleManifest changed(BundleManifest m, UnaryOperator<List<BundleManifest.Record>> change) {
        return new BundleManifest(m.format(), m.bundleId(), m.deviceId(), m.createdAt(),
                change.apply(new ArrayList<>(m.records())), m.blobs());
    }
}
