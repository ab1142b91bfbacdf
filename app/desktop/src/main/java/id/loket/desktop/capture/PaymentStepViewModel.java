package id.loket.desktop.capture;

import id.loket.core.application.Application;
import id.loket.core.application.Payment;
import id.loket.core.application.ServiceLevel;
import id.loket.core.audit.AuditLog;
import id.loket.core.fee.FeeQuote;
import id.loket.core.fee.FeeTable;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.Failures;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Payment (PNBP): the SIMPONI billing code the applicant pays against, the amount from core's fee
 * table (express adds the percepatan surcharge) and "mark paid", which records when payment was
 * confirmed in the draft and who confirmed it in the audit log. A billing code is 15 or 16
 * digits (SIMPONI issues 15; some regional channels print 16).
 */
public final class PaymentStepViewModel implements CaptureStepModel {

    /** Shape of a billing code: 15 or 16 digits. */
    public static final Pattern BILLING_CODE = Pattern.compile("\\d{15,16}");

    private final StringProperty billingCode = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<FeeQuote> quote = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ServiceLevel> service = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Payment> payment = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> paidBy = new SimpleObjectProperty<>();
    private final ObjectBinding<Message> billingProblem;
    private final FeeTable fees;
    private final AuditLog audit;
    private final Clock clock;
    private final TaskRunner tasks;
    private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
    private Officer officer;
    private Application draft;

    public PaymentStepViewModel(FeeTable fees, AuditLog audit, TaskRunner tasks, Clock clock) {
        this.tasks = tasks;
        this.fees = fees;
        this.audit = audit;
        this.clock = clock;
        billingProblem = Bindings.createObjectBinding(() -> {
            String code = billingCode.get() == null ? "" : billingCode.get().strip();
            if (code.isEmpty()) {
                return Message.of("capture.payment.billingRequired");
            }
            return BILLING_CODE.matcher(code).matches() ? null
                    : Message.of("capture.payment.billingShape", code.length());
        }, billingCode);
    }

    @Override
    public void load(Application app, Officer signedIn) {
        this.draft = app;
        this.officer = signedIn;
        Payment p = app == null ? null : app.payment();
        payment.set(p);
        billingCode.set(p == null || p.billingCode() == null ? "" : p.billingCode());
        reference.set(p == null || p.reference() == null ? "" : p.reference());
        service.set(app == null ? null : app.service());
        quote.set(quoteFor(app));
    }

    private FeeQuote quoteFor(Application app) {
        try {
            return app == null ? null : fees.quote(app, LocalDate.now(clock));
        } catch (IllegalArgumentException incomplete) {
            return null;
        }
    }

    /**
     * Confirms payment now: the billing with its amount, marked paid by this officer. The draft is
     * saved by the flow through {@link #autosave()}; the officer and time go to the audit log.
     *
     * @return false (nothing recorded) when the billing code or amount is not ready
     */
    public boolean markPaid() {
        if (billingProblem.get() != null || quote.get() == null || draft == null) {
            error.set(billingProblem.get() != null ? billingProblem.get() : Message.of("capture.payment.noFee"));
            return false;
        }
        error.set(null);
        var now = clock.instant();
        Payment paid = Payment.billed(billingCode.get().strip(), quote.get().total(), now)
                .confirmPaid(now, reference.get().isBlank() ? null : reference.get().strip());
        String subject = draft.id().toString();
        Officer who = officer;
        tasks.run(() -> audit.append(who.username(), "payment.confirmed", subject,
                        Map.of("billingCode", paid.billingCode(), "amount", Long.toString(paid.amount()))),
                entry -> {
                    paidBy.set(who.fullName());
                    payment.set(paid);
                },
                failure -> error.set(Failures.message(failure)));
        return true;
    }

    /** Why marking paid failed, or null. */
    public ObjectProperty<Message> errorProperty() {
        return error;
    }

    @Override
    public List<Message> problems() {
        if (payment.get() == null || !payment.get().paid()) {
            return billingProblem.get() != null ? List.of(billingProblem.get())
                    : List.of(Message.of("capture.payment.notPaid"));
        }
        return List.of();
    }

    @Override
    public Application applyTo(Application app) {
        return payment.get() == null ? app : app.withPayment(payment.get());
    }

    @Override
    public javafx.beans.Observable autosave() {
        return payment;
    }

    public StringProperty billingCodeProperty() {
        return billingCode;
    }

    /** Payment proof number (NTPN), optional. */
    public StringProperty referenceProperty() {
        return reference;
    }

    /** What is wrong with the billing code, or null. */
    public ObjectBinding<Message> billingProblem() {
        return billingProblem;
    }

    /** Fee and surcharge for the draft, null when its birth date, type or service is missing. */
    public ReadOnlyObjectProperty<FeeQuote> quoteProperty() {
        return quote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServiceLevel> serviceProperty() {
        return service.getReadOnlyProperty();
    }

    /** The recorded payment, null until billed. */
    public ReadOnlyObjectProperty<Payment> paymentProperty() {
        return payment.getReadOnlyProperty();
    }

    /** Name of the officer who marked it paid in this session (the audit log holds it for good). */
    public ObjectProperty<String> paidByProperty() {
        return paidBy;
    }
}
