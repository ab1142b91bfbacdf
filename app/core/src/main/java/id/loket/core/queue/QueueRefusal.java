package id.loket.core.queue;

import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A queue or waiting-room operation was refused (quota full, weekend rule, illegal state change,
 * missing reason, an announcement only a supervisor may set).
 * Carries the {@link Message}s to show in the officer's language; the exception text is English
 * for logs. Nothing was changed when this is thrown.
 */
public class QueueRefusal extends RuntimeException {

    private final transient List<Message> reasons;

    public QueueRefusal(Message reason) {
        this(List.of(reason));
    }

    public QueueRefusal(List<Message> reasons) {
        super(reasons.stream().map(Messages.ENGLISH::render).collect(Collectors.joining("; ")));
        this.reasons = List.copyOf(reasons);
    }

    /** Every reason, the most important first. */
    public List<Message> reasons() {
        return reasons;
    }

    /** The first reason. */
    public Message reason() {
        return reasons.getFirst();
    }
}
