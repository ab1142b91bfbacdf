package id.loket.desktop.provision;

import id.loket.core.CoreServices;
import id.loket.core.officer.Officer;
import id.loket.core.provision.OfficeSettings;
import id.loket.core.provision.Provisioning;
import id.loket.desktop.sync.CoreDeviceLedger;
import id.loket.sync.agent.enroll.DeviceEnrollment;
import id.loket.sync.protocol.enroll.EnrollReply;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Provisions this device and, when the provisioning carries a token, enrolls it with the centre
 * through the sync agent's enrollment (the same code as {@code loket sync enroll}). The settings
 * are saved first (enrolling needs the office and counter); when enrolling then fails, they stay
 * saved and the device enrolls later. Blocking: call it off the FX thread.
 */
public final class DeviceProvisioner {

    private final CoreServices core;
    private final Supplier<OkHttpClient> http;
    private final Clock clock;

    public DeviceProvisioner(CoreServices core, OkHttpClient http, Clock clock) {
        this(core, () -> http, clock);
        Objects.requireNonNull(http, "http");
    }

    /** With the HTTP client asked for only when enrolling (it may still be being made at start-up). */
    public DeviceProvisioner(CoreServices core, Supplier<OkHttpClient> http, Clock clock) {
        this.core = Objects.requireNonNull(core, "core");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Provisions a device without officers (first run, IT's file) and enrolls it when a token is given. */
    public OfficeSettings provisionFirstRun(Provisioning provisioning, String actor) throws IOException {
        OfficeSettings saved = core.provisioning().provisionFirstRun(provisioning, actor);
        enrollIfAsked(provisioning);
        return saved;
    }

    /** Provisions the device again, by an administrator, and enrolls it when a token is given. */
    public OfficeSettings provision(Provisioning provisioning, Officer administrator) throws IOException {
        OfficeSettings saved = core.provisioning().provision(provisioning, administrator);
        enrollIfAsked(provisioning);
        return saved;
    }

    /**
     * Enrolls with the centre at {@code centreUrl} using a one-time token.
     *
     * @throws IOException when the centre cannot be reached
     * @throws id.loket.sync.agent.http.CentreException when the centre refuses (a used or wrong token)
     */
    public EnrollReply enroll(String centreUrl, String token) throws IOException {
        return DeviceEnrollment.enroll(new CoreDeviceLedger(core), http.get(), HttpUrl.get(centreUrl), token, clock);
    }

    private void enrollIfAsked(Provisioning provisioning) throws IOException {
        if (provisioning.enrollsNow()) {
            enroll(provisioning.centreUrl(), provisioning.enrollmentToken());
        }
    }
}
