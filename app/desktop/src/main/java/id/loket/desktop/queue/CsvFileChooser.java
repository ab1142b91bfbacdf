package id.loket.desktop.queue;

import id.loket.desktop.i18n.I18n;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Asks the officer for the appointment CSV file with the system's file chooser; empty when cancelled. */
public final class CsvFileChooser implements Function<Window, Optional<Path>> {

    private static final List<String> PATTERNS = List.of("*.csv", "*.CSV", "*.txt");

    private final I18n i18n;

    public CsvFileChooser(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public Optional<Path> apply(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("queue.import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("queue.import.fileType"),
                PATTERNS));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
