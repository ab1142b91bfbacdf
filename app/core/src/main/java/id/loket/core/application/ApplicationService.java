package id.loket.core.application;

import id.loket.core.audit.AuditLog;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.blob.BlobStore;
import id.loket.core.device.DeviceProfile;
import id.loket.core.device.DeviceProfiles;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.outbox.Outbox;
import id.loket.core.outbox.OutboxEntry;
import id.loket.core.outage.ExpressRule;
import id.loket.core.outage.OutageWatch;
import id.loket.core.store.LoketStore;
import id.loket.core.store.ReceiptNumbers;
import id.loket.core.workflow.ActorRole;
import id.loket.core.workflow.ApplicationState;
import id.loket.core.workflow.TransitionContext;
import id.loket.core.workflow.Workflow;
import id.loket.core.workflow.WorkflowRefusal;
import id.loket.sync.protocol.batch.WireRecord;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * State changes of stored applications that must be all-or-nothing. Finalising runs the
 * workflow guard, allocates the receipt number, stores the FINALISED record, queues it in the
 * outbox and appends the audit entry in ONE transaction: if any step fails, none happened (and
 * the receipt number is not used up).
 */
public final class ApplicationService {

    /** The audit actor of changes the centre decided. */
    public static final String CENTRE_ACTOR = "centre";

    private final LoketStore store;
    private final ApplicationRepository applications;
    private final DeviceProfiles devices;
    private final BlobStore blobs;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final OutageWatch outage;

    /** A service that never finds the office in an outage (tools that do not sync). */
    public ApplicationService(LoketStore store, ApplicationRepository applications, DeviceProfiles devices,
                              BlobStore blobs, Outbox outbox, AuditLog audit, Clock clock) {
        this(store, applications, devices, blobs, outbox, audit, clock, OutageWatch.never(clock));
    }

    /** @param outage whether the centre is unreachable: same-day express is refused then ({@link ExpressRule}) */
    public ApplicationService(LoketStore store, ApplicationRepository applications, DeviceProfiles devices,
                              BlobStore blobs, Outbox outbox, AuditLog audit, Clock clock, OutageWatch outage) {
        this.outage = Objects.requireNonNull(outage, "outage");
        this.store = Objects.requireNonNull(store, "store");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.blobs = Objects.requireNonNull(blobs, "blobs");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Finalises a draft and returns it with its receipt number.
     *
     * @throws WorkflowRefusal when the application is unknown, the device is not set up, an image it
     *                         references is not stored, the workflow guard refuses (with every reason), or
     *                         it is same-day express while the centre is unreachable
     */
    public Application finalise(UUID id, Officer officer) {
        Objects.requireNonNull(officer, "officer");
        return store.inTransaction(c -> {
            Application app = applications.findForUpdate(c, id)
                    .orElseThrow(() -> new WorkflowRefusal(List.of(Message.of("application.unknown", id))));
            DeviceProfile device = devices.current()
                    .orElseThrow(() -> new WorkflowRefusal(List.of(Message.of("application.deviceNotSetUp"))));
            List<Message> refused = finaliseRefusals(app, officer);
            if (!refused.isEmpty()) {
                throw new WorkflowRefusal(refused);
            }
            Application next = Workflow.apply(app, ApplicationState.FINALISED, context(officer));
            List<Message> missing = missingImages(next);
            if (!missing.isEmpty()) {
                throw new WorkflowRefusal(missing);
            }
            String receipt = ReceiptNumbers.allocate(c, device.officeCode(), device.counterNumber(),
                    LocalDate.now(clock));
            next = next.withReceiptNumber(receipt);
            applications.write(c, next);
            OutboxEntry queued = outbox.enqueue(next.id(), WireRecord.KIND_APPLICATION, next,
                    ApplicationBlobs.of(next));
            audit.append(officer.username(), "application.finalised", next.id().toString(),
                    Map.of("receiptNumber", receipt, "recordHash", queued.recordHash(),
                            "deviceSeq", String.valueOf(queued.deviceSeq())));
            return next;
        });
    }

    /**
     * Every reason finalising {@code draft} would be refused now: the workflow's guards, and same-day
     * express while the centre is unreachable. Reads nothing from the store; empty when it may go.
     */
    public List<Message> finaliseRefusals(Application draft, Officer officer) {
        List<Message> refused = new ArrayList<>(Workflow.check(draft, ApplicationState.FINALISED, context(officer))
                .reasons());
        ExpressRule.refusal(draft.service(), outage.status()).ifPresent(refused::add);
        return refused;
    }

    private TransitionContext context(Officer officer) {
        return TransitionContext.of(officer.username(), ActorRole.fromName(officer.role().name()), clock);
    }

    /**
     * Applies a decision the centre reported through the status feed (APPROVED, REJECTED with its
     * reason, PRINTED) through the workflow, as actor {@value #CENTRE_ACTOR}, and audits it, in the
     * caller's transaction if any (the sync ledger advances its feed cursor in the same one).
     * The application's outbox rows are not touched: the centre already holds the record.
     *
     * @param feedCursor the status feed position of the decision, kept in the audit entry
     * @throws WorkflowRefusal when the application is unknown or the workflow refuses the change
     */
    public Application applyCentreDecision(UUID id, ApplicationState target, String reason, long feedCursor) {
        return store.inTransaction(c -> {
            Application app = applications.findForUpdate(c, id)
                    .orElseThrow(() -> new WorkflowRefusal(List.of(Message.of("application.unknown", id))));
            TransitionContext ctx = new TransitionContext(CENTRE_ACTOR, ActorRole.CENTRE, clock, reason);
            Application next = Workflow.apply(app, target, ctx);
            applications.write(c, next);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("from", app.state().name());
            details.put("feedCursor", String.valueOf(feedCursor));
            if (reason != null && !reason.isBlank()) {
                details.put("reason", reason.strip());
            }
            audit.append(CENTRE_ACTOR, "application.centre." + target.name().toLowerCase(Locale.ROOT),
                    id.toString(), details);
            return next;
        });
    }

    private List<Message> missingImages(Application app) {
        List<Message> missing = new ArrayList<>();
        if (app.photo() != null && !blobs.exists(app.photo().imageHash())) {
            missing.add(Message.of("application.imageMissing.photo"));
        }
        for (FingerCapture f : app.fingerprints().fingers()) {
            if (f.imageHash() != null && !blobs.exists(f.imageHash())) {
                missing.add(Message.of("application.imageMissing.finger", f.finger()));
            }
        }
        return missing;
    }
}
