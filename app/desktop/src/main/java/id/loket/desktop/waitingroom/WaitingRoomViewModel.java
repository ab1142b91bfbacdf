package id.loket.desktop.waitingroom;

import id.loket.core.i18n.Message;
import id.loket.core.outage.OutageStatus;
import id.loket.core.outage.OutageWatch;
import id.loket.core.queue.LaneCalls;
import id.loket.core.queue.QueueService;
import id.loket.core.queue.Ticket;
import id.loket.core.waitingroom.Announcements;
import id.loket.core.waitingroom.DueAnnouncement;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.concurrent.Ticker;
import id.loket.desktop.shell.Failures;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the waiting-room display shows: today's calls per lane, the scheduled announcement when it
 * is due, and the outage notice while the centre is unreachable. It reads the store off the UI
 * thread every two seconds while the display is open, so a ticket called at any counter of this
 * device appears without anyone touching the display.
 */
public final class WaitingRoomViewModel {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final QueueService tickets;
    private final Announcements announcements;
    private final OutageWatch outage;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Ticker ticker = new Ticker(javafx.util.Duration.seconds(2), this::refresh);

    private final ObservableList<LaneCalls> lanes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DueAnnouncement> announcement = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OutageStatus> outageStatus = new ReadOnlyObjectWrapper<>(OutageStatus.NONE);
    private final ReadOnlyObjectWrapper<LocalTime> time = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private boolean reading;

    public WaitingRoomViewModel(QueueService tickets, Announcements announcements, OutageWatch outage,
                                TaskRunner tasks, Clock clock) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.announcements = Objects.requireNonNull(announcements, "announcements");
        this.outage = Objects.requireNonNull(outage, "outage");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads the board again (skipped while the previous read still runs). */
    public void refresh() {
        if (reading) {
            return;
        }
        reading = true;
        tasks.run(() -> new Board(tickets.calledToday(), announcements.dueNow().orElse(null), outage.status(),
                        LocalTime.now(clock)),
                board -> {
                    reading = false;
                    error.set(null);
                    if (!lanes.equals(board.lanes())) {
                        lanes.setAll(board.lanes());
                    }
                    announcement.set(board.announcement());
                    outageStatus.set(board.outage());
                    time.set(board.time());
                },
                failure -> {
                    reading = false;
                    error.set(Failures.message(failure));
                });
    }

    /** Follows the queue while the display is open. */
    public void start() {
        ticker.start();
    }

    /** The display was closed. */
    public void stop() {
        ticker.stop();
    }

    public boolean following() {
        return ticker.running();
    }

    public ObservableList<LaneCalls> lanes() {
        return lanes;
    }

    public ReadOnlyObjectProperty<DueAnnouncement> announcementProperty() {
        return announcement.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OutageStatus> outageProperty() {
        return outageStatus.getReadOnlyProperty();
    }

    /** The time of the last read, shown as the display's clock. */
    public ReadOnlyObjectProperty<LocalTime> timeProperty() {
        return time.getReadOnlyProperty();
    }

    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    /** "10:15": a time of day as the display shows it. */
    static String clock(LocalTime time) {
        return HH_MM.format(time);
    }

    /** The lane's earlier calls, newest first: "W07-002  ·  W07-001"; empty when there are none. */
    static String calledBefore(LaneCalls lane) {
        Ticket current = lane.current().orElse(null);
        return lane.recent().stream().filter(t -> t != current).map(Ticket::number)
                .collect(Collectors.joining("  ·  "));
    }

    private record Board(List<LaneCalls> lanes, DueAnnouncement announcement, OutageStatus outage, LocalTime time) {
    }
}
