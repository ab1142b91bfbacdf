package id.loket.e2e.sync;

/** The fault suite with the centre on H2 in memory. */
class FaultsEndToEndOnH2Test extends FaultsEndToEndContract {

    @Override
    CentreDatabase database() {
        return CentreDatabase.H2;
    }
}
