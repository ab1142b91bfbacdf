package id.loket.desktop.queue;

import atlantafx.base.theme.Styles;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.LanguageSwitch;
import id.loket.desktop.shell.Screen;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The queue screen: a tab for tickets (lanes, calling, the ticket at the counter), one for today's
 * M-Paspor appointments, one for the office's queue settings and one for the waiting-room
 * announcement. Layout and bindings only; the
 * behaviour is in the {@link QueueDesk}'s ViewModels.
 */
public final class QueueView implements Screen {

    private final QueueDesk desk;
    private final LanguageSwitch language;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final DeskView tickets;
    private final AppointmentsView appointments;
    private final Tab ticketsTab;
    private final Tab appointmentsTab;
    private final Tab settingsTab;
    private final Tab announcementsTab;
    private final ChangeListener<Tab> reload = (obs, old, now) -> reload(now);

    /** The queue screen choosing CSV files with the system's file chooser. */
    public QueueView(QueueDesk desk, I18n i18n) {
        this(desk, i18n, new CsvFileChooser(i18n));
    }

    /**
     * @param csvChooser asks for the CSV file to import (empty when the officer cancels)
     */
    public QueueView(QueueDesk desk, I18n i18n, Function<Window, Optional<Path>> csvChooser) {
        this.desk = desk;
        this.language = new LanguageSwitch(i18n);
        this.tickets = new DeskView(desk.tickets(), i18n);
        this.appointments = new AppointmentsView(desk.appointments(), i18n, csvChooser);

        Label title = Forms.label(i18n, "queue.title");
        title.setId("queue-title");
        title.getStyleClass().add(Styles.TITLE_2);
        Button back = new Button();
        back.setId("queue-back");
        back.textProperty().bind(i18n.bind("queue.back"));
        back.setGraphic(new FontIcon(MaterialDesignA.ARROW_LEFT));
        back.getStyleClass().add(Styles.LARGE);
        back.setOnAction(e -> desk.tickets().back());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, back, title, spacer, language.node());
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("home-header");

        ticketsTab = tab(i18n, "queue.tab.tickets", "tab-tickets", tickets.root());
        appointmentsTab = tab(i18n, "queue.tab.appointments", "tab-appointments", appointments.root());
        settingsTab = tab(i18n, "queue.tab.settings", "tab-settings",
                new QueueSettingsView(desk.settings(), i18n).root());
        announcementsTab = tab(i18n, "queue.tab.announcements", "tab-announcements",
                new AnnouncementsView(desk.announcements(), i18n).root());
        tabs.getTabs().setAll(ticketsTab, appointmentsTab, settingsTab, announcementsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("queue-tabs");
        root.setTop(header);
        root.setCenter(tabs);
    }

    private static Tab tab(I18n i18n, String key, String id, Parent content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("queue-tab-content");
        Tab tab = new Tab();
        tab.textProperty().bind(i18n.bind(key));
        tab.setId(id);
        tab.setContent(scroll);
        return tab;
    }

    private void reload(Tab shown) {
        if (shown == ticketsTab) {
            desk.tickets().refresh();
        } else if (shown == appointmentsTab) {
            desk.appointments().refresh();
        } else if (shown == settingsTab) {
            desk.settings().load();
        } else if (shown == announcementsTab) {
            desk.announcements().load();
        }
    }

    /** Selects a tab by position (0 tickets, 1 appointments, 2 settings, 3 announcements). */
    public void select(int tab) {
        tabs.getSelectionModel().select(tab);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        language.attach();
        tickets.attach();
        appointments.attach();
        tabs.getSelectionModel().selectedItemProperty().addListener(reload);
    }

    @Override
    public void deactivate() {
        language.detach();
        tickets.detach();
        appointments.detach();
        tabs.getSelectionModel().selectedItemProperty().removeListener(reload);
    }
}
