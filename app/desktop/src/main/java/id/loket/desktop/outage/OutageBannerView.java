package id.loket.desktop.outage;

import atlantafx.base.theme.Styles;
import id.loket.desktop.i18n.I18n;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The band across the top of the window during an outage: since when the centre is unreachable,
 * what still works (capture, payment entry, receipts) and what does not (passport printing,
 * same-day express). Hidden, and taking no space, while the centre answers.
 */
public final class OutageBannerView {

    private final HBox root;

    public OutageBannerView(OutageBannerViewModel model, I18n i18n) {
        Label headline = new Label();
        headline.setId("outage-banner-headline");
        headline.getStyleClass().add(Styles.TITLE_4);
        headline.setWrapText(true);
        headline.textProperty().bind(i18n.bind(model.headlineProperty()));
        Label works = line(i18n, "outage.banner.works", "outage-banner-works");
        Label stopped = line(i18n, "outage.banner.stopped", "outage-banner-stopped");
        VBox text = new VBox(2, headline, works, stopped);
        HBox.setHgrow(text, Priority.ALWAYS);
        FontIcon icon = new FontIcon(MaterialDesignC.CLOUD_OFF_OUTLINE);
        icon.getStyleClass().add("outage-banner-icon");
        root = new HBox(16, icon, text);
        root.setId("outage-banner");
        root.getStyleClass().add("outage-banner");
        root.visibleProperty().bind(model.shownProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    private static Label line(I18n i18n, String key, String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(i18n.bind(key));
        return label;
    }

    public Node node() {
        return root;
    }
}
