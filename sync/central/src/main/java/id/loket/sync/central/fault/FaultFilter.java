package id.loket.sync.central.fault;

import id.loket.sync.central.http.ApiException;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Paths;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Runs first for every request outside {@code /v1/admin}: records the observation, then applies an
 * armed {@link FaultRule}. A crash after commit lets the handler commit and then aborts the
 * connection in the after-handler, before Javalin writes any byte of the reply.
 */
public final class FaultFilter {

    private static final Logger LOG = LoggerFactory.getLogger(FaultFilter.class);
    private static final String CRASH = "loket.fault.crash";
    private static final String UPLOAD_PREFIX = Paths.UPLOADS + "/";

    private final Faults faults;
    private final Observations observations;

    public FaultFilter(Faults faults, Observations observations) {
        this.faults = faults;
        this.observations = observations;
    }

    public void before(Context ctx) throws InterruptedException {
        String path = ctx.path();
        if (path.startsWith(Paths.ADMIN)) {
            return;
        }
        String method = ctx.method().name();
        observations.arrived(endpoint(method, path));
        if (ctx.method() == HandlerType.PATCH && path.startsWith(UPLOAD_PREFIX)) {
            observations.patchStarted(path.substring(UPLOAD_PREFIX.length()), offset(ctx.header(Headers.UPLOAD_OFFSET)));
        }
        FaultRule rule = faults.take(method, path).orElse(null);
        if (rule == null) {
            return;
        }
        LOG.info("fault {} on {} {}", rule.kind(), method, path);
        switch (rule.kind()) {
            case HTTP_503 -> throw ApiException.retryLater(rule.retryAfterSeconds(), "fault injection: the centre is busy");
            case HTTP_500 -> throw new ApiException(500, ErrorCode.INTERNAL, "fault injection: internal failure");
            case STALL -> Thread.sleep(Duration.ofMillis(rule.stallMillis()));
            case CRASH_AFTER_COMMIT -> ctx.attribute(CRASH, Boolean.TRUE);
        }
    }

    public void after(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(CRASH))) {
            LOG.info("fault CRASH_AFTER_COMMIT: dropping the connection of {} {} without a reply", ctx.method(), ctx.path());
            // closing the connection's end point: Jetty's own attempt to send the reply then fails quietly
            Request.getBaseRequest(ctx.req()).getHttpChannel().getEndPoint().close();
        }
    }

    /** The endpoint a request counts under, e.g. {@code PATCH /v1/uploads/{id}}. */
    static String endpoint(String method, String path) {
        String template = path.startsWith(UPLOAD_PREFIX) ? UPLOAD_PREFIX + "{id}" : path;
        boolean known = template.equals(UPLOAD_PREFIX + "{id}") || template.equals(Paths.HEALTH)
                || template.equals(Paths.DEVICES) || template.equals(Paths.BLOBS_MISSING)
                || template.equals(Paths.BLOB_PACKS)
                || template.equals(Paths.UPLOADS) || template.equals(Paths.BATCHES)
                || template.equals(Paths.STATUS) || template.equals(Paths.APPOINTMENTS);
        return method + " " + (known ? template : "(other)");
    }

    private static long offset(String header) {
        try {
            return header == null ? -1 : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
