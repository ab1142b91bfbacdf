package id.loket.core.booth;

import id.loket.core.CoreServices;
import id.loket.core.MutableClock;
import id.loket.core.TestStores;
import id.loket.core.application.Application;
import id.loket.core.application.Lane;
import id.loket.core.application.Payment;
import id.loket.core.audit.AuditEntry;
import id.loket.core.biometric.FingerSet;
import id.loket.core.i18n.Messages;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.queue.RowOutcome;
import id.loket.core.store.Ids;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Booth events on the real store: the organiser's list, the quota, captures started from the list. */
class BoothListTest {

    static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "Ni Luh Putu Ayu", Role.OFFICER, true);
    static final Officer SUPERVISOR = new Officer(Ids.uuidV7(), "kasi1", "I Made Sudarsana", Role.SUPERVISOR, true);
    static final String LIST = """
            nama;tanggal lahir;NIK
            H. M. Firman, S.E.;1990-08-12;3201011208900001
            Siti Aminah;12/08/1990;3201015208900003
            Budi Santoso;1985-05-05;12345
            Dewi Lestari;31/02/1990;3171014502900004
            Agus Salim;1990-08-12;3201011208900001
            "Made Wirawan, S.Kom";05-05-1985;3171010505850005
            """;

    @TempDir
    Path dir;
    private CoreServices core;
    private BoothModule booth;
    private BoothEvent event;

    @BeforeEach
    void open() {
        core = TestStores.open(dir, new MutableClock(Fixtures.NOW, Fixtures.JAKARTA));
        core.deviceProfiles().save("DPS", 3);
        booth = core.booth();
        event = booth.events().create("Eazy Paspor PT Sinar Jaya", "Aula PT Sinar Jaya, Denpasar",
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), 3, OFFICER);
    }

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void importKeepsTheGoodRowsAndReportsEachBadRowWithItsLineAndReason() {
        ListImportReport report = booth.list().importCsv(event.id(), LIST, OFFICER);

        assertThat(report.fileErrors()).isEmpty();
        assertThat(report.rows()).extracting(ListRow::line, ListRow::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, RowOutcome.IMPORTED),
                org.assertj.core.groups.Tuple.tuple(3, RowOutcome.IMPORTED),
                org.assertj.core.groups.Tuple.tuple(4, RowOutcome.REJECTED),
                org.assertj.core.groups.Tuple.tuple(5, RowOutcome.REJECTED),
                org.assertj.core.groups.Tuple.tuple(6, RowOutcome.REJECTED),
                org.assertj.core.groups.Tuple.tuple(7, RowOutcome.IMPORTED));
        assertThat(Messages.INDONESIAN.render(report.rows().get(2).reasons().getFirst())).contains("16");
        assertThat(Messages.INDONESIAN.render(report.rows().get(3).reasons().getFirst())).contains("31/02/1990");
        assertThat(Messages.INDONESIAN.render(report.rows().get(4).reasons().getFirst()))
                .isEqualTo("NIK 3201011208900001 sudah muncul di baris 2 berkas ini.");
        assertThat(booth.list().list(event.id())).extracting(ListedApplicant::fullName)
                .containsExactly("H. M. Firman, S.E.", "Made Wirawan, S.Kom", "Siti Aminah");
        AuditEntry entry = core.audit().entries().getLast();
        assertThat(entry.action()).isEqualTo("booth.list-imported");
        assertThat(entry.details()).containsEntry("imported", "3").containsEntry("rejected", "3");

        ListImportReport again = booth.list().importCsv(event.id(), LIST, OFFICER);
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(3);
        assertThat(booth.list().list(event.id())).hasSize(3);
    }

    @Test
    void aFileWithoutTheNikColumnIsRefusedAndNothingIsStored() throws Exception {
        Path file = dir.resolve("daftar.csv");
        Files.writeString(file, "nama,tanggal lahir\nSiti Aminah,1990-08-12\n");
        ListImportReport report = booth.list().importCsv(event.id(), file, OFFICER);
        assertThat(report.fileErrors()).extracting(m -> Messages.ENGLISH.render(m))
                .containsExactly("Column \"NIK\" is missing from the header row of the CSV file.");
        assertThat(booth.list().list(event.id())).isEmpty();
    }

    @Test
    void captureFromTheListIsPrefilledAndCountsAgainstTheQuotaUntilASupervisorRaisesIt() {
        booth.list().importCsv(event.id(), LIST + "Nyoman Sukerta;1970-01-01;5171010101700006\n", OFFICER);
        List<ListedApplicant> list = booth.list().list(event.id());
        assertThat(list).hasSize(4);
        assertThat(booth.list().progress(event.id())).isEqualTo(new BoothProgress(3, 4, 0, 0));

        ListedApplicant firman = list.getFirst();
        Application draft = booth.list().startCapture(event.id(), firman.id(), FingerSet.TWO_INDEX, OFFICER);
        assertThat(draft.state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(draft.applicant().fullName()).isEqualTo("H. M. Firman, S.E.");
        assertThat(draft.applicant().passportName()).isEqualTo("M FIRMAN");
        assertThat(draft.applicant().birthDate()).isEqualTo(LocalDate.of(1990, 8, 12));
        assertThat(draft.applicant().nik()).isEqualTo("3201011208900001");
        assertThat(draft.lane()).isEqualTo(Lane.COLLECTIVE);
        assertThat(core.applications().find(draft.id())).isPresent();
        // starting the same person again resumes the draft and takes no second place
        assertThat(booth.list().startCapture(event.id(), firman.id(), FingerSet.TWO_INDEX, OFFICER).id())
                .isEqualTo(draft.id());
        assertThat(booth.list().progress(event.id()).started()).isEqualTo(1);

        booth.list().startCapture(event.id(), list.get(1).id(), FingerSet.TWO_INDEX, OFFICER);
        booth.list().startCapture(event.id(), list.get(2).id(), FingerSet.TWO_INDEX, OFFICER);
        BoothProgress full = booth.list().progress(event.id());
        assertThat(full.full()).isTrue();
        assertThat(full.remaining()).isZero();

        UUID fourth = list.get(3).id();
        int audited = core.audit().entries().size();
        assertThatThrownBy(() -> booth.list().startCapture(event.id(), fourth, FingerSet.TWO_INDEX, OFFICER))
                .isInstanceOfSatisfying(BoothRefusal.class, r -> assertThat(Messages.INDONESIAN.render(r.reason()))
                        .isEqualTo("Kuota acara Eazy Paspor PT Sinar Jaya sudah penuh (3/3 permohonan). Perekaman "
                                + "berikutnya memerlukan supervisor untuk menambah kuota."));
        assertThat(booth.list().list(event.id()).get(3).applicationId()).isNull();
        assertThat(core.audit().entries()).hasSize(audited);

        assertThatThrownBy(() -> booth.events().raiseQuota(event.id(), 4, "booklet tambahan", OFFICER))
                .isInstanceOf(BoothRefusal.class);
        assertThatThrownBy(() -> booth.events().raiseQuota(event.id(), 4, " ", SUPERVISOR))
                .isInstanceOf(BoothRefusal.class);
        assertThatThrownBy(() -> booth.events().raiseQuota(event.id(), 3, "sama", SUPERVISOR))
                .isInstanceOf(BoothRefusal.class);
        assertThat(booth.events().raiseQuota(event.id(), 4, "Panitia membawa 1 peserta lagi; booklet cukup",
                SUPERVISOR).quota()).isEqualTo(4);
        AuditEntry raised = core.audit().entries().getLast();
        assertThat(raised.action()).isEqualTo("booth.quota-raised");
        assertThat(raised.actor()).isEqualTo("kasi1");
        assertThat(raised.details()).containsEntry("from", "3").containsEntry("to", "4")
                .containsEntry("reason", "Panitia membawa 1 peserta lagi; booklet cukup");

        Application last = booth.list().startCapture(event.id(), fourth, FingerSet.TWO_INDEX, OFFICER);
        assertThat(core.audit().entries().getLast().action()).isEqualTo("booth.capture-started");
        assertThat(core.audit().entries().getLast().subject()).isEqualTo(last.id().toString());
        assertThat(booth.list().progress(event.id())).isEqualTo(new BoothProgress(4, 4, 4, 0));
    }

    @Test
    void aFinalisedCaptureCountsAsCapturedAndCannotBeStartedAgain() {
        booth.list().importCsv(event.id(), LIST, OFFICER);
        ListedApplicant firman = booth.list().list(event.id()).getFirst();
        Application draft = booth.list().startCapture(event.id(), firman.id(), FingerSet.TWO_INDEX, OFFICER);
        Application complete = TestStores.finalisableDraft(core.blobs(), FingerSet.TWO_INDEX, new Random(3), 2_000, 500);
        Payment paid = Payment.billed("820261123000123", 950_000L, Fixtures.NOW.minusSeconds(900))
                .confirmPaid(Fixtures.NOW.minusSeconds(800), "NTPN1");
        core.applications().saveDraft(draft.withApplicant(Fixtures.applicant()).withPhoto(complete.photo())
                .withFingerprints(complete.fingerprints()).withPayment(paid));
        core.applicationService().finalise(draft.id(), OFFICER);

        BoothProgress progress = booth.list().progress(event.id());
        assertThat(progress.finalised()).isEqualTo(1);
        assertThat(progress.started()).isEqualTo(1);
        assertThat(progress.fraction()).isEqualTo(1.0 / 3);
        assertThatThrownBy(() -> booth.list().startCapture(event.id(), firman.id(), FingerSet.TWO_INDEX, OFFICER))
                .isInstanceOfSatisfying(BoothRefusal.class, r -> assertThat(Messages.INDONESIAN.render(r.reason()))
                        .startsWith("Perekaman H. M. Firman, S.E. sudah selesai"));
    }

    @Test
    void anEventNeedsItsDetailsAndSaysEveryProblemAtOnce() {
        assertThatThrownBy(() -> booth.events().create(" ", "Kemenag Badung", LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 23), 0, OFFICER))
                .isInstanceOfSatisfying(BoothRefusal.class, r -> assertThat(r.reasons())
                        .extracting(m -> m.key()).containsExactly("booth.event.nameRequired",
                                "booth.event.endBeforeStart", "booth.event.quotaRange"));
        assertThat(booth.events().events()).containsExactly(event);
    }

    @Test
    void progressWarnsWhenATenthOfTheQuotaIsLeft() {
        assertThat(new BoothProgress(78, 80, 71, 60).nearlyFull()).isTrue();
        assertThat(new BoothProgress(78, 80, 70, 60).nearlyFull()).isFalse();
        assertThat(new BoothProgress(78, 80, 78, 60).nearlyFull()).isFalse();
        assertThat(new BoothProgress(78, 80, 78, 60).full()).isTrue();
    }
}
