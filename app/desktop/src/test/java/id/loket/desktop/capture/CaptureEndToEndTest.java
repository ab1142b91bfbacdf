package id.loket.desktop.capture;

import id.loket.core.CoreServices;
import id.loket.core.application.Application;
import id.loket.core.application.DocumentRecord;
import id.loket.core.application.DocumentType;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.biometric.FingerStatus;
import id.loket.core.outbox.Outbox;
import id.loket.core.outbox.OutboxEntry;
import id.loket.core.queue.Ticket;
import id.loket.core.queue.TicketState;
import id.loket.core.workflow.ApplicationState;
import id.loket.desktop.capture.fingerprint.SbiFingerprintScanner;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.shell.MainWindow;
import id.loket.desktop.support.Screenshots;
import id.loket.desktop.support.TestCore;
import id.loket.desktop.support.TestWindow;
import id.loket.devices.sbi.client.PortRange;
import id.loket.devices.sbi.client.SbiClient;
import id.loket.devices.sbi.client.SbiClientConfig;
import id.loket.devices.sbi.simulator.SbiSimulator;
import id.loket.devices.sbi.simulator.SimulatorSettings;
import id.loket.sync.protocol.Sha256;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static id.loket.desktop.support.TestWindow.click;
import static id.loket.desktop.support.TestWindow.field;
import static id.loket.desktop.support.TestWindow.reveal;
import static id.loket.desktop.support.TestWindow.shot;
import static id.loket.desktop.support.TestWindow.text;
import static id.loket.desktop.support.TestWindow.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main proof: one applicant from ticket to receipt through the real screens, against a
 * real encrypted store and the simulated SBI fingerprint device over HTTP, then the store checked.
 * Only the operating system's file dialogs are replaced (a headless test cannot drive them).
 */
@ExtendWith(ApplicationExtension.class)
class CaptureEndToEndTest {

