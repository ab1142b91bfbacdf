package id.loket.desktop.capture.fingerprint;

import id.loket.core.application.Application;
import id.loket.core.audit.AuditLog;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.i18n.Message;
import id.loket.core.officer.LoginResult;
import id.loket.core.officer.OfficerService;
import id.loket.core.workflow.ActorRole;
import id.loket.core.workflow.TransitionContext;
import id.loket.core.workflow.Workflow;
import id.loket.core.workflow.WorkflowRefusal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * A supervisor confirms a finger exception at the counter: their own username and password are
 * checked by {@link OfficerService#login} (so failures count towards their lockout and are
 * audited), and the role rule is core's {@link Workflow#confirmFingerException}. The decision is
 * written to the audit log either way. Blocking: run it off the UI thread.
 */
final class SupervisorConfirmation {

    private final OfficerService officers;
    private final AuditLog audit;
    private final Clock clock;

    SupervisorConfirmation(OfficerService officers, AuditLog audit, Clock clock) {
        this.officers = Objects.requireNonNull(officers, "officers");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The outcome: the draft with the exception confirmed, or why not. */
    sealed interface Outcome {
        record Confirmed(Application draft, String supervisor) implements Outcome {
        }

        record Refused(Message reason) implements Outcome {
        }
    }

    /** Checks the credentials and the rule; the password is wiped before returning. */
    Outcome confirm(Application draft, Finger finger, String username, char[] password, String subject) {
        LoginResult login;
        try {
            login = officers.login(username, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        return switch (login) {
            case LoginResult.Failed failed ->
                    new Outcome.Refused(Message.of("fingerprint.supervisor.failed", failed.attemptsLeft()));
            case LoginResult.LockedOut locked -> new Outcome.Refused(Message.of("login.error.locked", locked.until()));
            case LoginResult.Success success -> apply(draft, finger, success.officer().username(),
                    ActorRole.fromName(success.officer().role().name()), subject);
        };
    }

    private Outcome apply(Application draft, Finger finger, String supervisor, ActorRole role, String subject) {
        FingerCapture capture = draft.fingerprints().finger(finger);
        Map<String, String> details = Map.of("finger", finger.name(), "role", role.name(),
                "reason", String.valueOf(capture.exceptionReason()));
        try {
            Application confirmed = Workflow.confirmFingerException(draft, finger,
                    TransitionContext.of(supervisor, role, clock));
            audit.append(supervisor, "fingerprint.exception.confirmed", subject, details);
            return new Outcome.Confirmed(confirmed, supervisor);
        } catch (WorkflowRefusal refusal) {
            audit.append(supervisor, "fingerprint.exception.refused", subject, details);
            return new Outcome.Refused(refusal.reasons().isEmpty()
                    ? Message.of("fingerprint.supervisor.notSupervisor") : refusal.reasons().getFirst());
        }
    }
}
