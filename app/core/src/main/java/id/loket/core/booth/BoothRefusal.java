package id.loket.core.booth;

import id.loket.core.i18n.Message;
import id.loket.core.queue.QueueRefusal;

import java.util.List;

/**
 * A booth operation was refused (bad event details, quota full, not a supervisor). A booth is the
 * office's queue taken outside, so this is a {@link QueueRefusal}: it carries the {@link Message}s to
 * show in the officer's language, and nothing was changed when it is thrown.
 */
public class BoothRefusal extends QueueRefusal {

    public BoothRefusal(Message reason) {
        super(reason);
    }

    public BoothRefusal(List<Message> reasons) {
        super(reasons);
    }
}
