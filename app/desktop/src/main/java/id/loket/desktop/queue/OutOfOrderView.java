package id.loket.desktop.queue;

import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog for calling a ticket out of its turn. Its confirm button stays disabled until a
 * reason is typed; the reason goes to the core, which audits it with the tickets skipped.
 */
final class OutOfOrderView {

    private final OutOfOrderCall call;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType confirm;

    OutOfOrderView(OutOfOrderCall call, I18n i18n) {
        this.call = call;
        confirm = new ButtonType(i18n.text("queue.outOfOrder.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.text("queue.outOfOrder.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.setTitle(i18n.text("queue.outOfOrder.title"));
        Label header = new Label(i18n.text("queue.outOfOrder.header", call.ticket().number(), call.ticket().lane()));
        header.setId("queue-ooo-header");
        header.setWrapText(true);
        TextArea reason = new TextArea();
        reason.setId("queue-ooo-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(call.reasonProperty());
        Label reasonLabel = Forms.label(i18n, "queue.outOfOrder.reason");
        reasonLabel.setLabelFor(reason);
        VBox content = new VBox(12, header, reasonLabel, reason);
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, cancel);
        Node ok = dialog.getDialogPane().lookupButton(confirm);
        ok.setId("queue-ooo-confirm");
        ok.disableProperty().bind(call.reasonGivenProperty().not());
        dialog.getDialogPane().lookupButton(cancel).setId("queue-ooo-cancel");
        dialog.setOnShown(e -> reason.requestFocus());
    }

    /** Shows the dialog; when the officer confirms, the ticket is called with the typed reason. */
    void showAndConfirm(Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        dialog.showAndWait().filter(confirm::equals).ifPresent(pressed -> call.confirm());
    }
}
