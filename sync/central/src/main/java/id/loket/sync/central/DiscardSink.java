package id.loket.sync.central;

import io.javalin.Javalin;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A benchmark baseline, off unless {@link CentralServer.Builder#benchSinks(boolean)} switches it
 * on: {@code PUT /bench/discard/{name}} streams the request body into nothing and answers 204 with
 * the count in {@code X-Bytes-Read}. No signature, no database: the cost of a plain HTTP upload to
 * this server, which bench/sync compares the protocol's drain with.
 */
final class DiscardSink {

    static final String PATH = "/bench/discard/{name}";
    static final String BYTES_READ = "X-Bytes-Read";

    private DiscardSink() {
    }

    static void register(Javalin app) {
        app.put(PATH, DiscardSink::discard);
    }

    private static void discard(Context ctx) {
        long read;
        try (InputStream in = ctx.req().getInputStream()) {
            read = in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("the discarded body could not be read", e);
        }
        ctx.header(BYTES_READ, Long.toString(read)).status(204);
    }
}
