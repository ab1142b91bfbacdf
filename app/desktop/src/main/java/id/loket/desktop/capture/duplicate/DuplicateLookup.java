package id.loket.desktop.capture.duplicate;

import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.ApplicationRepository;
import id.loket.core.blob.BlobStore;
import id.loket.core.name.search.DuplicateCandidate;
import id.loket.core.name.search.DuplicateFinder;
import id.loket.core.workflow.ApplicationState;
import javafx.scene.image.Image;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the stored applications a draft may duplicate and loads what the officer compares (the
 * full record and the photo of each). Blocking: store reads and image decoding; run it on the task
 * runner. Cancelled applications are left out (they will never be a passport), as are the ones the
 * officer already judged to be a different person.
 */
public final class DuplicateLookup {

    /** Photos are decoded to this width: enough for a card, small in memory. */
    static final double PHOTO_WIDTH = 130;

    private final DuplicateFinder finder;
    private final ApplicationRepository applications;
    private final BlobStore blobs;

    public DuplicateLookup(DuplicateFinder finder, ApplicationRepository applications, BlobStore blobs) {
        this.finder = Objects.requireNonNull(finder, "finder");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.blobs = Objects.requireNonNull(blobs, "blobs");
    }

    /** The case to decide for {@code draft}, or empty when nothing resembles it. */
    public Optional<DuplicateCase> find(Application draft, Set<UUID> judgedDifferent) {
        Applicant a = draft.applicant();
        if (a == null) {
            return Optional.empty();
        }
        List<DuplicateCase.Candidate> out = new ArrayList<>();
        for (DuplicateCandidate c : finder.candidates(a.fullName(), a.birthDate(), a.nik(), draft.id())) {
            if (c.hit().state() == ApplicationState.CANCELLED || judgedDifferent.contains(c.hit().id())) {
                continue;
            }
            applications.find(c.hit().id()).ifPresent(app ->
                    out.add(new DuplicateCase.Candidate(summary(app), c.hit().score(), c.reasons())));
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(new DuplicateCase(summary(draft), out));
    }

    private ApplicantSummary summary(Application app) {
        return ApplicantSummary.of(app, photo(app));
    }

    private Image photo(Application app) {
        if (app.photo() == null) {
            return null;
        }
        return blobs.get(app.photo().imageHash())
                .map(bytes -> new Image(new ByteArrayInputStream(bytes), PHOTO_WIDTH, 0, true, true))
                .filter(image -> !image.isError())
                .orElse(null);
    }
}
