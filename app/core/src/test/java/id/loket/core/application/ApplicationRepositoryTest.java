package id.loket.core.application;

import id.loket.core.CoreServices;
import id.loket.core.TestStores;
import id.loket.core.store.Ids;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void savesAndFindsAFullRecordAcrossRestarts() {
        Application full = ApplicationJsonTest.full().withState(ApplicationState.DRAFT).withReceiptNumber(null);
        try (CoreServices core = TestStores.open(dir)) {
            core.applications().saveDraft(full);
            Application changed = full.withInterview(new Interview("petugas1", Fixtures.NOW, "umrah Maret"));
            core.applications().saveDraft(changed);
            assertThat(core.applications().find(full.id())).contains(changed);
        }
        try (CoreServices core = TestStores.open(dir)) {
            assertThat(core.applications().find(full.id())).hasValueSatisfying(
                    a -> assertThat(a.interview().notes()).isEqualTo("umrah Maret"));
            assertThat(core.applications().find(Ids.uuidV7())).isEmpty();
        }
    }

    @Test
    void onlyDraftsAreSavedDirectly() {
        try (CoreServices core = TestStores.open(dir)) {
            Application finalised = Fixtures.completeDraft().withState(ApplicationState.FINALISED);
            assertThatThrownBy(() -> core.applications().saveDraft(finalised)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aFinalisedRecordCannotBeOverwrittenByADraft() {
        try (CoreServices core = TestStores.open(dir)) {
            core.deviceProfiles().save("DPS", 1);
            Application draft = TestStores.finalisableDraft(core.blobs());
            core.applications().saveDraft(draft);
            core.applicationService().finalise(draft.id(), ApplicationServiceTest.OFFICER);
            assertThatThrownBy(() -> core.applications().saveDraft(draft)).isInstanceOf(IllegalStateException.class);
            assertThat(core.applications().find(draft.id()).orElseThrow().state()).isEqualTo(ApplicationState.FINALISED);
        }
    }

    @Test
    void countsByStateForOneDayInTheOfficesZone() {
        try (CoreServices core = TestStores.open(dir)) {
            // 2026-11-23 in Jakarta (UTC+7) runs from 2026-11-22T17:00Z to 2026-11-23T17:00Z
            save(core, "2026-11-22T16:59:59Z");
            save(core, "2026-11-22T17:00:00Z");
            save(core, "2026-11-23T16:59:59Z");
            save(core, "2026-11-23T17:00:00Z");
            Map<ApplicationState, Long> counts = core.applications()
                    .countByStateCreatedOn(LocalDate.of(2026, 11, 23), Fixtures.JAKARTA);
            assertThat(counts).containsExactly(Map.entry(ApplicationState.DRAFT, 2L));
        }
    }

    @Test
    void listsTodaysDraftsOnlyMostRecentlyChangedFirst() {
        try (CoreServices core = TestStores.open(dir)) {
            core.deviceProfiles().save("DPS", 1);
            save(core, "2026-11-22T16:59:59Z");
            Application older = save(core, "2026-11-22T17:00:00Z");
            Application newer = save(core, "2026-11-23T01:00:00Z");
            Application touched = older.withUpdatedAt(Instant.parse("2026-11-23T05:00:00Z"));
            core.applications().saveDraft(touched);
            Application done = TestStores.finalisableDraft(core.blobs());
            core.applications().saveDraft(done);
            core.applicationService().finalise(done.id(), ApplicationServiceTest.OFFICER);

            assertThat(core.applications().draftsCreatedOn(LocalDate.of(2026, 11, 23), Fixtures.JAKARTA))
                    .extracting(Application::id)
                    .containsExactly(touched.id(), newer.id());
        }
    }

    private static Application save(CoreServices core, String createdAt) {
        Application base = Fixtures.emptyDraft();
        Application a = Application.draft(Ids.uuidV7(), base.applicant(), base.kind(), base.passportType(),
                base.service(), base.purpose(), base.lane(), base.fingerprints().required(), "petugas1",
                Instant.parse(createdAt));
        core.applications().saveDraft(a);
        return a;
    }
}
