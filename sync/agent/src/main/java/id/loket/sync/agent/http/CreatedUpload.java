package id.loket.sync.agent.http;

import id.loket.sync.protocol.blob.UploadState;

/**
 * The centre's answer to {@code POST /v1/uploads}.
 *
 * @param location the upload's path at the centre (same host as the centre; persisted by the device)
 */
public record CreatedUpload(String location, UploadState state) {
}
