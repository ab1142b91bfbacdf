package id.loket.sync.central.blob;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.sync.central.device.Device;
import id.loket.sync.central.device.SignatureCheck;
import id.loket.sync.central.http.ApiException;
import id.loket.sync.central.http.Bodies;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.MissingBlobsReply;
import id.loket.sync.protocol.blob.MissingBlobsRequest;
import id.loket.sync.protocol.blob.UploadCreate;
import id.loket.sync.protocol.blob.UploadState;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.util.Map;

/** The blob endpoints: which hashes are missing, packs of small blobs, and the tus-like uploads (create, HEAD, PATCH). */
public final class BlobApi {

    private final BlobStore blobs;
    private final Uploads uploads;
    private final BlobPacks packs;
    private final ObjectMapper mapper;

    public BlobApi(BlobStore blobs, Uploads uploads, BlobPacks packs, ObjectMapper mapper) {
        this.blobs = blobs;
        this.uploads = uploads;
        this.packs = packs;
        this.mapper = mapper;
    }

    public void register(Javalin app) {
        app.post(Paths.BLOBS_MISSING, this::missing);
        app.post(Paths.BLOB_PACKS, this::pack);
        app.post(Paths.UPLOADS, this::create);
        app.head(Paths.UPLOADS + "/{id}", this::head);
        app.patch(Paths.UPLOADS + "/{id}", this::patch);
    }

    private void missing(Context ctx) {
        MissingBlobsRequest request = Bodies.parse(mapper, SignatureCheck.body(ctx), MissingBlobsRequest.class);
        if (request.hashes() == null) {
            throw ApiException.badRequest("hashes are required");
        }
        if (request.hashes().size() > MissingBlobsRequest.MAX_HASHES) {
            throw ApiException.tooLarge("at most " + MissingBlobsRequest.MAX_HASHES + " hashes per request");
        }
        if (!request.hashes().stream().allMatch(Sha256::isHex)) {
            throw ApiException.badRequest("every hash must be 64 lower-case hex digits");
        }
        ctx.json(new MissingBlobsReply(blobs.missing(request.hashes())));
    }

    private void pack(Context ctx) {
        ctx.json(packs.store(SignatureCheck.device(ctx).deviceId(), SignatureCheck.pack(ctx)));
    }

    private void create(Context ctx) {
        UploadCreate request = Bodies.parse(mapper, SignatureCheck.body(ctx), UploadCreate.class);
        UploadState state = uploads.create(SignatureCheck.device(ctx).deviceId(), request);
        if (state.complete()) {
            ctx.status(200).json(state);
            return;
        }
        ctx.header(Headers.LOCATION, Paths.upload(state.uploadId())).status(201).json(state);
    }

    private void head(Context ctx) {
        Uploads.Upload upload = uploads.get(SignatureCheck.device(ctx).deviceId(), ctx.pathParam("id"));
        ctx.header(Headers.UPLOAD_OFFSET, Long.toString(upload.offset()))
                .header(Headers.UPLOAD_LENGTH, Long.toString(upload.size()))
                .header("Cache-Control", "no-store")
                .status(204);
    }

    private void patch(Context ctx) {
        Device device = SignatureCheck.device(ctx);
        long offset = UploadRules.offset(ctx.header(Headers.UPLOAD_OFFSET));
        byte[] chunk = SignatureCheck.body(ctx);
        if (chunk.length == 0) {
            throw ApiException.badRequest("an empty chunk");
        }
        if (!UploadRules.checksumMatches(ctx.header(Headers.UPLOAD_CHECKSUM), chunk)) {
            throw new ApiException(460, ErrorCode.UPLOAD_CHECKSUM_MISMATCH,
                    "the chunk does not match its " + Headers.UPLOAD_CHECKSUM + "; nothing was stored");
        }
        switch (uploads.patch(device.deviceId(), ctx.pathParam("id"), offset, chunk)) {
            case Uploads.PatchResult.Progress p -> ctx.header(Headers.UPLOAD_OFFSET, Long.toString(p.offset())).status(204);
            case Uploads.PatchResult.OffsetMismatch m -> throw new ApiException(409, ErrorCode.UPLOAD_OFFSET_MISMATCH,
                    "the upload is at offset " + m.offset() + ", not " + offset + "; HEAD and resume",
                    Map.of(Headers.UPLOAD_OFFSET, Long.toString(m.offset())));
            case Uploads.PatchResult.HashMismatch h -> throw new ApiException(422, ErrorCode.BLOB_HASH_MISMATCH,
                    "the uploaded bytes do not hash to the blob's address; the upload was discarded, start again");
        }
    }
}
