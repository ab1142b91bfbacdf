package id.loket.core.queue;

import id.loket.core.application.Lane;
import id.loket.core.audit.AuditEntry;
import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueueIssueTest {

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

    @Test
    void ticketsAreNumberedInStrictOrderPerLaneAndAudited() {
        Ticket w1 = f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER);
        Ticket w2 = f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER);
        Ticket k1 = f.tickets().issue(Lane.COLLECTIVE, QueueFixture.OFFICER);
        Ticket w3 = f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER);
        assertThat(List.of(w1.number(), w2.number(), k1.number(), w3.number()))
                .containsExactly("W03-001", "W03-002", "K03-001", "W03-003");
        assertThat(w3.sequence()).isEqualTo(3);
        assertThat(w1.serviceDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(w1.state()).isEqualTo(TicketState.WAITING);
        assertThat(w1.issuedBy()).isEqualTo("petugas1");
        assertThat(f.tickets().find(w2.id())).contains(w2);

        AuditEntry last = f.core.audit().entries().getLast();
        assertThat(last.action()).isEqualTo("queue.ticket-issued");
        assertThat(last.subject()).isEqualTo("W03-003");
        assertThat(last.details()).containsEntry("lane", "WALK_IN").containsEntry("ticketId", w3.id().toString());
    }

    @Test
    void numbersStartAgainTheNextLocalDay() {
        f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER);
        f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER);
        f.clock.advance(Duration.ofHours(15)); // 00:00 Tuesday in Jakarta, still Monday in UTC
        Ticket next = f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER);
        assertThat(next.number()).isEqualTo("W03-001");
        assertThat(next.serviceDate()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(f.tickets().ticketsOn(LocalDate.of(2026, 11, 23))).hasSize(2);
    }

    @Test
    void overQuotaIsRefusedWithAClearMessageAndUsesUpNoNumber() {
        f.quota(Lane.WALK_IN, 2);
        f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER);
        f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER);
        assertThatThrownBy(() -> f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER))
                .isInstanceOfSatisfying(QueueRefusal.class, r -> {
                    assertThat(r.reason().key()).isEqualTo("queue.refused.quotaFull");
                    assertThat(Messages.INDONESIAN.render(r.reason())).isEqualTo(
                            "Kuota loket Datang langsung (walk-in) hari ini sudah penuh (2/2). "
                                    + "Silakan datang kembali besok.");
                    assertThat(Messages.ENGLISH.render(r.reason())).isEqualTo(
                            "Today's quota for the Walk-in lane is full (2/2). Please come back tomorrow.");
                });
        assertThat(f.tickets().ticketsOn(f.tickets().today())).hasSize(2);
        assertThat(f.tickets().issue(Lane.COLLECTIVE, QueueFixture.OFFICER).number()).isEqualTo("K03-001");

        f.quota(Lane.WALK_IN, 3);
        assertThat(f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER).number()).isEqualTo("W03-003");
    }

    @Test
    void aCancelledTicketGivesItsPlaceInTheQuotaBack() {
        f.quota(Lane.WALK_IN, 1);
        Ticket t = f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER);
        f.calls().cancel(t.id(), "duplikat", QueueFixture.OFFICER);
        assertThat(f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER).number()).isEqualTo("W03-002");
    }

    @Test
    void aQuotaOfZeroClosesTheLane() {
        f.quota(Lane.COLLECTIVE, 0);
        assertThatThrownBy(() -> f.tickets().issue(Lane.COLLECTIVE, QueueFixture.OFFICER))
                .isInstanceOfSatisfying(QueueRefusal.class,
                        r -> assertThat(Messages.ENGLISH.render(r.reason())).contains("(0/0)"));
    }

    @Test
    void weekendRuleServesHajjUmrahOnlyWhenSwitchedOn() {
        f.clock.advance(Duration.between(QueueFixture.MONDAY_9AM, QueueFixture.SATURDAY_9AM));
        assertThat(f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER).number()).isEqualTo("W03-001");

        f.settings().setWeekendHajjUmrahOnly(true, QueueFixture.SUPERVISOR);
        for (Lane lane : List.of(Lane.WALK_IN, Lane.COLLECTIVE)) {
            assertThatThrownBy(() -> f.tickets().issue(lane, QueueFixture.OFFICER))
                    .isInstanceOfSatisfying(QueueRefusal.class,
                            r -> assertThat(r.reason().key()).isEqualTo("queue.refused.weekend"));
        }
        assertThatThrownBy(() -> f.tickets().issuePriority(PriorityCriterion.PREGNANT, QueueFixture.OFFICER))
                .isInstanceOf(QueueRefusal.class);
        assertThat(f.tickets().issue(Lane.HAJJ_UMRAH_SESSION, QueueFixture.OFFICER).number()).isEqualTo("H03-001");
        assertThat(Messages.INDONESIAN.render(
                refusal(() -> f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER)).reason()))
                .contains("haji/umrah").contains("Datang langsung (walk-in)");
        assertThat(f.tickets().status()).filteredOn(s -> s.lane() == Lane.WALK_IN)
                .singleElement().satisfies(s -> assertThat(s.open()).isFalse());

        f.clock.advance(Duration.ofDays(2)); // Monday: every lane open again
        assertThat(f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER).number()).isEqualTo("W03-001");
    }

    @Test
    void priorityTicketsRecordTheirRamahHamCriterion() {
        Ticket p = f.tickets().issuePriority(PriorityCriterion.ELDERLY_60_PLUS, QueueFixture.OFFICER);
        assertThat(p.number()).isEqualTo("P03-001");
        assertThat(p.lane()).isEqualTo(Lane.PRIORITY);
        assertThat(f.tickets().find(p.id()).orElseThrow().priorityCriterion())
                .isEqualTo(PriorityCriterion.ELDERLY_60_PLUS);
        assertThat(f.core.audit().entries().getLast().details())
                .containsEntry("priorityCriterion", "ELDERLY_60_PLUS");
        assertThat(refusal(() -> f.tickets().issuePriority(null, QueueFixture.OFFICER)).reason().key())
                .isEqualTo("queue.refused.priorityCriterion");
        assertThat(refusal(() -> f.tickets().issue(Lane.PRIORITY, QueueFixture.OFFICER)).reason().key())
                .isEqualTo("queue.refused.priorityCriterion");
    }

    @Test
    void appointmentTicketsComeOnlyFromCheckIn() {
        assertThat(refusal(() -> f.tickets().issue(Lane.APPOINTMENT, QueueFixture.OFFICER)).reason().key())
                .isEqualTo("queue.refused.appointmentNeedsCheckIn");
    }

    @Test
    void statusShowsIssuedQuotaAndWaitingPerLane() {
        f.quota(Lane.WALK_IN, 5);
        Ticket first = f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER);
        f.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER);
        f.calls().callNext(Lane.WALK_IN, QueueFixture.OFFICER);
        LaneStatus walkIn = f.tickets().status().stream().filter(s -> s.lane() == Lane.WALK_IN).findFirst()
                .orElseThrow();
        assertThat(walkIn).isEqualTo(new LaneStatus(Lane.WALK_IN, 2, 5, 1, true));
        assertThat(walkIn.remaining()).isEqualTo(3);
        assertThat(f.tickets().waiting(Lane.WALK_IN)).extracting(Ticket::id).doesNotContain(first.id()).hasSize(1);
    }

    @Test
    void aDeviceWithoutCounterNumberCannotIssue(@TempDir Path other) {
        try (QueueFixture bare = new QueueFixture(other, QueueFixture.MONDAY_9AM, 0)) {
            assertThat(refusal(() -> bare.tickets().issue(Lane.WALK_IN, QueueFixture.OFFICER)).reason().key())
                    .isEqualTo("queue.refused.deviceNotSetUp");
        }
    }

    static QueueRefusal refusal(Runnable action) {
        try {
            action.run();
        } catch (QueueRefusal r) {
            return r;
        }
        throw new AssertionError("expected a QueueRefusal");
    }
}
