package id.loket.desktop.queue;

import atlantafx.base.theme.Styles;
import id.loket.core.i18n.Message;
import id.loket.core.queue.RowResult;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.queue.AppointmentForm.Field;
import id.loket.desktop.queue.AppointmentsViewModel.AppointmentRow;
import id.loket.desktop.shell.Forms;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The appointments tab: today's M-Paspor appointments with check-in, a form to type one in (the
 * core's messages under each field) and the CSV import with its per-row report. Layout and
 * bindings only; the file is chosen through the given chooser so tests can hand in a file.
 */
final class AppointmentsView {

    private final AppointmentsViewModel model;
    private final I18n i18n;
    private final Function<Window, Optional<Path>> chooser;
    private final VBox root;
    private final TableView<AppointmentRow> list = new TableView<>();
    private final TableView<RowResult> report = new TableView<>();
    private final ChangeListener<I18n.Language> relabel = (obs, old, now) -> {
        list.refresh();
        report.refresh();
    };

    AppointmentsView(AppointmentsViewModel model, I18n i18n, Function<Window, Optional<Path>> chooser) {
        this.model = model;
        this.i18n = i18n;
        this.chooser = chooser;
        VBox left = new VBox(12, title("queue.appointments.title"), appointmentTable(),
                new HBox(12, checkInButton(), rescheduleBox()),
                Forms.errorLine(i18n, model.errorProperty(), "appointments-error"),
                DeskView.noticeLine(i18n, model.noticeProperty(), "appointments-notice"));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox right = new VBox(12, title("queue.form.title"), form());
        right.setMinWidth(380);
        right.setMaxWidth(400);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox top = new HBox(24, left, right);
        root = new VBox(16, top, title("queue.import.title"), importBox());
    }

