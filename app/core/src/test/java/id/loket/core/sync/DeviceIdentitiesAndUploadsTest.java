package id.loket.core.sync;

import id.loket.core.TestStores;
import id.loket.core.CoreServices;
import id.loket.sync.protocol.security.RequestSigning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeviceIdentitiesAndUploadsTest {

    @TempDir
    Path dir;

    @Test
    void theKeyPairIsMadeOnceForTheProfilesDeviceAndSurvivesReopeningAndEnrolling() {
        byte[] payload = RequestSigning.payload("GET", "/v1/status?after=0", "d", "t", "h");
        String firstPublic;
        try (CoreServices core = TestStores.open(dir)) {
            DeviceIdentities ids = core.sync().identities();
            assertThat(ids.current()).isEmpty();
            assertThatThrownBy(ids::prepare).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> ids.enrolled("http://centre", Instant.EPOCH)).isInstanceOf(IllegalStateException.class);
            core.deviceProfiles().save("DPS", 3);
            DeviceIdentity made = ids.prepare();
            assertThat(made.deviceId()).isEqualTo(core.deviceProfiles().current().orElseThrow().deviceId());
            assertThat(made.officeCode()).isEqualTo("DPS");
            assertThat(made.counterNumber()).isEqualTo(3);
            assertThat(made.enrolled()).isFalse();
            assertThat(ids.prepare().publicKey()).isEqualTo(made.publicKey());
            assertThat(made.toString()).doesNotContain(Base64.getEncoder().encodeToString(made.privateKeyPkcs8()));
            firstPublic = made.publicKey();
        }
        try (CoreServices core = TestStores.open(dir)) {
            DeviceIdentity enrolled = core.sync().identities().enrolled("http://127.0.0.1:8480/", Instant.parse("2026-11-23T03:00:00Z"));
            assertThat(enrolled.publicKey()).isEqualTo(firstPublic);
            assertThat(enrolled.enrolled()).isTrue();
            assertThat(enrolled.centreUrl()).isEqualTo("http://127.0.0.1:8480/");
            String signature = RequestSigning.sign(enrolled.signingKey(), payload);
            assertThat(RequestSigning.verify(enrolled.verifyingKey(), payload, signature)).isTrue();
        }
    }

    @Test
    void theUploadLedgerKeepsLocationAndOffsetPerBlob() {
        String hash = "a".repeat(64);
        try (CoreServices core = TestStores.open(dir)) {
            UploadLedger uploads = core.sync().uploads();
            assertThat(uploads.find(hash)).isEmpty();
            uploads.save(hash, "/v1/uploads/u1", 1000, 0);
            uploads.save(hash, "/v1/uploads/u1", 1000, 640);
        }
        try (CoreServices core = TestStores.open(dir)) {
            UploadLedger uploads = core.sync().uploads();
            assertThat(uploads.find(hash)).hasValueSatisfying(u -> {
                assertThat(u.location()).isEqualTo("/v1/uploads/u1");
                assertThat(u.ackedOffset()).isEqualTo(640);
                assertThat(u.complete()).isFalse();
            });
            assertThatThrownBy(() -> uploads.save(hash, "/v1/uploads/u1", 1000, 1001))
                    .isInstanceOf(IllegalArgumentException.class);
            uploads.save(hash, null, 1000, 1000);
            assertThat(uploads.find(hash).orElseThrow().complete()).isTrue();
            uploads.forget(hash);
            assertThat(uploads.find(hash)).isEmpty();
        }
    }

    @Test
    void theUploadsOfManyBlobsAreReadTogetherAndBlobsWithoutOneAreLeftOut() {
        try (CoreServices core = TestStores.open(dir)) {
            UploadLedger uploads = core.sync().uploads();
            java.util.List<String> asked = new java.util.ArrayList<>();
            for (int i = 0; i < 1_200; i++) {
                String hash = String.format("%064x", i);
                asked.add(hash);
                if (i % 3 == 0) {
                    uploads.save(hash, "/v1/uploads/u" + i, 1000, i % 1000);
                }
            }

            java.util.List<UploadEntry> found = uploads.findAll(asked);

            assertThat(found).hasSize(400).allSatisfy(u -> {
                int i = Integer.parseInt(u.blobHash(), 16);
                assertThat(i % 3).isZero();
                assertThat(u.location()).isEqualTo("/v1/uploads/u" + i);
                assertThat(u.ackedOffset()).isEqualTo(i % 1000);
            });
            assertThat(uploads.findAll(java.util.List.of())).isEmpty();
        }
    }
}
