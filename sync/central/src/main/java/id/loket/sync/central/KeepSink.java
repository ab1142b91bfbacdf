package id.loket.sync.central;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * The second benchmark baseline, on with {@link DiscardSink}: {@code PUT /bench/keep/{name}} does
 * only what any upload that is kept must do. It appends the body to a file as it arrives, forces
 * the file to disk, and answers 204 with the count. No checksum, no signature, no database: a plain
 * upload that is kept, which bench/sync's ratio target is measured against (ADR 0023).
 */
final class KeepSink {

    static final String PATH = "/bench/keep/{name}";
    private static final Pattern NAME = Pattern.compile("[0-9a-z-]{1,64}");
    private static final int BUFFER = 64 * 1024;

    private final Path directory;

    private KeepSink(Path directory) {
        this.directory = directory;
    }

    /** Registers the endpoint; the bodies go to files in {@code directory}. */
    static void register(Javalin app, Path directory) {
        app.put(PATH, new KeepSink(directory)::keep);
    }

    private void keep(Context ctx) {
        String name = ctx.pathParam("name");
        if (!NAME.matcher(name).matches()) {
            throw new BadRequestResponse("name: lower-case letters, digits and '-' only");
        }
        long read = 0;
        try (InputStream in = ctx.req().getInputStream()) {
            Files.createDirectories(directory);
            try (FileChannel file = FileChannel.open(directory.resolve(name), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                byte[] buffer = new byte[BUFFER];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                    while (bytes.hasRemaining()) {
                        file.write(bytes);
                    }
                    read += n;
                }
                file.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the kept body could not be read or written", e);
        }
        ctx.header(DiscardSink.BYTES_READ, Long.toString(read)).status(204);
    }
}
