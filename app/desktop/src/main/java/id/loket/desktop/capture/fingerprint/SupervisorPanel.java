package id.loket.desktop.capture.fingerprint;

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

import java.util.function.BiConsumer;

/**
 * The small in-window dialog where a supervisor types their own username and password to confirm
 * a finger exception. In the window rather than a separate stage, so it works the same on a
 * touch-only booth laptop and in headless tests; the password field is cleared whenever it closes.
 */
final class SupervisorPanel {

    private final StackPane overlay = new StackPane();
    private final Label title = new Label();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();

    SupervisorPanel(I18n i18n, BiConsumer<String, char[]> onConfirm) {
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label hint = Forms.label(i18n, "fingerprint.supervisor.hint");
        hint.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        Forms.row(grid, i18n, "fingerprint.supervisor.username", username, "fp-supervisor-username");
        Forms.row(grid, i18n, "fingerprint.supervisor.password", password, "fp-supervisor-password");
        Button confirm = new Button();
        confirm.setId("fp-supervisor-confirm");
        confirm.textProperty().bind(i18n.bind("fingerprint.supervisor.confirm"));
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setDefaultButton(true);
        confirm.setOnAction(e -> {
            char[] secret = password.getText().toCharArray();
            String user = username.getText();
            close();
            onConfirm.accept(user, secret);
        });
        Button cancel = new Button();
        cancel.setId("fp-supervisor-cancel");
        cancel.textProperty().bind(i18n.bind("fingerprint.supervisor.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close());
        HBox buttons = new HBox(12, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = Forms.card(title, hint, grid, buttons);
        card.setId("fp-supervisor-panel");
        overlay.getChildren().add(card);
        overlay.getStyleClass().add("modal-overlay");
        overlay.setVisible(false);
    }

    StackPane node() {
        return overlay;
    }

    void open(String heading) {
        title.setText(heading);
        username.clear();
        password.clear();
        overlay.setVisible(true);
        username.requestFocus();
    }

    void close() {
        password.clear();
        overlay.setVisible(false);
    }
}
