package id.loket.core.workflow;

import id.loket.core.i18n.Message;

import java.util.List;

/** Whether a transition may happen and, if not, every reason why (to show all at once). */
public record TransitionCheck(boolean allowed, List<Message> reasons) {

    public TransitionCheck {
        reasons = List.copyOf(reasons);
        if (allowed != reasons.isEmpty()) {
            throw new IllegalArgumentException("allowed exactly when there are no reasons");
        }
    }

    static TransitionCheck of(List<Message> reasons) {
        return new TransitionCheck(reasons.isEmpty(), reasons);
    }
}
