package id.loket.sync.central.blob;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static id.loket.sync.central.support.Fixtures.randomBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlobSegmentsTest {

    @TempDir
    Path dir;

    @Test
    void appendedBytesReadBackWhereTheyWerePlaced() {
        try (BlobSegments segments = new BlobSegments(dir)) {
            byte[] a = randomBytes(300_000);
            byte[] b = randomBytes(15_000);
            BlobSegments.Placement at = segments.append(a);
            BlobSegments.Placement bt = segments.append(b);
            segments.force();

            assertThat(bt.segment()).isEqualTo(at.segment());
            assertThat(bt.offset()).isEqualTo(a.length);
            assertThat(segments.read(at.segment(), at.offset(), a.length)).isEqualTo(a);
            assertThat(segments.read(bt.segment(), bt.offset(), b.length)).isEqualTo(b);
        }
    }

    @Test
    void aFullSegmentIsFollowedByANewFileAndBothStayReadable() throws Exception {
        try (BlobSegments segments = new BlobSegments(dir, 50_000)) {
            byte[] a = randomBytes(30_000);
            byte[] b = randomBytes(30_000);
            byte[] big = randomBytes(80_000);
            BlobSegments.Placement at = segments.append(a);
            BlobSegments.Placement bt = segments.append(b);
            BlobSegments.Placement bigAt = segments.append(big);
            segments.force();

            assertThat(bt.segment()).isNotEqualTo(at.segment());
            assertThat(bigAt.segment()).as("a blob larger than a segment gets one of its own").isNotEqualTo(bt.segment());
            assertThat(bigAt.offset()).isZero();
            assertThat(segments.read(at.segment(), 0, a.length)).isEqualTo(a);
            assertThat(segments.read(bt.segment(), 0, b.length)).isEqualTo(b);
            assertThat(segments.read(bigAt.segment(), 0, big.length)).isEqualTo(big);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.count()).isEqualTo(3);
            }
        }
    }

    @Test
    void anotherInstanceReadsTheSegmentsButNeverAppendsToThem() {
        byte[] a = randomBytes(10_000);
        BlobSegments.Placement at;
        try (BlobSegments first = new BlobSegments(dir)) {
            at = first.append(a);
            first.force();
        }
        try (BlobSegments second = new BlobSegments(dir)) {
            assertThat(second.read(at.segment(), at.offset(), a.length)).isEqualTo(a);
            BlobSegments.Placement mine = second.append(randomBytes(100));
            assertThat(mine.segment()).isNotEqualTo(at.segment());
            assertThat(mine.offset()).isZero();
        }
    }

    @Test
    void concurrentAppendsNeverOverlap() throws Exception {
        try (BlobSegments segments = new BlobSegments(dir, 1_000_000);
             ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<byte[]> blobs = new ArrayList<>();
            List<Future<BlobSegments.Placement>> placed = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                byte[] data = randomBytes(5_000 + i * 37);
                blobs.add(data);
                placed.add(pool.submit(() -> segments.append(data)));
            }
            segments.force();
            for (int i = 0; i < blobs.size(); i++) {
                BlobSegments.Placement p = placed.get(i).get();
                assertThat(segments.read(p.segment(), p.offset(), blobs.get(i).length)).isEqualTo(blobs.get(i));
            }
        }
    }

    @Test
    void aSegmentNameFromElsewhereCannotReachOutsideTheDirectory() {
        try (BlobSegments segments = new BlobSegments(dir)) {
            assertThatThrownBy(() -> segments.read("../../etc/passwd", 0, 10))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
