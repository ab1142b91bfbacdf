package id.loket.desktop.queue;

import id.loket.core.queue.Ticket;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.BiConsumer;

/**
 * One request to call a waiting ticket out of its turn, as shown in the dialog: nobody jumps the
 * queue quietly, so it cannot be confirmed until a reason is typed, and the core records that
 * reason (and the tickets skipped) in the audit log.
 */
public final class OutOfOrderCall {

    private final Ticket ticket;
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanBinding reasonGiven = Bindings.createBooleanBinding(
            () -> reason.get() != null && !reason.get().isBlank(), reason);
    private final BiConsumer<Ticket, String> call;

    OutOfOrderCall(Ticket ticket, BiConsumer<Ticket, String> call) {
        this.ticket = ticket;
        this.call = call;
    }

    /** The ticket to call. */
    public Ticket ticket() {
        return ticket;
    }

    /** The reason typed by the officer. */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** True once a reason (not just spaces) is typed; the confirm button follows it. */
    public BooleanBinding reasonGivenProperty() {
        return reasonGiven;
    }

    /** Calls the ticket with the typed reason; the core refuses a blank one with its own message. */
    public void confirm() {
        call.accept(ticket, reason.get());
    }
}
