package id.loket.sync.central.bundle;

import id.loket.sync.central.http.ApiException;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.bundle.BundleException;
import id.loket.sync.protocol.bundle.SignedReceipt;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code POST /v1/admin/bundles} (administrator token: an operator at the centre imports the stick;
 * the device's authority comes from the manifest's signature, not from the request) answers the
 * signed receipt; {@code GET /v1/centre-keys} (unsigned: public keys only) answers the keys devices
 * encrypt bundles to and check receipts with.
 */
public final class BundleApi {

    /** The largest bundle accepted over HTTP; larger ones go through {@code loket-central bundle import}. */
    static final long MAX_BUNDLE_BYTES = 2L * 1024 * 1024 * 1024;

    private final BundleImport imports;
    private final CentreKeyStore keys;

    public BundleApi(BundleImport imports, CentreKeyStore keys) {
        this.imports = imports;
        this.keys = keys;
    }

    public void register(Javalin app) {
        app.get(Paths.CENTRE_KEYS, ctx -> ctx.json(keys.keys().publicKeys()));
        app.post(Paths.ADMIN_BUNDLES, this::importBundle);
    }

    private void importBundle(Context ctx) throws IOException {
        Path file = Files.createTempFile("loket-bundle-", ".lkb");
        try {
            copy(ctx.bodyInputStream(), file);
            String operator = "admin-api " + ctx.ip();
            SignedReceipt receipt = imports.importBundle(file, operator);
            ctx.status(201).contentType("application/json").result(receipt.toBytes());
        } catch (BundleException e) {
            throw new ApiException(status(e.code()), e.code(), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** 409 for a replay (the bundle is at the centre), 422 for every other refusal. */
    static int status(ErrorCode code) {
        return code == ErrorCode.BUNDLE_REPLAYED ? 409 : 422;
    }

    private static void copy(InputStream in, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > MAX_BUNDLE_BYTES) {
                    throw ApiException.tooLarge("a bundle may have at most " + MAX_BUNDLE_BYTES
                            + " bytes over HTTP; import larger ones with loket-central bundle import");
                }
                out.write(buffer, 0, n);
            }
        }
    }
}
