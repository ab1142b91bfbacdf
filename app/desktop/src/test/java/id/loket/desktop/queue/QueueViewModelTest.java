package id.loket.desktop.queue;

import id.loket.core.CoreServices;
import id.loket.core.application.Lane;
import id.loket.core.audit.AuditEntry;
import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;
import id.loket.core.queue.PriorityCriterion;
import id.loket.core.queue.Ticket;
import id.loket.core.queue.TicketState;
import id.loket.core.store.Ids;
import id.loket.desktop.capture.CaptureStart;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.support.RecordingNavigator;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import static id.loket.desktop.queue.QueueTestOfficers.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

class QueueViewModelTest {

    @TempDir
    Path home;
    private CoreServices core;
    private final RecordingNavigator navigator = new RecordingNavigator();
    private QueueViewModel model;

    @BeforeEach
    void open() {
        core = TestCore.open(home);
        core.deviceProfiles().save("DPS", 7);
        model = newModel();
        model.open(OFFICER);
    }

    private QueueViewModel newModel() {
        return new QueueViewModel(core.queue().tickets(), core.queue().calls(), new SameThreadTaskRunner(), navigator);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void issuesUntilTheQuotaThenShowsTheCoresRefusal() {
        QueueTestOfficers.quota(core, Lane.WALK_IN, 2);
        model.refresh();
        model.issue(Lane.WALK_IN);
        assertThat(model.noticeProperty().get()).isEqualTo(Message.of("queue.notice.issued", "W07-001", Lane.WALK_IN));
        model.issue(Lane.WALK_IN);
        assertThat(model.lastIssuedProperty().get().number()).isEqualTo("W07-002");
        assertThat(model.status(Lane.WALK_IN).get().issued()).isEqualTo(2);
        assertThat(model.status(Lane.WALK_IN).get().quota()).isEqualTo(2);

        model.issue(Lane.WALK_IN);
        Message refusal = model.errorProperty().get();
        assertThat(refusal.key()).isEqualTo("queue.refused.quotaFull");
        assertThat(Messages.INDONESIAN.render(refusal)).isEqualTo(
                "Kuota loket Datang langsung (walk-in) hari ini sudah penuh (2/2). Silakan datang kembali besok.");
        assertThat(model.noticeProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(core.queue().tickets().ticketsOn(core.queue().tickets().today())).hasSize(2);
        assertThat(model.waiting()).extracting(Ticket::number).containsExactly("W07-001", "W07-002");
    }

    @Test
    void thePriorityLaneNeedsACriterionWhichTheTicketKeeps() {
        model.issue(Lane.PRIORITY);
        assertThat(model.errorProperty().get().key()).isEqualTo("queue.refused.priorityCriterion");

        model.criterionProperty().set(PriorityCriterion.ELDERLY_60_PLUS);
        model.issue(Lane.PRIORITY);
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.lastIssuedProperty().get().number()).isEqualTo("P07-001");
        assertThat(model.lastIssuedProperty().get().priorityCriterion()).isEqualTo(PriorityCriterion.ELDERLY_60_PLUS);
        assertThat(model.criterionProperty().get()).as("asked afresh for the next applicant").isNull();
    }

    @Test
    void callsTheNextTicketAndRecordsANoShow() {
        model.issue(Lane.WALK_IN);
        model.issue(Lane.WALK_IN);
        model.callNext(Lane.COLLECTIVE);
        assertThat(model.noticeProperty().get()).isEqualTo(Message.of("queue.notice.nobodyWaiting", Lane.COLLECTIVE));
        assertThat(model.currentProperty().get()).isNull();

        model.callNext(Lane.WALK_IN);
        Ticket called = model.currentProperty().get();
        assertThat(called.number()).isEqualTo("W07-001");
        assertThat(called.state()).isEqualTo(TicketState.CALLED);
        assertThat(model.waiting()).extracting(Ticket::number).containsExactly("W07-002");
        assertThat(model.canServeProperty().get()).isTrue();
        assertThat(model.canMarkNoShowProperty().get()).isTrue();
        assertThat(model.canMarkServedProperty().get()).isFalse();

        model.markNoShow();
        assertThat(model.currentProperty().get()).isNull();
        assertThat(core.queue().tickets().find(called.id())).hasValueSatisfying(
                t -> assertThat(t.state()).isEqualTo(TicketState.NO_SHOW));
        assertThat(core.audit().entries().getLast().action()).isEqualTo("queue.no-show");
    }

    @Test
    void callingOutOfOrderNeedsAReasonAndTheAuditLogKeepsIt() {
        model.issue(Lane.WALK_IN);
        model.issue(Lane.WALK_IN);
        model.issue(Lane.WALK_IN);
        Ticket third = model.waiting().get(2);
        OutOfOrderCall call = model.outOfOrder(third);
        assertThat(call.reasonGivenProperty().get()).isFalse();
        call.reasonProperty().set("   ");
        assertThat(call.reasonGivenProperty().get()).isFalse();
        call.confirm();
        assertThat(model.errorProperty().get().key()).isEqualTo("queue.refused.reasonRequired");
        assertThat(model.currentProperty().get()).isNull();
        assertThat(core.queue().tickets().find(third.id()).orElseThrow().state()).isEqualTo(TicketState.WAITING);

        call.reasonProperty().set("Lansia di kursi roda, dokumen sudah diperiksa");
        assertThat(call.reasonGivenProperty().get()).isTrue();
        call.confirm();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.currentProperty().get().number()).isEqualTo("W07-003");
        assertThat(model.noticeProperty().get()).isEqualTo(Message.of("queue.notice.calledOutOfOrder", "W07-003"));
        AuditEntry entry = core.audit().entries().getLast();
        assertThat(entry.action()).isEqualTo("queue.call-out-of-order");
        assertThat(entry.actor()).isEqualTo("petugas1");
        assertThat(entry.subject()).isEqualTo("W07-003");
        assertThat(entry.details()).containsEntry("reason", "Lansia di kursi roda, dokumen sudah diperiksa")
                .containsEntry("skipped", "W07-001,W07-002");
        assertThat(model.waiting()).extracting(Ticket::number).containsExactly("W07-001", "W07-002");
    }

