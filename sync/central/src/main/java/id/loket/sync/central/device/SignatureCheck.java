package id.loket.sync.central.device;

import id.loket.sync.central.http.ApiException;
import id.loket.sync.central.http.Bodies;
import id.loket.sync.central.http.Limits;
import id.loket.sync.central.http.PackBody;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.security.RequestSigning;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * The before-handler of every signed device endpoint (docs/sync-protocol.md, Authentication):
 * the device must be enrolled, the body as received must hash to {@code Loket-Content-SHA256} (for a
 * blob pack, its head: ADR 0018; only the head is read here, the blobs after the signature verified,
 * as they arrive: ADR 0020),
 * and {@code Loket-Signature} must verify over method, path with query, device, timestamp and
 * that hash with the enrolled key. Only then do handlers parse the body
 * ({@link #body(Context)}, {@link #pack(Context)}) on behalf of {@link #device(Context)}.
 */
public final class SignatureCheck {

    private static final String DEVICE_ATTRIBUTE = "loket.device";
    private static final String PACK_ATTRIBUTE = "loket.pack";

    private final DeviceRegistry devices;

    public SignatureCheck(DeviceRegistry devices) {
        this.devices = devices;
    }

    public void check(Context ctx) {
        String deviceId = required(ctx, Headers.DEVICE);
        String timestamp = required(ctx, Headers.TIMESTAMP);
        String contentSha = required(ctx, Headers.CONTENT_SHA256);
        String signature = required(ctx, Headers.SIGNATURE);
        Device device = devices.find(deviceId).orElseThrow(() -> new ApiException(401, ErrorCode.UNKNOWN_DEVICE,
                "device " + deviceId + " is not enrolled"));
        if (device.revoked()) {
            throw new ApiException(401, ErrorCode.UNKNOWN_DEVICE, "device " + deviceId + " was revoked at "
                    + device.revokedAt() + " (" + device.revokedReason() + "); it must be enrolled again as a new device");
        }
        if (ctx.path().equals(Paths.BLOB_PACKS)) {
            PackBody pack = PackBody.read(ctx, contentSha)
                    .orElseThrow(() -> badSignature("the pack does not match " + Headers.CONTENT_SHA256));
            ctx.attribute(PACK_ATTRIBUTE, pack);
        } else if (!RequestSigning.contentSha256(ctx.path(), Bodies.read(ctx, limit(ctx))).equals(contentSha)) {
            throw badSignature("the body does not match " + Headers.CONTENT_SHA256);
        }
        String query = ctx.req().getQueryString();
        String pathAndQuery = ctx.req().getRequestURI() + (query == null ? "" : "?" + query);
        byte[] payload = RequestSigning.payload(ctx.method().name(), pathAndQuery, deviceId, timestamp, contentSha);
        if (!RequestSigning.verify(device.publicKey(), payload, signature)) {
            throw badSignature("the signature does not verify with the key enrolled for " + deviceId);
        }
        ctx.attribute(DEVICE_ATTRIBUTE, device);
    }

    /** The device that signed this request (set by {@link #check}). */
    public static Device device(Context ctx) {
        Device device = ctx.attribute(DEVICE_ATTRIBUTE);
        if (device == null) {
            throw new IllegalStateException("no signature check ran for " + ctx.path());
        }
        return device;
    }

    /** The verified body as received. */
    public static byte[] body(Context ctx) {
        return Bodies.cached(ctx);
    }

    /** A blob pack's verified head, and its blobs still to be read (ADR 0020). */
    public static PackBody pack(Context ctx) {
        PackBody pack = ctx.attribute(PACK_ATTRIBUTE);
        if (pack == null) {
            throw new IllegalStateException("no pack was read for " + ctx.path());
        }
        return pack;
    }

    private static int limit(Context ctx) {
        if (ctx.method() == HandlerType.PATCH) {
            return Limits.MAX_CHUNK_BYTES;
        }
        if (ctx.path().equals(Paths.BATCHES)) {
            return Limits.MAX_BATCH_BODY_BYTES;
        }
        return Limits.MAX_JSON_BODY_BYTES;
    }

    private static String required(Context ctx, String header) {
        String value = ctx.header(header);
        if (value == null || value.isBlank()) {
            throw badSignature("the " + header + " header is missing");
        }
        return value.strip();
    }

    private static ApiException badSignature(String message) {
        return new ApiException(401, ErrorCode.BAD_SIGNATURE, message);
    }
}
