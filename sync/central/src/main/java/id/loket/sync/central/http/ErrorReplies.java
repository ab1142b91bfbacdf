package id.loket.sync.central.http;

import id.loket.sync.central.store.StoreException;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.ErrorReply;
import id.loket.sync.protocol.Headers;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into an {@link ErrorReply} with a stable code; only real faults are a 5xx. */
public final class ErrorReplies {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReplies.class);

    private ErrorReplies() {
    }

    public static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            reply(ctx, e.status(), e.code(), e.getMessage());
            LOG.debug("{} {} -> {} {}", ctx.method(), ctx.path(), e.status(), e.code().code());
        });
        app.exception(StoreException.class, (e, ctx) -> {
            if (e.transientFailure()) {
                LOG.warn("{} {}: database busy or unreachable: {}", ctx.method(), ctx.path(), e.getMessage());
                ctx.header(Headers.RETRY_AFTER, "2");
                reply(ctx, 503, ErrorCode.RETRY_LATER, "the database is busy or unreachable");
            } else {
                LOG.error("{} {}: database failure", ctx.method(), ctx.path(), e);
                reply(ctx, 500, ErrorCode.INTERNAL, "database failure");
            }
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            ErrorCode code = switch (status) {
                case 404 -> ErrorCode.NOT_FOUND;
                case 413 -> ErrorCode.TOO_LARGE;
                case 503 -> ErrorCode.RETRY_LATER;
                default -> status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST;
            };
            reply(ctx, status, code, e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {}: unexpected failure", ctx.method(), ctx.path(), e);
            reply(ctx, 500, ErrorCode.INTERNAL, "unexpected failure at the centre");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null) {
                reply(ctx, 404, ErrorCode.NOT_FOUND, "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> {
            if (ctx.result() == null) {
                reply(ctx, 405, ErrorCode.BAD_REQUEST, "method not allowed here");
            }
        });
    }

    public static void reply(Context ctx, int status, ErrorCode code, String message) {
        ctx.status(status).json(new ErrorReply(code, message));
    }
}
