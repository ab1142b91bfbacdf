package id.loket.desktop.capture;

import id.loket.core.i18n.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentFilesTest {

    @TempDir
    Path dir;

    @Test
    void acceptsPdfByItsHeaderAndImagesThatDecode() throws Exception {
        assertThat(DocumentFiles.read(TestFiles.pdf(dir)).mediaType()).isEqualTo("application/pdf");
        DocumentFiles.Accepted png = DocumentFiles.read(TestFiles.ktpScan(dir));
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.fileName()).isEqualTo("e-ktp.png");
    }

    @Test
    void refusesOtherFormatsDamagedImagesEmptyAndMissingFiles() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a scan");
        assertRefused(text, "capture.documents.notSupported");
        byte[] png = Files.readAllBytes(TestFiles.ktpScan(dir));
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(png, 40));
        assertRefused(cut, "capture.documents.corrupt");
        assertRefused(Files.write(dir.resolve("empty.pdf"), new byte[0]), "capture.documents.empty");
        assertRefused(dir.resolve("gone.pdf"), "capture.documents.unreadable");
    }

    private static void assertRefused(Path file, String key) {
        assertThatThrownBy(() -> DocumentFiles.read(file))
                .isInstanceOfSatisfying(DocumentFiles.DocumentRefusal.class, r -> {
                    Message m = r.reason();
                    assertThat(m.key()).isEqualTo(key);
                    assertThat(m.args()).contains(file.getFileName().toString());
                });
    }
}