    @Test
    void serveOpensTheCaptureForTheTicketThenServedClosesIt() {
        model.issue(Lane.COLLECTIVE);
        model.callNext(Lane.COLLECTIVE);
        Ticket called = model.currentProperty().get();
        model.serve();
        assertThat(navigator.visits).containsExactly("capture");
        assertThat(navigator.captureStart).isEqualTo(new CaptureStart(null, called.id(), Lane.COLLECTIVE));

        UUID application = Ids.uuidV7();
        core.queue().calls().linkApplication(called.id(), application, OFFICER); // what the capture flow does
        QueueViewModel reopened = newModel();
        reopened.open(OFFICER);
        Ticket serving = reopened.currentProperty().get();
        assertThat(serving.id()).as("the ticket at the counter survives leaving the screen").isEqualTo(called.id());
        assertThat(serving.state()).isEqualTo(TicketState.SERVING);
        assertThat(reopened.canMarkNoShowProperty().get()).isFalse();
        reopened.serve();
        assertThat(navigator.captureStart).isEqualTo(new CaptureStart(application, called.id(), Lane.COLLECTIVE));

        reopened.markServed();
        assertThat(reopened.currentProperty().get()).isNull();
        assertThat(reopened.noticeProperty().get()).isEqualTo(Message.of("queue.notice.served", "K07-001"));
        assertThat(core.queue().tickets().find(called.id()).orElseThrow().state()).isEqualTo(TicketState.DONE);
    }

    @Test
    void aTicketCalledByAnotherOfficerIsNotShownAtThisCounter() {
        model.issue(Lane.WALK_IN);
        core.queue().calls().callNext(Lane.WALK_IN, QueueTestOfficers.SUPERVISOR);
        model.refresh();
        assertThat(model.currentProperty().get()).isNull();
        assertThat(model.waiting()).isEmpty();
    }

    @Test
    void backGoesHomeForTheSameOfficer() {
        model.back();
        assertThat(navigator.visits).containsExactly("home");
        assertThat(navigator.homeOfficer).isEqualTo(OFFICER);
    }

    @Test
    void onAWeekendReservedForHajjUmrahOtherLanesShowClosedAndRefuse(@TempDir Path weekendHome) {
        Clock saturday = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), TestCore.CLOCK.getZone());
        try (CoreServices weekend = CoreServices.open(weekendHome, saturday, TestCore.fastHasher())) {
            weekend.deviceProfiles().save("DPS", 7);
            weekend.queue().settings().setWeekendHajjUmrahOnly(true, QueueTestOfficers.SUPERVISOR);
            QueueViewModel desk = new QueueViewModel(weekend.queue().tickets(), weekend.queue().calls(),
                    new SameThreadTaskRunner(), navigator);
            desk.open(OFFICER);
            assertThat(desk.status(Lane.WALK_IN).get().open()).isFalse();
            assertThat(desk.status(Lane.HAJJ_UMRAH_SESSION).get().open()).isTrue();
            desk.issue(Lane.WALK_IN);
            assertThat(desk.errorProperty().get().key()).isEqualTo("queue.refused.weekend");
            desk.issue(Lane.HAJJ_UMRAH_SESSION);
            assertThat(desk.lastIssuedProperty().get().number()).isEqualTo("H07-001");
        }
    }
}
