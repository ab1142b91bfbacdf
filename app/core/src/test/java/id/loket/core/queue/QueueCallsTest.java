package id.loket.core.queue;

import id.loket.core.application.Lane;
import id.loket.core.audit.AuditEntry;
import id.loket.core.i18n.Messages;
import id.loket.core.store.Ids;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static id.loket.core.queue.QueueFixture.OFFICER;
import static id.loket.core.queue.QueueIssueTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueueCallsTest {

    @TempDir
    Path dir;
    private QueueFixture f;

    @BeforeEach
    void open() {
        f = new QueueFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<Ticket> issue(Lane lane, int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> f.tickets().issue(lane, OFFICER)).toList();
    }

    @Test
    void callNextCallsTheLowestWaitingTicketOfTheLane() {
        List<Ticket> walkIns = issue(Lane.WALK_IN, 3);
        issue(Lane.COLLECTIVE, 1);
        Ticket first = f.calls().callNext(Lane.WALK_IN, OFFICER).orElseThrow();
        assertThat(first.number()).isEqualTo("W03-001");
        assertThat(first.state()).isEqualTo(TicketState.CALLED);
        assertThat(first.calledBy()).isEqualTo("petugas1");
        assertThat(first.calledAt()).isEqualTo(f.clock.instant());
        assertThat(f.calls().callNext(Lane.WALK_IN, OFFICER).orElseThrow().number()).isEqualTo("W03-002");
        assertThat(f.calls().callNext(Lane.COLLECTIVE, OFFICER).orElseThrow().number()).isEqualTo("K03-001");
        assertThat(f.calls().callNext(Lane.WALK_IN, OFFICER).orElseThrow().id()).isEqualTo(walkIns.get(2).id());
        assertThat(f.calls().callNext(Lane.WALK_IN, OFFICER)).isEmpty();
        assertThat(f.calls().callNext(Lane.HAJJ_UMRAH_SESSION, OFFICER)).isEmpty();

        AuditEntry last = f.core.audit().entries().getLast();
        assertThat(last.action()).isEqualTo("queue.call");
        assertThat(last.subject()).isEqualTo("W03-003");
    }

    @Test
    void callNextSkipsTicketsNoLongerWaiting() {
        List<Ticket> t = issue(Lane.WALK_IN, 3);
        f.calls().cancel(t.get(0).id(), "pemohon pulang", OFFICER);
        f.calls().callOutOfOrder(t.get(1).id(), "lansia kelelahan", OFFICER);
        assertThat(f.calls().callNext(Lane.WALK_IN, OFFICER).orElseThrow().number()).isEqualTo("W03-003");
    }

    @Test
    void callNextDoesNotCallYesterdaysTickets() {
        issue(Lane.WALK_IN, 2);
        f.clock.advance(Duration.ofDays(1));
        assertThat(f.calls().callNext(Lane.WALK_IN, OFFICER)).isEmpty();
    }

    @Test
    void anOutOfOrderCallNeedsAReasonAndIsAuditedWithTheTicketsItSkipped() {
        List<Ticket> t = issue(Lane.WALK_IN, 4);
        for (String blank : new String[] {null, "", "   "}) {
            assertThat(refusal(() -> f.calls().callOutOfOrder(t.get(2).id(), blank, OFFICER)).reason().key())
                    .isEqualTo("queue.refused.reasonRequired");
        }
        assertThat(f.tickets().find(t.get(2).id()).orElseThrow().state()).isEqualTo(TicketState.WAITING);

        Ticket called = f.calls().callOutOfOrder(t.get(2).id(), "  ibu hamil, pusing  ", OFFICER);
        assertThat(called.number()).isEqualTo("W03-003");
        assertThat(called.state()).isEqualTo(TicketState.CALLED);

        AuditEntry entry = f.core.audit().entries().getLast();
        assertThat(entry.action()).isEqualTo("queue.call-out-of-order");
        assertThat(entry.actor()).isEqualTo("petugas1");
        assertThat(entry.subject()).isEqualTo("W03-003");
        assertThat(entry.details()).containsEntry("reason", "ibu hamil, pusing")
                .containsEntry("skipped", "W03-001,W03-002")
                .containsEntry("skippedCount", "2")
                .containsEntry("ticketId", called.id().toString());
        assertThat(f.core.audit().verify().ok()).isTrue();

        // the skipped tickets are still first in line
        assertThat(f.calls().callNext(Lane.WALK_IN, OFFICER).orElseThrow().number()).isEqualTo("W03-001");
    }

    @Test
    void anOutOfOrderCallIsRefusedForTicketsNotWaitingOrNotToday() {
        List<Ticket> t = issue(Lane.WALK_IN, 2);
        f.calls().callNext(Lane.WALK_IN, OFFICER);
        assertThat(refusal(() -> f.calls().callOutOfOrder(t.get(0).id(), "lagi", OFFICER)).reason().key())
                .isEqualTo("queue.refused.transition");
        assertThat(refusal(() -> f.calls().callOutOfOrder(UUID.randomUUID(), "x", OFFICER)).reason().key())
                .isEqualTo("queue.refused.unknownTicket");
        f.clock.advance(Duration.ofDays(1));
        assertThat(refusal(() -> f.calls().callOutOfOrder(t.get(1).id(), "kemarin", OFFICER)).reason().key())
                .isEqualTo("queue.refused.notToday");
    }

    @Test
    void aTicketIsServedLinkedToItsApplicationAndFinished() {
        Ticket t = issue(Lane.WALK_IN, 1).getFirst();
        f.calls().callNext(Lane.WALK_IN, OFFICER);
        UUID application = Ids.uuidV7();
        Ticket linked = f.calls().linkApplication(t.id(), application, OFFICER);
        assertThat(linked.state()).isEqualTo(TicketState.SERVING);
        assertThat(linked.applicationId()).isEqualTo(application);
        assertThat(f.calls().linkApplication(t.id(), application, OFFICER)).isEqualTo(linked);
        assertThat(refusal(() -> f.calls().linkApplication(t.id(), Ids.uuidV7(), OFFICER)).reason().key())
                .isEqualTo("queue.refused.alreadyLinked");
        Ticket done = f.calls().markServed(t.id(), OFFICER);
        assertThat(done.state()).isEqualTo(TicketState.DONE);
        assertThat(f.tickets().find(t.id()).orElseThrow()).isEqualTo(done);
        assertThat(f.core.audit().entries()).extracting(AuditEntry::action)
                .containsSubsequence("queue.ticket-issued", "queue.call", "queue.application-linked", "queue.served");
        assertThat(f.core.audit().entries().getLast().details()).containsEntry("from", "SERVING");
    }

    @Test
    void noShowAndServingAreAudited() {
        List<Ticket> t = issue(Lane.WALK_IN, 2);
        f.calls().callNext(Lane.WALK_IN, OFFICER);
        assertThat(f.calls().markNoShow(t.get(0).id(), OFFICER).state()).isEqualTo(TicketState.NO_SHOW);
        assertThat(f.core.audit().entries().getLast().action()).isEqualTo("queue.no-show");
        f.calls().callNext(Lane.WALK_IN, OFFICER);
        assertThat(f.calls().startServing(t.get(1).id(), OFFICER).state()).isEqualTo(TicketState.SERVING);
        assertThat(f.core.audit().entries().getLast().action()).isEqualTo("queue.serving");
        assertThat(f.core.audit().verify().ok()).isTrue();
    }

    @Test
    void illegalStateChangesAreRefusedAndChangeNothing() {
        Ticket t = issue(Lane.WALK_IN, 1).getFirst();
        int auditBefore = f.core.audit().entries().size();
        QueueRefusal notCalled = refusal(() -> f.calls().markServed(t.id(), OFFICER));
        assertThat(notCalled.reason().key()).isEqualTo("queue.refused.transition");
        assertThat(Messages.INDONESIAN.render(notCalled.reason()))
                .isEqualTo("Status antrean W03-001 tidak dapat diubah dari Menunggu menjadi Selesai.");
        assertThatThrownBy(() -> f.calls().markNoShow(t.id(), OFFICER)).isInstanceOf(QueueRefusal.class);
        assertThatThrownBy(() -> f.calls().startServing(t.id(), OFFICER)).isInstanceOf(QueueRefusal.class);
        assertThatThrownBy(() -> f.calls().linkApplication(t.id(), Ids.uuidV7(), OFFICER))
                .isInstanceOf(QueueRefusal.class);

        f.calls().callNext(Lane.WALK_IN, OFFICER);
        f.calls().markNoShow(t.id(), OFFICER);
        assertThatThrownBy(() -> f.calls().startServing(t.id(), OFFICER)).isInstanceOf(QueueRefusal.class);
        assertThatThrownBy(() -> f.calls().cancel(t.id(), "alasan", OFFICER)).isInstanceOf(QueueRefusal.class);
        assertThat(refusal(() -> f.calls().cancel(t.id(), " ", OFFICER)).reason().key())
                .isEqualTo("queue.refused.cancelReasonRequired");
        assertThat(refusal(() -> f.calls().markServed(UUID.randomUUID(), OFFICER)).reason().key())
                .isEqualTo("queue.refused.unknownTicket");
        assertThat(f.tickets().find(t.id()).orElseThrow().state()).isEqualTo(TicketState.NO_SHOW);
        assertThat(f.core.audit().entries()).hasSize(auditBefore + 2);
    }
}
