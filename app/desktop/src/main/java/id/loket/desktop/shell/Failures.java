package id.loket.desktop.shell;

import id.loket.core.i18n.Message;
import id.loket.core.officer.OfficerRefusal;
import id.loket.core.provision.ProvisioningRefusal;
import id.loket.core.queue.QueueRefusal;
import id.loket.core.store.StoreException;
import id.loket.core.workflow.WorkflowRefusal;

/**
 * Turns a failure from a background task into something an officer can read. Core refusals
 * carry their own {@link Message}; anything else is an unexpected error whose details go to the
 * log, never to the screen.
 */
public final class Failures {

    private Failures() {
    }

    /** The message to show for a failure. */
    public static Message message(Throwable failure) {
        return switch (failure) {
            case OfficerRefusal refusal -> refusal.reason();
            case QueueRefusal refusal -> refusal.reason();
            case id.loket.core.bundle.BundleRefusal refusal -> refusal.reason();
            case ProvisioningRefusal refusal -> refusal.reason();
            case WorkflowRefusal refusal when !refusal.reasons().isEmpty() -> refusal.reasons().getFirst();
            case StoreException store -> store.userMessage();
            default -> Message.of("error.unexpected");
        };
    }
}
