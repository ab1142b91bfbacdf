package id.loket.sync.central.blob;

import id.loket.sync.central.support.CentralExtension;
import id.loket.sync.central.support.DeviceClient;
import id.loket.sync.protocol.Headers;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.BlobPack;
import id.loket.sync.protocol.blob.BlobPackReply;
import id.loket.sync.protocol.blob.MissingBlobsReply;
import id.loket.sync.protocol.blob.MissingBlobsRequest;
import id.loket.sync.protocol.blob.PackOutcome;
import id.loket.sync.protocol.blob.PackedBlobResult;
import id.loket.sync.protocol.security.RequestSigning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static id.loket.sync.central.support.DeviceClient.ok;
import static id.loket.sync.central.support.DeviceClient.read;
import static id.loket.sync.central.support.Fixtures.randomBytes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pack is read as it arrives (ADR 0020): the signature over its head is checked before a blob is
 * read, each verified blob is appended to a segment while the next is still on the wire, and
 * nothing is indexed until the body ended where its manifest says. Written on a raw socket, so the
 * test decides when each part of the body leaves.
 */
class BlobPackStreamingTest {

    @RegisterExtension
    static final CentralExtension central = new CentralExtension();

    private static final byte[] PHOTO = randomBytes(300_000);
    private static final byte[] PRINT = randomBytes(15_000);

    @Test
    void eachBlobIsAppendedAsItArrivesAndIndexedOnlyOnceThePackEnded() throws Exception {
        byte[] photo = randomBytes(300_000);
        byte[] print = randomBytes(15_000);
        List<BlobPack.Part> parts = List.of(part(photo), part(print));
        byte[] head = BlobPack.head(parts);
        DeviceClient device = central.device();
        long before = segmentBytes();

        try (Socket socket = new Socket("127.0.0.1", central.get().base().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(requestHead(device, head, head.length + photo.length + print.length, Sha256.hex(head)));
            out.write(head);
            out.write(photo);
            out.flush();

            waitFor(() -> segmentBytes() - before >= photo.length);
            assertThat(missing(device, parts)).as("placed, not indexed: the pack has not ended")
                    .containsExactlyInAnyOrder(Sha256.hex(photo), Sha256.hex(print));

            out.write(print);
            out.flush();
            String reply = readReply(socket.getInputStream());
            assertThat(reply).startsWith("HTTP/1.1 200");
            BlobPackReply results = DeviceClient.MAPPER.readValue(body(reply), BlobPackReply.class);
            assertThat(results.results()).extracting(PackedBlobResult::outcome)
                    .containsExactly(PackOutcome.STORED, PackOutcome.STORED);
        }
        assertThat(missing(device, parts)).isEmpty();
        assertThat(central.get().server.blobs().read(Sha256.hex(photo))).hasValue(photo);
    }

    @Test
    void aHeadThatIsNotSignedIsRefusedBeforeAnyBlobIsSent() throws Exception {
        List<BlobPack.Part> parts = List.of(part(PHOTO), part(PRINT));
        byte[] head = BlobPack.head(parts);
        long before = segmentBytes();
        DeviceClient device = central.device();
        String otherSha = Sha256.hex("another head".getBytes(StandardCharsets.US_ASCII));

        try (Socket socket = new Socket("127.0.0.1", central.get().base().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestHead(device, head, head.length + PHOTO.length + PRINT.length, otherSha));
            out.write(head);
            out.flush();

            assertThat(statusLine(socket.getInputStream())).as("answered with the blobs still unsent")
                    .startsWith("HTTP/1.1 401");
        }
        assertThat(segmentBytes()).as("nothing written").isEqualTo(before);
    }

    @Test
    void aPackCutInsideABlobIndexesNothing() throws Exception {
        byte[] photo = randomBytes(300_000);
        byte[] print = randomBytes(15_000);
        List<BlobPack.Part> parts = List.of(part(print), part(photo));
        byte[] head = BlobPack.head(parts);
        DeviceClient device = central.device();

        try (Socket socket = new Socket("127.0.0.1", central.get().base().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestHead(device, head, head.length + photo.length + print.length, Sha256.hex(head)));
            out.write(head);
            out.write(print);
            out.write(photo, 0, 100_000);
            out.flush();
            socket.shutdownOutput();
            assertThat(readReply(socket.getInputStream())).doesNotStartWith("HTTP/1.1 200");
        } catch (IOException reset) {
            // the centre may also drop the connection: either way nothing may be indexed
        }
        assertThat(missing(device, parts)).as("the whole print arrived, but the pack did not end")
                .containsExactlyInAnyOrder(Sha256.hex(photo), Sha256.hex(print));
    }

    @Test
    void aBodyLongerThanItsManifestIsRefusedAndIndexesNothing() throws Exception {
        byte[] print = randomBytes(15_000);
        List<BlobPack.Part> parts = List.of(part(print));
        byte[] head = BlobPack.head(parts);
        DeviceClient device = central.device();

        try (Socket socket = new Socket("127.0.0.1", central.get().base().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestHead(device, head, head.length + print.length + 10, Sha256.hex(head)));
            out.write(head);
            out.write(print);
            out.write(new byte[10]);
            out.flush();
            assertThat(readReply(socket.getInputStream())).startsWith("HTTP/1.1 400")
                    .contains("its manifest makes");
        }
        assertThat(missing(device, parts)).containsExactly(Sha256.hex(print));
    }

    private static BlobPack.Part part(byte[] data) {
        return BlobPack.Part.of(Sha256.hex(data), "image/x-wsq", data);
    }

    /** The request line and headers of a pack, signed over {@code sha}. */
    private static byte[] requestHead(DeviceClient device, byte[] head, long length, String sha) {
        String timestamp = Instant.now().toString();
        String signature = RequestSigning.sign(device.keys().getPrivate(),
                RequestSigning.payload("POST", Paths.BLOB_PACKS, device.deviceId(), timestamp, sha));
        String text = "POST " + Paths.BLOB_PACKS + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Content-Type: " + BlobPack.MEDIA_TYPE + "\r\n"
                + "Content-Length: " + length + "\r\n"
                + Headers.DEVICE + ": " + device.deviceId() + "\r\n"
                + Headers.TIMESTAMP + ": " + timestamp + "\r\n"
                + Headers.CONTENT_SHA256 + ": " + sha + "\r\n"
                + Headers.SIGNATURE + ": " + signature + "\r\n"
                + "Connection: close\r\n\r\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Everything the centre sends until it closes the connection (Connection: close). */
    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    /** The first line of the reply, read without waiting for the connection to close. */
    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).strip();
    }

    private static String body(String reply) {
        String rest = reply.substring(reply.indexOf("\r\n\r\n") + 4);
        return rest.substring(rest.indexOf('{'), rest.lastIndexOf('}') + 1);
    }

    private static List<String> missing(DeviceClient device, List<BlobPack.Part> parts) throws Exception {
        return read(ok(device.postJson(Paths.BLOBS_MISSING,
                new MissingBlobsRequest(parts.stream().map(p -> p.entry().hash()).toList()))), MissingBlobsReply.class)
                .missing();
    }

    private static long segmentBytes() throws IOException {
        Path dir = central.get().blobDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!check.holds()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
