package id.loket.sync.agent.http;

import id.loket.sync.agent.support.FakeCentre;
import id.loket.sync.agent.support.Harness;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Gzip;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.BlobPack;
import id.loket.sync.protocol.blob.UploadCreate;
import id.loket.sync.protocol.security.RequestSigning;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing, limits and refusals of the client against a fake centre on loopback. */
class CentreClientTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @RegisterExtension
    final Harness h = new Harness();


    private void answer(MockResponse response) {
        h.centre.fault(r -> true, r -> response, false);
    }

    @Test
    void everyRequestIsSignedOverTheBodyAsSentOrAPacksHeadAndVerifiesWithTheDevicesPublicKey() throws IOException {
        CentreClient client = h.client();
        client.missing(List.of(A, B));
        client.status(0, 10);
        assertThat(client.sendBatch(Gzip.compress("{\"records\":[]}".getBytes())).results()).isEmpty();
        byte[] photo = new byte[300_000];
        new java.util.Random(7).nextBytes(photo);
        byte[] print = "a print".getBytes();
        client.sendPack(List.of(BlobPack.Part.of(Sha256.hex(photo), "image/jpeg", photo),
                BlobPack.Part.of(Sha256.hex(print), "image/wsq", print)));

        assertThat(h.centre.signatureFailures).isEmpty();
        assertThat(h.centre.blobs).containsEntry(Sha256.hex(photo), photo).containsEntry(Sha256.hex(print), print);
        assertThat(h.centre.requests.get(3).getBody().toByteArray()).as("the pack as sent is the pack encoded whole")
                .isEqualTo(BlobPack.encode(List.of(BlobPack.Part.of(Sha256.hex(photo), "image/jpeg", photo),
                        BlobPack.Part.of(Sha256.hex(print), "image/wsq", print))));
        assertThat(h.centre.requests).hasSize(4).allSatisfy(r -> {
            String sha = r.getHeaders().get("Loket-Content-SHA256");
            byte[] body = r.getBody() == null ? new byte[0] : r.getBody().toByteArray();
            // a blob pack is signed over its head, which names every blob's hash (ADR 0018)
            int signed = r.getTarget().equals("/v1/blob-packs") ? BlobPack.headLength(body) : body.length;
            assertThat(signed).isNotNegative();
            assertThat(sha).isEqualTo(Sha256.hex(body, 0, signed));
            byte[] payload = RequestSigning.payload(r.getMethod(), r.getTarget(), h.ledger.deviceId,
                    r.getHeaders().get("Loket-Timestamp"), sha);
            assertThat(RequestSigning.verify(h.ledger.keys.getPublic(), payload, r.getHeaders().get("Loket-Signature")))
                    .isTrue();
            assertThat(r.getHeaders().get("Loket-Device")).isEqualTo(h.ledger.deviceId);
        });
        RecordedRequest status = h.centre.requests.get(1);
        assertThat(status.getTarget()).isEqualTo("/v1/status?after=0&limit=10");
        assertThat(status.getHeaders().get("Loket-Timestamp")).isEqualTo("2026-11-23T02:00:00Z");
        assertThat(status.getHeaders().get("Loket-Content-SHA256")).isEqualTo(Sha256.hex(new byte[0]));
        assertThat(h.centre.requests.get(2).getHeaders().get("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void errorRepliesCarryTheirCodeAndRetryAfter() {
        answer(FakeCentre.error(503, ErrorCode.RETRY_LATER).newBuilder().addHeader("Retry-After", "120").build());
        assertThatThrownBy(() -> h.client().status(0, 10)).isInstanceOfSatisfying(CentreException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.code()).isEqualTo(ErrorCode.RETRY_LATER);
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        });
        answer(new MockResponse.Builder().code(502).body("<html>bad gateway</html>").build());
        assertThatThrownBy(() -> h.client().status(0, 10)).isInstanceOfSatisfying(CentreException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL));
        answer(new MockResponse.Builder().code(302).addHeader("Location", "http://portal.example/login").build());
        assertThatThrownBy(() -> h.client().status(0, 10)).isInstanceOf(CentreException.class);
    }

    @Test
    void refusesRepliesThatAreNotJsonOrTooLarge() {
        answer(new MockResponse.Builder().code(200).body("<html>captive portal</html>").build());
        assertThatThrownBy(() -> h.client().missing(List.of(A))).isInstanceOf(HostileReplyException.class)
                .hasMessageContaining("MissingBlobsReply");
        answer(new MockResponse.Builder().code(200).body("{\"missing\":[\"" + "x".repeat(CentreClient.MAX_REPLY_BYTES)
                + "\"]}").build());
        assertThatThrownBy(() -> h.client().missing(List.of(A))).isInstanceOf(HostileReplyException.class)
                .hasMessageContaining("exceeds");
        answer(new MockResponse.Builder().code(200).body("null").build());
        assertThatThrownBy(() -> h.client().status(0, 10)).isInstanceOf(HostileReplyException.class);
    }

    @Test
    void refusesRepliesThatDoNotAnswerTheRequest() {
        answer(FakeCentre.json(200, java.util.Map.of("missing", List.of(B))));
        assertThatThrownBy(() -> h.client().missing(List.of(A))).isInstanceOf(HostileReplyException.class)
                .hasMessageContaining("not asked");
        answer(FakeCentre.json(200, java.util.Map.of("events", List.of(
                java.util.Map.of("cursor", 5, "recordId", java.util.UUID.randomUUID(), "decision", "APPROVED"),
                java.util.Map.of("cursor", 4, "recordId", java.util.UUID.randomUUID(), "decision", "APPROVED")),
                "nextCursor", 5, "highestUnbrokenSeq", 0, "more", false)));
        assertThatThrownBy(() -> h.client().status(0, 10)).isInstanceOf(HostileReplyException.class)
                .hasMessageContaining("rising cursor order");
        UploadCreate create = new UploadCreate(A, 100, "image/jpeg");
        answer(FakeCentre.json(201, java.util.Map.of("uploadId", "u1", "hash", A, "size", 100, "offset", 101,
                "complete", false)).newBuilder().addHeader("Location", "/v1/uploads/u1").build());
        assertThatThrownBy(() -> h.client().createUpload(create)).isInstanceOf(HostileReplyException.class)
                .hasMessageContaining("outside");
        answer(FakeCentre.json(201, java.util.Map.of("uploadId", "u1", "hash", A, "size", 100, "offset", 0,
                "complete", false)).newBuilder().addHeader("Location", "http://elsewhere.example/v1/uploads/u1").build());
        assertThatThrownBy(() -> h.client().createUpload(create)).isInstanceOf(HostileReplyException.class)
                .hasMessageContaining("not an upload on this centre");
        answer(new MockResponse.Builder().code(204).addHeader("Upload-Offset", "150").build());
        assertThatThrownBy(() -> h.client().head("/v1/uploads/u1", 100)).isInstanceOf(HostileReplyException.class);
        answer(new MockResponse.Builder().code(204).addHeader("Upload-Offset", "99").build());
        assertThatThrownBy(() -> h.client().patch("/v1/uploads/u1", 0, new byte[100], 0, 50))
                .isInstanceOf(HostileReplyException.class).hasMessageContaining("reports offset 99");
    }
}
