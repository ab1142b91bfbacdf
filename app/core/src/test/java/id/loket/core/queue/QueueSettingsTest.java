package id.loket.core.queue;

import id.loket.core.application.Lane;
import id.loket.core.audit.AuditEntry;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.store.Ids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueueSettingsTest {

    @TempDir
    Path dir;

    @Test
    void defaultsUntilASupervisorChangesThemAndTheChangeSurvivesARestart() {
        try (QueueFixture f = new QueueFixture(dir)) {
            assertThat(f.settings().quotas()).isEqualTo(LaneQuotas.defaults());
            assertThat(f.settings().weekendHajjUmrahOnly()).isFalse();
            f.settings().setQuotas(LaneQuotas.defaults().with(Lane.PRIORITY, 25), QueueFixture.SUPERVISOR);
            f.settings().setWeekendHajjUmrahOnly(true, QueueFixture.SUPERVISOR);
            AuditEntry last = f.core.audit().entries().getLast();
            assertThat(last.action()).isEqualTo("queue.weekend-rule-changed");
            assertThat(last.actor()).isEqualTo("kasi1");
            assertThat(f.core.audit().entries()).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("queue.quotas-changed");
                assertThat(e.details()).containsEntry("PRIORITY", "25");
            });
        }
        try (QueueFixture f = new QueueFixture(dir)) {
            assertThat(f.settings().quotas().of(Lane.PRIORITY)).isEqualTo(25);
            assertThat(f.settings().quotas().of(Lane.WALK_IN)).isEqualTo(LaneQuotas.defaults().of(Lane.WALK_IN));
            assertThat(f.settings().weekendHajjUmrahOnly()).isTrue();
        }
    }

    @Test
    void onlySupervisorsAndAdministratorsChangeSettings() {
        try (QueueFixture f = new QueueFixture(dir)) {
            assertThatThrownBy(() -> f.settings().setQuotas(LaneQuotas.defaults().with(Lane.WALK_IN, 999),
                    QueueFixture.OFFICER))
                    .isInstanceOfSatisfying(QueueRefusal.class,
                            r -> assertThat(r.reason().key()).isEqualTo("queue.refused.supervisorOnly"));
            assertThatThrownBy(() -> f.settings().setWeekendHajjUmrahOnly(true, QueueFixture.OFFICER))
                    .isInstanceOf(QueueRefusal.class);
            assertThat(f.settings().quotas()).isEqualTo(LaneQuotas.defaults());
            assertThat(f.settings().weekendHajjUmrahOnly()).isFalse();

            Officer admin = new Officer(Ids.uuidV7(), "admin", "Admin", Role.ADMINISTRATOR, true);
            f.settings().setWeekendHajjUmrahOnly(true, admin);
            assertThat(f.settings().weekendHajjUmrahOnly()).isTrue();
        }
    }
}
