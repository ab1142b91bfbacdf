package id.loket.core.duplicate;

import id.loket.core.application.Application;
import id.loket.core.application.ApplicationRepository;
import id.loket.core.audit.AuditEntry;
import id.loket.core.audit.AuditLog;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.queue.QueueCalls;
import id.loket.core.store.LoketStore;
import id.loket.core.workflow.ActorRole;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.TransitionContext;
import id.loket.core.workflow.Workflow;
import id.loket.core.workflow.WorkflowRefusal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What an officer decided when the applicant being captured resembled a stored application
 * (similar name and the same date of birth, or the same NIK): the decision is stored and audited
 * with both application ids and the officer, in one transaction. A pair judged a different person
 * is settled for good (after a restart too, and in either direction, see {@link #judgedDifferent});
 * "same person" ends the new draft (cancelled with the officer's reason, in one transaction with
 * its audit entry and the move of its queue ticket), so one person never holds two applications
 * by accident.
 */
public final class DuplicateDecisions {

    /** Audit action of "the same person". */
    public static final String SAME_PERSON = "application.duplicate.samePerson";
    /** Audit action of "a different person". */
    public static final String DIFFERENT_PERSON = "application.duplicate.differentPerson";
    /** Audit action of cancelling a draft because it duplicates another application. */
    public static final String CANCELLED = "application.cancelled.duplicate";

    private final LoketStore store;
    private final ApplicationRepository applications;
    private final QueueCalls queue;
    private final AuditLog audit;
    private final Clock clock;

    public DuplicateDecisions(LoketStore store, ApplicationRepository applications, QueueCalls queue, AuditLog audit,
                              Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores and audits the officer's decision on one pair, in one transaction; a later decision on
     * the same pair replaces the stored one (the audit keeps both). The audit entry's subject is the
     * application being captured, its details the other application's id plus {@code facts} (score,
     * reasons, receipt number: what the officer saw).
     */
    public AuditEntry record(UUID application, UUID candidate, boolean samePerson, Officer officer,
                             Map<String, String> facts) {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(officer, "officer");
        Map<String, String> details = new LinkedHashMap<>(facts);
        details.put("candidate", candidate.toString());
        return store.inTransaction(c -> {
            DuplicateDecisionRepository.write(c, application, candidate, samePerson
                    ? DuplicateDecisionRepository.SAME_PERSON : DuplicateDecisionRepository.DIFFERENT_PERSON,
                    officer.username(), clock.instant());
            return audit.append(officer.username(), samePerson ? SAME_PERSON : DIFFERENT_PERSON,
                    application.toString(), details);
        });
    }

    /**
     * The applications an officer judged a different person from {@code application}: whether it
     * was the one being captured or the candidate, the pair is settled and not shown again.
     */
    public Set<UUID> judgedDifferent(UUID application) {
        Objects.requireNonNull(application, "application");
        return store.read(c -> Set.copyOf(DuplicateDecisionRepository.judgedDifferent(c, application)));
    }

    /**
     * Cancels the draft {@code draft} as a duplicate of {@code existing} with the officer's reason,
     * audited in the same transaction. A queue ticket linked to the draft is moved to {@code existing}
     * in that transaction too (the applicant is the same person and the officer goes on with the
     * existing application); it keeps its state, so a ticket being served stays SERVING until the
     * officer marks it served (see {@link QueueCalls#relinkApplication}).
     *
     * @throws WorkflowRefusal when the draft is unknown, no longer a draft, or the reason is blank
     */
    public Application cancelDuplicate(UUID draft, UUID existing, String reason, Officer officer) {
        Objects.requireNonNull(officer, "officer");
        return store.inTransaction(c -> {
            Application app = applications.findForUpdate(c, draft)
                    .orElseThrow(() -> new WorkflowRefusal(List.of(Message.of("application.unknown", draft))));
            if (app.state() != ApplicationState.DRAFT) {
                throw new WorkflowRefusal(List.of(Message.of("workflow.refused.illegal", app.state(),
                        ApplicationState.CANCELLED)));
            }
            TransitionContext ctx = new TransitionContext(officer.username(),
                    ActorRole.fromName(officer.role().name()), clock, reason);
            Application cancelled = Workflow.apply(app, ApplicationState.CANCELLED, ctx);
            applications.write(c, cancelled);
            audit.append(officer.username(), CANCELLED, draft.toString(),
                    Map.of("duplicateOf", existing.toString(), "reason", cancelled.cancellationReason()));
            queue.relinkApplication(draft, existing, officer);
            return cancelled;
        });
    }
}
