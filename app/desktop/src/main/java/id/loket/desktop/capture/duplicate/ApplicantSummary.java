package id.loket.desktop.capture.duplicate;

import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.workflow.ApplicationState;
import javafx.scene.image.Image;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the officer compares on one side of the side-by-side view.
 *
 * @param receiptNumber null for a draft
 * @param photo         the accepted passport photo, or null when none was taken yet
 */
public record ApplicantSummary(UUID id, String receiptNumber, ApplicationState state, String fullName, String nik,
                               LocalDate birthDate, String placeOfBirth, Image photo) {

    /** The summary of a stored application with its decoded photo (or null). */
    static ApplicantSummary of(Application app, Image photo) {
        Applicant a = app.applicant();
        return new ApplicantSummary(app.id(), app.receiptNumber(), app.state(), a == null ? "" : a.fullName(),
                a == null ? "" : a.nik(), a == null ? null : a.birthDate(), a == null ? "" : a.placeOfBirth(), photo);
    }

    /** The receipt number, or the id while the application is a draft. */
    public String number() {
        return receiptNumber == null ? id.toString() : receiptNumber;
    }
}
