package id.loket.desktop.setup;

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
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Layout and bindings of the first-run setup; all behaviour is in {@link FirstRunViewModel}. */
public final class FirstRunView implements Screen {

    private final FirstRunViewModel model;
    private final StackPane root;
    private final LanguageSwitch language;
    private final TextField office = new TextField();

    public FirstRunView(FirstRunViewModel model, I18n i18n) {
        this.model = model;
        this.language = new LanguageSwitch(i18n);
        Label title = Forms.label(i18n, "setup.title");
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = Forms.label(i18n, "setup.intro");
        intro.setWrapText(true);

        TextField counter = new TextField();
        TextField username = new TextField();
        TextField fullName = new TextField();
        PasswordField password = new PasswordField();
        PasswordField confirmation = new PasswordField();
        office.textProperty().bindBidirectional(model.officeCodeProperty());
        counter.textProperty().bindBidirectional(model.counterNumberProperty());
        username.textProperty().bindBidirectional(model.usernameProperty());
        fullName.textProperty().bindBidirectional(model.fullNameProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        confirmation.textProperty().bindBidirectional(model.confirmationProperty());
        office.promptTextProperty().bind(i18n.bind("setup.officeCode.prompt"));
        counter.promptTextProperty().bind(i18n.bind("setup.counter.prompt"));
        password.promptTextProperty().bind(i18n.bind("setup.password.prompt", FirstRunViewModel.MIN_PASSWORD));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.setHgap(12);
        grid.setVgap(12);
        Forms.row(grid, i18n, "setup.officeCode", office, "setup-office");
        Forms.row(grid, i18n, "setup.counter", counter, "setup-counter");
        Forms.row(grid, i18n, "setup.username", username, "setup-username");
        Forms.row(grid, i18n, "setup.fullName", fullName, "setup-fullname");
        Forms.row(grid, i18n, "setup.password", password, "setup-password");
        Forms.row(grid, i18n, "setup.confirmation", confirmation, "setup-confirmation");

        Button save = new Button();
        save.setId("setup-save");
        save.textProperty().bind(i18n.bind("setup.save"));
        save.setGraphic(new FontIcon(MaterialDesignC.CHECK_BOLD));
        save.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        save.setDefaultButton(true);
        save.setMaxWidth(Double.MAX_VALUE);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());

        root = new StackPane(Forms.card(language.node(), title, intro, grid,
                Forms.errorLine(i18n, model.errorProperty(), "setup-error"), save));
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("first-run");
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.errorProperty().set(null);
        language.attach();
        office.requestFocus();
    }

    @Override
    public void deactivate() {
        model.clearSecrets();
        language.detach();
    }
}
