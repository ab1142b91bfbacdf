package id.loket.core.application;

import id.loket.core.biometric.FingerSet;
import id.loket.core.biometric.FingerprintCapture;
import id.loket.core.biometric.PhotoCapture;
import id.loket.core.workflow.ApplicationState;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One passport application as captured at the counter: an immutable value that the store keeps
 * as canonical JSON and the sync agent sends to the centre. Changes produce copies through the
 * {@code withX} methods; state changes go through {@code Workflow.apply} so the guards run.
 *
 * @param receiptNumber      human number, null until finalised
 * @param photo              null until taken
 * @param interview          null until done
 * @param payment            null until billed
 * @param cancellationReason set only when CANCELLED
 */
public record Application(UUID id, String receiptNumber, ApplicationState state, Applicant applicant,
                          ApplicationKind kind, PassportType passportType, ServiceLevel service, Purpose purpose,
                          Lane lane, List<DocumentRecord> documents, PhotoCapture photo,
                          FingerprintCapture fingerprints, Interview interview, Payment payment,
                          String cancellationReason, String createdBy, Instant createdAt, Instant updatedAt) {

    public Application {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(fingerprints, "fingerprints");
        Objects.requireNonNull(createdAt, "createdAt");
        documents = documents == null ? List.of() : List.copyOf(documents);
        if (updatedAt == null) {
            updatedAt = createdAt;
        }
    }

    /** A fresh draft: no photo, every finger of {@code fingerSet} pending, nothing billed. */
    public static Application draft(UUID id, Applicant applicant, ApplicationKind kind, PassportType passportType,
                                    ServiceLevel service, Purpose purpose, Lane lane, FingerSet fingerSet,
                                    String officer, Instant now) {
        return new Application(id, null, ApplicationState.DRAFT, applicant, kind, passportType, service, purpose,
                lane, List.of(), null, FingerprintCapture.pending(fingerSet), null, null, null, officer, now, now);
    }

    public Application withReceiptNumber(String value) {
        return new Application(id, value, state, applicant, kind, passportType, service, purpose, lane, documents,
                photo, fingerprints, interview, payment, cancellationReason, createdBy, createdAt, updatedAt);
    }

    public Application withState(ApplicationState value) {
        return new Application(id, receiptNumber, value, applicant, kind, passportType, service, purpose, lane,
                documents, photo, fingerprints, interview, payment, cancellationReason, createdBy, createdAt,
                updatedAt);
    }

    public Application withApplicant(Applicant value) {
        return new Application(id, receiptNumber, state, value, kind, passportType, service, purpose, lane,
                documents, photo, fingerprints, interview, payment, cancellationReason, createdBy, createdAt,
                updatedAt);
    }

    public Application withKind(ApplicationKind value) {
        return new Application(id, receiptNumber, state, applicant, value, passportType, service, purpose, lane,
                documents, photo, fingerprints, interview, payment, cancellationReason, createdBy, createdAt,
                updatedAt);
    }

    public Application withPassportType(PassportType value) {
        return new Application(id, receiptNumber, state, applicant, kind, value, service, purpose, lane,
                documents, photo, fingerprints, interview, payment, cancellationReason, createdBy, createdAt,
                updatedAt);
    }

    public Application withService(ServiceLevel value) {
        return new Application(id, receiptNumber, state, applicant, kind, passportType, value, purpose, lane,
                documents, photo, fingerprints, interview, payment, cancellationReason, createdBy, createdAt,
                updatedAt);
    }

    public Application withPurpose(Purpose value) {
        return new Application(id, receiptNumber, state, applicant, kind, passportType, service, value, lane,
                documents, photo, fingerprints, interview, payment, cancellationReason, createdBy, createdAt,
                updatedAt);
    }

    public Application withLane(Lane value) {
        return new Application(id, receiptNumber, state, applicant, kind, passportType, service, purpose, value,
                documents, photo, fingerprints, interview, payment, cancellationReason, createdBy, createdAt,
                updatedAt);
    }

    public Application withDocuments(List<DocumentRecord> value) {
        return new Application(id, receiptNumber, state, applicant, kind, passportType, service, purpose, lane,
                value, photo, fingerprints, interview, payment, cancellationReason, createdBy, createdAt, updatedAt);
    }

    public Application withPhoto(PhotoCapture value) {
        return new Application(id, receiptNumber, state, applicant, kind, passportType, service, purpose, lane,
                documents, value, fingerprints, interview, payment, cancellationReason, createdBy, createdAt,
                updatedAt);
    }

    public Application withFingerprints(FingerprintCapture value) {
        return new Application(id, receiptNumber, state, applicant, kind, passportType, service, purpose, lane,
                documents, photo, value, interview, payment, cancellationReason, createdBy, createdAt, updatedAt);
    }

    public Application withInterview(Interview value) {
        return new Application(id, receiptNumber, state, applicant, kind, passportType, service, purpose, lane,
                documents, photo, fingerprints, value, payment, cancellationReason, createdBy, createdAt, updatedAt);
    }

    public Application withPayment(Payment value) {
        return new Application(id, receiptNumber, state, applicant, kind, passportType, service, purpose, lane,
                documents, photo, fingerprints, interview, value, cancellationReason, createdBy, createdAt,
                updatedAt);
    }

    public Application withCancellationReason(String value) {
        return new Application(id, receiptNumber, state, applicant, kind, passportType, service, purpose, lane,
                documents, photo, fingerprints, interview, payment, value, createdBy, createdAt, updatedAt);
    }

    public Application withUpdatedAt(Instant value) {
        return new Application(id, receiptNumber, state, applicant, kind, passportType, service, purpose, lane,
                documents, photo, fingerprints, interview, payment, cancellationReason, createdBy, createdAt, value);
    }
}
