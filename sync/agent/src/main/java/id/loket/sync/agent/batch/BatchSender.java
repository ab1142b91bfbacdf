package id.loket.sync.agent.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.agent.http.CentreClient;
import id.loket.sync.agent.http.CentreException;
import id.loket.sync.agent.http.ReplyChecks;
import id.loket.sync.agent.ledger.DeviceLedger;
import id.loket.sync.agent.ledger.OutgoingRecord;
import id.loket.sync.agent.ledger.RecordState;
import id.loket.sync.agent.ledger.RecordTransition;
import id.loket.sync.protocol.CanonicalJson;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Gzip;
import id.loket.sync.protocol.ProtocolVersion;
import id.loket.sync.protocol.batch.BatchEnvelope;
import id.loket.sync.protocol.batch.BatchReply;
import id.loket.sync.protocol.batch.RecordResult;
import id.loket.sync.protocol.batch.WireRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Sends records whose images are at the centre, at most 50 per signed, gzip-compressed batch, and
 * applies the centre's per-record answers: ACCEPTED and DUPLICATE acknowledge, CONFLICT and
 * REJECTED quarantine with the reason, MISSING_BLOBS sends the record back to PENDING (its images
 * are uploaded again), RETRY_LATER leaves it SENT for the next attempt. A batch costs the device
 * one commit, after the answer: its records go through SENT to their outcome in one transaction. A
 * failure or a crash before that leaves them as they were, so they are sent again (the centre
 * answers DUPLICATE for what it already holds).
 */
public final class BatchSender {

    private final DeviceLedger ledger;
    private final CentreClient centre;
    private final String deviceId;
    private final Clock clock;
    private final ObjectMapper mapper = CanonicalJson.newMapper();

    public BatchSender(DeviceLedger ledger, CentreClient centre, String deviceId, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.centre = Objects.requireNonNull(centre, "centre");
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sends {@code records} (images at the centre) in sequence order, in batches of at most 50. */
    public BatchTally send(List<OutgoingRecord> records) throws IOException {
        return send(records, List.of());
    }

    /**
     * The same, with {@code first} committed in the same durable change as the first state change
     * this makes (the drain's "images sent" moves go with the first batch's answer: one commit a
     * round).
     */
    public BatchTally send(List<OutgoingRecord> records, List<RecordTransition> first) throws IOException {
        BatchTally tally = new BatchTally();
        List<WireRecord> wire = new ArrayList<>();
        List<RecordTransition> damaged = new ArrayList<>();
        for (OutgoingRecord r : records) {
            WireRecord w = toWire(r);
            if (w == null) {
                damaged.add(RecordTransition.quarantine(r.deviceSeq(),
                        "payload damaged on this device: it no longer hashes to " + r.recordHash()));
                tally.addLocalQuarantine();
            } else {
                wire.add(w);
            }
        }
        List<RecordTransition> pending = new ArrayList<>(first);
        pending.addAll(damaged);
        if (wire.isEmpty()) {
            ledger.transition(pending);
            return tally;
        }
        for (int from = 0; from < wire.size(); from += BatchEnvelope.MAX_RECORDS) {
            sendBatch(wire.subList(from, Math.min(wire.size(), from + BatchEnvelope.MAX_RECORDS)), tally, pending);
            pending = List.of();
        }
        return tally;
    }

    private void sendBatch(List<WireRecord> records, BatchTally tally, List<RecordTransition> first) throws IOException {
        BatchEnvelope envelope = new BatchEnvelope(ProtocolVersion.CURRENT, deviceId, UUID.randomUUID(),
                records.getFirst().deviceSeq(), records.getLast().deviceSeq(), clock.instant(), records);
        byte[] json = json(envelope);
        if (json.length > BatchEnvelope.MAX_JSON_BYTES) {
            splitOrQuarantine(records, tally, "the record is larger than a batch may be", first);
            return;
        }
        BatchReply reply;
        try {
            reply = centre.sendBatch(Gzip.compress(json));
        } catch (CentreException refused) {
            if (refused.code() != ErrorCode.TOO_LARGE) {
                throw refused;
            }
            splitOrQuarantine(records, tally, "the centre refused the record as too large", first);
            return;
        }
        ReplyChecks.batch(reply, records);
        List<RecordTransition> sent = new ArrayList<>(first);
        records.forEach(r -> sent.add(RecordTransition.to(r.deviceSeq(), RecordState.SENT)));
        apply(reply, records, tally, sent);
        tally.addBatch();
    }

    /** Commits {@code sent} and the moves the centre's answers make, in one transaction. */
    private void apply(BatchReply reply, List<WireRecord> records, BatchTally tally, List<RecordTransition> sent) {
        Map<UUID, WireRecord> byId = records.stream()
                .collect(Collectors.toMap(WireRecord::recordId, Function.identity()));
        List<RecordTransition> changes = new ArrayList<>(sent);
        for (RecordResult r : reply.results()) {
            long seq = byId.get(r.recordId()).deviceSeq();
            switch (r.outcome()) {
                case ACCEPTED, DUPLICATE -> changes.add(RecordTransition.to(seq, RecordState.ACKNOWLEDGED));
                case CONFLICT, REJECTED -> changes.add(RecordTransition.quarantine(seq, reason(r)));
                case MISSING_BLOBS -> {
                    r.missingHashes().forEach(ledger::forgetUpload);
                    tally.addMissing(r.missingHashes());
                    changes.add(RecordTransition.to(seq, RecordState.PENDING));
                }
                case RETRY_LATER -> {
                    // stays SENT: sent again after the backoff
                }
            }
            tally.add(r.outcome());
        }
        ledger.transition(changes);
    }

    /** Halves a batch that is too large (a single record is quarantined), {@code first} going with the first half. */
    private void splitOrQuarantine(List<WireRecord> records, BatchTally tally, String reason,
                                   List<RecordTransition> first) throws IOException {
        if (records.size() == 1) {
            List<RecordTransition> changes = new ArrayList<>(first);
            changes.add(RecordTransition.quarantine(records.getFirst().deviceSeq(), reason));
            ledger.transition(changes);
            tally.addLocalQuarantine();
            return;
        }
        int half = records.size() / 2;
        sendBatch(records.subList(0, half), tally, first);
        sendBatch(records.subList(half, records.size()), tally, List.of());
    }

    /** The record as sent, or null when its payload no longer hashes to the queued hash. */
    private WireRecord toWire(OutgoingRecord r) {
        JsonNode body;
        try {
            body = mapper.readTree(r.payload());
        } catch (JsonProcessingException e) {
            return null;
        }
        if (body == null || !WireRecord.hashOf(body).equals(r.recordHash())) {
            return null;
        }
        return new WireRecord(r.recordId(), r.deviceSeq(), r.recordHash(), r.kind(), r.capturedAt(),
                r.blobHashes(), body);
    }

    private static String reason(RecordResult r) {
        String code = r.code() == null ? "" : " " + r.code().code();
        String message = r.message() == null || r.message().isBlank() ? "" : ": " + r.message().strip();
        return r.outcome().name() + code + message;
    }

    private byte[] json(BatchEnvelope envelope) {
        try {
            return mapper.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
