package id.loket.core.provision;

import id.loket.core.i18n.Message;

import java.util.Objects;

/**
 * One bad value of a provisioning: which field (its name in the provisioning file, e.g.
 * {@code counter} or {@code laneQuotas.WALK_IN}), its label and why the value is refused.
 *
 * @param field  the field's path in the file; the wizard maps it to its control
 * @param label  the field's name in the officer's language
 * @param reason what is wrong and what is expected
 */
public record FieldProblem(String field, Message label, Message reason) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reason, "reason");
    }

    static FieldProblem of(ProvisioningField field, String reasonKey, Object... args) {
        return new FieldProblem(field.jsonName(), field.label(), Message.of(reasonKey, args));
    }

    /** The field's top-level part: {@code laneQuotas} for {@code laneQuotas.WALK_IN}. */
    public String topLevelField() {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }

    /** "label: reason", one line for a form. */
    public Message asLine() {
        return Message.of("provision.problem", label, reason);
    }
}
