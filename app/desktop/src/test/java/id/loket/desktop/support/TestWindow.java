package id.loket.desktop.support;

import atlantafx.base.theme.PrimerLight;
import id.loket.desktop.LoketApplication;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;

/**
 * What the window tests share: a stage dressed like the app's (the AtlantaFX theme and Loket's
 * stylesheet), and the robot's moves an officer makes (type, click, read, scroll to, screenshot).
 */
public final class TestWindow {

    private TestWindow() {
    }

    /** Shows {@code root} in the stage at the top-left of the screen, styled as {@code LoketApplication} does. */
    public static Scene show(Stage stage, Parent root, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(LoketApplication.stylesheet());
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        return scene;
    }

    /** The text of the label or button with this id. */
    public static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    /** The text in the field with this id. */
    public static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryTextInputControl().getText();
    }

    /** Clicks into the field and types, then lets the UI catch up. */
    public static void type(FxRobot robot, String id, String text) {
        robot.clickOn(id).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the node, then lets the UI catch up. */
    public static void click(FxRobot robot, String id) {
        robot.clickOn(id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the node's scroll pane so the node is on screen (a robot clicks where a node is drawn). */
    public static void reveal(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                    double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                    double viewport = scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, y / (contentHeight - viewport)));
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves the first window as {@code target/screenshots/<name>.png} (see {@link Screenshots}). */
    public static void shot(FxRobot robot, String name) throws IOException {
        Screenshots.save(robot.window(0).getScene(), name);
    }
}
