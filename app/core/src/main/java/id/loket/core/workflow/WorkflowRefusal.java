package id.loket.core.workflow;

import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a refused change is applied anyway. Carries the {@link Message}s so the caller can
 * show them in the officer's language; the exception text is the English rendering for logs.
 */
public class WorkflowRefusal extends RuntimeException {

    private final transient List<Message> reasons;

    public WorkflowRefusal(List<Message> reasons) {
        super(reasons.stream().map(Messages.ENGLISH::render).collect(Collectors.joining("; ")));
        this.reasons = List.copyOf(reasons);
    }

    public List<Message> reasons() {
        return reasons;
    }
}
