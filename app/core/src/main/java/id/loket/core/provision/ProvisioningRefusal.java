package id.loket.core.provision;

import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;

/** Provisioning was refused (not permitted now, or not by this officer); nothing was changed. */
public final class ProvisioningRefusal extends RuntimeException {

    private final transient Message reason;

    public ProvisioningRefusal(Message reason) {
        super(Messages.ENGLISH.render(reason));
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
