package id.loket.desktop.capture;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the officer for a file to read or a place to save. Production uses the system's
 * {@link FileChooser}; tests pass files directly, because a native dialog cannot be driven headless.
 */
public interface FilePicker {

    /** A document scan or export to import (images and PDFs). */
    Optional<Path> openDocument(Window owner);

    /** Where to save a copy of a receipt; {@code suggested} is the file name offered. */
    Optional<Path> saveReceipt(Window owner, String suggested);

    /** The system file dialogs. */
    static FilePicker system() {
        return new FilePicker() {
            @Override
            public Optional<Path> openDocument(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JPEG, PNG, PDF",
                        "*.jpg", "*.jpeg", "*.png", "*.pdf", "*.JPG", "*.JPEG", "*.PNG", "*.PDF"));
                File f = chooser.showOpenDialog(owner);
                return Optional.ofNullable(f).map(File::toPath);
            }

            @Override
            public Optional<Path> saveReceipt(Window owner, String suggested) {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName(suggested);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
                File f = chooser.showSaveDialog(owner);
                return Optional.ofNullable(f).map(File::toPath);
            }
        };
    }
}
