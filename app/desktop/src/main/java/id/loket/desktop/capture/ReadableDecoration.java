package id.loket.desktop.capture;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import javafx.scene.control.Tooltip;

/**
 * ControlsFX's field marks with a tooltip an officer can read: ControlsFX styles a warning's
 * tooltip dark yellow on light yellow (inline, so a stylesheet cannot override it); this one has
 * the theme's text colour on a tinted background ({@code .validation-tooltip} in loket.css) and
 * wraps long messages instead of running across the window.
 */
final class ReadableDecoration extends GraphicValidationDecoration {

    private static final double MAX_WIDTH = 560;

    @Override
    protected Tooltip createTooltip(ValidationMessage message) {
        Tooltip tooltip = new Tooltip(message.getText());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(MAX_WIDTH);
        tooltip.getStyleClass().addAll("validation-tooltip",
                message.getSeverity() == Severity.ERROR ? "validation-error" : "validation-warning");
        return tooltip;
    }
}
