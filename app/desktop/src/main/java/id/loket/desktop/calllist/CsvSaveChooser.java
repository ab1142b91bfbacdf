package id.loket.desktop.calllist;

import id.loket.desktop.i18n.I18n;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/** Asks where to save the call list CSV, suggesting {@code daftar-telepon-<date>.csv}; empty when cancelled. */
public final class CsvSaveChooser implements Function<Window, Optional<Path>> {

    private final I18n i18n;
    private final Clock clock;

    public CsvSaveChooser(I18n i18n, Clock clock) {
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public Optional<Path> apply(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("calllist.export"));
        chooser.setInitialFileName("daftar-telepon-" + LocalDate.now(clock) + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
