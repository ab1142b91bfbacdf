package id.loket.sync.central.appointment;

import id.loket.sync.central.device.Device;
import id.loket.sync.central.device.SignatureCheck;
import id.loket.sync.central.http.ApiException;
import id.loket.sync.central.http.Bodies;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Paths;
import io.javalin.Javalin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code GET /v1/appointments?office=O&date=D}: signed; a device sees its own office's appointments only. */
public final class AppointmentApi {

    private AppointmentApi() {
    }

    public static void register(Javalin app, AppointmentStore store) {
        app.get(Paths.APPOINTMENTS, ctx -> {
            Device device = SignatureCheck.device(ctx);
            String office = Bodies.query(ctx, "office");
            LocalDate date;
            try {
                date = LocalDate.parse(Bodies.query(ctx, "date"));
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("date must be an ISO date such as 2026-11-23");
            }
            if (!office.equals(device.officeCode())) {
                throw new ApiException(403, ErrorCode.FORBIDDEN,
                        "device " + device.deviceId() + " is enrolled for office " + device.officeCode() + ", not " + office);
            }
            ctx.json(store.day(office, date));
        });
    }
}
