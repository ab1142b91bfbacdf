package id.loket.desktop.bundle;

import atlantafx.base.theme.Styles;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** Layout and bindings of the USB export; behaviour lives in {@link BundleViewModel}. */
public final class BundlePane {

    private final VBox root = new VBox(14);

    public BundlePane(BundleViewModel model, I18n i18n, BundlePickers pickers) {
        Label header = new Label();
        header.textProperty().bind(i18n.bind("bundle.header"));
        header.setWrapText(true);
        Label waiting = new Label();
        waiting.setId("bundle-waiting");
        waiting.getStyleClass().add(Styles.TEXT_BOLD);
        waiting.textProperty().bind(i18n.bind(model.waitingProperty()));

        TextField folder = new TextField();
        folder.setId("bundle-folder");
        folder.textProperty().bindBidirectional(model.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button();
        choose.setId("bundle-choose");
        choose.textProperty().bind(i18n.bind("bundle.choose"));
        choose.setGraphic(new FontIcon(MaterialDesignF.FOLDER_OUTLINE));
        choose.setOnAction(e -> pickers.folder().apply(window()).ifPresent(p -> model.folderProperty().set(p.toString())));
        HBox folderRow = new HBox(8, folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox all = new CheckBox();
        all.setId("bundle-all");
        all.textProperty().bind(i18n.bind("bundle.all"));
        all.selectedProperty().bindBidirectional(model.allProperty());

        Button export = new Button();
        export.setId("bundle-export");
        export.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        export.setGraphic(new FontIcon(MaterialDesignU.USB_FLASH_DRIVE_OUTLINE));
        export.textProperty().bind(i18n.bind("bundle.export"));
        export.disableProperty().bind(model.busyProperty().or(model.folderProperty().isEmpty()));
        export.setOnAction(e -> model.export());
        Button receipt = new Button();
        receipt.setId("bundle-receipt");
        receipt.textProperty().bind(i18n.bind("bundle.receipt"));
        receipt.disableProperty().bind(model.busyProperty());
        receipt.setOnAction(e -> pickers.receipt().apply(window()).ifPresent(model::applyReceipt));
        HBox actions = new HBox(12, export, receipt);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label folderLabel = Forms.label(i18n, "bundle.folder");
        Label result = new Label();
        result.setId("bundle-result");
        result.setWrapText(true);
        result.getStyleClass().add(Styles.SUCCESS);
        result.textProperty().bind(i18n.bind(model.resultProperty()));
        root.getChildren().addAll(header, waiting, folderLabel, folderRow, all, actions, result,
                Forms.errorLine(i18n, model.errorProperty(), "bundle-error"));
        root.setPrefWidth(640);
        model.refresh();
    }

    public Node node() {
        return root;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
