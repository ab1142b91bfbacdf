package id.loket.desktop.capture.fingerprint;

import atlantafx.base.theme.Styles;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.biometric.FingerStatus;
import id.loket.core.biometric.FingerprintCapture;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.Screen;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Layout of the fingerprint step: both hands as a grid of large finger tiles, the capture
 * buttons, the quality threshold, the exception controls and the supervisor panel. Behaviour
 * lives in {@link FingerprintStepViewModel}; this class only binds and forwards.
 */
public final class FingerprintStepView implements Screen {

    /** Left hand little to thumb, then right hand thumb to little: as the hands lie on a slap scanner. */
    private static final List<Finger> LEFT = List.of(Finger.LEFT_LITTLE, Finger.LEFT_RING, Finger.LEFT_MIDDLE,
            Finger.LEFT_INDEX, Finger.LEFT_THUMB);
    private static final List<Finger> RIGHT = List.of(Finger.RIGHT_THUMB, Finger.RIGHT_INDEX, Finger.RIGHT_MIDDLE,
            Finger.RIGHT_RING, Finger.RIGHT_LITTLE);

    private final FingerprintStepViewModel model;
    private final I18n i18n;
    private final StackPane root;
    private final Map<Finger, ToggleButton> tiles = new EnumMap<>(Finger.class);
    private final ToggleGroup group = new ToggleGroup();
    private final Button captureOne = new Button();
    private final Button captureRest = new Button();
    private final ComboBox<ExceptionReason> reason = new ComboBox<>();
    private final Button recordException = new Button();
    private final Button askSupervisor = new Button();
    private final Label device = new Label();
    private final SupervisorPanel supervisor;
    private final InvalidationListener refresh = this::refresh;

