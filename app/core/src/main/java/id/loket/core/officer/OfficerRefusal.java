package id.loket.core.officer;

import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;

/**
 * An officer operation was refused (weak password, taken username, actor not an administrator).
 * Carries the {@link Message} to show in the officer's language; the exception text is English.
 */
public class OfficerRefusal extends RuntimeException {

    private final transient Message reason;

    public OfficerRefusal(Message reason) {
        super(Messages.ENGLISH.render(reason));
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
