package id.loket.sync.central.admin;

import com.fasterxml.jackson.databind.JsonNode;
import id.loket.sync.central.fault.FaultRule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** JSON bodies of the administrator endpoints (not part of the device protocol). */
public final class AdminTypes {

    private AdminTypes() {
    }

    /** {@code POST /v1/admin/tokens}: issue an enrollment token. */
    public record TokenRequest(String officeCode, Integer counter, Integer validHours) {
    }

    /** The token, shown once. */
    public record TokenReply(String token, String officeCode, Integer counter, Instant expiresAt) {
    }

    /** {@code GET /v1/admin/records/{id}}: a stored record as the centre holds it. */
    public record RecordView(UUID recordId, String deviceId, long deviceSeq, String recordHash, String kind,
                             Instant capturedAt, List<String> blobHashes, JsonNode body, Instant receivedAt,
                             String receipt, String lastDecision) {
    }

    /** {@code GET /v1/admin/faults}: the armed faults. */
    public record FaultList(List<FaultRule> faults) {
    }

    /** {@code POST /v1/admin/appointments}: how many rows were loaded. */
    public record ImportReply(int imported) {
    }
}
