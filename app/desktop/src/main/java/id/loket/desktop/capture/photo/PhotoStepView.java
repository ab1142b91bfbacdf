package id.loket.desktop.capture.photo;

import atlantafx.base.theme.Styles;
import id.loket.core.i18n.Message;
import id.loket.core.photo.CropRect;
import id.loket.core.photo.PassportFormat;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import id.loket.desktop.shell.Screen;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import java.awt.image.BufferedImage;
import java.io.File;

/**
 * Layout of the photo step: open / retake beside the title; the photo with the proposed 7:9 frame
 * drawn over it (and where crown and chin should fall); beside it a preview of the framed photo,
 * large nudge buttons, the check results and accept, so a booth laptop's screen shows them all. Photos come from a file; behaviour lives in {@link PhotoStepViewModel}.
 */
public final class PhotoStepView implements Screen {

    private static final double BOX_WIDTH = 440;
    private static final double BOX_HEIGHT = 380;

    private final PhotoStepViewModel model;
    private final I18n i18n;
    private final StackPane root;
    private final Pane canvas = new Pane();
    private final ImageView photo = new ImageView();
    private final ImageView preview = new ImageView();
    private final Rectangle frame = new Rectangle();
    private final Line crownLine = new Line();
    private final Line chinLine = new Line();
    private final VBox findings = new VBox(6);
    private final Button accept = new Button();
    private final VBox nudges;
    private final InvalidationListener refresh = this::refresh;
    private Image shown;
    private BufferedImage shownSource;

    public PhotoStepView(PhotoStepViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label title = Forms.label(i18n, "photo.title");
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = Forms.label(i18n, "photo.hint");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);

        photo.setPreserveRatio(true);
        frame.getStyleClass().add("photo-frame");
        frame.setId("photo-frame");
        for (Line guide : new Line[] {crownLine, chinLine}) {
            guide.getStyleClass().add("photo-guide");
        }
        canvas.getChildren().addAll(photo, frame, crownLine, chinLine);
        canvas.setId("photo-canvas");
        StackPane box = new StackPane(canvas);
        box.setPrefSize(BOX_WIDTH, BOX_HEIGHT);
        box.setMinSize(BOX_WIDTH, BOX_HEIGHT);
        box.getStyleClass().add("photo-box");

        preview.setPreserveRatio(true);
        preview.setFitHeight(150);
        preview.setId("photo-preview");

        Button open = action("photo-open", "photo.open", MaterialDesignF.FOLDER_IMAGE, Styles.ACCENT);
        open.setOnAction(e -> choose());
        Button retake = action("photo-retake", "photo.retakeButton", MaterialDesignC.CAMERA_RETAKE, "");
        retake.setOnAction(e -> model.retake());
        accept.setId("photo-accept");
        accept.textProperty().bind(i18n.bind("photo.accept"));
        accept.setGraphic(new FontIcon(MaterialDesignC.CHECK_BOLD));
        accept.getStyleClass().addAll(Styles.SUCCESS, Styles.LARGE);
        accept.disableProperty().bind(model.canAcceptProperty().not());
        accept.setOnAction(e -> model.accept());

        GridPane pad = new GridPane();
        pad.setHgap(8);
        pad.setVgap(8);
        pad.add(nudge("photo-up", MaterialDesignA.ARROW_UP_BOLD, "photo.nudge.up", model::up), 1, 0);
        pad.add(nudge("photo-left", MaterialDesignA.ARROW_LEFT_BOLD, "photo.nudge.left", model::left), 0, 1);
        pad.add(nudge("photo-right", MaterialDesignA.ARROW_RIGHT_BOLD, "photo.nudge.right", model::right), 2, 1);
        pad.add(nudge("photo-down", MaterialDesignA.ARROW_DOWN_BOLD, "photo.nudge.down", model::down), 1, 2);
        pad.add(nudge("photo-bigger", MaterialDesignM.MAGNIFY_MINUS, "photo.nudge.bigger", model::bigger), 0, 2);
        pad.add(nudge("photo-smaller", MaterialDesignM.MAGNIFY_PLUS, "photo.nudge.smaller", model::smaller), 2, 2);
        nudges = new VBox(8, Forms.label(i18n, "photo.nudge.title"), pad);

