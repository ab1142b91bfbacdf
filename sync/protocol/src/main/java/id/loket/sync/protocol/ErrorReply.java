package id.loket.sync.protocol;

/**
 * The body of every non-2xx reply.
 *
 * @param code    stable code, see {@link ErrorCode}
 * @param message a human explanation in English for logs and operators (clients show their own text)
 */
public record ErrorReply(ErrorCode code, String message) {
}
