package id.loket.desktop.support;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Saves what a test window shows, so a person can look at the screens after a test run: always a
 * snapshot of the scene in {@code target/screenshots}; and, when the system property
 * {@value #DIR_PROPERTY} names a directory (the {@code xvfb-screenshots} profile, a real window on
 * an X display), a grab of the window from the X screen with ImageMagick's {@code import}, which
 * also shows popups such as tooltips.
 */
public final class Screenshots {

    /** Where screen grabs for the documentation go; unset in the normal (Monocle) build. */
    public static final String DIR_PROPERTY = "loket.screenshots.dir";
    static final Path SHOTS = Path.of("target/screenshots");

    private Screenshots() {
    }

    /** Saves the scene as {@code target/screenshots/<name>.png}, and grabs the screen when asked to. */
    public static void save(Scene scene, String name) throws IOException {
        write(snapshot(scene), SHOTS.resolve(name + ".png"));
        Path dir = documentationDir();
        if (dir != null) {
            grab(scene.getWindow(), dir.resolve(name + ".png"));
        }
    }

    /** Copies a file the test produced (a receipt PDF) next to the screen grabs, when they are asked for. */
    public static void keep(Path file, String name) throws IOException {
        Path dir = documentationDir();
        if (dir != null) {
            Files.createDirectories(dir);
            Files.copy(file, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** True when the screen is grabbed for the documentation (a real window on an X display). */
    public static boolean grabbingScreen() {
        return documentationDir() != null;
    }

    private static Path documentationDir() {
        String dir = System.getProperty(DIR_PROPERTY);
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    private static WritableImage snapshot(Scene scene) {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> shot.set(scene.snapshot(null)));
        WaitForAsyncUtils.waitForFxEvents();
        return shot.get();
    }

    private static void write(WritableImage image, Path png) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(png.getParent());
        ImageIO.write(out, "png", png.toFile());
    }

    /** The window's rectangle of the X screen, once the window has painted its last pulse. */
    private static void grab(Window window, Path png) throws IOException {
        AtomicReference<Rectangle2D> bounds = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> bounds.set(new Rectangle2D(window.getX(), window.getY(),
                window.getWidth(), window.getHeight())));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        Rectangle2D r = bounds.get();
        String crop = "%dx%d+%d+%d".formatted(Math.round(r.getWidth()), Math.round(r.getHeight()),
                Math.max(0, Math.round(r.getMinX())), Math.max(0, Math.round(r.getMinY())));
        Files.createDirectories(png.getParent());
        Process p = new ProcessBuilder("import", "-window", "root", "-crop", crop, "+repage", png.toString())
                .redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IOException("import failed for " + png + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while grabbing " + png, e);
        }
    }
}
