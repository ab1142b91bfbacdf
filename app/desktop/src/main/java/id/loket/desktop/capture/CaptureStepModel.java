package id.loket.desktop.capture;

import id.loket.core.application.Application;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import javafx.beans.Observable;

import java.util.List;

/**
 * What the capture flow needs from one step's ViewModel: fill the fields from the draft, say
 * what still stops "next", and write the fields back into the draft. The flow saves the result,
 * so no step talks to the store about the draft itself.
 */
public interface CaptureStepModel {

    /** Shows the stored draft (null for a new application) for the signed-in officer. */
    void load(Application draft, Officer officer);

    /** What must be fixed before moving on; empty when the step may be saved and left. */
    List<Message> problems();

    /** The draft with this step's values written into it. */
    Application applyTo(Application draft);

    /**
     * Something that changes when this step has a new result that must be saved at once (a photo
     * accepted, a finger captured), or null when the step is saved only on "next".
     */
    default Observable autosave() {
        return null;
    }
}
