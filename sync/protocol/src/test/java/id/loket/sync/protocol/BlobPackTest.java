package id.loket.sync.protocol;

import id.loket.sync.protocol.blob.BlobPack;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlobPackTest {

    private static BlobPack.Part part(String text, String type) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        return BlobPack.Part.of(Sha256.hex(data), type, data);
    }

    @Test
    void theBodyIsTheHeadThenEachBlobAndDecodesBack() {
        List<BlobPack.Part> parts = List.of(part("a photo", "image/jpeg"), part("a print", "image/wsq"));
        byte[] head = BlobPack.head(parts);
        byte[] body = BlobPack.encode(parts);

        assertThat(Arrays.copyOfRange(head, 0, 4)).isEqualTo("LKP1".getBytes(StandardCharsets.US_ASCII));
        assertThat(ByteBuffer.wrap(head, 4, 4).getInt()).isEqualTo(head.length - 8);
        assertThat(new String(head, 8, head.length - 8, StandardCharsets.UTF_8)).startsWith("{\"blobs\":[{");
        assertThat(body).hasSize(head.length + 14);
        assertThat(Arrays.copyOfRange(body, 0, head.length)).isEqualTo(head);
        assertThat(new String(body, head.length, 14, StandardCharsets.UTF_8)).isEqualTo("a photoa print");
        assertThat(BlobPack.decode(body)).extracting(p -> new String(p.data(), StandardCharsets.UTF_8))
                .containsExactly("a photo", "a print");
        assertThat(BlobPack.decode(body)).extracting(BlobPack.Part::entry)
                .containsExactly(parts.get(0).entry(), parts.get(1).entry());
    }

    @Test
    void aPackHoldsOneToTheMostBlobs() {
        assertThatThrownBy(() -> BlobPack.head(List.of())).isInstanceOf(IllegalArgumentException.class);
        byte[] big = new byte[BlobPack.MAX_BLOB_BYTES / 2 + 1];
        BlobPack.Part half = BlobPack.Part.of(Sha256.hex(big), "image/jpeg", big);
        assertThatThrownBy(() -> BlobPack.head(List.of(half, half))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void theHeadLengthEndsAtTheManifestAndTheBlobsFollowIt() {
        List<BlobPack.Part> parts = List.of(part("a photo", "image/jpeg"), part("a print", "image/wsq"));
        byte[] body = BlobPack.encode(parts);
        int head = BlobPack.head(parts).length;

        assertThat(BlobPack.headLength(body)).isEqualTo(head);
        assertThat(BlobPack.entries(Arrays.copyOf(body, head))).containsExactly(parts.get(0).entry(), parts.get(1).entry());
        assertThat(Sha256.hex(body, head + 7, 7)).isEqualTo(parts.get(1).entry().hash());
        assertThat(BlobPack.headLength("LKP0".getBytes(StandardCharsets.US_ASCII))).isEqualTo(-1);
        assertThat(BlobPack.headLength(Arrays.copyOf(body, head - 1))).isEqualTo(-1);
    }
}
