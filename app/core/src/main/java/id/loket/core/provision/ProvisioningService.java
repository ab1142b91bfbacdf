package id.loket.core.provision;

import id.loket.core.application.Lane;
import id.loket.core.audit.AuditLog;
import id.loket.core.biometric.Finger;
import id.loket.core.device.DeviceProfile;
import id.loket.core.device.DeviceProfiles;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.officer.OfficerService;
import id.loket.core.officer.Role;
import id.loket.core.queue.LaneQuotas;
import id.loket.core.queue.QueueSettings;
import id.loket.core.store.LoketStore;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a checked {@link Provisioning} to this device in one transaction: the device profile
 * (office, counter; the device id is kept), the office settings, the lane quotas, and one audit
 * entry {@code device.provisioned} (never with the enrollment token). Enrolling with the centre
 * is the caller's next step (it needs the network). On the first run (no officer yet) anyone at
 * the machine may provision it; afterwards only an administrator.
 */
public final class ProvisioningService {

    /** The audit action of a provisioning. */
    public static final String AUDIT_ACTION = "device.provisioned";

    private final LoketStore store;
    private final DeviceProfiles devices;
    private final OfficerService officers;
    private final QueueSettings queue;
    private final AuditLog audit;
    private final OfficeSettingsStore settings;
    private final Clock clock;

    public ProvisioningService(LoketStore store, DeviceProfiles devices, OfficerService officers, QueueSettings queue,
                               AuditLog audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.officers = Objects.requireNonNull(officers, "officers");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.settings = new OfficeSettingsStore(store);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The saved office settings and the capture settings derived from them. */
    public OfficeSettingsStore settings() {
        return settings;
    }

    /**
     * Provisions a device that has no officer yet (the first-run wizard, IT's provisioning file).
     *
     * @param actor who provisions, for the audit log (the administrator about to be created, or
     *              the operating-system account running the command)
     * @throws ProvisioningRefusal once any officer exists: then only an administrator may
     */
    public OfficeSettings provisionFirstRun(Provisioning provisioning, String actor) {
        Objects.requireNonNull(actor, "actor");
        return store.inTransaction(c -> {
            if (officers.hasOfficers()) {
                throw new ProvisioningRefusal(Message.of("provision.refused.hasOfficers"));
            }
            return apply(provisioning, actor);
        });
    }

    /**
     * Provisions the device again, by an administrator.
     *
     * @throws ProvisioningRefusal when {@code administrator} is not an administrator
     */
    public OfficeSettings provision(Provisioning provisioning, Officer administrator) {
        Objects.requireNonNull(administrator, "administrator");
        if (administrator.role() != Role.ADMINISTRATOR || !administrator.active()) {
            throw new ProvisioningRefusal(Message.of("provision.refused.notAdministrator"));
        }
        return store.inTransaction(c -> apply(provisioning, administrator.username()));
    }

    /**
     * What is set up now, as input for the wizard to start from: blank office and counter before
     * the first setup, the defaults for what was never provisioned; "enroll later" (no token).
     */
    public ProvisioningInput currentInput() {
        return store.read(c -> {
            Optional<DeviceProfile> profile = devices.current();
            Optional<OfficeSettings> saved = settings.current();
            CaptureSettings capture = settings.capture();
            LaneQuotas quotas = queue.quotas();
            Map<String, String> quotaText = new LinkedHashMap<>();
            for (Lane lane : Lane.values()) {
                quotaText.put(lane.name(), String.valueOf(quotas.of(lane)));
            }
            return ProvisioningInput.typed(profile.map(DeviceProfile::officeCode).orElse(""),
                    saved.map(OfficeSettings::officeName).orElse(""),
                    profile.map(p -> String.valueOf(p.counterNumber())).orElse(""),
                    saved.map(OfficeSettings::centreUrl).orElse(""), "", true,
                    capture.fingers().fingers().stream().map(Finger::name).toList(),
                    String.valueOf(capture.qualityThreshold()), quotaText);
        });
    }

    private OfficeSettings apply(Provisioning p, String actor) {
        devices.save(p.officeCode(), p.counter());
        OfficeSettings saved = new OfficeSettings(p.officeName(), p.centreUrl(), p.fingers(), p.qualityThreshold(),
                actor, clock.instant());
        store.inTransaction(c -> {
            OfficeSettingsStore.write(c, saved);
            return null;
        });
        queue.provisionQuotas(p.quotas(), actor);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("officeCode", p.officeCode());
        details.put("officeName", p.officeName());
        details.put("counter", String.valueOf(p.counter()));
        details.put("centreUrl", String.valueOf(p.centreUrl()));
        details.put("enrollsNow", String.valueOf(p.enrollsNow()));
        details.put("fingers", p.fingers().format());
        details.put("qualityThreshold", String.valueOf(p.qualityThreshold()));
        audit.append(actor, AUDIT_ACTION, p.officeCode() + "-" + p.counter(), details);
        return saved;
    }
}
