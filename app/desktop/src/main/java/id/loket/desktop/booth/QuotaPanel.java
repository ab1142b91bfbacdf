package id.loket.desktop.booth;

import atlantafx.base.theme.Styles;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The in-window panel where a supervisor raises a booth event's quota: the new quota, the reason,
 * and their own username and password. The password field is cleared whenever it closes.
 */
final class QuotaPanel {

    /** What the panel hands over when the supervisor confirms. */
    interface Confirm {
        void raise(String username, char[] password, String newQuota, String reason);
    }

    private final StackPane overlay = new StackPane();
    private final Label title = new Label();
    private final TextField quota = new TextField();
    private final TextField reason = new TextField();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();

    QuotaPanel(I18n i18n, Confirm onConfirm) {
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label hint = Forms.label(i18n, "booth.quotaPanel.hint");
        hint.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        Forms.row(grid, i18n, "booth.quotaPanel.quota", quota, "booth-quota-new");
        Forms.row(grid, i18n, "booth.quotaPanel.reason", reason, "booth-quota-reason");
        Forms.row(grid, i18n, "fingerprint.supervisor.username", username, "booth-quota-username");
        Forms.row(grid, i18n, "fingerprint.supervisor.password", password, "booth-quota-password");
        Button confirm = new Button();
        confirm.setId("booth-quota-confirm");
        confirm.textProperty().bind(i18n.bind("booth.quotaPanel.confirm"));
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setDefaultButton(true);
        confirm.setOnAction(e -> {
            char[] secret = password.getText().toCharArray();
            String user = username.getText();
            String newQuota = quota.getText();
            String why = reason.getText();
            close();
            onConfirm.raise(user, secret, newQuota, why);
        });
        Button cancel = new Button();
        cancel.setId("booth-quota-cancel");
        cancel.textProperty().bind(i18n.bind("fingerprint.supervisor.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        HBox buttons = new HBox(12, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = Forms.card(title, hint, grid, buttons);
        card.setId("booth-quota-panel");
        overlay.getChildren().add(card);
        overlay.getStyleClass().add("modal-overlay");
        overlay.setVisible(false);
    }

    StackPane node() {
        return overlay;
    }

    void open(String heading) {
        title.setText(heading);
        quota.clear();
        reason.clear();
        username.clear();
        password.clear();
        overlay.setVisible(true);
        quota.requestFocus();
    }

    void close() {
        password.clear();
        overlay.setVisible(false);
    }
}
