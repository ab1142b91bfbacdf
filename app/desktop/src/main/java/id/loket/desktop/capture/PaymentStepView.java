package id.loket.desktop.capture;

import atlantafx.base.theme.Styles;
import id.loket.core.application.Payment;
import id.loket.core.i18n.Message;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.shell.Forms;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Payment: billing code, amount (with the express surcharge when chosen) and marking it paid. */
public final class PaymentStepView extends FormStepView {

    public PaymentStepView(PaymentStepViewModel model, I18n i18n) {
        TextField billing = new TextField();
        billing.setId("capture-billing");
        billing.textProperty().bindBidirectional(model.billingCodeProperty());
        billing.promptTextProperty().bind(i18n.bind("capture.payment.billingPrompt"));
        TextField reference = new TextField();
        reference.setId("capture-payment-reference");
        reference.textProperty().bindBidirectional(model.referenceProperty());
        Label amount = new Label();
        amount.setId("capture-payment-amount");
        amount.getStyleClass().add(Styles.TITLE_3);
        amount.textProperty().bind(i18n.bind(Bindings.createObjectBinding(
                () -> StepPane.feeText(model.quoteProperty().get(), "capture.payment.total"), model.quoteProperty())));
        Label billingProblem = Forms.errorLine(i18n, model.billingProblem(), "capture-billing-problem");
        billingProblem.visibleProperty().unbind();
        billingProblem.visibleProperty().bind(billing.textProperty().isNotEmpty()
                .and(billingProblem.textProperty().isNotEmpty()));
        Button paid = new Button();
        paid.setId("capture-mark-paid");
        paid.textProperty().bind(i18n.bind("capture.payment.markPaid"));
        paid.setGraphic(new FontIcon(MaterialDesignC.CASH_CHECK));
        paid.getStyleClass().addAll(Styles.SUCCESS, Styles.LARGE);
        paid.setOnAction(e -> model.markPaid());
        paid.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.paymentProperty().get() != null && model.paymentProperty().get().paid(),
                model.paymentProperty()));
        Label status = new Label();
        status.setId("capture-payment-status");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(i18n.bind(Bindings.createObjectBinding(
                () -> statusText(model.paymentProperty().get(), model.paidByProperty().get()),
                model.paymentProperty(), model.paidByProperty())));
        GridPane grid = StepPane.grid();
        StepPane.row(grid, i18n, "capture.payment.amount", amount);
        StepPane.row(grid, i18n, "capture.payment.billingCode", billing);
        StepPane.row(grid, i18n, "capture.payment.reference", reference);
        super(i18n, "capture-payment", "capture.payment.title", grid, billingProblem, paid, status,
                Forms.errorLine(i18n, model.errorProperty(), "capture-payment-error"));
    }

    private static Message statusText(Payment payment, String by) {
        if (payment == null || !payment.paid()) {
            return Message.of("capture.payment.unpaid");
        }
        return by == null ? Message.of("capture.payment.paidAt", payment.paidAt())
                : Message.of("capture.payment.paidBy", payment.paidAt(), by);
    }
}
