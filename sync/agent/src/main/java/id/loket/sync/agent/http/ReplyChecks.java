package id.loket.sync.agent.http;

import id.loket.sync.protocol.batch.BatchReply;
import id.loket.sync.protocol.batch.Outcome;
import id.loket.sync.protocol.batch.RecordResult;
import id.loket.sync.protocol.batch.WireRecord;
import id.loket.sync.protocol.blob.BlobPack;
import id.loket.sync.protocol.blob.BlobPackReply;
import id.loket.sync.protocol.blob.MissingBlobsReply;
import id.loket.sync.protocol.blob.PackedBlobResult;
import id.loket.sync.protocol.blob.UploadCreate;
import id.loket.sync.protocol.blob.UploadState;
import id.loket.sync.protocol.status.StatusEvent;
import id.loket.sync.protocol.status.StatusPage;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a well-formed reply must satisfy, given the request it answers. A reply that fails is
 * refused whole with a {@link HostileReplyException} before anything changes on the device.
 */
public final class ReplyChecks {

    private ReplyChecks() {
    }

    static void missing(MissingBlobsReply reply, List<String> asked) {
        Set<String> askedSet = Set.copyOf(asked);
        List<String> missing = require(reply.missing(), "missing");
        if (missing.size() != new HashSet<>(missing).size() || !askedSet.containsAll(missing)) {
            throw new HostileReplyException("the missing list names hashes that were not asked, or twice");
        }
    }

    static void created(UploadState state, UploadCreate asked) {
        if (!asked.hash().equals(state.hash()) || asked.size() != state.size()) {
            throw new HostileReplyException("the upload is for " + state.hash() + " of " + state.size()
                    + " bytes, not the blob asked");
        }
        offset(state.offset(), asked.size());
    }

    /** One result per blob sent, in the order sent, each with an outcome and a reason when refused. */
    static void pack(BlobPackReply reply, List<BlobPack.Part> sent) {
        List<PackedBlobResult> results = require(reply.results(), "results");
        if (results.size() != sent.size()) {
            throw new HostileReplyException(results.size() + " results for a pack of " + sent.size() + " blobs");
        }
        for (int i = 0; i < results.size(); i++) {
            PackedBlobResult r = results.get(i);
            if (r == null || !sent.get(i).entry().hash().equals(r.hash()) || r.outcome() == null) {
                throw new HostileReplyException("pack result " + i + " is not for blob "
                        + sent.get(i).entry().hash() + " or has no outcome");
            }
        }
    }

    static void offset(long offset, long size) {
        if (offset < 0 || offset > size) {
            throw new HostileReplyException("offset " + offset + " is outside the blob's 0.." + size);
        }
    }

    /** One result per record sent, for exactly those records, with a known outcome. */
    public static void batch(BatchReply reply, List<WireRecord> sent) {
        List<RecordResult> results = require(reply.results(), "results");
        if (results.size() != sent.size()) {
            throw new HostileReplyException(results.size() + " results for " + sent.size() + " records");
        }
        Map<UUID, WireRecord> byId = sent.stream().collect(Collectors.toMap(WireRecord::recordId, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        for (RecordResult r : results) {
            WireRecord record = r == null ? null : byId.get(r.recordId());
            if (record == null || record.deviceSeq() != r.deviceSeq() || !seen.add(r.recordId())) {
                throw new HostileReplyException("a result names a record that was not sent, or names it twice");
            }
            if (r.outcome() == null) {
                throw new HostileReplyException("the result for " + r.recordId() + " has no outcome");
            }
            if (r.outcome() == Outcome.MISSING_BLOBS) {
                List<String> missing = require(r.missingHashes(), "missingHashes");
                if (missing.isEmpty() || !Set.copyOf(record.blobHashes()).containsAll(missing)) {
                    throw new HostileReplyException("MISSING_BLOBS for " + r.recordId()
                            + " names no image, or images the record does not reference");
                }
            }
        }
    }

    /** Events in rising cursor order after the one asked, at most {@code limit}, each complete. */
    public static void status(StatusPage page, long after, int limit) {
        List<StatusEvent> events = require(page.events(), "events");
        if (events.size() > limit) {
            throw new HostileReplyException(events.size() + " events where at most " + limit + " were asked");
        }
        long previous = after;
        for (StatusEvent e : events) {
            if (e == null || e.cursor() <= previous || e.recordId() == null || e.decision() == null) {
                throw new HostileReplyException("the events are not complete and in rising cursor order after "
                        + after);
            }
            previous = e.cursor();
        }
        if (page.nextCursor() < previous || page.highestUnbrokenSeq() < 0) {
            throw new HostileReplyException("next cursor " + page.nextCursor() + " or highest unbroken sequence "
                    + page.highestUnbrokenSeq() + " is impossible");
        }
    }

    private static <T> T require(T value, String field) {
        if (value == null) {
            throw new HostileReplyException("field " + field + " is missing");
        }
        return value;
    }
}
