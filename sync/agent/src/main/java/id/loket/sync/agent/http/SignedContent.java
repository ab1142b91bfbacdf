package id.loket.sync.agent.http;

/**
 * The content hash a request is signed with when it is not the hash of its whole body: a blob
 * pack's is the hash of its head (ADR 0018). Set as the request's tag; {@link RequestSigner} uses it.
 *
 * @param sha256 lower-case hex SHA-256
 */
record SignedContent(String sha256) {
}
