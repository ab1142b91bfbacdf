package id.loket.desktop.capture;

import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.ApplicationKind;
import id.loket.core.application.Lane;
import id.loket.core.application.NikVerification;
import id.loket.core.application.PassportType;
import id.loket.core.application.Purpose;
import id.loket.core.application.ServiceLevel;
import id.loket.core.application.Sex;
import id.loket.core.biometric.FingerSet;
import id.loket.core.fee.FeeQuote;
import id.loket.core.fee.FeeTable;
import id.loket.core.fee.Validity;
import id.loket.core.i18n.Message;
import id.loket.core.name.NameCheck;
import id.loket.core.name.NameRules;
import id.loket.core.name.PassportName;
import id.loket.core.nik.NikCheck;
import id.loket.core.nik.NikValidator;
import id.loket.core.officer.Officer;
import id.loket.core.outage.ExpressRule;
import id.loket.core.outage.OutageWatch;
import id.loket.core.store.Ids;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The applicant form: identity from the e-KTP and Kartu Keluarga plus what is applied for.
 * Validation is live and comes from core's rules: NIK errors block, a NIK that disagrees with
 * the stated birth date or sex is only a warning; the passport name follows the full name
 * (core's PassportName) until the officer edits it; the fee follows the fee table.
 */
public final class ApplicantStepViewModel implements CaptureStepModel {

    /** Birth dates are typed day-month-year, as printed on the e-KTP. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final StringProperty nik = new SimpleStringProperty("");
    private final StringProperty fullName = new SimpleStringProperty("");
    private final StringProperty passportName = new SimpleStringProperty("");
    private final StringProperty placeOfBirth = new SimpleStringProperty("");
    private final StringProperty birthDateText = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final BooleanProperty married = new SimpleBooleanProperty();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<ApplicationKind> kind = new SimpleObjectProperty<>(ApplicationKind.NEW);
    private final ObjectProperty<PassportType> passportType = new SimpleObjectProperty<>(PassportType.ELECTRONIC);
    private final ObjectProperty<ServiceLevel> service = new SimpleObjectProperty<>(ServiceLevel.REGULAR);
    private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(Purpose.TOURISM);
    private final ObjectProperty<Lane> lane = new SimpleObjectProperty<>(Lane.WALK_IN);

    private final ObjectBinding<LocalDate> birthDate;
    private final ObjectBinding<NikCheck> nikCheck;
    private final ObjectBinding<NameCheck> nameCheck;
    private final ObjectBinding<Message> birthDateProblem;
    private final ObjectBinding<FeeQuote> fee;
    private final ObjectBinding<Message> serviceProblem;
    private final IntegerProperty outageChecks = new SimpleIntegerProperty();

    private final FeeTable fees;
    private final FingerSet fingers;
    private final Clock clock;
    private final OutageWatch outage;
    private Officer officer;
    private Application loaded;

    /** A form that never finds the centre unreachable (no sync wired). */
    public ApplicantStepViewModel(FeeTable fees, FingerSet fingers, Clock clock) {
        this(fees, fingers, clock, OutageWatch.never(clock));
    }

    /** @param outage whether the centre is unreachable: same-day express is refused then (core's {@link ExpressRule}) */
    public ApplicantStepViewModel(FeeTable fees, FingerSet fingers, Clock clock, OutageWatch outage) {
        this.outage = outage;
        this.fees = fees;
        this.fingers = fingers;
        this.clock = clock;
        birthDate = Bindings.createObjectBinding(() -> parseDate(birthDateText.get()), birthDateText);
        nikCheck = Bindings.createObjectBinding(
                () -> NikValidator.check(nik.get(), birthDate.get(), sex.get(), today()), nik, birthDate, sex);
        nameCheck = Bindings.createObjectBinding(
                () -> NameRules.check(passportName.get(), kind.get(), purpose.get()), passportName, kind, purpose);
        birthDateProblem = Bindings.createObjectBinding(this::dateProblem, birthDateText, birthDate);
        fee = Bindings.createObjectBinding(() -> birthDate.get() == null || passportType.get() == null
                        || service.get() == null ? null
                        : fees.quote(passportType.get(), Validity.forApplicant(birthDate.get(), married.get(), today()),
                        service.get()),
                birthDate, married, passportType, service);
        serviceProblem = Bindings.createObjectBinding(
                () -> ExpressRule.refusal(service.get(), outage.status()).orElse(null), service, outageChecks);
        fullName.addListener((obs, before, after) -> {
            String derivedBefore = PassportName.derive(before);
            if (passportName.get().isBlank() || passportName.get().equals(derivedBefore)) {
                passportName.set(PassportName.derive(after));
            }
        });
    }

    @Override
    public void load(Application draft, Officer signedIn) {
        this.officer = signedIn;
        recheckOutage();
        this.loaded = draft;
        if (draft == null) {
            for (StringProperty p : List.of(nik, fullName, passportName, placeOfBirth, birthDateText, address, phone)) {
                p.set("");
            }
            sex.set(null);
            married.set(false);
            kind.set(ApplicationKind.NEW);
            passportType.set(PassportType.ELECTRONIC);
            service.set(ServiceLevel.REGULAR);
            purpose.set(Purpose.TOURISM);
            lane.set(Lane.WALK_IN);
            return;
        }
        Applicant a = draft.applicant();
        if (a != null) {
            nik.set(text(a.nik()));
            fullName.set(text(a.fullName()));
            passportName.set(text(a.passportName()));
            placeOfBirth.set(text(a.placeOfBirth()));
            birthDateText.set(a.birthDate() == null ? "" : DATE.format(a.birthDate()));
            sex.set(a.sex());
            married.set(a.married());
            address.set(text(a.address()));
            phone.set(text(a.phone()));
        }
        kind.set(draft.kind());
        passportType.set(draft.passportType());
        service.set(draft.service());
        purpose.set(draft.purpose());
        lane.set(draft.lane());
    }

    @Override
    public List<Message> problems() {
        recheckOutage();
        List<Message> out = new ArrayList<>(nikCheck.get().errors());
        if (serviceProblem.get() != null) {
            out.add(serviceProblem.get());
        }
        out.addAll(nameCheck.get().errors());
        required(out, fullName.get().isBlank(), "field.fullName");
        required(out, placeOfBirth.get().isBlank(), "field.placeOfBirth");
        required(out, sex.get() == null, "field.sex");
        if (birthDateProblem.get() != null) {
            out.add(birthDateProblem.get());
        }
        return out;
    }

    @Override
    public Application applyTo(Application draft) {
        Applicant applicant = new Applicant(nik.get().strip(),
                draft == null || draft.applicant() == null ? NikVerification.UNVERIFIED
                        : draft.applicant().nikVerification(),
                fullName.get().strip(), passportName.get().strip(), placeOfBirth.get().strip(), birthDate.get(),
                sex.get(), address.get().strip(), phone.get().strip(), married.get());
        if (draft == null) {
            return Application.draft(Ids.uuidV7(), applicant, kind.get(), passportType.get(), service.get(),
                    purpose.get(), lane.get(), fingers, officer.username(), clock.instant());
        }
        return draft.withApplicant(applicant).withKind(kind.get()).withPassportType(passportType.get())
                .withService(service.get()).withPurpose(purpose.get()).withLane(lane.get());
    }

    private Message dateProblem() {
        String typed = birthDateText.get();
        if (typed == null || typed.isBlank()) {
            return Message.of("workflow.finalise.missing", Message.of("field.birthDate"));
        }
        if (birthDate.get() == null) {
            return Message.of("capture.applicant.birthDateFormat", typed.strip());
        }
        if (birthDate.get().isAfter(today())) {
            return Message.of("workflow.finalise.birthDateFuture", birthDate.get());
        }
        return null;
    }

    /** Asks core again whether the centre is unreachable (it may have gone down since the form opened). */
    public void recheckOutage() {
        outageChecks.set(outageChecks.get() + 1);
    }

    private static void required(List<Message> out, boolean missing, String field) {
        if (missing) {
            out.add(Message.of("workflow.finalise.missing", Message.of(field)));
        }
    }

    private static LocalDate parseDate(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip().replace('/', '-').replace('.', '-'), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The draft this form was loaded from, or null for a new one. */
    Application loaded() {
        return loaded;
    }

    public StringProperty nikProperty() { return nik; }
    public StringProperty fullNameProperty() { return fullName; }
    public StringProperty passportNameProperty() { return passportName; }
    public StringProperty placeOfBirthProperty() { return placeOfBirth; }
    /** The birth date as typed (dd-mm-yyyy). */
    public StringProperty birthDateTextProperty() { return birthDateText; }
    public ObjectProperty<Sex> sexProperty() { return sex; }
    public BooleanProperty marriedProperty() { return married; }
    public StringProperty addressProperty() { return address; }
    public StringProperty phoneProperty() { return phone; }
    public ObjectProperty<ApplicationKind> kindProperty() { return kind; }
    public ObjectProperty<PassportType> passportTypeProperty() { return passportType; }
    public ObjectProperty<ServiceLevel> serviceProperty() { return service; }
    public ObjectProperty<Purpose> purposeProperty() { return purpose; }
    public ObjectProperty<Lane> laneProperty() { return lane; }

    /** The parsed birth date, null while empty or not a date. */
    public ObjectBinding<LocalDate> birthDate() { return birthDate; }
    /** Core's NIK check against the stated birth date and sex (errors block, warnings never do). */
    public ObjectBinding<NikCheck> nikCheck() { return nikCheck; }
    /** Core's name rules for the passport name, kind and purpose. */
    public ObjectBinding<NameCheck> nameCheck() { return nameCheck; }
    /** What is wrong with the typed birth date, or null. */
    public ObjectBinding<Message> birthDateProblem() { return birthDateProblem; }
    /** Why the chosen service level cannot be had now (express during an outage), or null. */
    public ObjectBinding<Message> serviceProblem() { return serviceProblem; }
    /** The fee for the current choices, null until birth date, type and service are known. */
    public ObjectBinding<FeeQuote> fee() { return fee; }
}
