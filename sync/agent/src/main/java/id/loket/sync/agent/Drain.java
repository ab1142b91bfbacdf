package id.loket.sync.agent;

import id.loket.sync.agent.batch.BatchSender;
import id.loket.sync.agent.batch.BatchTally;
import id.loket.sync.agent.ledger.DeviceLedger;
import id.loket.sync.agent.ledger.OutgoingRecord;
import id.loket.sync.agent.ledger.RecordState;
import id.loket.sync.agent.ledger.RecordTransition;
import id.loket.sync.agent.status.StatusPuller;
import id.loket.sync.agent.upload.BlobUploader;
import id.loket.sync.agent.upload.Lane;
import id.loket.sync.agent.upload.UploadTally;
import id.loket.sync.protocol.batch.BatchEnvelope;
import id.loket.sync.protocol.batch.Outcome;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * One pass over the outbox: pull the status feed (decisions, and reconciliation so records the
 * centre holds are not sent again), then round by round of up to 50 records: upload their images,
 * send them, and once more for records the centre said lack images. A quarantined record is never
 * read again, so it blocks nothing.
 *
 * <p>The rounds overlap with at most two requests on the wire (ADR 21): every request goes through
 * one {@link Lane}, started in this order: the packs of round n, "which are missing" for round
 * n + 1, then round n's batch. So while the centre stores round n's last pack and ingests its
 * batch, this thread already reads and decrypts round n + 1's images. A round's batch leaves only
 * after the centre confirmed every image of it and after round n - 1's batch was answered (the
 * rounds' batches go one after another, in order); the first failure stops the lane, and nothing
 * starts after it. Progress is published from this thread (the agent's), as each round's images
 * are handed over.
 */
final class Drain {

    private final DeviceLedger ledger;
    private final StatusPuller puller;
    private final BlobUploader uploader;
    private final BatchSender sender;
    private final Runnable onProgress;

    // written by the rounds' deliveries, each of which starts once the one before ended (so with two
    // lane threads no two run at once), and read after the last
    private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    private int blobs;
    private long bytes;
    private int restarts;
    private int localQuarantines;
    private int missingUnresolved;

    Drain(DeviceLedger ledger, StatusPuller puller, BlobUploader uploader, BatchSender sender, Runnable onProgress) {
        this.ledger = ledger;
        this.puller = puller;
        this.uploader = uploader;
        this.sender = sender;
        this.onProgress = onProgress;
    }

    DrainReport run() throws IOException {
        StatusPuller.StatusTally status = puller.pull();
        onProgress.run();
        try (Lane lane = uploader.newLane()) {
            List<OutgoingRecord> round = ledger.outgoing(0, BatchEnvelope.MAX_RECORDS);
            BlobUploader.Round images = begin(round, lane);
            Future<Void> last = null;
            while (!round.isEmpty()) {
                if (images != null) {
                    images.send();
                }
                onProgress.run();
                List<OutgoingRecord> next = ledger.outgoing(round.getLast().deviceSeq(), BatchEnvelope.MAX_RECORDS);
                BlobUploader.Round nextImages = begin(next, lane);
                List<OutgoingRecord> thisRound = round;
                BlobUploader.Round theseImages = images;
                Future<Void> before = last;
                last = lane.submit(() -> {
                    if (before != null) {
                        lane.await(before);
                    }
                    deliver(thisRound, theseImages);
                    return null;
                });
                round = next;
                images = nextImages;
            }
            if (last != null) {
                lane.await(last);
                onProgress.run();
            }
        }
        return new DrainReport(status.decisions(), status.reconciled(), blobs, bytes, restarts, outcomes,
                localQuarantines, missingUnresolved);
    }

    /** Starts the images of a round's PENDING records (null when none has images to send). */
    private BlobUploader.Round begin(List<OutgoingRecord> round, Lane lane) {
        Set<String> hashes = hashesOfPending(round);
        return hashes.isEmpty() ? null : uploader.begin(hashes, lane);
    }

    private static Set<String> hashesOfPending(List<OutgoingRecord> records) {
        Set<String> hashes = new TreeSet<>();
        records.stream().filter(r -> r.state() == RecordState.PENDING).forEach(r -> hashes.addAll(r.blobHashes()));
        return hashes;
    }

    /** On the lane: the round's images are through; send its records, and once more those that lacked images. */
    private void deliver(List<OutgoingRecord> round, BlobUploader.Round images) throws IOException {
        Ready sendable = ready(round, images == null ? null : images.finish());
        BatchTally first = sender.send(sendable.records(), sendable.changes());
        add(first);
        if (first.outcome(Outcome.MISSING_BLOBS) == 0) {
            return;
        }
        Set<Long> seqs = round.stream().map(OutgoingRecord::deviceSeq).collect(Collectors.toSet());
        List<OutgoingRecord> again = ledger.outgoing(round.getFirst().deviceSeq() - 1, round.size()).stream()
                .filter(r -> seqs.contains(r.deviceSeq()) && r.state() == RecordState.PENDING).toList();
        Set<String> hashes = hashesOfPending(again);
        Ready resendable = ready(again, hashes.isEmpty() ? null : uploader.upload(hashes));
        BatchTally second = sender.send(resendable.records(), resendable.changes());
        add(second);
        missingUnresolved += second.outcome(Outcome.MISSING_BLOBS);
    }

    /** Records ready to send, and the moves that make them so (committed with their move to SENT). */
    private record Ready(List<OutgoingRecord> records, List<RecordTransition> changes) {
    }

    /** PENDING records whose images are at the centre go to BLOBS_SENT, those with an unreadable image to quarantine. */
    private Ready ready(List<OutgoingRecord> records, UploadTally tally) {
        Set<String> unreadable = Set.of();
        if (tally != null) {
            blobs += tally.uploaded();
            bytes += tally.bytesSent();
            restarts += tally.restarts();
            unreadable = tally.unreadable();
        }
        List<RecordTransition> changes = new ArrayList<>();
        List<OutgoingRecord> ready = new ArrayList<>();
        for (OutgoingRecord r : records) {
            if (r.state() != RecordState.PENDING) {
                ready.add(r);
                continue;
            }
            String lost = r.blobHashes().stream().filter(unreadable::contains).findFirst().orElse(null);
            if (lost != null) {
                changes.add(RecordTransition.quarantine(r.deviceSeq(), "image " + lost + " is missing or damaged on this device"));
                localQuarantines++;
            } else {
                changes.add(RecordTransition.to(r.deviceSeq(), RecordState.BLOBS_SENT));
                ready.add(r.in(RecordState.BLOBS_SENT));
            }
        }
        return new Ready(ready, changes);
    }

    private void add(BatchTally tally) {
        tally.outcomes().forEach((outcome, n) -> outcomes.merge(outcome, n, Integer::sum));
        localQuarantines += tally.localQuarantines();
    }
}
