package id.loket.core.bundle;

import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;

/**
 * A bundle export or a receipt import was refused. Carries the {@link Message} to show in the
 * officer's language; the exception text is English for logs. Nothing was recorded as exported
 * or acknowledged when this is thrown.
 */
public class BundleRefusal extends RuntimeException {

    private final transient Message reason;

    public BundleRefusal(Message reason) {
        super(Messages.ENGLISH.render(reason));
        this.reason = reason;
    }

    public BundleRefusal(Message reason, Throwable cause) {
        super(Messages.ENGLISH.render(reason), cause);
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
