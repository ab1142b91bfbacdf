package id.loket.desktop.queue;

import id.loket.core.CoreServices;
import id.loket.core.application.Lane;
import id.loket.core.i18n.Message;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static id.loket.desktop.queue.QueueTestOfficers.OFFICER;
import static id.loket.desktop.queue.QueueTestOfficers.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

class QueueSettingsViewModelTest {

    @TempDir
    Path home;
    private CoreServices core;
    private QueueSettingsViewModel model;

    @BeforeEach
    void open() {
        core = TestCore.open(home);
        model = new QueueSettingsViewModel(core.queue().settings(), new SameThreadTaskRunner());
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void aSupervisorChangesQuotasAndTheWeekendRule() {
        model.open(SUPERVISOR);
        assertThat(model.editableProperty().get()).isTrue();
        assertThat(model.quota(Lane.WALK_IN).get()).isEqualTo(40);
        model.quota(Lane.WALK_IN).set(5);
        model.weekendHajjUmrahOnlyProperty().set(true);
        model.save();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.noticeProperty().get()).isEqualTo(Message.of("queue.settings.saved"));
        assertThat(core.queue().settings().quotas().of(Lane.WALK_IN)).isEqualTo(5);
        assertThat(core.queue().settings().weekendHajjUmrahOnly()).isTrue();
        assertThat(core.audit().entries()).extracting(e -> e.action())
                .containsSubsequence("queue.quotas-changed", "queue.weekend-rule-changed");

        QueueSettingsViewModel reopened = new QueueSettingsViewModel(core.queue().settings(),
                new SameThreadTaskRunner());
        reopened.open(SUPERVISOR);
        assertThat(reopened.quota(Lane.WALK_IN).get()).isEqualTo(5);
        assertThat(reopened.weekendHajjUmrahOnlyProperty().get()).isTrue();
    }

    @Test
    void anOfficerSeesTheSettingsReadOnlyAndTheCoreRefusesAChange() {
        QueueTestOfficers.quota(core, Lane.COLLECTIVE, 12);
        model.open(OFFICER);
        assertThat(model.editableProperty().get()).isFalse();
        assertThat(model.quota(Lane.COLLECTIVE).get()).isEqualTo(12);
        model.quota(Lane.COLLECTIVE).set(500);
        model.save();
        assertThat(model.errorProperty().get().key()).isEqualTo("queue.refused.supervisorOnly");
        assertThat(model.quota(Lane.COLLECTIVE).get()).as("reloaded from the store").isEqualTo(12);
        assertThat(core.queue().settings().quotas().of(Lane.COLLECTIVE)).isEqualTo(12);
    }
}
