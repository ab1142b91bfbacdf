package id.loket.desktop.capture;

import id.loket.core.application.Application;
import id.loket.core.application.ApplicationKind;
import id.loket.core.application.Purpose;
import id.loket.core.application.ServiceLevel;
import id.loket.core.application.Sex;
import id.loket.core.biometric.FingerSet;
import id.loket.core.fee.FeeTable;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.desktop.support.TestCore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicantStepViewModelTest {

    static final Officer AYU = new Officer(UUID.randomUUID(), "ayu", "Ayu Lestari", Role.OFFICER, true);
    private ApplicantStepViewModel model;

    @BeforeEach
    void setUp() {
        model = new ApplicantStepViewModel(FeeTable.standard(), FingerSet.TWO_INDEX, TestCore.CLOCK);
        model.load(null, AYU);
    }

    private void fill() {
        model.nikProperty().set("5171011208900001");
        model.fullNameProperty().set("H. Made Wirawan, S.E.");
        model.placeOfBirthProperty().set("Denpasar");
        model.birthDateTextProperty().set("12-08-1990");
        model.sexProperty().set(Sex.MALE);
    }

    @Test
    void passportNameFollowsTheFullNameUntilTheOfficerEditsIt() {
        model.fullNameProperty().set("H. Made Wirawan, S.E.");
        assertThat(model.passportNameProperty().get()).isEqualTo("MADE WIRAWAN");
        model.passportNameProperty().set("I MADE WIRAWAN");
        model.fullNameProperty().set("H. Made Wirawana, S.E.");
        assertThat(model.passportNameProperty().get()).isEqualTo("I MADE WIRAWAN");
    }

    @Test
    void nikErrorsBlockButABirthDateMismatchIsOnlyAWarning() {
        fill();
        model.nikProperty().set("51710112089");
        assertThat(model.problems()).extracting(Message::key).contains("nik.error.length");

        model.nikProperty().set("5171011208900001");
        model.birthDateTextProperty().set("13-08-1990");
        assertThat(model.nikCheck().get().warnings()).extracting(Message::key).containsExactly("nik.warning.birthDate");
        assertThat(model.problems()).isEmpty();
    }

    @Test
    void nameRulesComeFromCoreForTheKindAndPurpose() {
        fill();
        model.passportNameProperty().set("WIRAWAN");
        assertThat(model.problems()).extracting(Message::key).containsExactly("name.error.tooFewWords");
        model.kindProperty().set(ApplicationKind.RENEWAL);
        assertThat(model.problems()).isEmpty();
        assertThat(model.nameCheck().get().notes()).isNotEmpty();
        model.passportNameProperty().set("MADE WIRAWAN");
        model.purposeProperty().set(Purpose.HAJJ);
        assertThat(model.problems()).extracting(Message::key).containsExactly("name.error.hajjWords");
    }

    @Test
    void badOrFutureBirthDatesAreRefused() {
        fill();
        model.birthDateTextProperty().set("31-02-1990");
        assertThat(model.problems()).extracting(Message::key).contains("capture.applicant.birthDateFormat");
        model.birthDateTextProperty().set("01-01-2030");
        assertThat(model.problems()).extracting(Message::key).contains("workflow.finalise.birthDateFuture");
    }

    @Test
    void feeFollowsTypeAgeAndExpressService() {
        assertThat(model.fee().get()).isNull();
        fill();
        assertThat(model.fee().get().total()).isEqualTo(950_000L);
        model.serviceProperty().set(ServiceLevel.EXPRESS);
        assertThat(model.fee().get().expressSurcharge()).isEqualTo(1_000_000L);
        assertThat(model.fee().get().total()).isEqualTo(1_950_000L);
        model.birthDateTextProperty().set("01-01-2015");
        assertThat(model.fee().get().passportFee()).isEqualTo(650_000L);
    }

    @Test
    void applyCreatesADraftAndLoadReadsItBack() {
        fill();
        Application draft = model.applyTo(null);
        assertThat(draft.applicant().birthDate()).isEqualTo(LocalDate.of(1990, 8, 12));
        assertThat(draft.applicant().passportName()).isEqualTo("MADE WIRAWAN");
        assertThat(draft.createdBy()).isEqualTo("ayu");
        assertThat(draft.fingerprints().required()).isEqualTo(FingerSet.TWO_INDEX);

        ApplicantStepViewModel other = new ApplicantStepViewModel(FeeTable.standard(), FingerSet.TWO_INDEX,
                TestCore.CLOCK);
        other.load(draft, AYU);
        assertThat(other.nikProperty().get()).isEqualTo("5171011208900001");
        assertThat(other.birthDateTextProperty().get()).isEqualTo("12-08-1990");
        assertThat(other.applyTo(draft).applicant()).isEqualTo(draft.applicant());
    }
}
