package id.loket.desktop.capture;

import id.loket.core.application.Application;
import id.loket.core.officer.Officer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * May hold the capture on the applicant step after it was saved, until the officer has dealt with
 * something (an applicant who resembles a stored application). While it holds, the flow does not
 * move: "next" and the rail are off.
 */
public interface StepGuard {

    /** Never holds. */
    StepGuard NONE = new StepGuard() {
        private final ReadOnlyBooleanWrapper never = new ReadOnlyBooleanWrapper(false);

        @Override
        public void afterSave(Application saved, Officer officer, Runnable proceed) {
            proceed.run();
        }

        @Override
        public ReadOnlyBooleanProperty holdingProperty() {
            return never.getReadOnlyProperty();
        }

        @Override
        public void reset() {
            // nothing held
        }
    };

    /**
     * Called on the UI thread once the applicant step is saved; runs {@code proceed} (on the UI thread)
     * when the flow may move on, at once or after the officer decided, or never (the capture ended).
     */
    void afterSave(Application saved, Officer officer, Runnable proceed);

    /** True while the flow is held. */
    ReadOnlyBooleanProperty holdingProperty();

    /** Forgets what is held (another capture is opened). */
    void reset();
}
