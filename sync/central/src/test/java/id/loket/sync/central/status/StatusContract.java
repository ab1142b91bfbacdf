package id.loket.sync.central.status;

import id.loket.sync.central.store.DatabaseSettings;
import id.loket.sync.central.support.CentralExtension;
import id.loket.sync.central.support.DeviceClient;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.batch.WireRecord;
import id.loket.sync.protocol.status.Decision;
import id.loket.sync.protocol.status.DecisionRequest;
import id.loket.sync.protocol.status.StatusEvent;
import id.loket.sync.protocol.status.StatusPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static id.loket.sync.central.support.DeviceClient.error;
import static id.loket.sync.central.support.DeviceClient.ok;
import static id.loket.sync.central.support.DeviceClient.read;
import static id.loket.sync.central.support.Fixtures.batch;
import static id.loket.sync.central.support.Fixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

/** The status feed and adjudication, run on H2 and on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StatusContract {

    @RegisterExtension
    final CentralExtension central = new CentralExtension(this::database);

    abstract DatabaseSettings database();



    @Test
    void theHighestUnbrokenSequenceStopsAtTheFirstGap() throws Exception {
        DeviceClient device = central.get().enroll();
        assertThat(page(device, 0, 10).highestUnbrokenSeq()).isZero();

        device.batch(batch(device, record(1), record(2), record(4), record(5)));
        assertThat(page(device, 0, 10).highestUnbrokenSeq()).isEqualTo(2);

        device.batch(batch(device, record(7)));
        assertThat(page(device, 0, 10).highestUnbrokenSeq()).isEqualTo(2);

        device.batch(batch(device, record(3)));
        assertThat(page(device, 0, 10).highestUnbrokenSeq()).isEqualTo(5);

        device.batch(batch(device, record(6)));
        assertThat(page(device, 0, 10).highestUnbrokenSeq()).isEqualTo(7);
    }

    @Test
    void decisionsComeBackInCursorOrderPageByPage() throws Exception {
        DeviceClient device = central.get().enroll();
        DeviceClient bystander = central.get().enroll();
        List<WireRecord> records = List.of(record(1), record(2), record(3), record(4), record(5));
        device.batch(batch(device, records.toArray(WireRecord[]::new)));
        for (WireRecord r : records) {
            decide(r.recordId(), new DecisionRequest(Decision.APPROVED, null));
        }
        decide(records.get(1).recordId(), new DecisionRequest(Decision.PRINTED, null));

        List<StatusEvent> seen = new ArrayList<>();
        long cursor = 0;
        StatusPage page;
        do {
            page = page(device, cursor, 2);
            assertThat(page.events()).hasSizeLessThanOrEqualTo(2);
            seen.addAll(page.events());
            cursor = page.nextCursor();
        } while (page.more());

        assertThat(seen).extracting(StatusEvent::cursor).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(seen).extracting(StatusEvent::recordId).containsExactly(records.get(0).recordId(),
                records.get(1).recordId(), records.get(2).recordId(), records.get(3).recordId(),
                records.get(4).recordId(), records.get(1).recordId());
        assertThat(seen.getLast().decision()).isEqualTo(Decision.PRINTED);
        assertThat(page(device, cursor, 10).events()).isEmpty();
        assertThat(page(device, cursor, 10).nextCursor()).isEqualTo(cursor);
        assertThat(page(bystander, 0, 10).events()).isEmpty();
    }

    @Test
    void aRejectionCarriesItsReasonToTheDevice() throws Exception {
        DeviceClient device = central.get().enroll();
        WireRecord r = record(1);
        device.batch(batch(device, r));

        assertThat(decide(r.recordId(), new DecisionRequest(Decision.REJECTED, " ")).statusCode()).isEqualTo(400);
        assertThat(decide(r.recordId(), new DecisionRequest(Decision.REJECTED, "Foto tidak sesuai")).statusCode())
                .isEqualTo(204);

        StatusEvent event = page(device, 0, 10).events().getFirst();
        assertThat(event.decision()).isEqualTo(Decision.REJECTED);
        assertThat(event.reason()).isEqualTo("Foto tidak sesuai");
        assertThat(central.get().server.records().find(r.recordId()).orElseThrow().lastDecision()).isEqualTo("REJECTED");
    }

    @Test
    void aDecisionOnAnUnknownRecordIsNotFound() throws Exception {
        HttpResponse<byte[]> reply = decide(UUID.randomUUID(), new DecisionRequest(Decision.APPROVED, null));
        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(error(reply)).isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void badCursorsAreBadRequestsAndLargeLimitsAreCapped() throws Exception {
        DeviceClient device = central.get().enroll();
        assertThat(device.get(Paths.STATUS + "?after=-1").statusCode()).isEqualTo(400);
        assertThat(device.get(Paths.STATUS + "?after=x").statusCode()).isEqualTo(400);
        assertThat(device.get(Paths.STATUS + "?limit=0").statusCode()).isEqualTo(400);
        assertThat(device.get(Paths.STATUS + "?limit=100000").statusCode()).isEqualTo(200);
        assertThat(device.get(Paths.STATUS).statusCode()).isEqualTo(200);
    }

    private HttpResponse<byte[]> decide(UUID recordId, DecisionRequest request) throws Exception {
        return central.get().admin("POST", Paths.ADMIN + "/records/" + recordId + "/decision", DeviceClient.json(request));
    }

    private static StatusPage page(DeviceClient device, long after, int limit) throws Exception {
        return read(ok(device.get(Paths.STATUS + "?after=" + after + "&limit=" + limit)), StatusPage.class);
    }
}
