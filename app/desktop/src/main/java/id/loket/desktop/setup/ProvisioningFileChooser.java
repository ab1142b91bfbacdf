package id.loket.desktop.setup;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Asks the officer for a provisioning file (the operating system's dialog; tests give a path instead). */
@FunctionalInterface
public interface ProvisioningFileChooser {

    Optional<Path> choose(Window owner, String title);

    /** The system's open-file dialog, JSON files first. */
    static ProvisioningFileChooser system() {
        return (owner, title) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON", "*.json"),
                    new FileChooser.ExtensionFilter("*", "*"));
            File chosen = chooser.showOpenDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
