package id.loket.sync.central.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads request bodies with a hard size limit (never more than the limit plus one byte) and
 * parses JSON into wire types; anything malformed becomes a clear 4xx, never a 500.
 */
public final class Bodies {

    private static final String ATTRIBUTE = "loket.body";

    private Bodies() {
    }

    /** The body as received, read once per request and kept for later handlers. */
    public static byte[] read(Context ctx, int limit) {
        byte[] cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw ApiException.tooLarge("the body has " + declared + " bytes; at most " + limit + " are accepted here");
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = declared >= 0 ? declaredLength(in, (int) declared) : in.readNBytes(limit + 1);
        } catch (IOException e) {
            throw ApiException.badRequest("the request body could not be read: " + e.getClass().getSimpleName());
        }
        if (body.length > limit) {
            throw ApiException.tooLarge("the body exceeds " + limit + " bytes");
        }
        ctx.attribute(ATTRIBUTE, body);
        return body;
    }

    /**
     * Reads a body of a declared length straight into one array of that size (a 4 MiB pack is
     * copied once, not gathered in pieces and copied again); a body that ends early or runs on is
     * a 400.
     */
    private static byte[] declaredLength(InputStream in, int declared) throws IOException {
        byte[] body = new byte[declared];
        int read = in.readNBytes(body, 0, declared);
        if (read < declared) {
            throw ApiException.badRequest("the body ended after " + read + " of its " + declared + " bytes");
        }
        if (in.read() != -1) {
            throw ApiException.badRequest("the body runs past its declared length " + declared);
        }
        return body;
    }

    /** The body a before-handler already read. */
    public static byte[] cached(Context ctx) {
        byte[] cached = ctx.attribute(ATTRIBUTE);
        if (cached == null) {
            throw new IllegalStateException("the body of " + ctx.path() + " was not read yet");
        }
        return cached;
    }

    /** Parses JSON; a malformed or empty document is a 400. */
    public static <T> T parse(ObjectMapper mapper, byte[] json, Class<T> type) {
        try {
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw ApiException.badRequest("expected a " + type.getSimpleName() + " JSON object");
            }
            return value;
        } catch (JacksonException e) {
            throw ApiException.badRequest("malformed " + type.getSimpleName() + " JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable " + type.getSimpleName() + " JSON");
        }
    }

    /** A required query parameter. */
    public static String query(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("query parameter '" + name + "' is required");
        }
        return value;
    }

    /** A long query parameter with a default. */
    public static long queryLong(Context ctx, String name, long fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("query parameter '" + name + "' must be a whole number");
        }
    }
}
