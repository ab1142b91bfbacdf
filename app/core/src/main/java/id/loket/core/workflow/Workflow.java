package id.loket.core.workflow;

import id.loket.core.application.Application;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.biometric.FingerStatus;
import id.loket.core.i18n.Message;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state machine of an application and its guards, in one place so the counter UI, the CLI
 * and the store all refuse the same things with the same reasons:
 * <pre>
 * DRAFT -> FINALISED   photo, every required finger captured or a confirmed exception, valid identity
 * DRAFT | FINALISED | APPROVED -> CANCELLED   needs a reason
 * FINALISED -> APPROVED | REJECTED            only the centre
 * APPROVED -> PRINTED  payment confirmed (approval is the APPROVED state itself); the office prints,
 *                      or the centre reports the book it printed
 * PRINTED -> HANDED_OVER
 * </pre>
 * Everything else is refused with a message naming both states. Only supervisors and
 * administrators confirm finger exceptions ({@link #confirmFingerException}).
 */
public final class Workflow {

    private static final Map<ApplicationState, EnumSet<ApplicationState>> EDGES = edges();

    private Workflow() {
    }

    private static Map<ApplicationState, EnumSet<ApplicationState>> edges() {
        Map<ApplicationState, EnumSet<ApplicationState>> m = new EnumMap<>(ApplicationState.class);
        for (ApplicationState s : ApplicationState.values()) {
            m.put(s, EnumSet.noneOf(ApplicationState.class));
        }
        m.get(ApplicationState.DRAFT).addAll(EnumSet.of(ApplicationState.FINALISED, ApplicationState.CANCELLED));
        m.get(ApplicationState.FINALISED).addAll(EnumSet.of(ApplicationState.APPROVED, ApplicationState.REJECTED,
                ApplicationState.CANCELLED));
        m.get(ApplicationState.APPROVED).addAll(EnumSet.of(ApplicationState.PRINTED, ApplicationState.CANCELLED));
        m.get(ApplicationState.PRINTED).add(ApplicationState.HANDED_OVER);
        return m;
    }

    /** The states reachable from {@code from} in one step (guards aside). */
    public static Set<ApplicationState> next(ApplicationState from) {
        return EnumSet.copyOf(EDGES.get(from));
    }

    /** Whether {@code app} may move to {@code target} now, with every reason if not. */
    public static TransitionCheck check(Application app, ApplicationState target, TransitionContext ctx) {
        ApplicationState from = app.state();
        List<Message> reasons = new ArrayList<>();
        if (FinaliseGuards.blank(ctx.actor())) {
            reasons.add(Message.of("workflow.refused.noActor"));
        }
        if (from == target) {
            reasons.add(Message.of("workflow.refused.same", from));
            return TransitionCheck.of(reasons);
        }
        if (from.terminal()) {
            reasons.add(Message.of("workflow.refused.terminal", from, target));
            return TransitionCheck.of(reasons);
        }
        if (from == ApplicationState.FINALISED && target == ApplicationState.PRINTED) {
            reasons.add(Message.of("workflow.print.notApproved", from, target));
            if (app.payment() == null || !app.payment().paid()) {
                reasons.add(Message.of("workflow.print.notPaid"));
            }
            return TransitionCheck.of(reasons);
        }
        if (!EDGES.get(from).contains(target)) {
            reasons.add(Message.of("workflow.refused.illegal", from, target));
            return TransitionCheck.of(reasons);
        }
        boolean centreDecision = target == ApplicationState.APPROVED || target == ApplicationState.REJECTED;
        boolean centreMayReport = centreDecision || target == ApplicationState.PRINTED;
        if (centreDecision && ctx.role() != ActorRole.CENTRE) {
            reasons.add(Message.of("workflow.refused.centreOnly", target));
        } else if (!centreMayReport && ctx.role() == ActorRole.CENTRE) {
            reasons.add(Message.of("workflow.refused.notForCentre", target));
        }
        switch (target) {
            case FINALISED -> reasons.addAll(FinaliseGuards.problems(app, ctx.today()));
            case PRINTED -> {
                if (app.payment() == null || !app.payment().paid()) {
                    reasons.add(Message.of("workflow.print.notPaid"));
                }
            }
            case CANCELLED -> {
                if (FinaliseGuards.blank(ctx.reason())) {
                    reasons.add(Message.of("workflow.cancel.noReason"));
                }
            }
            default -> {
                // APPROVED, REJECTED, HANDED_OVER: the edge and the role are the guard
            }
        }
        return TransitionCheck.of(reasons);
    }

    /**
     * The application in the target state, {@code updatedAt} set from the context's clock and, for
     * a cancellation, the reason recorded.
     *
     * @throws WorkflowRefusal with every reason when {@link #check} refuses
     */
    public static Application apply(Application app, ApplicationState target, TransitionContext ctx) {
        TransitionCheck check = check(app, target, ctx);
        if (!check.allowed()) {
            throw new WorkflowRefusal(check.reasons());
        }
        Application next = app.withState(target).withUpdatedAt(ctx.clock().instant());
        if (target == ApplicationState.CANCELLED) {
            next = next.withCancellationReason(ctx.reason().strip());
        }
        return next;
    }

    /**
     * A supervisor or administrator confirms a finger recorded as an exception (missing, injured).
     *
     * @throws WorkflowRefusal if the actor is an officer, the application is no longer a draft,
     *                         the finger is not an exception, or it has no reason
     */
    public static Application confirmFingerException(Application app, Finger finger, TransitionContext ctx) {
        List<Message> reasons = supervisorOnDraft(app, ctx);
        FingerCapture capture = app.fingerprints().finger(finger);
        if (capture.status() != FingerStatus.EXCEPTION) {
            reasons.add(Message.of("workflow.exception.notException", finger, capture.status()));
        } else if (FinaliseGuards.blank(capture.exceptionReason())) {
            reasons.add(Message.of("workflow.finalise.fingerNoReason", finger));
        }
        if (!reasons.isEmpty()) {
            throw new WorkflowRefusal(reasons);
        }
        return app.withFingerprints(app.fingerprints().with(capture.confirm(ctx.actor())))
                .withUpdatedAt(ctx.clock().instant());
    }

    /**
     * A supervisor or administrator decides a required finger is not captured (status
     * SKIPPED_BY_SUPERVISOR, confirmed by them), e.g. when no print reaches the quality threshold.
     *
     * @throws WorkflowRefusal if the actor is an officer, the application is no longer a draft, or no reason is given
     */
    public static Application skipFinger(Application app, Finger finger, TransitionContext ctx) {
        List<Message> reasons = supervisorOnDraft(app, ctx);
        if (!app.fingerprints().required().requires(finger)) {
            reasons.add(Message.of("workflow.exception.notRequired", finger));
        }
        if (FinaliseGuards.blank(ctx.reason())) {
            reasons.add(Message.of("workflow.finalise.fingerNoReason", finger));
        }
        if (!reasons.isEmpty()) {
            throw new WorkflowRefusal(reasons);
        }
        int attempts = app.fingerprints().finger(finger).attempts();
        FingerCapture skipped = FingerCapture.skippedBySupervisor(finger, ctx.reason().strip(), attempts, ctx.actor());
        return app.withFingerprints(app.fingerprints().with(skipped)).withUpdatedAt(ctx.clock().instant());
    }

    private static List<Message> supervisorOnDraft(Application app, TransitionContext ctx) {
        List<Message> reasons = new ArrayList<>();
        if (FinaliseGuards.blank(ctx.actor())) {
            reasons.add(Message.of("workflow.refused.noActor"));
        }
        if (!ctx.role().confirmsFingerExceptions()) {
            reasons.add(Message.of("workflow.exception.notSupervisor", ctx.role()));
        }
        if (app.state() != ApplicationState.DRAFT) {
            reasons.add(Message.of("workflow.exception.notDraft", app.state()));
        }
        return reasons;
    }
}
