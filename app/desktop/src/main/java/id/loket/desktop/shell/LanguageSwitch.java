package id.loket.desktop.shell;

import id.loket.desktop.i18n.I18n;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

import java.util.Locale;

/**
 * Two large toggle buttons, "Bahasa Indonesia" and "English", that switch the whole UI. Each
 * language's name is written in that language in both bundles so an officer can always find
 * their own. The owning screen calls {@link #attach()} and {@link #detach()} from its lifecycle.
 */
public final class LanguageSwitch {

    private final I18n i18n;
    private final ToggleGroup group = new ToggleGroup();
    private final HBox node;
    private final ChangeListener<I18n.Language> follow = (obs, old, now) -> select(now.locale());

    public LanguageSwitch(I18n i18n) {
        this.i18n = i18n;
        ToggleButton indonesian = button(I18n.INDONESIAN, "language.id", "language-id");
        ToggleButton english = button(I18n.ENGLISH, "language.en", "language-en");
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                group.selectToggle(old);
            }
        });
        FontIcon icon = new FontIcon(MaterialDesignT.TRANSLATE);
        node = new HBox(8, icon, indonesian, english);
        node.getStyleClass().add("language-switch");
        select(i18n.locale());
    }

    public HBox node() {
        return node;
    }

    /** Starts following language changes made elsewhere. */
    public void attach() {
        select(i18n.locale());
        i18n.languageProperty().addListener(follow);
    }

    /** Stops following language changes. */
    public void detach() {
        i18n.languageProperty().removeListener(follow);
    }

    private ToggleButton button(Locale locale, String key, String id) {
        ToggleButton button = new ToggleButton();
        button.textProperty().bind(i18n.bind(key));
        button.setId(id);
        button.setUserData(locale);
        button.setToggleGroup(group);
        button.setOnAction(e -> i18n.setLocale(locale));
        return button;
    }

    private void select(Locale locale) {
        group.getToggles().stream()
                .filter(t -> locale.equals(t.getUserData()))
                .findFirst()
                .ifPresent(group::selectToggle);
    }
}
