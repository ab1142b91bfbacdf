package id.loket.e2e.sync;

import id.loket.core.outbox.OutboxEntry;
import id.loket.core.outbox.OutboxState;
import id.loket.sync.agent.ledger.OutgoingRecord;
import id.loket.sync.agent.support.RequestLog;
import id.loket.sync.central.ingest.StoredRecord;
import id.loket.sync.protocol.Sha256;
import org.assertj.core.api.SoftAssertions;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every fault test proves once the agent has drained: every finalised application is at the
 * centre exactly once with the hash and body the device queued, every image is there byte for byte,
 * the device has every outbox row acknowledged, and no image was sent again from byte zero once the
 * centre held part of it (only a discarded upload starts over, and only as often as the test says).
 */
final class DeliveryProof {

    private DeliveryProof() {
    }

    /**
     * @param queued           the device's outbox before the sync
     * @param discardedUploads uploads the centre is expected to have thrown away (hash mismatch)
     */
    static void assertDeliveredExactlyOnce(TestDevice device, List<OutgoingRecord> queued, TestCentre centre,
                                           int discardedUploads) {
        SoftAssertions soft = new SoftAssertions();
        recordsOnce(soft, device, queued, centre);
        imagesIntact(soft, device, queued, centre);
        noRestartFromZero(soft, centre, discardedUploads);
        soft.assertAll();
    }

    private static void recordsOnce(SoftAssertions soft, TestDevice device, List<OutgoingRecord> queued,
                                    TestCentre centre) {
        soft.assertThat(centre.recordCount()).as("records at the centre").isEqualTo(queued.size());
        for (OutgoingRecord sent : queued) {
            StoredRecord held = centre.server.records().find(sent.recordId()).orElse(null);
            soft.assertThat(held).as("record %s at the centre", sent.recordId()).isNotNull();
            if (held != null) {
                soft.assertThat(held.recordHash()).as("hash of %s", sent.recordId()).isEqualTo(sent.recordHash());
                soft.assertThat(held.body()).as("body of %s", sent.recordId()).isEqualTo(sent.payload());
                soft.assertThat(held.deviceId()).isEqualTo(device.deviceId());
                soft.assertThat(held.deviceSeq()).isEqualTo(sent.deviceSeq());
                soft.assertThat(held.blobHashes()).containsExactlyInAnyOrderElementsOf(sent.blobHashes());
            }
            List<OutboxEntry> rows = device.core().outbox().forRecord(sent.recordId());
            soft.assertThat(rows).as("outbox of %s", sent.recordId()).singleElement()
                    .satisfies(row -> {
                        soft.assertThat(row.state()).as("outbox state of %s", sent.recordId())
                                .isEqualTo(OutboxState.ACKNOWLEDGED);
                        soft.assertThat(row.recordHash()).isEqualTo(sent.recordHash());
                    });
        }
        soft.assertThat(device.ledger().quarantined()).as("quarantined on the device").isEmpty();
        soft.assertThat(device.ledger().summary().pendingRecords()).as("still to deliver").isZero();
    }

    private static void imagesIntact(SoftAssertions soft, TestDevice device, List<OutgoingRecord> queued,
                                     TestCentre centre) {
        Set<String> images = queued.stream().flatMap(r -> r.blobHashes().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        soft.assertThat(centre.storedBlobs()).as("images stored at the centre").containsExactlyInAnyOrderElementsOf(images);
        for (String hash : images) {
            byte[] held = centre.server.blobs().read(hash).orElse(null);
            soft.assertThat(held).as("image %s at the centre", hash).isNotNull();
            if (held != null) {
                soft.assertThat(Sha256.hex(held)).as("hash of the stored bytes of %s", hash).isEqualTo(hash);
                soft.assertThat(held).as("bytes of %s", hash).isEqualTo(device.blob(hash));
            }
        }
    }

    /**
     * From the centre's observations: within one upload, no PATCH starts at offset 0 once one started
     * further on; and an image starts over in a new upload only when the centre discarded the old one,
     * which then no longer has a row.
     */
    private static void noRestartFromZero(SoftAssertions soft, TestCentre centre, int discardedUploads) {
        Map<String, List<Long>> offsets = centre.observed().patchOffsets();
        Map<String, TestCentre.Upload> kept = centre.uploads();
        offsets.forEach((upload, starts) -> {
            int firstPastZero = indexOfFirstPastZero(starts);
            if (firstPastZero >= 0) {
                soft.assertThat(starts.subList(firstPastZero, starts.size()))
                        .as("PATCH offsets of upload %s (all: %s)", upload, starts).doesNotContain(0L);
            }
        });
        soft.assertThat(offsets.keySet().stream().filter(u -> !kept.containsKey(u)).toList())
                .as("uploads the centre discarded").hasSize(discardedUploads);
        soft.assertThat(kept.values()).as("uploads left open at the centre").allMatch(TestCentre.Upload::complete);
    }

    private static int indexOfFirstPastZero(List<Long> starts) {
        for (int i = 0; i < starts.size(); i++) {
            if (starts.get(i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The agent started no request within {@code retryAfter} of receiving the first 503 to a request
     * that starts with {@code methodAndPath} (the one the armed rule answered). A request that was
     * already on its way when the 503 came in may still end; none may start.
     */
    static void assertQuietAfter(RequestLog client, String methodAndPath, Duration retryAfter) {
        RequestLog.Entry refused = client.firstAnswered(503, methodAndPath);
        RequestLog.Entry next = client.startedAfter(refused.answeredNanos()).stream()
                .min(Comparator.comparingLong(RequestLog.Entry::startedNanos))
                .orElseThrow(() -> new AssertionError("no request after the 503 on " + methodAndPath));
        assertThat(Duration.ofNanos(next.startedNanos() - refused.answeredNanos()))
                .as("time from the 503 on %s to the next request started (%s)", refused.request(), next.request())
                .isGreaterThanOrEqualTo(retryAfter);
    }
}
