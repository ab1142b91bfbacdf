package id.loket.desktop.capture;

import id.loket.core.application.Application;
import id.loket.core.biometric.FingerStatus;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.desktop.capture.fingerprint.FingerprintStepViewModel;
import id.loket.desktop.capture.photo.PhotoStepViewModel;
import javafx.beans.Observable;

import java.util.List;

/**
 * Adapts the photo and fingerprint ViewModels (which know nothing about drafts being saved) to
 * the flow: their result properties are written into the draft and saved the moment they change.
 */
final class BiometricStepModels {

    private BiometricStepModels() {
    }

    /** The photo step: done once a photo is accepted (stored in the blob store by the step). */
    static CaptureStepModel photo(PhotoStepViewModel vm) {
        return new CaptureStepModel() {
            @Override
            public void load(Application draft, Officer officer) {
                if (draft == null || vm.acceptedProperty().get() == null
                        || !vm.acceptedProperty().get().equals(draft.photo())) {
                    vm.load(draft == null ? null : draft.photo());
                }
            }

            @Override
            public List<Message> problems() {
                return vm.acceptedProperty().get() == null ? List.of(Message.of("capture.photo.required")) : List.of();
            }

            @Override
            public Application applyTo(Application draft) {
                return draft.withPhoto(vm.acceptedProperty().get());
            }

            @Override
            public Observable autosave() {
                return vm.acceptedProperty();
            }
        };
    }

    /** The fingerprint step: every required finger captured or recorded as an exception. */
    static CaptureStepModel fingerprints(FingerprintStepViewModel vm) {
        return new CaptureStepModel() {
            @Override
            public void load(Application draft, Officer officer) {
                if (draft != null && !draft.fingerprints().equals(vm.captureProperty().get())) {
                    vm.load(draft, officer);
                }
            }

            @Override
            public List<Message> problems() {
                var capture = vm.captureProperty().get();
                if (capture == null) {
                    return List.of(Message.of("capture.fingerprints.pending"));
                }
                return capture.fingers().stream().filter(f -> f.status() == FingerStatus.PENDING)
                        .map(f -> Message.of("workflow.finalise.fingerPending", f.finger())).toList();
            }

            @Override
            public Application applyTo(Application draft) {
                return vm.captureProperty().get() == null ? draft : draft.withFingerprints(vm.captureProperty().get());
            }

            @Override
            public Observable autosave() {
                return vm.captureProperty();
            }
        };
    }
}
