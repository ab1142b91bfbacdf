package id.loket.desktop.login;

import atlantafx.base.theme.Styles;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.LanguageSwitch;
import id.loket.desktop.shell.Screen;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** Layout and bindings of the login screen; behaviour lives in {@link LoginViewModel}. */
public final class LoginView implements Screen {

    private final LoginViewModel model;
    private final LanguageSwitch language;
    private final StackPane root;
    private final TextField username = new TextField();

    public LoginView(LoginViewModel model, I18n i18n) {
        this.model = model;
        this.language = new LanguageSwitch(i18n);
        FontIcon logo = new FontIcon(MaterialDesignL.LOCK_OUTLINE);
        logo.getStyleClass().add("logo-icon");
        Label title = Forms.label(i18n, "login.title");
        title.setId("login-title");
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = Forms.label(i18n, "app.name");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);

        PasswordField password = new PasswordField();
        username.textProperty().bindBidirectional(model.usernameProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        Forms.row(grid, i18n, "login.username", username, "login-username");
        Forms.row(grid, i18n, "login.password", password, "login-password");

        Button submit = new Button();
        submit.setId("login-submit");
        submit.textProperty().bind(i18n.bind("login.submit"));
        submit.setGraphic(new FontIcon(MaterialDesignL.LOGIN));
        submit.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        submit.setDefaultButton(true);
        submit.setMaxWidth(Double.MAX_VALUE);
        submit.disableProperty().bind(model.busyProperty());
        submit.setOnAction(e -> model.login());

        root = new StackPane(Forms.card(language.node(), logo, title, subtitle, grid,
                Forms.errorLine(i18n, model.errorProperty(), "login-error"), submit));
        root.setAlignment(Pos.CENTER);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        language.attach();
        username.requestFocus();
    }

    @Override
    public void deactivate() {
        language.detach();
        model.reset();
    }
}
