package id.loket.sync.central.appointment;

import id.loket.sync.central.support.DeviceClient;
import id.loket.sync.central.support.TestCentral;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Paths;
import id.loket.sync.protocol.appointment.AppointmentsPage;
import id.loket.sync.protocol.appointment.WireAppointment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;

import static id.loket.sync.central.support.DeviceClient.error;
import static id.loket.sync.central.support.DeviceClient.ok;
import static id.loket.sync.central.support.DeviceClient.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppointmentsTest {

    static final String CSV = """
            office,date,booking_code,full_name,birth_date,nik,slot
            DPS,2026-11-23,MP-0002,"Wayan Sudarsana, S.T.",1988-02-11,5171011102880002,10:30
            DPS,2026-11-23,MP-0001,Ni Made Ayu,1990-08-07,5171014708900001,08:00
            DPS,2026-11-23,MP-0003,Ketut Walk-in,1975-01-01,5171010101750003,
            DPS,2026-11-24,MP-0004,Tomorrow Person,1980-01-01,5171010101800004,09:00
            JKT,2026-11-23,MP-0005,Jakarta Person,1980-01-01,3171010101800005,09:00
            """;

    private static TestCentral central;

    @BeforeAll
    static void start() throws Exception {
        central = TestCentral.start();
        assertThat(ok(central.admin("POST", Paths.ADMIN + "/appointments", CSV.getBytes())).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        central.close();
    }

    @Test
    void aDeviceGetsItsOfficesAppointmentsOfADayInSlotOrder() throws Exception {
        DeviceClient device = central.enroll("DPS", 1);

        AppointmentsPage page = read(ok(device.get(Paths.APPOINTMENTS + "?office=DPS&date=2026-11-23")),
                AppointmentsPage.class);

        assertThat(page.officeCode()).isEqualTo("DPS");
        assertThat(page.date()).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(page.appointments()).extracting(WireAppointment::bookingCode)
                .containsExactly("MP-0001", "MP-0002", "MP-0003");
        assertThat(page.appointments().get(1)).isEqualTo(new WireAppointment("MP-0002", "Wayan Sudarsana, S.T.",
                LocalDate.parse("1988-02-11"), "5171011102880002", LocalTime.parse("10:30")));
        assertThat(page.appointments().get(2).slot()).isNull();
    }

    @Test
    void anotherOfficesAppointmentsAreForbiddenAndBadQueriesAreBadRequests() throws Exception {
        DeviceClient device = central.enroll("DPS", 2);
        HttpResponse<byte[]> other = device.get(Paths.APPOINTMENTS + "?office=JKT&date=2026-11-23");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(error(other)).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(device.get(Paths.APPOINTMENTS + "?office=DPS&date=23-11-2026").statusCode()).isEqualTo(400);
        assertThat(device.get(Paths.APPOINTMENTS + "?office=DPS").statusCode()).isEqualTo(400);
        assertThat(read(ok(device.get(Paths.APPOINTMENTS + "?office=DPS&date=2027-01-01")), AppointmentsPage.class)
                .appointments()).isEmpty();
    }

    @Test
    void reimportingReplacesARowByItsBookingCode() throws Exception {
        String update = "office,date,booking_code,full_name,birth_date,nik,slot\n"
                + "DPS,2026-11-24,MP-0004,Renamed Person,1980-01-01,5171010101800004,11:00\n";
        ok(central.admin("POST", Paths.ADMIN + "/appointments", update.getBytes()));
        DeviceClient device = central.enroll("DPS", 3);

        AppointmentsPage page = read(ok(device.get(Paths.APPOINTMENTS + "?office=DPS&date=2026-11-24")),
                AppointmentsPage.class);

        assertThat(page.appointments()).singleElement().extracting(WireAppointment::fullName).isEqualTo("Renamed Person");
    }

    @Test
    void aBadCsvNamesTheLineAndLoadsNothing() throws Exception {
        String bad = "office,date,booking_code,full_name,birth_date,nik,slot\n"
                + "DPS,2026-12-01,MP-0100,Good,1980-01-01,5171010101800004,09:00\n"
                + "DPS,2026-12-01,MP-0101,Bad NIK,1980-01-01,12345,09:00\n";
        HttpResponse<byte[]> reply = central.admin("POST", Paths.ADMIN + "/appointments", bad.getBytes());
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(new String(reply.body())).contains("line 3", "NIK");
        assertThat(central.server.appointments().day("DPS", LocalDate.parse("2026-12-01")).appointments()).isEmpty();

        assertThatThrownBy(() -> AppointmentCsv.parse(new StringReader("office,date\nDPS,2026-01-01\n")))
                .hasMessageContaining("booking_code");
        assertThatThrownBy(() -> AppointmentCsv.parse(new StringReader("")))
                .hasMessageContaining("empty");
    }
}