    @TempDir
    Path home;
    @TempDir
    Path files;
    private CoreServices core;
    private SbiSimulator simulator;
    private SbiClient sbi;
    private MainWindow window;
    private Path documentFile;
    private Path receiptCopy;
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        core = TestCore.open(home);
        core.deviceProfiles().save("DPS", 7);
        core.officers().createFirstAdministrator("ayu", "Ayu Lestari", "rahasia-123".toCharArray());
        simulator = SbiSimulator.start(0, new SimulatorSettings(7).captureDelay(Duration.ofMillis(20)));
        sbi = new SbiClient(SbiClientConfig.defaults(), Clock.systemUTC());
        var scanner = new SbiFingerprintScanner(sbi, PortRange.single(simulator.port()), Duration.ofSeconds(2));
        documentFile = TestFiles.ktpScan(files);
        receiptCopy = files.resolve("copy-of-receipt.pdf");
        FilePicker picker = new FilePicker() {
            @Override
            public Optional<Path> openDocument(Window owner) {
                return Optional.of(documentFile);
            }

            @Override
            public Optional<Path> saveReceipt(Window owner, String suggested) {
                return Optional.of(receiptCopy);
            }
        };
        window = new MainWindow(core, TestCore.indonesian(), new SameThreadTaskRunner(), TestCore.CLOCK, home,
                CaptureOptions.standard(scanner, picker, opened::add));
        TestWindow.show(stage, window.root(), 1280, 800);
        window.start();
    }

    @AfterEach
    void close() {
        sbi.close();
        simulator.close();
        core.close();
    }

    @Test
    void walksOneApplicantFromTicketToReceipt(FxRobot robot) throws Exception {
        // log in and go to the queue: issue a walk-in ticket, call it, serve it
        logIn(robot);
        click(robot, "#home-queue");
        click(robot, "#issue-walk-in");
        click(robot, "#call-next-walk-in");
        reveal(robot, "#queue-serve");
        click(robot, "#queue-serve");
        assertThat(window.host().currentProperty().get()).isInstanceOf(CaptureFlowView.class);
        CaptureFlowViewModel flow = window.captureDesk().flow();
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.APPLICANT);

        // applicant: live decorations (NIK errors as errors, a birth-date mismatch as a warning)
        ApplicantStepView form = (ApplicantStepView) ((CaptureFlowView) window.host().currentProperty().get())
                .currentStepView();
        javafx.scene.control.TextField nik = robot.lookup("#capture-nik").queryAs(javafx.scene.control.TextField.class);
        type(robot, "#capture-nik", "51710112");
        assertThat(form.validation().getHighestMessage(nik)).hasValueSatisfying(
                m -> assertThat(m.getSeverity()).isEqualTo(org.controlsfx.validation.Severity.ERROR));
        type(robot, "#capture-nik", "08900001");
        type(robot, "#capture-birthdate", "13-08-1990");
        assertThat(form.validation().getHighestMessage(nik)).hasValueSatisfying(m -> {
            assertThat(m.getSeverity()).isEqualTo(org.controlsfx.validation.Severity.WARNING);
            assertThat(m.getText()).contains("12 Agustus 1990");
        });
        // the passport name follows the full name, the fee follows the fee table
        type(robot, "#capture-fullname", "H. Made Wirawan, S.E.");
        assertThat(field(robot, "#capture-passportname")).isEqualTo("MADE WIRAWAN");
        type(robot, "#capture-birthplace", "Denpasar");
        click(robot, "#capture-sex-male");
        type(robot, "#capture-address", "Jl. Teuku Umar 10, Denpasar");
        type(robot, "#capture-phone", "081234567890");
        robot.interact(() -> robot.lookup("#capture-applicant").queryAs(ScrollPane.class).setVvalue(0));
        hoverDecorationOf(robot, "#capture-nik");
        shot(robot, "capture-1-applicant");
        // the officer checks the e-KTP: the birth date was mistyped
        robot.interact(() -> robot.lookup("#capture-birthdate").queryTextInputControl().clear());
        type(robot, "#capture-birthdate", "12-08-1990");
        assertThat(form.validation().getHighestMessage(nik)).isEmpty();
        assertThat(text(robot, "#capture-fee")).isEqualTo("Biaya: Rp 950.000");
        click(robot, "#capture-next");
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.DOCUMENTS);
        Application saved = core.applications().find(flow.draftProperty().get().id()).orElseThrow();
        assertThat(saved.applicant().passportName()).isEqualTo("MADE WIRAWAN");

        // documents: a scan imported from a file, two originals seen
        click(robot, "#capture-doc-import-e-ktp");
        click(robot, "#capture-doc-seen-kartu-keluarga");
        click(robot, "#capture-doc-seen-birth-certificate");
        assertThat(text(robot, "#capture-doc-status-e-ktp")).contains("e-ktp.png");
        shot(robot, "capture-2-documents");
        click(robot, "#capture-next");
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.PHOTO);

        // photo: from a generated portrait file that passes core's checks
        Path portrait = TestFiles.portrait(files);
        robot.interact(() -> window.captureDesk().photo().loadFile(portrait));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".photo-ok").tryQuery()).isPresent();
        reveal(robot, "#photo-step");
        shot(robot, "capture-3-photo");
        reveal(robot, "#photo-accept");
        click(robot, "#photo-accept");
        assertThat(window.captureDesk().photo().acceptedProperty().get()).isNotNull();
        click(robot, "#capture-next");
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.FINGERPRINTS);

        // fingerprints: every required finger from the simulated SBI device over HTTP
        click(robot, "#fp-capture-remaining");
        assertThat(window.captureDesk().fingerprints().captureProperty().get().fingers())
                .allMatch(f -> f.status() == FingerStatus.CAPTURED);
        shot(robot, "capture-4-fingerprints");
        click(robot, "#capture-next");
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.INTERVIEW);

        // interview: purpose preselected from the applicant step
        assertThat(window.captureDesk().flow().model(CaptureStep.INTERVIEW))
                .isInstanceOfSatisfying(InterviewStepViewModel.class,
                        m -> assertThat(m.purposeProperty().get()).isEqualTo(saved.purpose()));
        type(robot, "#capture-interview-notes", "Wisata ke Jepang bersama keluarga");
        shot(robot, "capture-5-interview");
        click(robot, "#capture-next");
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.PAYMENT);

        // payment: billing code, amount from the fee table, mark paid
        assertThat(text(robot, "#capture-payment-amount")).isEqualTo("Rp 950.000");
        type(robot, "#capture-billing", "820261123000123");
        click(robot, "#capture-mark-paid");
        assertThat(text(robot, "#capture-payment-status")).contains("Lunas", "Ayu Lestari");
        shot(robot, "capture-6-payment");
        click(robot, "#capture-next");
        assertThat(flow.stepProperty().get()).isEqualTo(CaptureStep.REVIEW);
        shot(robot, "capture-7-review");

        // finalise, then the receipt: opened for printing and saved elsewhere
        click(robot, "#capture-finalise");
        Application done = core.applications().find(saved.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(ApplicationState.FINALISED);
        assertThat(done.receiptNumber()).matches("DPS-07-261123-\\d{4}");
        assertThat(text(robot, "#capture-review-notice")).contains(done.receiptNumber());
        shot(robot, "capture-8-finalised");
        click(robot, "#capture-receipt-open");
        click(robot, "#capture-receipt-save");

        // the store: images with matching hashes, the outbox row, the receipt file
        assertThat(done.photo()).isNotNull();
        assertThat(Sha256.hex(core.blobs().get(done.photo().imageHash()).orElseThrow()))
                .isEqualTo(done.photo().imageHash());
        assertThat(done.fingerprints().fingers()).hasSize(done.fingerprints().required().size());
        for (FingerCapture f : done.fingerprints().fingers()) {
            assertThat(f.status()).isEqualTo(FingerStatus.CAPTURED);
            assertThat(Sha256.hex(core.blobs().get(f.imageHash()).orElseThrow())).isEqualTo(f.imageHash());
        }
        DocumentRecord ktp = done.documents().stream().filter(d -> d.type() == DocumentType.E_KTP).findFirst()
                .orElseThrow();
        assertThat(core.blobs().get(ktp.imageHash())).hasValue(Files.readAllBytes(documentFile));
        assertThat(done.payment().paid()).isTrue();
        assertThat(done.payment().amount()).isEqualTo(950_000L);
        assertThat(done.interview().notes()).isEqualTo("Wisata ke Jepang bersama keluarga");
        List<OutboxEntry> rows = core.outbox().forRecord(done.id());
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.recordHash()).isEqualTo(Outbox.hashOf(done)));
        Path receipt = home.resolve("receipts").resolve(done.receiptNumber() + ".pdf");
        assertThat(receipt).exists();
        Screenshots.keep(receipt, "receipt.pdf");
        assertThat(pdfText(receipt)).contains(done.receiptNumber());
        assertThat(opened).containsExactly(receipt);
        assertThat(receiptCopy).hasSameBinaryContentAs(receipt);
        Ticket ticket = core.queue().tickets().find(flow.ticketId()).orElseThrow();
        assertThat(ticket.applicationId()).isEqualTo(done.id());
        assertThat(ticket.state()).isEqualTo(TicketState.SERVING);
        assertThat(core.audit().verify().ok()).isTrue();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Signs in as ayu, the administrator every capture test creates. */
    static void logIn(FxRobot robot) {
        type(robot, "#login-username", "ayu");
        type(robot, "#login-password", "rahasia-123");
        click(robot, "#login-submit");
    }

    /** When the screen is grabbed, points at the validation mark beside a field so its tooltip shows. */
    private static void hoverDecorationOf(FxRobot robot, String id) {
        if (!Screenshots.grabbingScreen()) {
            return;
        }
        Node field = robot.lookup(id).query();
        Set<Node> marks = robot.lookup(n -> n instanceof Label l && l.getTooltip() != null
                && l.getGraphic() instanceof ImageView).queryAll();
        AtomicReference<Point2D> centre = new AtomicReference<>();
        robot.interact(() -> {
            Bounds at = field.localToScreen(field.getBoundsInLocal());
            marks.stream().filter(Node::isVisible)
                    .map(mark -> mark.localToScreen(mark.getBoundsInLocal()))
                    .filter(b -> b != null && b.intersects(at))
                    .findFirst()
                    .ifPresent(b -> centre.set(new Point2D(b.getCenterX(), b.getCenterY())));
        });
        if (centre.get() != null) {
            robot.moveTo(centre.get());
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        }
    }
}
