package id.loket.desktop.capture.duplicate;

import atlantafx.base.theme.Styles;
import id.loket.core.name.search.DuplicateCandidate.Reason;
import id.loket.desktop.i18n.I18n;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Comparator;

/**
 * One side of the side-by-side comparison: the photo (or a frame saying there is none), then name,
 * NIK, date of birth, place of birth, number and state, each on its own row so the cards line up.
 */
final class SummaryCard {

    private SummaryCard() {
    }

    /** The card of one applicant; {@code tag} makes the node ids ({@code duplicate-name-<tag>}, ...). */
    static VBox of(I18n i18n, ApplicantSummary s, String titleKey, String tag) {
        Label title = new Label();
        title.textProperty().bind(i18n.bind(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        row(facts, i18n, "duplicate.field.name", i18n.bind("duplicate.value", s.fullName()), "duplicate-name-" + tag);
        row(facts, i18n, "duplicate.field.nik", i18n.bind("duplicate.value", s.nik()), "duplicate-nik-" + tag);
        row(facts, i18n, "duplicate.field.birthDate", s.birthDate() == null ? i18n.bind("duplicate.unknown")
                : i18n.bind("duplicate.value", s.birthDate()), "duplicate-born-" + tag);
        row(facts, i18n, "duplicate.field.placeOfBirth", i18n.bind("duplicate.value", s.placeOfBirth()),
                "duplicate-place-" + tag);
        row(facts, i18n, "duplicate.field.number", s.receiptNumber() == null
                ? i18n.bind("duplicate.draftNumber", s.state()) : i18n.bind("duplicate.number", s.receiptNumber(),
                s.state()), "duplicate-number-" + tag);
        VBox card = new VBox(10, title, photo(i18n, s, tag), facts);
        card.getStyleClass().add("duplicate-card");
        card.setId("duplicate-card-" + tag);
        return card;
    }

    /** The line under a candidate: name similarity and why it is shown. */
    static Label why(I18n i18n, DuplicateCase.Candidate c, String tag) {
        String reasons = c.reasons().stream().sorted(Comparator.naturalOrder())
                .map(r -> i18n.text("duplicate.reason", r)).reduce((a, b) -> a + " \u00b7 " + b).orElse("");
        Label why = new Label();
        why.textProperty().bind(i18n.bind("duplicate.why", c.score(), reasons));
        why.setWrapText(true);
        why.getStyleClass().add(c.reasons().contains(Reason.SAME_NIK_DIFFERENT_NAME) ? Styles.DANGER : Styles.WARNING);
        why.setId("duplicate-why-" + tag);
        return why;
    }

    private static Node photo(I18n i18n, ApplicantSummary s, String tag) {
        StackPane frame = new StackPane();
        frame.getStyleClass().add("duplicate-photo");
        frame.setId("duplicate-photo-" + tag);
        frame.setMinSize(DuplicateLookup.PHOTO_WIDTH, DuplicateLookup.PHOTO_WIDTH * 45 / 35);
        frame.setMaxSize(DuplicateLookup.PHOTO_WIDTH, DuplicateLookup.PHOTO_WIDTH * 45 / 35);
        if (s.photo() != null) {
            ImageView view = new ImageView(s.photo());
            view.setPreserveRatio(true);
            view.setFitWidth(DuplicateLookup.PHOTO_WIDTH);
            view.setFitHeight(DuplicateLookup.PHOTO_WIDTH * 45 / 35);
            frame.getChildren().add(view);
        } else {
            Label none = new Label();
            none.textProperty().bind(i18n.bind("duplicate.noPhoto"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            frame.getChildren().add(none);
        }
        return frame;
    }

    private static void row(GridPane grid, I18n i18n, String key, javafx.beans.binding.StringBinding value, String id) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label();
        text.textProperty().bind(value);
        text.setId(id);
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_BOLD);
        grid.addRow(grid.getRowCount(), label, text);
    }
}
