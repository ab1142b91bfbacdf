package id.loket.core.calllist;

import id.loket.core.CoreServices;
import id.loket.core.MutableClock;
import id.loket.core.TestStores;
import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.Payment;
import id.loket.core.audit.AuditEntry;
import id.loket.core.biometric.FingerSet;
import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.queue.AppointmentInput;
import id.loket.core.store.Ids;
import id.loket.core.workflow.Fixtures;
import id.loket.sync.protocol.status.Decision;
import id.loket.sync.protocol.status.StatusEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The call list built from the centre's decisions and moved appointments, on the real store. */
class CallListTest {

    static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "Ni Luh Putu Ayu", Role.OFFICER, true);
    static final Payment PAID = Payment.billed("820261123000123", 950_000L, Fixtures.NOW.minusSeconds(900))
            .confirmPaid(Fixtures.NOW.minusSeconds(800), "NTPN1");

    @TempDir
    Path dir;
    private CoreServices core;
    private CallList calls;
    private final Random random = new Random(11);
    private long cursor;

    @BeforeEach
    void open() {
        core = TestStores.open(dir, new MutableClock(Fixtures.NOW, Fixtures.JAKARTA));
        core.deviceProfiles().save("DPS", 3);
        calls = core.callList();
    }

    @AfterEach
    void close() {
        core.close();
    }

    private Application finalised(String name, String phone) {
        Applicant a = Fixtures.applicant();
        Applicant who = new Applicant(a.nik(), a.nikVerification(), name, a.passportName(), a.placeOfBirth(),
                a.birthDate(), a.sex(), a.address(), phone, a.married());
        Application draft = TestStores.finalisableDraft(core.blobs(), FingerSet.TWO_INDEX, random, 2_000, 500)
                .withApplicant(who).withPayment(PAID);
        core.applications().saveDraft(draft);
        return core.applicationService().finalise(draft.id(), OFFICER);
    }

    private void decide(Application app, Decision decision, String reason) {
        core.sync().decisions().apply(new StatusEvent(++cursor, app.id(), decision, reason, Fixtures.NOW));
    }

    @Test
    void listsApprovedReadyAndRejectedApplicantsWithPhoneAndTheirMessageInBahasa() {
        Application approved = finalised("Siti Aminah", "081234567890");
        Application printed = finalised("Budi Santoso", "081298765432");
        Application rejected = finalised("Made Wirawan", " ");
        finalised("Waiting Still", "0811111111");
        decide(approved, Decision.APPROVED, null);
        decide(printed, Decision.APPROVED, null);
        decide(printed, Decision.PRINTED, null);
        decide(rejected, Decision.REJECTED, "Dokumen KK tidak sesuai");

        List<Contact> pending = calls.pending();

        assertThat(pending).extracting(Contact::fullName, Contact::status, Contact::phone).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Budi Santoso", CallStatus.READY_TO_COLLECT, "081298765432"),
                org.assertj.core.groups.Tuple.tuple("Made Wirawan", CallStatus.REJECTED, null),
                org.assertj.core.groups.Tuple.tuple("Siti Aminah", CallStatus.APPROVED, "081234567890"));
        assertThat(CallList.text(pending.get(1))).isEqualTo("Yth. Made Wirawan, permohonan paspor Anda ("
                + rejected.receiptNumber() + ") tidak dapat disetujui. Alasan: Dokumen KK tidak sesuai. Silakan "
                + "hubungi Kantor Imigrasi untuk informasi lebih lanjut. - Kantor Imigrasi");
        assertThat(CallList.text(pending.get(0))).contains(printed.receiptNumber()).contains("sudah dapat diambil");
        assertThat(pending.get(2).reference()).isEqualTo(approved.receiptNumber());
    }

    @Test
    void aMovedAppointmentIsListedWithThePhoneOfTheApplicantsLastApplication() {
        Application earlier = finalised("Siti Aminah", "081234567890");
        var booked = core.queue().appointments().add(new AppointmentInput("Siti Aminah", "1990-08-12",
                earlier.applicant().nik(), "MP-1001"), OFFICER);
        core.queue().rescheduling().reschedule(booked.appointmentId(), LocalDate.of(2026, 11, 26), OFFICER);

        Contact moved = calls.pending().stream().filter(c -> c.status() == CallStatus.MUST_RESCHEDULE)
                .findFirst().orElseThrow();
        assertThat(moved.phone()).isEqualTo("081234567890");
        assertThat(moved.reference()).isEqualTo("MP-1001");
        assertThat(CallList.text(moved)).isEqualTo("Yth. Siti Aminah, janji temu paspor Anda (kode booking MP-1001) "
                + "dipindahkan ke tanggal 26 November 2026. Mohon datang pada tanggal tersebut dengan membawa "
                + "dokumen asli. Mohon maaf atas ketidaknyamanannya. - Kantor Imigrasi");
    }

    @Test
    void theCsvExportHoldsEveryContactAndRecordsThemSoNoneIsListedAgainForThatStatus() throws IOException {
        Application approved = finalised("Siti Aminah, S.E.", "081234567890");
        Application rejected = finalised("Budi \"Bud\" Santoso", "081298765432");
        decide(approved, Decision.APPROVED, null);
        decide(rejected, Decision.REJECTED, "Foto tidak memenuhi syarat");
        Path file = dir.resolve("daftar-telepon.csv");

        List<Contact> written = calls.exportCsv(file, OFFICER);

        assertThat(written).hasSize(2);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("nama,telepon,status,nomor rujukan,pesan");
        assertThat(lines.get(1)).startsWith("\"Budi \"\"Bud\"\" Santoso\",081298765432,Ditolak,"
                + rejected.receiptNumber() + ",\"Yth. Budi \"\"Bud\"\" Santoso, permohonan paspor Anda (");
        assertThat(lines.get(2)).isEqualTo("\"Siti Aminah, S.E.\",081234567890,Disetujui," + approved.receiptNumber()
                + ",\"" + CallList.text(written.get(1)) + "\"");
        assertThat(dir.resolve("daftar-telepon.csv.part")).doesNotExist();

        assertThat(calls.pending()).isEmpty();
        assertThat(calls.sent()).extracting(SentContact::fullName, SentContact::channel, SentContact::sentBy)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Siti Aminah, S.E.", "CSV", "petugas1"),
                        org.assertj.core.groups.Tuple.tuple("Budi \"Bud\" Santoso", "CSV", "petugas1"));
        assertThat(calls.sent()).allSatisfy(s -> assertThat(s.sentAt()).isEqualTo(Fixtures.NOW));
        List<AuditEntry> audited = core.audit().entries().stream()
                .filter(e -> e.action().equals("calllist.contacted")).toList();
        assertThat(audited).extracting(AuditEntry::subject)
                .containsExactlyInAnyOrder(approved.id().toString(), rejected.id().toString());

        // a second export writes only the header; a new status of the same applicant is listed again
        assertThat(calls.exportCsv(file, OFFICER)).isEmpty();
        assertThat(Files.readAllLines(file)).hasSize(1);
        decide(approved, Decision.PRINTED, null);
        assertThat(calls.pending()).extracting(Contact::status).containsExactly(CallStatus.READY_TO_COLLECT);
    }

    @Test
    void aCallMarkedAsMadeByHandIsRecordedWithItsChannel() throws IOException {
        Application approved = finalised("Siti Aminah", "081234567890");
        decide(approved, Decision.APPROVED, null);
        List<Contact> pending = calls.pending();

        assertThat(calls.send(pending, new HandCallSender(), OFFICER)).isEqualTo(1);

        assertThat(calls.pending()).isEmpty();
        SentContact sent = calls.sent().getFirst();
        assertThat(sent.channel()).isEqualTo("HAND");
        assertThat(sent.phone()).isEqualTo("081234567890");
        assertThat(sent.message()).isEqualTo(CallList.text(pending.getFirst()));
        assertThat(sent.status()).isEqualTo(CallStatus.APPROVED);
    }

    @Test
    void aSenderThatFailsRecordsNothingForThatContact() {
        Application approved = finalised("Siti Aminah", "081234567890");
        decide(approved, Decision.APPROVED, null);
        CallSender broken = new CallSender() {
            @Override
            public String channel() {
                return "SMS";
            }

            @Override
            public void send(Contact contact, String text) throws IOException {
                throw new IOException("gateway down");
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> calls.send(calls.pending(), broken, OFFICER))
                .isInstanceOf(IOException.class);
        assertThat(calls.pending()).hasSize(1);
        assertThat(calls.sent()).isEmpty();
    }

    @Test
    void everyStatusHasALabelAndAMessageInBothLanguages() {
        for (Messages lang : List.of(Messages.INDONESIAN, Messages.ENGLISH)) {
            for (CallStatus s : CallStatus.values()) {
                assertThat(lang.has("enum.CallStatus." + s.name())).isTrue();
                String text = lang.render(Message.of("calllist.message." + s.name(), "A", "B", "C"));
                assertThat(text).startsWith("Yth. A").doesNotContain("{").doesNotContain("[");
            }
        }
    }

    @Test
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertThat(CsvCallSender.quoted("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvCallSender.quoted("+6281234567890")).isEqualTo("+6281234567890");
        assertThat(CsvCallSender.quoted(null)).isEmpty();
        StringWriter out = new StringWriter();
        assertThat(out.toString()).isEmpty();
    }
}
