package id.loket.desktop.bundle;

import id.loket.desktop.i18n.I18n;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The native folder and file dialogs of the USB export; tests pass paths directly, because a native
 * dialog cannot be driven headless.
 */
public record BundlePickers(Function<Window, Optional<Path>> folder, Function<Window, Optional<Path>> receipt) {

    public static BundlePickers system(I18n i18n) {
        return new BundlePickers(owner -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.text("bundle.folder"));
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        }, owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.text("bundle.receipt"));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        });
    }
}
