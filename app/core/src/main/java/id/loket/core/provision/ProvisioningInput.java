package id.loket.core.provision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A provisioning as typed in the wizard or read from a provisioning file, not yet checked: every
 * value as text, so {@link ProvisioningValidator} can say what is wrong with each one. A null
 * finger list, threshold or quota map means "not given" (the defaults apply); an empty one in the
 * wizard is a choice to be refused.
 *
 * @param enrollLater   "offline for now": save the centre (if any) and enroll later
 * @param laneQuotas    lane name to quota text, in the order given; lanes left out keep their default
 * @param fileProblems  what the provisioning file reader already found wrong (unknown fields, a list
 *                      where an object belongs); reported with the rest
 */
public record ProvisioningInput(String officeCode, String officeName, String counter, String centreUrl,
                                String enrollmentToken, boolean enrollLater, List<String> fingers,
                                String qualityThreshold, Map<String, String> laneQuotas, List<FieldProblem> fileProblems) {

    /** Typed input, with nothing found by a file reader. */
    public static ProvisioningInput typed(String officeCode, String officeName, String counter, String centreUrl,
                                          String enrollmentToken, boolean enrollLater, List<String> fingers,
                                          String qualityThreshold, Map<String, String> laneQuotas) {
        return new ProvisioningInput(officeCode, officeName, counter, centreUrl, enrollmentToken, enrollLater, fingers,
                qualityThreshold, laneQuotas, List.of());
    }

    public ProvisioningInput {
        fingers = fingers == null ? null : List.copyOf(fingers);
        laneQuotas = laneQuotas == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(laneQuotas));
        fileProblems = fileProblems == null ? List.of() : List.copyOf(fileProblems);
    }

    /** The same with another counter number (one file for every counter of an office). */
    public ProvisioningInput withCounter(String value) {
        return new ProvisioningInput(officeCode, officeName, value, centreUrl, enrollmentToken, enrollLater, fingers,
                qualityThreshold, laneQuotas, fileProblems);
    }

    /** The same with this device's own one-time enrollment token (enrolls now). */
    public ProvisioningInput withEnrollmentToken(String value) {
        return new ProvisioningInput(officeCode, officeName, counter, centreUrl, value, false, fingers,
                qualityThreshold, laneQuotas, fileProblems);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "ProvisioningInput[" + officeCode + "/" + counter + ", centre " + centreUrl + ", token "
                + (enrollmentToken == null ? "none" : "given") + ", fingers " + fingers + ", threshold "
                + qualityThreshold + ", quotas " + laneQuotas + "]";
    }
}
