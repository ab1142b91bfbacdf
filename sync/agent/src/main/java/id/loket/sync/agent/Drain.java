package id.loket.sync.agent;

import id.loket.sync.agent.batch.BatchSender;
import id.loket.sync.agent.batch.BatchTally;
import id.loket.sync.agent.ledger.DeviceLedger;
import id.loket.sync.agent.ledger.OutgoingRecord;
import id.loket.sync.agent.ledger.RecordState;
import id.loket.sync.agent.ledger.RecordTransition;
import id.loket.sync.agent.status.StatusPuller;
import id.loket.sync.agent.upload.BlobUploader;
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
import java.util.stream.Collectors;

/**
 * One pass over the outbox: pull the status feed (decisions, and reconciliation so records the
 * centre holds are not sent again), then round by round of up to 50 records: upload their images,
 * send them, and once more for records the centre said lack images. A quarantined record is never
 * read again, so it blocks nothing.
 */
final class Drain {

    private final DeviceLedger ledger;
    private final StatusPuller puller;
    private final BlobUploader uploader;
    private final BatchSender sender;
    private final Runnable onProgress;

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
        long after = 0;
        List<OutgoingRecord> round;
        while (!(round = ledger.outgoing(after, BatchEnvelope.MAX_RECORDS)).isEmpty()) {
            deliver(round);
            after = round.getLast().deviceSeq();
            onProgress.run();
        }
        return new DrainReport(status.decisions(), status.reconciled(), blobs, bytes, restarts, outcomes,
                localQuarantines, missingUnresolved);
    }

    private void deliver(List<OutgoingRecord> round) throws IOException {
        BatchTally first = sender.send(prepare(round));
        add(first);
        if (first.outcome(Outcome.MISSING_BLOBS) == 0) {
            return;
        }
        Set<Long> seqs = round.stream().map(OutgoingRecord::deviceSeq).collect(Collectors.toSet());
        List<OutgoingRecord> again = ledger.outgoing(round.getFirst().deviceSeq() - 1, round.size()).stream()
                .filter(r -> seqs.contains(r.deviceSeq()) && r.state() == RecordState.PENDING).toList();
        BatchTally second = sender.send(prepare(again));
        add(second);
        missingUnresolved += second.outcome(Outcome.MISSING_BLOBS);
    }

    /** Uploads the images of the PENDING records; returns the records ready to send. */
    private List<OutgoingRecord> prepare(List<OutgoingRecord> records) throws IOException {
        List<OutgoingRecord> pending = records.stream().filter(r -> r.state() == RecordState.PENDING).toList();
        Set<String> hashes = new TreeSet<>();
        pending.forEach(r -> hashes.addAll(r.blobHashes()));
        Set<String> unreadable = Set.of();
        if (!hashes.isEmpty()) {
            UploadTally tally = uploader.upload(hashes);
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
        ledger.transition(changes);
        return ready;
    }

    private void add(BatchTally tally) {
        tally.outcomes().forEach((outcome, n) -> outcomes.merge(outcome, n, Integer::sum));
        localQuarantines += tally.localQuarantines();
    }
}
