package id.loket.core.name.search;

import id.loket.core.CoreServices;
import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.NikVerification;
import id.loket.core.application.Sex;
import id.loket.core.biometric.FingerSet;
import id.loket.core.name.PassportName;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.store.Ids;
import id.loket.core.workflow.Fixtures;

import java.time.LocalDate;
import java.util.UUID;

/** Drafts with a given applicant, saved through the real repository (so the name index is kept). */
final class SearchFixture {

    static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "I Made Sudarsana", Role.OFFICER, true);

    private SearchFixture() {
    }

    static Application draft(String fullName, LocalDate birthDate, String nik) {
        return draft(Ids.uuidV7(), fullName, birthDate, nik);
    }

    static Application draft(UUID id, String fullName, LocalDate birthDate, String nik) {
        Application base = Fixtures.emptyDraft();
        Applicant applicant = new Applicant(nik, NikVerification.UNVERIFIED, fullName, PassportName.derive(fullName),
                "Bogor", birthDate, Sex.FEMALE, "Jl. Pajajaran 1, Bogor", "081234567890", false);
        return Application.draft(id, applicant, base.kind(), base.passportType(), base.service(),
                base.purpose(), base.lane(), FingerSet.TWO_INDEX, "petugas1", Fixtures.NOW);
    }

    static Application save(CoreServices core, String fullName, LocalDate birthDate, String nik) {
        Application a = draft(fullName, birthDate, nik);
        core.applications().saveDraft(a);
        return a;
    }
}
