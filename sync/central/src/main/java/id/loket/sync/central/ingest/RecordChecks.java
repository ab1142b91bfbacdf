package id.loket.sync.central.ingest;

import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.batch.Outcome;
import id.loket.sync.protocol.batch.RecordResult;
import id.loket.sync.protocol.batch.WireRecord;

import java.util.List;

/** The checks of one record that need no database; a failure is REJECTED for good. */
final class RecordChecks {

    static final int MAX_BLOBS_PER_RECORD = 1000;

    private RecordChecks() {
    }

    /** A REJECTED result, or null when the record may be stored. */
    static RecordResult problem(WireRecord r) {
        String why = why(r);
        return why == null ? null : rejected(r, why);
    }

    private static String why(WireRecord r) {
        if (r == null) {
            return "a null record";
        }
        if (r.recordId() == null) {
            return "the record id is missing";
        }
        if (r.deviceSeq() < 1) {
            return "the device sequence must be at least 1";
        }
        if (r.kind() == null || !r.kind().matches("[a-z][a-z0-9-]{0,39}")) {
            return "the kind must be a short lower-case word";
        }
        if (r.body() == null || !r.body().isObject()) {
            return "the body must be a JSON object";
        }
        List<String> blobs = r.blobHashes() == null ? List.of() : r.blobHashes();
        if (blobs.size() > MAX_BLOBS_PER_RECORD || !blobs.stream().allMatch(Sha256::isHex)) {
            return "blobHashes must be at most " + MAX_BLOBS_PER_RECORD + " SHA-256 hex digests";
        }
        if (!Sha256.isHex(r.recordHash())) {
            return "the record hash must be 64 lower-case hex digits";
        }
        String actual = WireRecord.hashOf(r.body());
        if (!actual.equals(r.recordHash())) {
            return "the body hashes to " + actual + ", not to the claimed " + r.recordHash();
        }
        return null;
    }

    private static RecordResult rejected(WireRecord r, String message) {
        return new RecordResult(r == null ? null : r.recordId(), r == null ? 0 : r.deviceSeq(), Outcome.REJECTED,
                null, null, ErrorCode.BAD_REQUEST, message, List.of());
    }
}
