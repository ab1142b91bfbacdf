package id.loket.desktop.setup;

import id.loket.core.application.Lane;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerSet;
import id.loket.core.i18n.Message;
import id.loket.core.provision.FieldProblem;
import id.loket.core.provision.ProvisioningInput;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The provisioning part of the wizard as properties the views bind to: office and counter, centre
 * and token (or "offline for now"), the finger set and quality threshold, lane quotas; and the
 * problem shown under each field. It converts to and from {@link ProvisioningInput}, so the
 * wizard and provisioning files go through the same core validator.
 */
public final class ProvisioningForm {

    final StringProperty officeCode = new SimpleStringProperty("");
    final StringProperty officeName = new SimpleStringProperty("");
    final StringProperty counter = new SimpleStringProperty("");
    final StringProperty centreUrl = new SimpleStringProperty("");
    final StringProperty enrollmentToken = new SimpleStringProperty("");
    final BooleanProperty offline = new SimpleBooleanProperty(true);
    /** The centre this device is already enrolled with, or null. */
    final StringProperty enrolledCentre = new SimpleStringProperty();
    final StringProperty qualityThreshold = new SimpleStringProperty("");
    private final Map<Finger, BooleanProperty> fingers = new EnumMap<>(Finger.class);
    private final Map<Lane, StringProperty> quotas = new EnumMap<>(Lane.class);
    private final Map<String, ObjectProperty<Message>> problems = new HashMap<>();

    ProvisioningForm() {
        for (Finger f : Finger.values()) {
            fingers.put(f, new SimpleBooleanProperty());
        }
        for (Lane lane : Lane.values()) {
            quotas.put(lane, new SimpleStringProperty(""));
        }
        // a problem goes as soon as its value is edited; the next check shows it again if still wrong
        clearOnEdit(officeCode, "officeCode");
        clearOnEdit(officeName, "officeName");
        clearOnEdit(counter, "counter");
        clearOnEdit(centreUrl, "centreUrl");
        clearOnEdit(enrollmentToken, "enrollmentToken");
        clearOnEdit(offline, "enrollmentToken");
        clearOnEdit(qualityThreshold, "qualityThreshold");
        fingers.values().forEach(f -> clearOnEdit(f, "fingers"));
        quotas.forEach((lane, value) -> clearOnEdit(value, "laneQuotas." + lane.name()));
    }

    private void clearOnEdit(javafx.beans.value.ObservableValue<?> value, String field) {
        value.addListener((obs, was, now) -> problem(field).set(null));
    }

    /** Fills the form from an input (what is stored, or a provisioning file). */
    void fill(ProvisioningInput in) {
        officeCode.set(text(in.officeCode()));
        officeName.set(text(in.officeName()));
        counter.set(text(in.counter()));
        centreUrl.set(text(in.centreUrl()));
        enrollmentToken.set(text(in.enrollmentToken()));
        offline.set(in.enrollLater());
        if (in.fingers() != null) {
            fingers.values().forEach(p -> p.set(false));
            for (String name : in.fingers()) {
                presetOrFinger(name);
            }
        }
        if (in.qualityThreshold() != null) {
            qualityThreshold.set(in.qualityThreshold());
        }
        if (in.laneQuotas() != null) {
            in.laneQuotas().forEach((lane, value) -> Arrays.stream(Lane.values())
                    .filter(l -> l.name().equalsIgnoreCase(lane.strip())).findFirst()
                    .ifPresent(l -> quotas.get(l).set(text(value))));
        }
    }

    private void presetOrFinger(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(java.util.Locale.ROOT);
        if (key.equals("TWO_INDEX") || key.equals("FOUR") || key.equals("TEN")) {
            choose(FingerSet.parse(key));
            return;
        }
        Arrays.stream(Finger.values()).filter(f -> f.name().equals(key)).findFirst()
                .ifPresent(f -> fingers.get(f).set(true));
    }

    /** Ticks exactly the fingers of a preset. */
    void choose(FingerSet set) {
        fingers.forEach((finger, ticked) -> ticked.set(set.requires(finger)));
    }

    /** What the form holds, for the validator. Already enrolled and no new token: nothing to enroll. */
    ProvisioningInput input() {
        String token = enrollmentToken.get().strip();
        boolean keepEnrollment = token.isEmpty() && enrolledCentre.get() != null
                && sameUrl(enrolledCentre.get(), centreUrl.get());
        Map<String, String> lanes = new LinkedHashMap<>();
        quotas.forEach((lane, value) -> lanes.put(lane.name(), value.get()));
        List<String> ticked = fingers.entrySet().stream().filter(e -> e.getValue().get())
                .map(e -> e.getKey().name()).toList();
        return ProvisioningInput.typed(officeCode.get(), officeName.get(), counter.get(), centreUrl.get(),
                enrollmentToken.get(), offline.get() || keepEnrollment, ticked, qualityThreshold.get(), lanes);
    }

    /** Shows these problems under their fields and clears the others of the given steps. */
    void show(List<FieldProblem> found, List<SetupStep> steps) {
        problems.forEach((field, problem) -> {
            if (steps.contains(SetupStep.of(field.contains(".") ? field.substring(0, field.indexOf('.')) : field))) {
                problem.set(null);
            }
        });
        for (FieldProblem p : found) {
            problem(p.field()).set(p.reason());
        }
    }

    /** The problem shown under a field ({@code counter}, {@code laneQuotas.WALK_IN}), null when none. */
    public ObjectProperty<Message> problem(String field) {
        return problems.computeIfAbsent(field, f -> new SimpleObjectProperty<>());
    }

    public BooleanProperty finger(Finger finger) {
        return fingers.get(finger);
    }

    public StringProperty quota(Lane lane) {
        return quotas.get(lane);
    }

    private static boolean sameUrl(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        return (x.endsWith("/") ? x : x + "/").equals(y.endsWith("/") ? y : y + "/");
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
