package id.loket.core.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.Fixtures;
import id.loket.sync.protocol.CanonicalJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Helper B stores Applications as canonical JSON: every field must survive the round trip. */
class ApplicationJsonTest {

    private final ObjectMapper mapper = CanonicalJson.newMapper();

    static Application full() {
        Application a = Fixtures.completeDraft();
        return a.withFingerprints(a.fingerprints()
                        .with(FingerCapture.exception(Finger.LEFT_INDEX, "jari diperban", 2).confirm("kasi1")))
                .withDocuments(List.of(
                        new DocumentRecord(DocumentType.E_KTP, Fixtures.hash('d'), "asli dilihat", "petugas1",
                                Instant.parse("2026-11-23T02:55:00Z")),
                        new DocumentRecord(DocumentType.KARTU_KELUARGA, null, null, "petugas1",
                                Instant.parse("2026-11-23T02:56:00Z"))))
                .withInterview(new Interview("petugas1", Instant.parse("2026-11-23T02:58:00Z"), "umrah Februari"))
                .withPayment(Payment.billed("820261123000123", 950_000L, Instant.parse("2026-11-23T03:00:00Z"))
                        .confirmPaid(Instant.parse("2026-11-23T03:20:00Z"), "NTPN1234ABCD5678"))
                .withReceiptNumber("DPS-03-261123-0007")
                .withState(ApplicationState.FINALISED)
                .withApplicant(Fixtures.applicant().withNikVerification(NikVerification.VERIFIED))
                .withCancellationReason("not cancelled, but the field must survive")
                .withUpdatedAt(Instant.parse("2026-11-23T03:21:00.123456Z"));
    }

    @Test
    void aFullApplicationRoundTripsThroughTheStoreMapper() throws Exception {
        Application original = full();
        String json = mapper.writeValueAsString(original);
        Application back = mapper.readValue(json, Application.class);
        assertThat(back).isEqualTo(original);
        assertThat(CanonicalJson.bytes(back)).isEqualTo(CanonicalJson.bytes(original));
    }

    @Test
    void aFreshDraftWithNullsRoundTrips() throws Exception {
        Application draft = Fixtures.emptyDraft();
        assertThat(mapper.readValue(mapper.writeValueAsString(draft), Application.class)).isEqualTo(draft);
    }

    @Test
    void onlyRecordComponentsAreWritten() throws Exception {
        JsonNode tree = mapper.readTree(CanonicalJson.bytes(full()));
        assertThat(tree.get("createdAt").asText()).isEqualTo("2026-11-23T02:50:00Z");
        assertThat(tree.get("applicant").get("birthDate").asText()).isEqualTo("1990-08-12");
        JsonNode finger = tree.get("fingerprints").get("fingers").get(0);
        assertThat(finger.has("resolved")).isFalse();
        assertThat(finger.has("excepted")).isFalse();
        assertThat(tree.get("fingerprints").has("complete")).isFalse();
        assertThat(tree.get("payment").has("paid")).isFalse();
        assertThat(tree.get("fingerprints").get("required").get("fingers").get(0).asText()).isEqualTo("RIGHT_INDEX");
    }

    @Test
    void draftStartsEmpty() {
        Application d = Fixtures.emptyDraft();
        assertThat(d.state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(d.receiptNumber()).isNull();
        assertThat(d.photo()).isNull();
        assertThat(d.documents()).isEmpty();
        assertThat(d.createdAt()).isEqualTo(d.updatedAt());
        assertThat(d.fingerprints().fingers()).hasSize(2);
        assertThat(d.applicant().nikVerification()).isEqualTo(NikVerification.UNVERIFIED);
    }

    @Test
    void paymentIsPaidOnlyOnceConfirmed() {
        Payment billed = Payment.billed("1", 650_000L, Instant.EPOCH);
        assertThat(billed.paid()).isFalse();
        assertThat(billed.confirmPaid(Instant.EPOCH, "NTPN").paid()).isTrue();
    }
}
