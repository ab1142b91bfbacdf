package id.loket.desktop.queue;

import id.loket.core.application.Lane;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.queue.LaneStatus;
import id.loket.core.queue.PriorityCriterion;
import id.loket.core.queue.QueueCalls;
import id.loket.core.queue.QueueService;
import id.loket.core.queue.Ticket;
import id.loket.core.queue.TicketState;
import id.loket.desktop.capture.CaptureStart;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.CoreCalls;
import id.loket.desktop.shell.Navigator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The ticket desk of the queue screen: today's lanes at a glance, issuing a ticket for a lane,
 * calling the next ticket or one out of order (with a reason the core audits), and what happens
 * to the called ticket (start capture, no-show, served). Every decision (quota, weekend rule,
 * allowed state changes) is the core's; a refusal is shown as the core's own message.
 */
public final class QueueViewModel {

    private final Map<Lane, ReadOnlyObjectWrapper<LaneStatus>> lanes = new EnumMap<>(Lane.class);
    private final ObservableList<Ticket> waiting = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Ticket> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Ticket> lastIssued = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<PriorityCriterion> criterion = new SimpleObjectProperty<>();
    private final BooleanBinding canServe;
    private final BooleanBinding canMarkNoShow;
    private final BooleanBinding canMarkServed;

    private final QueueService tickets;
    private final QueueCalls calls;
    private final CoreCalls coreCalls;
    private final Navigator navigator;
    private Officer officer;

