package id.loket.desktop.waitingroom;

import id.loket.desktop.LoketApplication;
import id.loket.desktop.i18n.I18n;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;

/**
 * The waiting-room display's own window, meant for a second screen facing the seats: opened from
 * the main window, placed filling the second screen when there is one (else beside the main
 * window on the only screen), following the queue while open and stopping when closed.
 */
public final class WaitingRoomWindow {

    private final WaitingRoomViewModel model;
    private final I18n i18n;
    private Stage stage;

    public WaitingRoomWindow(WaitingRoomViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    /** Opens the display (or brings it to the front) and starts following the queue. */
    public void show() {
        if (stage == null) {
            stage = new Stage();
            Scene scene = new Scene(new WaitingRoomView(model, i18n).root());
            scene.getStylesheets().add(LoketApplication.stylesheet());
            stage.setScene(scene);
            stage.titleProperty().bind(i18n.bind("waitingRoom.windowTitle"));
            stage.setOnHidden(e -> model.stop());
            place(stage, Screen.getScreens(), Screen.getPrimary());
        }
        stage.show();
        stage.toFront();
        model.start();
    }

    /** Fills the first screen that is not the primary one; on a single screen, a large window on it. */
    static void place(Stage stage, List<Screen> screens, Screen primary) {
        Screen target = screens.stream().filter(s -> !s.equals(primary)).findFirst().orElse(primary);
        Rectangle2D area = target.getVisualBounds();
        if (target.equals(primary)) {
            stage.setX(area.getMinX());
            stage.setY(area.getMinY());
            stage.setWidth(Math.min(area.getWidth(), 1280));
            stage.setHeight(Math.min(area.getHeight(), 800));
        } else {
            stage.setX(area.getMinX());
            stage.setY(area.getMinY());
            stage.setWidth(area.getWidth());
            stage.setHeight(area.getHeight());
            stage.setMaximized(true);
        }
    }

    /** The display's window once opened, else null. */
    public Stage stage() {
        return stage;
    }

    /** Closes the display. */
    public void close() {
        if (stage != null) {
            stage.hide();
        }
    }
}
