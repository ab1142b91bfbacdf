package id.loket.core.fee;

/**
 * What an applicant pays, in rupiah: the passport fee plus any express surcharge.
 */
public record FeeQuote(long passportFee, long expressSurcharge) {

    public long total() {
        return passportFee + expressSurcharge;
    }
}
