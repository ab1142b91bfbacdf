package id.loket.sync.agent.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.ErrorReply;
import id.loket.sync.protocol.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

/** Reads the centre's replies with a size limit, and turns non-2xx replies into {@link CentreException}s. */
final class Replies {

    /** Largest error body read (an {@code ErrorReply} is a few hundred bytes). */
    static final int MAX_ERROR_BYTES = 64 * 1024;

    private final ObjectMapper mapper;
    private final Clock clock;

    Replies(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * The parsed body of a successful reply.
     *
     * @throws CentreException        for a non-2xx reply
     * @throws HostileReplyException  when the body is larger than {@code maxBytes} or not a {@code type}
     */
    <T> T json(Response response, Class<T> type, int maxBytes) throws IOException {
        requireSuccess(response);
        byte[] body = body(response, maxBytes);
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (IOException e) {
            throw new HostileReplyException("the body is not a " + type.getSimpleName(), e);
        }
        if (value == null) {
            throw new HostileReplyException("the body is empty where a " + type.getSimpleName() + " was due");
        }
        return value;
    }

    /** Throws the reply's error unless it is a 2xx. */
    void requireSuccess(Response response) throws IOException {
        if (response.isSuccessful()) {
            return;
        }
        ErrorCode code = CentreException.codeFor(response.code());
        String message = null;
        try {
            ErrorReply reply = mapper.readValue(body(response, MAX_ERROR_BYTES), ErrorReply.class);
            if (reply != null && reply.code() != null) {
                code = reply.code();
                message = reply.message();
            }
        } catch (IOException | HostileReplyException unreadable) {
            // not an ErrorReply (a proxy's page, a cut body): the status decides
        }
        throw new CentreException(response.code(), code, message,
                RetryAfter.parse(response.header(Headers.RETRY_AFTER), clock));
    }

    /** At most {@code maxBytes} of the body; more is a hostile reply. */
    static byte[] body(Response response, int maxBytes) throws IOException {
        ResponseBody body = response.body();
        if (body.contentLength() > maxBytes) {
            throw new HostileReplyException("the body of " + body.contentLength() + " bytes exceeds "
                    + maxBytes + " bytes");
        }
        try (InputStream in = body.byteStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new HostileReplyException("the body exceeds " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    /** A numeric header, or a hostile reply when it is missing or not a number. */
    static long longHeader(Response response, String name) {
        String value = response.header(name);
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new HostileReplyException("header " + name + " is missing or not a number: " + value);
        }
    }
}
