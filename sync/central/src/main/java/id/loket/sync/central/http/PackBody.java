package id.loket.sync.central.http;

import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.blob.BlobPack;
import id.loket.sync.protocol.security.RequestSigning;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The body of a blob pack, read in two steps (ADR 0020): first its head, which the signature
 * covers (ADR 0018), then, once that signature verified, the manifest is parsed and the blobs are
 * read as they arrive, each hashed against its address and stored while the next is still on the
 * wire. The body is never held whole.
 *
 * @param head     the head as received ("LKP1", the manifest's length, the manifest)
 * @param blobs    the rest of the body
 * @param declared the body's declared length, or -1
 */
public record PackBody(byte[] head, InputStream blobs, long declared) {

    /**
     * Reads the head of the request's pack and returns the body when {@code contentSha} is the
     * hash of that head (ADR 0018); empty when it is not, and then not one blob byte was read.
     * Nothing is parsed before the caller verified the signature over {@code contentSha}.
     *
     * @throws ApiException 413 when the declared length is over the limit, 400 when the body does
     *                      not start like a pack or cannot be read
     */
    public static Optional<PackBody> read(Context ctx, String contentSha) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > BlobPack.MAX_BODY_BYTES) {
            throw ApiException.tooLarge("the body has " + declared + " bytes; at most "
                    + BlobPack.MAX_BODY_BYTES + " are accepted here");
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] head = BlobPack.readHead(in);
            return RequestSigning.contentSha256(Paths.BLOB_PACKS, head).equals(contentSha)
                    ? Optional.of(new PackBody(head, in, declared))
                    : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            throw ApiException.badRequest("malformed blob pack: " + malformed.getMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("the request body could not be read: " + e.getMessage());
        }
    }

    /**
     * The blobs the manifest lists, once the signature over the head verified.
     *
     * @throws ApiException 400 when the manifest is malformed or the declared length disagrees with it
     */
    public List<BlobPack.Entry> entries() {
        List<BlobPack.Entry> entries;
        try {
            entries = BlobPack.entries(head);
        } catch (IllegalArgumentException malformed) {
            throw ApiException.badRequest("malformed blob pack: " + malformed.getMessage());
        }
        long expected = head.length + entries.stream().mapToLong(BlobPack.Entry::size).sum();
        if (declared >= 0 && declared != expected) {
            throw ApiException.badRequest("malformed blob pack: the body has " + declared
                    + " bytes, its manifest makes " + expected);
        }
        return entries;
    }

    /**
     * Reads the next blob, of {@code size} bytes, into {@code buffer}.
     *
     * @throws ApiException 400 when the body ends before it
     */
    public void next(byte[] buffer, int size) {
        try {
            if (blobs.readNBytes(buffer, 0, size) < size) {
                throw ApiException.badRequest("malformed blob pack: the body ends inside a blob");
            }
        } catch (IOException e) {
            throw ApiException.badRequest("the request body could not be read: " + e.getMessage());
        }
    }

    /**
     * Checks that the body ends after the last blob.
     *
     * @throws ApiException 400 when bytes follow it
     */
    public void end() {
        try {
            if (blobs.read() != -1) {
                throw ApiException.badRequest("malformed blob pack: bytes after the last blob");
            }
        } catch (IOException e) {
            throw ApiException.badRequest("the request body could not be read: " + e.getMessage());
        }
    }
}