        findings.setId("photo-findings");
        Label info = new Label();
        info.setId("photo-message");
        info.setWrapText(true);
        info.textProperty().bind(i18n.bind(model.messageProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, title, spacer, open, retake);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox side = new VBox(12, new HBox(16, preview, nudges), findings, info,
                Forms.errorLine(i18n, model.errorProperty(), "photo-error"), accept);
        HBox.setHgrow(side, Priority.ALWAYS);
        HBox body = new HBox(20, box, side);
        VBox content = new VBox(12, top, hint, body);
        content.getStyleClass().add("capture-step");
        root = new StackPane(content);
        root.setId("photo-step");
    }

    private Button action(String id, String key, Ikon icon, String style) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.bind(key));
        b.setGraphic(new FontIcon(icon));
        b.getStyleClass().add(Styles.LARGE);
        if (!style.isEmpty()) {
            b.getStyleClass().add(style);
        }
        return b;
    }

    private Button nudge(String id, Ikon icon, String key, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("nudge-button");
        b.setMinSize(56, 56);
        b.accessibleTextProperty().bind(i18n.bind(key));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(i18n.bind(key));
        b.setTooltip(tip);
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(model.cropProperty().isNull());
        return b;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.text("photo.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.text("photo.fileType"),
                PhotoStepViewModel.FILE_PATTERNS));
        File file = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            model.loadFile(file.toPath());
        }
    }

    private void refresh(Observable ignored) {
        BufferedImage source = model.sourceProperty().get();
        BufferedImage display = source != null ? source : model.storedPhotoProperty().get();
        if (display != shownSource) {
            shownSource = display;
            shown = display == null ? null : FxImages.toFx(display);
            photo.setImage(shown);
            preview.setImage(shown);
        }
        double scale = display == null ? 1 : Math.min(BOX_WIDTH / display.getWidth(), BOX_HEIGHT / display.getHeight());
        if (display != null) {
            photo.setFitWidth(display.getWidth() * scale);
            canvas.setPrefSize(display.getWidth() * scale, display.getHeight() * scale);
            canvas.setMaxSize(display.getWidth() * scale, display.getHeight() * scale);
        }
        CropRect crop = model.cropProperty().get();
        boolean framing = crop != null && source != null;
        frame.setVisible(framing);
        crownLine.setVisible(framing);
        chinLine.setVisible(framing);
        nudges.setVisible(framing);
        nudges.setManaged(framing);
        if (framing) {
            frame.setX(crop.x() * scale);
            frame.setY(crop.y() * scale);
            frame.setWidth(crop.width() * scale);
            frame.setHeight(crop.height() * scale);
            PassportFormat f = PassportFormat.ICAO_35X45_300DPI;
            guide(crownLine, crop, scale, f.crownMargin());
            guide(chinLine, crop, scale, f.crownMargin() + f.headHeight());
            preview.setViewport(new Rectangle2D(crop.x(), crop.y(), crop.width(), crop.height()));
        } else {
            preview.setViewport(null);
        }
        preview.setVisible(display != null);
        findings.getChildren().clear();
        for (Message problem : model.problems()) {
            findings.getChildren().add(finding(problem, "photo-problem", Styles.DANGER));
        }
        for (Message warning : model.warnings()) {
            findings.getChildren().add(finding(warning, "photo-warning", Styles.WARNING));
        }
        if (framing && model.problems().isEmpty() && model.canAcceptProperty().get()) {
            findings.getChildren().add(finding(Message.of("photo.check.ok"), "photo-ok", Styles.SUCCESS));
        }
    }

    private static void guide(Line line, CropRect crop, double scale, double fraction) {
        double y = (crop.y() + crop.height() * fraction) * scale;
        line.setStartX(crop.x() * scale);
        line.setEndX((crop.x() + crop.width()) * scale);
        line.setStartY(y);
        line.setEndY(y);
    }

    private Label finding(Message text, String styleClass, String colour) {
        Label label = new Label(i18n.render(text));
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClass, colour);
        return label;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void activate() {
        model.sourceProperty().addListener(refresh);
        model.storedPhotoProperty().addListener(refresh);
        model.cropProperty().addListener(refresh);
        model.problems().addListener(refresh);
        model.warnings().addListener(refresh);
        model.canAcceptProperty().addListener(refresh);
        i18n.languageProperty().addListener(refresh);
        refresh(null);
    }

    @Override
    public void deactivate() {
        model.sourceProperty().removeListener(refresh);
        model.storedPhotoProperty().removeListener(refresh);
        model.cropProperty().removeListener(refresh);
        model.problems().removeListener(refresh);
        model.warnings().removeListener(refresh);
        model.canAcceptProperty().removeListener(refresh);
        i18n.languageProperty().removeListener(refresh);
    }
}