    public QueueViewModel(QueueService tickets, QueueCalls calls, TaskRunner tasks, Navigator navigator) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.coreCalls = new CoreCalls(tasks);
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        for (Lane lane : Lane.values()) {
            lanes.put(lane, new ReadOnlyObjectWrapper<>(new LaneStatus(lane, 0, 0, 0, true)));
        }
        canServe = inState(TicketState.CALLED, TicketState.SERVING);
        canMarkNoShow = inState(TicketState.CALLED);
        canMarkServed = inState(TicketState.SERVING);
    }

    private BooleanBinding inState(TicketState... states) {
        List<TicketState> allowed = List.of(states);
        BooleanProperty busy = coreCalls.busyProperty();
        return Bindings.createBooleanBinding(
                () -> !busy.get() && current.get() != null && allowed.contains(current.get().state()), current, busy);
    }

    /** Opens the desk for this officer and loads today's queue. */
    public void open(Officer signedIn) {
        officer = Objects.requireNonNull(signedIn, "officer");
        coreCalls.clear();
        refresh();
    }

    /** Reloads lanes, waiting tickets and the ticket this officer has at the counter. */
    public void refresh() {
        UUID shown = current.get() == null ? null : current.get().id();
        String me = officer.username();
        coreCalls.load(() -> new Snapshot(tickets.status(), tickets.ticketsOn(tickets.today())), snapshot -> {
            snapshot.status().forEach(s -> lanes.get(s.lane()).set(s));
            waiting.setAll(snapshot.today().stream().filter(t -> t.state() == TicketState.WAITING).toList());
            current.set(atCounter(snapshot.today(), me, shown));
        });
    }

    /** The ticket shown at the counter: the one just handled if still open, else this officer's latest call. */
    private static Ticket atCounter(List<Ticket> today, String me, UUID shown) {
        List<Ticket> open = today.stream()
                .filter(t -> me.equals(t.calledBy()))
                .filter(t -> t.state() == TicketState.CALLED || t.state() == TicketState.SERVING)
                .toList();
        return open.stream().filter(t -> t.id().equals(shown)).findFirst()
                .orElseGet(() -> open.stream().max(Comparator.comparing(Ticket::calledAt)).orElse(null));
    }

    /** Issues a ticket in a lane; the priority lane uses the chosen {@link #criterionProperty() criterion}. */
    public void issue(Lane lane) {
        PriorityCriterion why = criterion.get();
        act(() -> lane == Lane.PRIORITY ? tickets.issuePriority(why, officer) : tickets.issue(lane, officer), t -> {
            lastIssued.set(t);
            criterion.set(null);
            coreCalls.notice(Message.of("queue.notice.issued", t.number(), t.lane()));
        });
    }

    /** Calls the lane's lowest waiting ticket to this counter. */
    public void callNext(Lane lane) {
        act(() -> calls.callNext(lane, officer), called -> {
            if (called.isPresent()) {
                current.set(called.get());
                coreCalls.notice(Message.of("queue.notice.called", called.get().number()));
            } else {
                coreCalls.notice(Message.of("queue.notice.nobodyWaiting", lane));
            }
        });
    }

    /** Starts calling a waiting ticket out of its turn; the returned request needs a reason before it can be confirmed. */
    public OutOfOrderCall outOfOrder(Ticket ticket) {
        return new OutOfOrderCall(Objects.requireNonNull(ticket, "ticket"), this::callOutOfOrder);
    }

    private void callOutOfOrder(Ticket ticket, String reason) {
        act(() -> calls.callOutOfOrder(ticket.id(), reason, officer), called -> {
            current.set(called);
            coreCalls.notice(Message.of("queue.notice.calledOutOfOrder", called.number()));
        });
    }

    /** Opens the capture flow for the ticket at the counter (resuming its application when one is linked). */
    public void serve() {
        Ticket t = current.get();
        if (t != null && canServe.get()) {
            navigator.showCapture(officer, new CaptureStart(t.applicationId(), t.id(), t.lane()));
        }
    }

    /** The called applicant did not come. */
    public void markNoShow() {
        Ticket t = current.get();
        if (t != null) {
            act(() -> calls.markNoShow(t.id(), officer), done -> {
                current.set(null);
                coreCalls.notice(Message.of("queue.notice.noShow", done.number()));
            });
        }
    }

    /** The applicant at the counter has been served. */
    public void markServed() {
        Ticket t = current.get();
        if (t != null) {
            act(() -> calls.markServed(t.id(), officer), done -> {
                current.set(null);
                coreCalls.notice(Message.of("queue.notice.served", done.number()));
            });
        }
    }

    /** Back to the home screen. */
    public void back() {
        navigator.showHome(officer);
    }

    private <T> void act(Callable<T> work, Consumer<T> then) {
        coreCalls.act(work, then, this::refresh);
    }

    /** Today's state of one lane (issued, quota, waiting, open). */
    public ReadOnlyObjectProperty<LaneStatus> status(Lane lane) {
        return lanes.get(lane).getReadOnlyProperty();
    }

    /** Today's waiting tickets, by lane then number. */
    public ObservableList<Ticket> waiting() {
        return waiting;
    }

    /** The ticket at this counter (called or being served), or null. */
    public ReadOnlyObjectProperty<Ticket> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The ticket issued last from this desk, or null. */
    public ReadOnlyObjectProperty<Ticket> lastIssuedProperty() {
        return lastIssued.getReadOnlyProperty();
    }

    /** Why the next priority ticket is given (Ramah HAM criterion). */
    public ObjectProperty<PriorityCriterion> criterionProperty() {
        return criterion;
    }

    /** The last refusal or failure, or null. */
    public ObjectProperty<Message> errorProperty() {
        return coreCalls.errorProperty();
    }

    /** What the last action did, or null. */
    public ObjectProperty<Message> noticeProperty() {
        return coreCalls.noticeProperty();
    }

    public BooleanProperty busyProperty() {
        return coreCalls.busyProperty();
    }

    public BooleanBinding canServeProperty() {
        return canServe;
    }

    public BooleanBinding canMarkNoShowProperty() {
        return canMarkNoShow;
    }

    public BooleanBinding canMarkServedProperty() {
        return canMarkServed;
    }

    private record Snapshot(List<LaneStatus> status, List<Ticket> today) {
    }
}
