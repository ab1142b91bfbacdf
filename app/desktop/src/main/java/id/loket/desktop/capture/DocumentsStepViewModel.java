package id.loket.desktop.capture;

import id.loket.core.application.Application;
import id.loket.core.application.ApplicationKind;
import id.loket.core.application.DocumentRecord;
import id.loket.core.application.DocumentRules;
import id.loket.core.application.DocumentType;
import id.loket.core.application.Purpose;
import id.loket.core.blob.BlobStore;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.Failures;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The document checklist for the application's kind and purpose (core's DocumentRules says what
 * is missing; it advises, it does not block) and the documents recorded so far: a scan imported
 * from a file (stored in the encrypted blob store) or an original seen without a scan. Every
 * change is saved into the draft at once.
 */
public final class DocumentsStepViewModel implements CaptureStepModel {

    private final ObservableList<DocumentRecord> documents = FXCollections.observableArrayList();
    private final ObjectProperty<List<DocumentType>> checklist = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<Message>> missing = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private final BlobStore blobs;
    private final TaskRunner tasks;
    private final Clock clock;
    private Application draft;
    private Officer officer;

    public DocumentsStepViewModel(BlobStore blobs, TaskRunner tasks, Clock clock) {
        this.blobs = blobs;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public void load(Application app, Officer signedIn) {
        this.draft = app;
        this.officer = signedIn;
        error.set(null);
        documents.setAll(app == null ? List.of() : app.documents());
        refresh();
    }

    /** The documents to ask for, for this kind and purpose. */
    public static List<DocumentType> checklistFor(ApplicationKind kind, Purpose purpose) {
        List<DocumentType> out = new ArrayList<>(List.of(DocumentType.E_KTP, DocumentType.KARTU_KELUARGA));
        if (kind == ApplicationKind.NEW) {
            out.addAll(List.of(DocumentType.BIRTH_CERTIFICATE, DocumentType.DIPLOMA, DocumentType.MARRIAGE_BOOK));
        }
        if (kind == ApplicationKind.RENEWAL || kind == ApplicationKind.REPLACEMENT_DAMAGED) {
            out.add(DocumentType.OLD_PASSPORT);
        }
        if (kind == ApplicationKind.REPLACEMENT_LOST) {
            out.add(DocumentType.POLICE_REPORT);
        }
        if (purpose == Purpose.HAJJ || purpose == Purpose.UMRAH) {
            out.add(DocumentType.KEMENAG_RECOMMENDATION);
        }
        out.add(DocumentType.OTHER);
        return out;
    }

    /** Imports a scan for {@code type} from a file (read and stored off the UI thread). */
    public void importFile(DocumentType type, Path file) {
        error.set(null);
        String who = officer.username();
        tasks.run(() -> {
                    DocumentFiles.Accepted accepted = DocumentFiles.read(file);
                    String hash = blobs.put(accepted.bytes(), accepted.mediaType());
                    return new DocumentRecord(type, hash, accepted.fileName(), who, clock.instant());
                },
                this::record,
                failure -> error.set(failure instanceof DocumentFiles.DocumentRefusal r ? r.reason()
                        : Failures.message(failure)));
    }

    /** Records that the original was seen, without a scan. */
    public void markSeen(DocumentType type) {
        error.set(null);
        record(new DocumentRecord(type, null, null, officer.username(), clock.instant()));
    }

    /** Removes the record of a document type. */
    public void remove(DocumentType type) {
        documents.removeIf(d -> d.type() == type);
        refresh();
    }

    private void record(DocumentRecord record) {
        documents.removeIf(d -> d.type() == record.type());
        documents.add(record);
        refresh();
    }

    private void refresh() {
        if (draft == null) {
            checklist.set(List.of());
            missing.set(List.of());
            return;
        }
        checklist.set(checklistFor(draft.kind(), draft.purpose()));
        missing.set(DocumentRules.missing(draft.withDocuments(documents)));
    }

    /** The recorded document of this type, or null. */
    public DocumentRecord recorded(DocumentType type) {
        return documents.stream().filter(d -> d.type() == type).findFirst().orElse(null);
    }

    @Override
    public List<Message> problems() {
        return documents.isEmpty() ? List.of(Message.of("capture.documents.none")) : List.of();
    }

    @Override
    public Application applyTo(Application app) {
        return app.withDocuments(List.copyOf(documents));
    }

    @Override
    public javafx.beans.Observable autosave() {
        return documents;
    }

    public ObservableList<DocumentRecord> documents() {
        return documents;
    }

    public ObjectProperty<List<DocumentType>> checklistProperty() {
        return checklist;
    }

    /** Core's advice: which required documents are still missing. */
    public ObjectProperty<List<Message>> missingProperty() {
        return missing;
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }
}
