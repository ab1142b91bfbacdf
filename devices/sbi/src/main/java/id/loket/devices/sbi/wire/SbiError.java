package id.loket.devices.sbi.wire;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The {@code error} object of every SBI reply. Newer spec revisions spell the keys
 * {@code errorCode}/{@code errorInfo}, the June 2020 text {@code errorcode}/{@code errorinfo}:
 * both are read, the camel-case form is written. {@code "0"} (or no code) means success.
 */
public record SbiError(
        @JsonAlias("errorcode") String errorCode,
        @JsonAlias("errorinfo") String errorInfo) {

    /** The success value, {@code {"errorCode":"0","errorInfo":"Success"}}. */
    public static SbiError success() {
        return new SbiError(SbiErrorCodes.SUCCESS, "Success");
    }

    public static SbiError of(String code, String info) {
        return new SbiError(code, info);
    }

    /** True when the code is absent, blank or {@code "0"}. */
    @JsonIgnore
    public boolean isSuccess() {
        return errorCode == null || errorCode.isBlank() || SbiErrorCodes.SUCCESS.equals(errorCode.trim());
    }
}
