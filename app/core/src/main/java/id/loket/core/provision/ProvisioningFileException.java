package id.loket.core.provision;

import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;

/** A provisioning file that cannot be read at all (missing, not JSON, not one object); nothing was changed. */
public final class ProvisioningFileException extends Exception {

    private final transient Message reason;

    public ProvisioningFileException(Message reason, Throwable cause) {
        super(Messages.ENGLISH.render(reason), cause);
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
