package id.loket.sync.central.device;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.central.http.Bodies;
import id.loket.sync.central.http.Limits;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.enroll.EnrollRequest;
import io.javalin.Javalin;

/** {@code POST /v1/devices}: enrollment (unsigned; the device has no registered key yet). */
public final class DeviceApi {

    private DeviceApi() {
    }

    public static void register(Javalin app, DeviceRegistry devices, ObjectMapper mapper) {
        app.post(Paths.DEVICES, ctx -> {
            EnrollRequest request = Bodies.parse(mapper, Bodies.read(ctx, Limits.MAX_JSON_BODY_BYTES), EnrollRequest.class);
            ctx.status(201).json(devices.enroll(request));
        });
    }
}
