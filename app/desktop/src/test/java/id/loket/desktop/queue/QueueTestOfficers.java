package id.loket.desktop.queue;

import id.loket.core.CoreServices;
import id.loket.core.application.Lane;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.store.Ids;

/** Officers for the queue tests, and a way to set a lane's quota as a supervisor would. */
final class QueueTestOfficers {

    static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "Ni Luh Putu Ayu", Role.OFFICER, true);
    static final Officer SUPERVISOR = new Officer(Ids.uuidV7(), "kasi1", "I Made Sudarsana", Role.SUPERVISOR, true);
    /** Valid NIK of a man born 12 August 1990 (Bogor regency). */
    static final String NIK_1990_08_12 = "3201011208900001";

    private QueueTestOfficers() {
    }

    static void quota(CoreServices core, Lane lane, int quota) {
        var settings = core.queue().settings();
        settings.setQuotas(settings.quotas().with(lane, quota), SUPERVISOR);
    }
}
