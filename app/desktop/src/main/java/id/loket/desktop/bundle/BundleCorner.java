package id.loket.desktop.bundle;

import atlantafx.base.theme.Styles;
import id.loket.desktop.i18n.I18n;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The status bar's USB corner: a "USB export" button for a signed-in officer and, when the oldest
 * unsent record is older than the configured age, a non-blocking notice with "Ekspor sekarang".
 * The prompt is checked when the corner appears and every few minutes after.
 */
public final class BundleCorner {

    private static final Duration RECHECK = Duration.minutes(5);

    private final HBox root = new HBox(8);
    private final BundleViewModel model;
    private final I18n i18n;
    private final BundlePickers pickers;

    public BundleCorner(BundleViewModel model, I18n i18n, BundlePickers pickers, BooleanExpression signedIn) {
        this.model = model;
        this.i18n = i18n;
        this.pickers = pickers;
        Label notice = new Label();
        notice.setId("bundle-prompt");
        notice.getStyleClass().add(Styles.WARNING);
        notice.setGraphic(new FontIcon(MaterialDesignU.USB_FLASH_DRIVE_OUTLINE));
        notice.textProperty().bind(i18n.bind(model.promptProperty()));
        Button now = new Button();
        now.setId("bundle-prompt-action");
        now.getStyleClass().add(Styles.WARNING);
        now.textProperty().bind(i18n.bind("bundle.prompt.action"));
        now.setOnAction(e -> open());
        for (Node n : new Node[] {notice, now}) {
            n.visibleProperty().bind(model.promptProperty().isNotNull());
            n.managedProperty().bind(n.visibleProperty());
        }
        now.disableProperty().bind(signedIn.not());
        Button open = new Button();
        open.setId("bundle-open");
        open.textProperty().bind(i18n.bind("bundle.open"));
        open.disableProperty().bind(signedIn.not());
        open.setOnAction(e -> open());
        // keep the labels whole in a crowded status bar: the data path and sync text give way instead
        now.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(notice, now, open);
        model.checkPrompt();
        Timeline recheck = new Timeline(new KeyFrame(RECHECK, e -> model.checkPrompt()));
        recheck.setCycleCount(Timeline.INDEFINITE);
        recheck.play();
    }

    public Node node() {
        return root;
    }

    /** Opens the export dialog (non-modal: the counter keeps working). */
    public void open() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.titleProperty().bind(i18n.bind("bundle.title"));
        dialog.getDialogPane().setContent(new BundlePane(model, i18n, pickers).node());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.show();
    }
}
