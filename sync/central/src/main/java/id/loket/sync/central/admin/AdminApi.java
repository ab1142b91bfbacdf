package id.loket.sync.central.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.central.appointment.AppointmentCsv;
import id.loket.sync.central.appointment.AppointmentStore;
import id.loket.sync.central.blob.BlobStore;
import id.loket.sync.central.device.EnrollmentTokens;
import id.loket.sync.central.fault.FaultRule;
import id.loket.sync.central.fault.Faults;
import id.loket.sync.central.fault.Observations;
import id.loket.sync.central.http.ApiException;
import id.loket.sync.central.http.Bodies;
import id.loket.sync.central.http.Limits;
import id.loket.sync.central.ingest.RecordStore;
import id.loket.sync.central.ingest.StoredRecord;
import id.loket.sync.central.status.StatusFeed;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.status.DecisionRequest;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * The administrator endpoints (Bearer token): adjudication, enrollment tokens, appointments,
 * and the test hooks (stored records and blobs, faults, observations).
 */
public final class AdminApi {

    private final EnrollmentTokens tokens;
    private final StatusFeed status;
    private final RecordStore records;
    private final BlobStore blobs;
    private final AppointmentStore appointments;
    private final Faults faults;
    private final Observations observations;
    private final ObjectMapper mapper;

    public AdminApi(EnrollmentTokens tokens, StatusFeed status, RecordStore records, BlobStore blobs,
                    AppointmentStore appointments, Faults faults, Observations observations, ObjectMapper mapper) {
        this.tokens = tokens;
        this.status = status;
        this.records = records;
        this.blobs = blobs;
        this.appointments = appointments;
        this.faults = faults;
        this.observations = observations;
        this.mapper = mapper;
    }

    public void register(Javalin app, AdminAuth auth) {
        app.before(Paths.ADMIN + "/*", auth::check);
        app.post(Paths.ADMIN + "/tokens", this::issueToken);
        app.post(Paths.ADMIN + "/records/{id}/decision", this::decide);
        app.get(Paths.ADMIN + "/records/{id}", this::record);
        app.get(Paths.ADMIN + "/blobs/{hash}", this::blob);
        app.post(Paths.ADMIN + "/appointments", this::importAppointments);
        app.get(Paths.ADMIN + "/faults", ctx -> ctx.json(new AdminTypes.FaultList(faults.active())));
        app.post(Paths.ADMIN + "/faults", this::addFault);
        app.delete(Paths.ADMIN + "/faults", ctx -> {
            faults.clear();
            ctx.status(204);
        });
        app.get(Paths.ADMIN + "/observations", ctx -> ctx.json(observations.snapshot()));
        app.delete(Paths.ADMIN + "/observations", ctx -> {
            observations.reset();
            ctx.status(204);
        });
    }

    private void issueToken(Context ctx) {
        AdminTypes.TokenRequest request = json(ctx, AdminTypes.TokenRequest.class);
        Duration validity = request.validHours() == null ? EnrollmentTokens.DEFAULT_VALIDITY
                : Duration.ofHours(request.validHours());
        try {
            EnrollmentTokens.Issued issued = tokens.issue(request.officeCode(), request.counter(), validity);
            ctx.status(201).json(new AdminTypes.TokenReply(issued.token(), issued.officeCode(), issued.counter(),
                    issued.expiresAt()));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private void decide(Context ctx) {
        status.decide(recordId(ctx), json(ctx, DecisionRequest.class));
        ctx.status(204);
    }

    private void record(Context ctx) throws IOException {
        StoredRecord r = records.find(recordId(ctx)).orElseThrow(() -> ApiException.notFound("no such record"));
        ctx.json(new AdminTypes.RecordView(r.recordId(), r.deviceId(), r.deviceSeq(), r.recordHash(), r.kind(),
                r.capturedAt(), r.blobHashes(), mapper.readTree(r.body()), r.receivedAt(), r.receipt(), r.lastDecision()));
    }

    private void blob(Context ctx) {
        byte[] data = blobs.read(ctx.pathParam("hash")).orElseThrow(() -> ApiException.notFound("no such blob"));
        ctx.contentType("application/octet-stream").result(data);
    }

    private void importAppointments(Context ctx) throws IOException {
        String csv = new String(Bodies.read(ctx, Limits.MAX_CSV_BYTES), StandardCharsets.UTF_8);
        try {
            ctx.json(new AdminTypes.ImportReply(appointments.importAll(AppointmentCsv.parse(new StringReader(csv)))));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private void addFault(Context ctx) {
        byte[] body = Bodies.read(ctx, Limits.MAX_JSON_BODY_BYTES);
        try {
            faults.add(Bodies.parse(mapper, body, FaultRule.class));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ctx.status(204);
    }

    private <T> T json(Context ctx, Class<T> type) {
        return Bodies.parse(mapper, Bodies.read(ctx, Limits.MAX_JSON_BODY_BYTES), type);
    }

    private static UUID recordId(Context ctx) {
        try {
            return UUID.fromString(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("a record id is a UUID");
        }
    }
}
