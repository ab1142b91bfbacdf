package id.loket.sync.central.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.central.device.SignatureCheck;
import id.loket.sync.central.http.ApiException;
import id.loket.sync.central.http.Bodies;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Gzip;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.ProtocolVersion;
import id.loket.sync.protocol.batch.BatchEnvelope;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/** {@code POST /v1/batches}: a signed, gzip-compressed {@link BatchEnvelope}. */
public final class BatchApi {

    private final BatchIngest ingest;
    private final ObjectMapper mapper;

    public BatchApi(BatchIngest ingest, ObjectMapper mapper) {
        this.ingest = ingest;
        this.mapper = mapper;
    }

    public void register(Javalin app) {
        app.post(Paths.BATCHES, this::post);
    }

    private void post(Context ctx) {
        String deviceId = SignatureCheck.device(ctx).deviceId();
        BatchEnvelope envelope = Bodies.parse(mapper, inflate(ctx), BatchEnvelope.class);
        if (envelope.protocolVersion() != ProtocolVersion.CURRENT) {
            throw new ApiException(400, ErrorCode.UNSUPPORTED_VERSION, "protocol version "
                    + envelope.protocolVersion() + " is not spoken here (" + ProtocolVersion.CURRENT + ")");
        }
        if (!deviceId.equals(envelope.deviceId())) {
            throw ApiException.badRequest("the batch names device " + envelope.deviceId() + " but " + deviceId + " signed it");
        }
        if (envelope.records() == null) {
            throw ApiException.badRequest("records are required");
        }
        if (envelope.records().size() > BatchEnvelope.MAX_RECORDS) {
            throw ApiException.tooLarge("at most " + BatchEnvelope.MAX_RECORDS + " records per batch");
        }
        ctx.json(ingest.ingest(deviceId, envelope));
    }

    private static byte[] inflate(Context ctx) {
        String encoding = ctx.header("Content-Encoding");
        if (encoding == null || !encoding.strip().equalsIgnoreCase("gzip")) {
            throw new ApiException(415, ErrorCode.BAD_REQUEST, "a batch is sent gzip-compressed (Content-Encoding: gzip)");
        }
        try {
            return Gzip.decompress(new ByteArrayInputStream(SignatureCheck.body(ctx)), BatchEnvelope.MAX_JSON_BYTES);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("inflates beyond")) {
                throw ApiException.tooLarge("the batch inflates beyond " + BatchEnvelope.MAX_JSON_BYTES + " bytes");
            }
            throw ApiException.badRequest("the body is not valid gzip");
        }
    }
}