    public FingerprintStepView(FingerprintStepViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label title = Forms.label(i18n, "fingerprint.title");
        title.getStyleClass().add(Styles.TITLE_2);
        device.setId("fp-device");
        device.getStyleClass().add(Styles.TEXT_MUTED);

        Spinner<Integer> threshold = new Spinner<>(0, 100, model.thresholdProperty().get(), 5);
        threshold.setId("fp-threshold");
        threshold.setEditable(true);
        threshold.setPrefWidth(110);
        threshold.valueProperty().addListener((o, was, now) -> model.thresholdProperty().set(now));
        HBox header = new HBox(16, new VBox(4, title, device), grow(), Forms.label(i18n, "fingerprint.threshold"),
                threshold);
        header.setAlignment(Pos.CENTER_LEFT);

        GridPane hands = new GridPane();
        hands.setId("fp-hands");
        hands.setHgap(10);
        hands.setVgap(10);
        for (int i = 0; i < 5; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(20);
            hands.getColumnConstraints().add(column);
        }
        hands.add(Forms.label(i18n, "fingerprint.leftHand"), 0, 0, 5, 1);
        hands.add(Forms.label(i18n, "fingerprint.rightHand"), 0, 2, 5, 1);
        for (int i = 0; i < 5; i++) {
            hands.add(tile(LEFT.get(i)), i, 1);
            hands.add(tile(RIGHT.get(i)), i, 3);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set((Finger) now.getUserData());
            } else if (was != null) {
                was.setSelected(true);
            }
        });

        style(captureOne, "fp-capture", "fingerprint.captureSelected", Styles.ACCENT);
        captureOne.setGraphic(new FontIcon(MaterialDesignF.FINGERPRINT));
        captureOne.setOnAction(e -> model.captureSelected());
        style(captureRest, "fp-capture-remaining", "fingerprint.captureRemaining", Styles.SUCCESS);
        captureRest.setOnAction(e -> model.captureRemaining());
        FlowPane captureRow = new FlowPane(12, 12, captureOne, captureRest);

        reason.setId("fp-exception-reason");
        reason.getItems().setAll(ExceptionReason.values());
        reason.setCellFactory(list -> new ReasonCell());
        reason.setButtonCell(new ReasonCell());
        reason.getSelectionModel().select(ExceptionReason.UNREADABLE);
        reason.setMinHeight(48);
        reason.valueProperty().addListener(refresh);
        style(recordException, "fp-exception-record", "fingerprint.exception.record", Styles.WARNING);
        recordException.setOnAction(e -> model.recordException(model.selectedProperty().get(), reason.getValue()));
        style(askSupervisor, "fp-supervisor-open", "fingerprint.exception.askSupervisor", Styles.ACCENT);
        supervisor = new SupervisorPanel(i18n, (user, password) ->
                model.confirmException(model.selectedProperty().get(), user, password));
        askSupervisor.setOnAction(e -> supervisor.open(i18n.text("fingerprint.supervisor.title",
                model.selectedProperty().get())));
        HBox exceptionRow = new HBox(12, Forms.label(i18n, "fingerprint.exception.reason"), reason, recordException,
                askSupervisor);
        exceptionRow.setAlignment(Pos.CENTER_LEFT);

        Label info = new Label();
        info.setId("fp-message");
        info.setWrapText(true);
        info.textProperty().bind(i18n.bind(model.messageProperty()));
        VBox content = new VBox(16, header, hands, captureRow, exceptionRow, info,
                Forms.errorLine(i18n, model.errorProperty(), "fp-error"));
        content.getStyleClass().add("capture-step");
        root = new StackPane(content, supervisor.node());
        root.setId("fingerprint-step");
    }

    private ToggleButton tile(Finger finger) {
        ToggleButton tile = FingerTile.create(finger, group);
        tiles.put(finger, tile);
        return tile;
    }

    private void style(Button button, String id, String key, String style) {
        button.setId(id);
        button.textProperty().bind(i18n.bind(key));
        button.getStyleClass().addAll(style, Styles.LARGE);
    }

    private static javafx.scene.layout.Region grow() {
        javafx.scene.layout.Region spring = new javafx.scene.layout.Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        return spring;
    }

    private void refresh(Observable ignored) {
        FingerprintCapture capture = model.captureProperty().get();
        if (capture == null) {
            return;
        }
        for (Map.Entry<Finger, ToggleButton> tile : tiles.entrySet()) {
            FingerTile.show(tile.getValue(), i18n, capture.finger(tile.getKey()),
                    capture.required().requires(tile.getKey()));
        }
        Finger selected = model.selectedProperty().get();
        if (selected != null && tiles.get(selected).getToggleGroup().getSelectedToggle() != tiles.get(selected)) {
            tiles.get(selected).setSelected(true);
        }
        boolean busy = model.busyProperty().get();
        FingerCapture current = selected == null ? null : capture.finger(selected);
        boolean remaining = capture.required().fingers().stream()
                .anyMatch(f -> capture.finger(f).status() == FingerStatus.PENDING);
        captureOne.setDisable(busy || current == null);
        captureOne.textProperty().bind(i18n.bind(current != null && model.retryOffered(selected)
                ? "fingerprint.retry" : "fingerprint.captureSelected"));
        captureRest.setDisable(busy || !remaining);
        recordException.setDisable(busy || current == null || reason.getValue() == null
                || !model.exceptionAllowed(selected, reason.getValue()));
        askSupervisor.setDisable(busy || current == null || current.status() != FingerStatus.EXCEPTION
                || current.confirmedBy() != null);
        ScannerDevice scanner = model.deviceProperty().get();
        device.setText(scanner == null ? i18n.text("fingerprint.device.none")
                : i18n.text("fingerprint.device.using", scanner.model(), scanner.serialNo(), scanner.port()));
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.captureProperty().addListener(refresh);
        model.selectedProperty().addListener(refresh);
        model.busyProperty().addListener(refresh);
        model.deviceProperty().addListener(refresh);
        i18n.languageProperty().addListener(refresh);
        refresh(null);
    }

    @Override
    public void deactivate() {
        model.captureProperty().removeListener(refresh);
        model.selectedProperty().removeListener(refresh);
        model.busyProperty().removeListener(refresh);
        model.deviceProperty().removeListener(refresh);
        i18n.languageProperty().removeListener(refresh);
        supervisor.close();
    }

    /** Shows a reason in the current language. */
    private final class ReasonCell extends ListCell<ExceptionReason> {
        @Override
        protected void updateItem(ExceptionReason item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.text("fingerprint.reason", item));
        }
    }
}
