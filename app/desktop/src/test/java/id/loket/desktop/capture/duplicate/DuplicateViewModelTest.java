package id.loket.desktop.capture.duplicate;

import id.loket.core.CoreServices;
import id.loket.core.application.Application;
import id.loket.core.duplicate.DuplicateDecisions;
import id.loket.core.application.Sex;
import id.loket.core.name.search.DuplicateFinder;
import id.loket.core.officer.Officer;
import id.loket.desktop.capture.duplicate.DuplicateViewModel.Verdict;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.support.Applicants;
import id.loket.desktop.support.RecordingNavigator;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duplicate decision without screens, on the real store: two stored look-alikes of the applicant
 * being captured; a "different person" decision is not asked again after the program restarts.
 */
class DuplicateViewModelTest {

    private static final LocalDate BORN = LocalDate.of(1965, 3, 1);

    @TempDir
    Path home;
    private CoreServices core;
    private Officer ayu;
    private Application captured;
    private Application muhammad;
    private Application mohammad;
    private final AtomicInteger released = new AtomicInteger();

    @BeforeEach
    void setUp() {
        core = TestCore.open(home);
        core.deviceProfiles().save("DPS", 7);
        ayu = core.officers().createFirstAdministrator("ayu", "Ayu Lestari", "rahasia-123".toCharArray());
        muhammad = Applicants.draft(core, "Muhammad Joko Susilo", "3374010103650003", BORN, "Semarang", Sex.MALE);
        mohammad = Applicants.draft(core, "Mohammad Joko Susilo", "3374010103650004", BORN, "Semarang", Sex.MALE);
        captured = Applicants.draft(core, "Moehammad Djoko Soesilo", "3374010103650011", BORN, "Semarang", Sex.MALE);
    }

    @AfterEach
    void tearDown() {
        core.close();
    }

    /** A fresh ViewModel on the current store, as after a start of the program. */
    private DuplicateViewModel newModel() {
        return new DuplicateViewModel(
                new DuplicateLookup(new DuplicateFinder(core.store()), core.applications(), core.blobs()),
                new DuplicateDecisions(core.store(), core.applications(), core.queue().calls(), core.audit(),
                        TestCore.CLOCK),
                new SameThreadTaskRunner(), new RecordingNavigator());
    }

    private DuplicateViewModel checked(Application draft) {
        DuplicateViewModel model = newModel();
        model.afterSave(draft, ayu, released::incrementAndGet);
        return model;
    }

    private static DuplicateCase.Candidate candidate(DuplicateViewModel model, UUID id) {
        return model.caseProperty().get().candidates().stream().filter(c -> c.summary().id().equals(id))
                .findFirst().orElseThrow();
    }

    private static UUID[] shown(DuplicateViewModel model) {
        return model.caseProperty().get().candidates().stream().map(c -> c.summary().id()).toArray(UUID[]::new);
    }

    @Test
    void aDifferentPersonIsNotShownAgainAfterARestartWhileAnUndecidedOneStillIs() {
        DuplicateViewModel before = checked(captured);
        assertThat(shown(before)).containsExactlyInAnyOrder(muhammad.id(), mohammad.id());
        before.decide(candidate(before, muhammad.id()), Verdict.DIFFERENT_PERSON);
        assertThat(before.holdingProperty().get()).as("the other look-alike is still undecided").isTrue();
        assertThat(released).hasValue(0);

        core.close();
        core = TestCore.open(home);
        DuplicateViewModel after = checked(captured);
        assertThat(after.holdingProperty().get()).isTrue();
        assertThat(shown(after)).containsExactly(mohammad.id());

        // the pair is settled the other way round too: capturing Muhammad no longer shows this applicant
        DuplicateViewModel other = checked(muhammad);
        assertThat(shown(other)).containsExactly(mohammad.id());

        after.decide(candidate(after, mohammad.id()), Verdict.DIFFERENT_PERSON);
        assertThat(after.holdingProperty().get()).isFalse();
        assertThat(released).hasValue(1);
        DuplicateViewModel again = checked(captured);
        assertThat(again.caseProperty().get()).as("nothing left to decide").isNull();
        assertThat(again.holdingProperty().get()).isFalse();
        assertThat(released).hasValue(2);
    }

    @Test
    void aSamePersonDecisionIsAskedAgainAfterARestart() {
        DuplicateViewModel before = checked(captured);
        before.decide(candidate(before, muhammad.id()), Verdict.SAME_PERSON);
        assertThat(before.samePersonProperty().get().summary().id()).isEqualTo(muhammad.id());

        core.close();
        core = TestCore.open(home);
        DuplicateViewModel after = checked(captured);
        assertThat(shown(after)).containsExactlyInAnyOrder(muhammad.id(), mohammad.id());
        assertThat(after.verdicts()).isEmpty();
    }
}
