package id.loket.sync.protocol.bundle;

import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.security.DeviceKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The segment framing on its own: a 2.5 MiB image spans three AES-GCM segments; moving or dropping
 * whole segments (and fixing the length and trailer, as an attacker would) is still refused.
 */
class BundleSegmentsTest {

    @TempDir
    Path dir;

    private final KeyPair centre = BundleKeys.generate();
    private final KeyPair device = DeviceKeys.generate();
    private final byte[] image = new byte[2_500_000];
    private BundleManifest manifest;
    private Path file;

    @BeforeEach
    void write() throws IOException {
        new Random(5).nextBytes(image);
        manifest = new BundleManifest(BundleManifest.FORMAT, UUID.randomUUID(), "device-1", Instant.EPOCH, List.of(),
                List.of(new BundleManifest.Blob(Sha256.hex(image), image.length, "image/jpeg")));
        file = dir.resolve("b.lkb");
        try (OutputStream out = Files.newOutputStream(file)) {
            BundleWriter w = BundleWriter.create(out, centre.getPublic());
            w.manifest(manifest, device.getPrivate());
            w.entry(manifest.blobs().getFirst().entryName(), image);
            w.finish();
        }
    }

    @Test
    void aMultiSegmentBundleReadsBackEntryForEntry() throws IOException {
        List<byte[]> seen = new ArrayList<>();
        BundleManifest read = BundleReader.read(file, centre, id -> Optional.of(device.getPublic()), visitor(seen));
        assertThat(read).isEqualTo(manifest);
        assertThat(seen).singleElement().isEqualTo(image);
        assertThat(segments(Files.readAllBytes(file))).hasSize(3);
    }

    @Test
    void droppingTheLastSegmentIsRefusedEvenWithAFixedUpTrailer() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<int[]> segs = segments(bytes);
        Path cut = rebuild(bytes, segs.subList(0, segs.size() - 1));
        assertRefused(cut, ErrorCode.BUNDLE_DAMAGED);
    }

    @Test
    void swappingTwoSegmentsIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<int[]> segs = new ArrayList<>(segments(bytes));
        segs.add(0, segs.remove(1));
        assertRefused(rebuild(bytes, segs), ErrorCode.BUNDLE_DAMAGED);
    }

    @Test
    void anotherCentresKeyAndAnUnknownDeviceAreNamedAsSuch() {
        assertThatThrownBy(() -> BundleReader.read(file, BundleKeys.generate(), id -> Optional.of(device.getPublic()),
                visitor(new ArrayList<>()))).extracting(e -> ((BundleException) e).code())
                .isEqualTo(ErrorCode.BUNDLE_WRONG_KEY);
        assertThatThrownBy(() -> BundleReader.read(file, centre, id -> Optional.empty(), visitor(new ArrayList<>())))
                .extracting(e -> ((BundleException) e).code()).isEqualTo(ErrorCode.UNKNOWN_DEVICE);
    }

    private void assertRefused(Path bundle, ErrorCode code) {
        List<byte[]> seen = new ArrayList<>();
        assertThatThrownBy(() -> BundleReader.read(bundle, centre, id -> Optional.of(device.getPublic()), visitor(seen)))
                .isInstanceOf(BundleException.class).extracting(e -> ((BundleException) e).code()).isEqualTo(code);
        assertThat(seen).as("no entry handed out").isEmpty();
    }

    /** {offset, length} of every sealed segment (after its 4-byte length). */
    private static List<int[]> segments(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int at = 8 + 2 + b.getShort(8);
        List<int[]> out = new ArrayList<>();
        int length;
        while ((length = b.getInt(at)) != 0) {
            out.add(new int[] {at + 4, length});
            at += 4 + length;
        }
        return out;
    }

    /** The same header with these segments, an end marker, a correct length and the trailer. */
    private Path rebuild(byte[] bytes, List<int[]> segs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, 8 + 2 + ByteBuffer.wrap(bytes).getShort(8));
        for (int[] s : segs) {
            out.write(ByteBuffer.allocate(4).putInt(s[1]).array());
            out.write(bytes, s[0], s[1]);
        }
        out.write(new byte[4]);
        out.write(ByteBuffer.allocate(8).putLong(out.size()).array());
        out.write("LOKETEND".getBytes());
        return Files.write(dir.resolve("rebuilt.lkb"), out.toByteArray());
    }

    private static BundleReader.Visitor visitor(List<byte[]> seen) {
        return new BundleReader.Visitor() {
            @Override
            public void manifest(BundleManifest m) {
            }

            @Override
            public void record(BundleManifest.Record r, byte[] json) {
                seen.add(json);
            }

            @Override
            public void blob(BundleManifest.Blob b, byte[] data) {
                seen.add(data);
            }
        };
    }
}
