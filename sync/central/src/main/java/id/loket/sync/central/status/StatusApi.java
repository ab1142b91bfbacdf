package id.loket.sync.central.status;

import id.loket.sync.central.device.SignatureCheck;
import id.loket.sync.central.http.ApiException;
import id.loket.sync.central.http.Bodies;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.status.StatusPage;
import io.javalin.Javalin;

/** {@code GET /v1/status?after=C&limit=N}: the signing device's decisions after a cursor. */
public final class StatusApi {

    public static final int DEFAULT_LIMIT = 100;

    private StatusApi() {
    }

    public static void register(Javalin app, StatusFeed feed) {
        app.get(Paths.STATUS, ctx -> {
            long after = Bodies.queryLong(ctx, "after", 0);
            long limit = Bodies.queryLong(ctx, "limit", DEFAULT_LIMIT);
            if (after < 0 || limit < 1) {
                throw ApiException.badRequest("after must be >= 0 and limit >= 1");
            }
            int capped = (int) Math.min(limit, StatusPage.MAX_LIMIT);
            ctx.json(feed.page(SignatureCheck.device(ctx).deviceId(), after, capped));
        });
    }
}
