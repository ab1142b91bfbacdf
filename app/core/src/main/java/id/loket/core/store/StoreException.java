package id.loket.core.store;

import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;

/**
 * The local store failed: it cannot be opened (missing or wrong key, damaged file) or a
 * statement failed. Carries a {@link Message} so the desktop can tell the officer what happened
 * in their language; the exception text is the English rendering plus the technical detail.
 */
public class StoreException extends RuntimeException {

    private final transient Message message;

    public StoreException(Message message, Throwable cause) {
        super(Messages.ENGLISH.render(message) + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.message = message;
    }

    /** What to show the officer. */
    public Message userMessage() {
        return message;
    }
}
