package id.loket.core.provision;

import id.loket.core.application.Lane;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerSet;
import id.loket.core.i18n.Message;
import id.loket.core.queue.LaneQuotas;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one check of a provisioning, for the wizard and for provisioning files alike: every bad value
 * is reported with its field and the reason, all at once, so IT fixes a file in one go.
 *
 * <p>Rules: office code 2-16 capital letters or digits (as receipt numbers and the centre require);
 * office name 1-{@value #MAX_OFFICE_NAME} characters; counter 1-99; centre URL an absolute http(s)
 * URL with a host, required when enrolling now; enrollment token 8-200 characters without spaces,
 * required unless "offline for now"; at least {@value #MIN_FINGERS} distinct known fingers (a preset
 * name TWO_INDEX, FOUR, TEN is accepted); quality threshold {@value #MIN_THRESHOLD}-100; each lane
 * quota 0-{@value LaneQuotas#MAX}, only for known lanes. Absent fingers, threshold and quotas take
 * the defaults (both index fingers, {@value #DEFAULT_THRESHOLD}, {@link LaneQuotas#defaults()}).
 */
public final class ProvisioningValidator {

    public static final int MAX_OFFICE_NAME = 120;
    public static final int MIN_FINGERS = 2;
    public static final int MIN_THRESHOLD = 20;
    public static final int MAX_THRESHOLD = 100;
    public static final int DEFAULT_THRESHOLD = 60;
    public static final FingerSet DEFAULT_FINGERS = FingerSet.TWO_INDEX;

    private static final Pattern OFFICE = Pattern.compile("[A-Z0-9]{2,16}");
    private static final Pattern TOKEN = Pattern.compile("\\S{8,200}");

    private ProvisioningValidator() {
    }

    /** The outcome: a provisioning to apply, or every problem found. */
    public record Result(Optional<Provisioning> provisioning, List<FieldProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }

        /** The problems of one field (its top-level name, e.g. {@code laneQuotas}). */
        public List<FieldProblem> of(ProvisioningField field) {
            return problems.stream().filter(p -> p.topLevelField().equals(field.jsonName())).toList();
        }
    }

    /** Checks everything and reports every bad value. */
    public static Result validate(ProvisioningInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        String office = officeCode(in.officeCode(), problems);
        String name = officeName(in.officeName(), problems);
        int counter = counter(in.counter(), problems);
        String centre = centreUrl(in.centreUrl(), !in.enrollLater(), problems);
        String token = token(in.enrollmentToken(), in.enrollLater(), problems);
        FingerSet fingers = fingers(in.fingers(), problems);
        int threshold = threshold(in.qualityThreshold(), problems);
        LaneQuotas quotas = quotas(in.laneQuotas(), problems);
        problems.addAll(in.fileProblems());
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new Provisioning(office, name, counter, centre,
                in.enrollLater() ? null : token, fingers, threshold, quotas)), problems);
    }

    private static String officeCode(String typed, List<FieldProblem> problems) {
        if (blank(typed)) {
            problems.add(FieldProblem.of(ProvisioningField.OFFICE_CODE, "provision.reason.required"));
            return null;
        }
        String office = typed.strip().toUpperCase(Locale.ROOT);
        if (!OFFICE.matcher(office).matches()) {
            problems.add(FieldProblem.of(ProvisioningField.OFFICE_CODE, "provision.reason.officeCode", typed.strip()));
        }
        return office;
    }

    private static String officeName(String typed, List<FieldProblem> problems) {
        if (blank(typed)) {
            problems.add(FieldProblem.of(ProvisioningField.OFFICE_NAME, "provision.reason.required"));
            return null;
        }
        String name = typed.strip().replaceAll("\\s+", " ");
        if (name.length() > MAX_OFFICE_NAME) {
            problems.add(FieldProblem.of(ProvisioningField.OFFICE_NAME, "provision.reason.officeName",
                    MAX_OFFICE_NAME, name.length()));
        }
        return name;
    }

    private static int counter(String typed, List<FieldProblem> problems) {
        if (blank(typed)) {
            problems.add(FieldProblem.of(ProvisioningField.COUNTER, "provision.reason.required"));
            return 0;
        }
        Integer counter = wholeNumber(typed);
        if (counter == null || counter < 1 || counter > 99) {
            problems.add(FieldProblem.of(ProvisioningField.COUNTER, "provision.reason.counter", typed.strip()));
            return 0;
        }
        return counter;
    }

    private static String centreUrl(String typed, boolean enrollingNow, List<FieldProblem> problems) {
        if (blank(typed)) {
            if (enrollingNow) {
                problems.add(FieldProblem.of(ProvisioningField.CENTRE_URL, "provision.reason.urlForToken"));
            }
            return null;
        }
        String url = typed.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                return url.endsWith("/") ? url : url + "/";
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(FieldProblem.of(ProvisioningField.CENTRE_URL, "provision.reason.url", url));
        return null;
    }

    private static String token(String typed, boolean enrollLater, List<FieldProblem> problems) {
        if (enrollLater) {
            return null;
        }
        if (blank(typed)) {
            problems.add(FieldProblem.of(ProvisioningField.ENROLLMENT_TOKEN, "provision.reason.tokenRequired"));
            return null;
        }
        String token = typed.strip();
        if (!TOKEN.matcher(token).matches()) {
            problems.add(FieldProblem.of(ProvisioningField.ENROLLMENT_TOKEN, "provision.reason.token", token.length()));
            return null;
        }
        return token;
    }

    private static FingerSet fingers(List<String> typed, List<FieldProblem> problems) {
        if (typed == null) {
            return DEFAULT_FINGERS;
        }
        if (typed.size() == 1 && isPreset(typed.getFirst())) {
            return FingerSet.parse(typed.getFirst());
        }
        Set<Finger> chosen = EnumSet.noneOf(Finger.class);
        int before = problems.size();
        for (String name : typed) {
            String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
            Finger finger = Arrays.stream(Finger.values()).filter(f -> f.name().equals(key)).findFirst().orElse(null);
            if (finger == null) {
                problems.add(FieldProblem.of(ProvisioningField.FINGERS, "provision.reason.fingerUnknown",
                        String.valueOf(name), names(Finger.values())));
            } else if (!chosen.add(finger)) {
                problems.add(FieldProblem.of(ProvisioningField.FINGERS, "provision.reason.fingerTwice", finger.name()));
            }
        }
        if (problems.size() == before && chosen.size() < MIN_FINGERS) {
            problems.add(FieldProblem.of(ProvisioningField.FINGERS, "provision.reason.fingerCount", MIN_FINGERS,
                    chosen.size()));
        }
        return problems.size() == before ? new FingerSet(List.copyOf(chosen)) : null;
    }

    private static boolean isPreset(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return key.equals("TWO_INDEX") || key.equals("FOUR") || key.equals("TEN");
    }

    private static int threshold(String typed, List<FieldProblem> problems) {
        if (typed == null) {
            return DEFAULT_THRESHOLD;
        }
        Integer value = wholeNumber(typed);
        if (value == null || value < MIN_THRESHOLD || value > MAX_THRESHOLD) {
            problems.add(FieldProblem.of(ProvisioningField.QUALITY_THRESHOLD, "provision.reason.threshold",
                    MIN_THRESHOLD, MAX_THRESHOLD, typed.strip()));
            return DEFAULT_THRESHOLD;
        }
        return value;
    }

    private static LaneQuotas quotas(Map<String, String> typed, List<FieldProblem> problems) {
        if (typed == null) {
            return LaneQuotas.defaults();
        }
        Map<Lane, Integer> daily = new EnumMap<>(Lane.class);
        for (Map.Entry<String, String> e : typed.entrySet()) {
            String key = e.getKey() == null ? "" : e.getKey().strip().toUpperCase(Locale.ROOT);
            Lane lane = Arrays.stream(Lane.values()).filter(l -> l.name().equals(key)).findFirst().orElse(null);
            String field = ProvisioningField.LANE_QUOTAS.jsonName() + "." + e.getKey();
            if (lane == null) {
                problems.add(new FieldProblem(field, ProvisioningField.LANE_QUOTAS.label(),
                        Message.of("provision.reason.laneUnknown", e.getKey(), names(Lane.values()))));
                continue;
            }
            Integer quota = wholeNumber(e.getValue());
            if (quota == null || quota < 0 || quota > LaneQuotas.MAX) {
                problems.add(new FieldProblem(field, Message.of("provision.field.laneQuota", lane),
                        Message.of("provision.reason.quota", LaneQuotas.MAX, String.valueOf(e.getValue()).strip())));
                continue;
            }
            daily.put(lane, quota);
        }
        return new LaneQuotas(daily);
    }

    private static Integer wholeNumber(String typed) {
        if (typed == null) {
            return null;
        }
        String t = typed.strip();
        if (!t.matches("[0-9]{1,6}")) {
            return null;
        }
        return Integer.parseInt(t);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
