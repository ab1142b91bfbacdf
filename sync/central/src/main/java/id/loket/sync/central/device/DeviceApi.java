package id.loket.sync.central.device;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.central.http.Bodies;
import id.loket.sync.central.http.Limits;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.enroll.EnrollRequest;
import io.javalin.Javalin;

/**
 * {@code POST /v1/devices}: enrollment (unsigned; the device has no registered key yet); and
 * {@code POST /v1/admin/devices/{id}/revoke} (ADR 0019), behind the administrator token that
 * {@link id.loket.sync.central.admin.AdminApi} checks for every {@code /v1/admin/*} path.
 */
public final class DeviceApi {

    private DeviceApi() {
    }

    /** Why a device is revoked (kept with it, shown to whoever looks it up). */
    public record RevokeRequest(String reason) {
    }

    /** {@code revoked}: false when it had been revoked before. */
    public record RevokeReply(String deviceId, boolean revoked) {
    }

    public static void register(Javalin app, DeviceRegistry devices, ObjectMapper mapper) {
        app.post(Paths.DEVICES, ctx -> {
            EnrollRequest request = Bodies.parse(mapper, Bodies.read(ctx, Limits.MAX_JSON_BODY_BYTES), EnrollRequest.class);
            ctx.status(201).json(devices.enroll(request));
        });
        app.post(Paths.ADMIN + "/devices/{id}/revoke", ctx -> {
            RevokeRequest request = Bodies.parse(mapper, Bodies.read(ctx, Limits.MAX_JSON_BODY_BYTES), RevokeRequest.class);
            boolean changed = devices.revoke(ctx.pathParam("id"), "admin api", request.reason());
            ctx.json(new RevokeReply(ctx.pathParam("id"), changed));
        });
    }
}
