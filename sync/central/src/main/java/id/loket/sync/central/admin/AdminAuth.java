package id.loket.sync.central.admin;

import id.loket.sync.central.http.ApiException;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Headers;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The before-handler of {@code /v1/admin/*}: {@code Authorization: Bearer <token>} set at the centre's start. */
public final class AdminAuth {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    /** @param token the administrator token, or null to switch the administrator endpoints off */
    public AdminAuth(String token) {
        this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
    }

    public void check(Context ctx) {
        if (token == null) {
            throw forbidden("administrator endpoints are off: start the centre with an administrator token");
        }
        String header = ctx.header(Headers.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER)) {
            throw forbidden("an administrator token is required (Authorization: Bearer ...)");
        }
        byte[] given = header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, given)) {
            throw forbidden("wrong administrator token");
        }
    }

    private static ApiException forbidden(String message) {
        return new ApiException(403, ErrorCode.FORBIDDEN, message);
    }
}