    private Label title(String key) {
        Label l = Forms.label(i18n, key);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private TableView<AppointmentRow> appointmentTable() {
        list.setId("appointments-list");
        list.setItems(model.appointments());
        list.getColumns().setAll(
                column("queue.appointments.code", r -> r.appointment().bookingCode(), 150),
                column("queue.appointments.name", r -> r.appointment().fullName(), 140),
                column("queue.appointments.birthDate", r -> i18n.text("queue.date", r.appointment().birthDate()), 150),
                column("queue.appointments.nik", r -> r.appointment().nik(), 175),
                column("queue.appointments.status", r -> r.checkedIn()
                        ? i18n.text("queue.appointments.ticket", r.ticketNumber())
                        : i18n.text("queue.appointments.notArrived"), 130));
        list.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        list.setPrefHeight(220);
        list.setMinHeight(200);
        return list;
    }

    private <S> TableColumn<S, String> column(String key, Function<S, String> value, double width) {
        TableColumn<S, String> c = new TableColumn<>();
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 90));
        c.textProperty().bind(i18n.bind(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private Button checkInButton() {
        Button checkIn = new Button();
        checkIn.setId("appointment-check-in");
        checkIn.textProperty().bind(i18n.bind("queue.appointments.checkIn"));
        checkIn.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_CHECK));
        checkIn.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        var selected = list.getSelectionModel().selectedItemProperty();
        checkIn.disableProperty().bind(selected.isNull().or(model.busyProperty()).or(
                javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> selected.get() != null && selected.get().checkedIn(), selected)));
        checkIn.setOnAction(e -> model.checkIn(selected.get()));
        return checkIn;
    }

    /** A later date and the button that moves the selected appointment there (not once checked in). */
    private HBox rescheduleBox() {
        DatePicker date = new DatePicker();
        date.setId("appointment-new-date");
        date.promptTextProperty().bind(i18n.bind("queue.appointments.newDate"));
        date.setPrefWidth(170);
        Button move = new Button();
        move.setId("appointment-reschedule");
        move.textProperty().bind(i18n.bind("queue.appointments.reschedule"));
        move.setGraphic(new FontIcon(MaterialDesignC.CALENDAR_ARROW_RIGHT));
        move.getStyleClass().add(Styles.LARGE);
        var selected = list.getSelectionModel().selectedItemProperty();
        move.disableProperty().bind(selected.isNull().or(model.busyProperty()).or(
                javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> selected.get() != null && selected.get().checkedIn(), selected)));
        move.setOnAction(e -> model.reschedule(selected.get(), date.getValue()));
        HBox box = new HBox(8, date, move);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private VBox form() {
        AppointmentForm form = model.form();
        VBox fields = new VBox(10,
                field("queue.form.name", Field.NAME, form,
                        "appointment-name", "appointment-name-error", "appointment-name-warning"),
                field("queue.form.birthDate", Field.BIRTH_DATE, form,
                        "appointment-birth-date", "appointment-birth-date-error", "appointment-birth-date-warning"),
                field("queue.form.nik", Field.NIK, form,
                        "appointment-nik", "appointment-nik-error", "appointment-nik-warning"),
                field("queue.form.bookingCode", Field.BOOKING_CODE, form, "appointment-booking-code",
                        "appointment-booking-code-error", "appointment-booking-code-warning"));
        Button save = new Button();
        save.setId("appointment-save");
        save.textProperty().bind(i18n.bind("queue.form.save"));
        save.setGraphic(new FontIcon(MaterialDesignC.CONTENT_SAVE));
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.save());
        VBox box = new VBox(12, fields, save);
        box.getStyleClass().add("queue-card");
        return box;
    }

    /** A label above its field, then the core's error and warning about it (hidden lines take no room). */
    private VBox field(String key, Field field, AppointmentForm form, String id, String errorId, String warningId) {
        TextField input = new TextField();
        input.setId(id);
        input.textProperty().bindBidirectional(form.value(field));
        if (field == Field.BIRTH_DATE) {
            input.promptTextProperty().bind(i18n.bind("queue.form.birthDate.prompt"));
        }
        Label label = Forms.label(i18n, key);
        label.setLabelFor(input);
        return new VBox(4, label, input, Forms.errorLine(i18n, form.error(field), errorId),
                warningLine(form.warning(field), warningId));
    }

    private Label warningLine(ObservableValue<Message> warning, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll("warning-line", Styles.WARNING);
        label.setWrapText(true);
        label.textProperty().bind(i18n.bind(warning));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private VBox importBox() {
        Label hint = Forms.label(i18n, "queue.import.hint");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Button choose = new Button();
        choose.setId("appointment-import");
        choose.textProperty().bind(i18n.bind("queue.import.choose"));
        choose.setGraphic(new FontIcon(MaterialDesignF.FILE_UPLOAD_OUTLINE));
        choose.disableProperty().bind(model.busyProperty());
        choose.setOnAction(e -> chooser.apply(root.getScene().getWindow()).ifPresent(model::importCsv));
        report.setId("appointment-report");
        report.setItems(model.report());
        report.setPrefHeight(240);
        report.setMinHeight(200);
        TableColumn<RowResult, String> reasons = column("queue.report.reasons", r -> AppointmentsViewModel.messages(r)
                .stream().map(i18n::render).collect(Collectors.joining(String.valueOf(' '))), 600);
        reasons.setCellFactory(c -> new WrappingCell<>());
        report.getColumns().setAll(
                column("queue.report.line", r -> Integer.toString(r.line()), 70),
                column("queue.report.code", RowResult::bookingCode, 140),
                column("queue.report.outcome", r -> i18n.text("queue.report.result", r.outcome()), 140),
                reasons);
        report.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(8, hint, choose, report);
        box.getStyleClass().add("queue-card");
        return box;
    }

    /** A table cell whose text wraps, so every reason of a refused row can be read. */
    private static final class WrappingCell<S> extends TableCell<S, String> {

        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(16));
            text.getStyleClass().add("wrapping-cell-text");
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? null : item);
            setGraphic(empty || item == null ? null : text);
        }
    }

    Parent root() {
        return root;
    }

    void attach() {
        i18n.languageProperty().addListener(relabel);
        list.refresh();
        report.refresh();
    }

    void detach() {
        i18n.languageProperty().removeListener(relabel);
    }
}
