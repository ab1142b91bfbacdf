package id.loket.desktop.booth;

import id.loket.core.booth.BoothProgress;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The event's places taken against its quota as a bar: blue, amber when nearly full, red when
 * full. Drawn from two regions rather than a ProgressBar, whose fill did not repaint after its
 * style class changed.
 */
final class QuotaBar {

    private final StackPane track = new StackPane();
    private final Region fill = new Region();

    QuotaBar(ObservableValue<BoothProgress> progress) {
        track.getStyleClass().add("quota-bar");
        fill.getStyleClass().add("quota-bar-fill");
        track.setPrefHeight(22);
        track.setMinHeight(22);
        track.setMaxWidth(Double.MAX_VALUE);
        track.setAlignment(Pos.CENTER_LEFT);
        fill.setMinWidth(0);
        fill.maxWidthProperty().bind(Bindings.createDoubleBinding(
                () -> track.getWidth() * fraction(progress.getValue()), track.widthProperty(), progress));
        fill.prefWidthProperty().bind(fill.maxWidthProperty());
        fill.setMaxHeight(Double.MAX_VALUE);
        track.getChildren().add(fill);
        progress.addListener((obs, before, p) -> {
            fill.getStyleClass().removeAll("full", "nearly-full");
            if (p != null && (p.full() || p.nearlyFull())) {
                fill.getStyleClass().add(p.full() ? "full" : "nearly-full");
            }
        });
    }

    private static double fraction(BoothProgress p) {
        return p == null ? 0 : p.fraction();
    }

    StackPane node() {
        return track;
    }
}
