package id.loket.desktop.syncstatus;

import id.loket.core.i18n.Message;
import id.loket.desktop.i18n.I18n;
import id.loket.sync.agent.Connectivity;
import id.loket.sync.agent.ledger.QuarantinedRecord;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The sync corner of the status bar: connectivity, what is left to send and when, the last
 * success; and, when there are any, a button listing the quarantined records with their reasons.
 */
public final class SyncStatusView {

    /** Style class of the status line while the centre refuses this device. */
    static final String REFUSED_STYLE = "sync-refused";

    private final HBox root = new HBox(12);
    private final SyncStatusViewModel model;
    private final I18n i18n;

    public SyncStatusView(SyncStatusViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label status = new Label();
        status.setId("sync-status");
        status.textProperty().bind(i18n.bind(model.summaryProperty()));
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(status.textProperty());
        status.setTooltip(whole);
        FontIcon icon = new FontIcon();
        icon.iconCodeProperty().bind(Bindings.createObjectBinding(
                () -> model.refusedProperty().get() ? MaterialDesignC.CLOUD_LOCK_OUTLINE
                        : iconFor(model.connectivityProperty().get()),
                model.connectivityProperty(), model.refusedProperty()));
        status.setGraphic(icon);
        // a refused device needs an administrator, not patience: the line turns red
        model.refusedProperty().subscribe(refused -> {
            status.getStyleClass().remove(REFUSED_STYLE);
            if (refused) {
                status.getStyleClass().add(REFUSED_STYLE);
            }
        });

        Button quarantined = new Button();
        quarantined.setId("sync-quarantined");
        quarantined.getStyleClass().add("danger");
        quarantined.setGraphic(new FontIcon(MaterialDesignA.ALERT_OCTAGON_OUTLINE));
        quarantined.textProperty().bind(i18n.bind(Bindings.createObjectBinding(
                () -> Message.of("sync.bar.quarantined", model.quarantinedCountProperty().get()),
                model.quarantinedCountProperty())));
        quarantined.visibleProperty().bind(model.quarantinedCountProperty().greaterThan(0));
        quarantined.managedProperty().bind(quarantined.visibleProperty());
        quarantined.setOnAction(e -> showQuarantined());
        root.getChildren().addAll(status, quarantined);
    }

    public Node node() {
        return root;
    }

    private static MaterialDesignC iconFor(Connectivity c) {
        return switch (c) {
            case ONLINE -> MaterialDesignC.CLOUD_CHECK_OUTLINE;
            case DEGRADED -> MaterialDesignC.CLOUD_ALERT;
            case OFFLINE -> MaterialDesignC.CLOUD_OFF_OUTLINE;
        };
    }

    private void showQuarantined() {
        model.loadQuarantined();
        ListView<QuarantinedRecord> list = new ListView<>(model.quarantined());
        list.setId("sync-quarantined-list");
        list.setPrefSize(720, 320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(QuarantinedRecord r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null
                        : i18n.text("sync.quarantine.row", r.deviceSeq(), r.recordId().toString(), r.reason()));
                setWrapText(true);
            }
        });
        Dialog<Void> dialog = new Dialog<>();
        dialog.titleProperty().bind(i18n.bind("sync.quarantine.title"));
        dialog.headerTextProperty().bind(i18n.bind("sync.quarantine.header"));
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.show();
    }
}
