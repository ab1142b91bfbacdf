package id.loket.core.name.search;

import id.loket.core.CoreServices;
import id.loket.core.TestStores;
import id.loket.core.application.Application;
import id.loket.core.application.Lane;
import id.loket.core.queue.AppointmentInput;
import id.loket.core.queue.Ticket;
import id.loket.core.workflow.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static id.loket.core.name.search.SearchFixture.OFFICER;
import static id.loket.core.name.search.SearchFixture.save;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicationSearchTest {

    private static final LocalDate BORN = LocalDate.of(1990, 8, 12);

    @TempDir
    Path dir;

    private static List<String> names(List<ApplicationHit> hits) {
        return hits.stream().map(ApplicationHit::fullName).toList();
    }

    @Test
    void findsSpellingVariantsOfANameAndNotOtherNames() {
        try (CoreServices core = TestStores.open(dir)) {
            save(core, "Muhammad Joko Susilo", BORN, "3201011208900001");
            save(core, "Budi Santoso", BORN, "3201011208900002");
            save(core, "Budi S.", BORN, "3201011208900003");
            save(core, "Siti Aminah binti Ahmad", BORN, "3201015208900004");
            save(core, "Siti Aisyah", BORN, "3201015208900005");
            save(core, "Nuraini", BORN, "3201015208900006");
            ApplicationSearch search = new ApplicationSearch(core.store());

            assertThat(names(search.byName("Moehammad Djoko Soesilo", 10))).containsExactly("Muhammad Joko Susilo");
            assertThat(names(search.byName("Santoso Budi", 10))).containsExactly("Budi Santoso", "Budi S.");
            assertThat(names(search.byName("Budi S", 10))).containsExactly("Budi S.", "Budi Santoso");
            assertThat(names(search.byName("Hj. Siti Aminah", 10))).containsExactly("Siti Aminah binti Ahmad");
            assertThat(names(search.byName("Nur Aini", 10))).containsExactly("Nuraini");
            assertThat(search.byName("Siti Aminah", 10).getFirst().score()).isGreaterThan(0.9);
            assertThat(search.byName("Made Wiranata", 10)).isEmpty();
            assertThat(search.byName("  ", 10)).isEmpty();
        }
    }

    @Test
    void aRenamedDraftIsFoundByItsNewNameOnly() {
        try (CoreServices core = TestStores.open(dir)) {
            Application a = save(core, "Siti Aisyah", BORN, "3201015208900005");
            Application renamed = SearchFixture.draft("Siti Aminah", BORN, "3201015208900005");
            core.applications().saveDraft(a.withApplicant(renamed.applicant()));
            ApplicationSearch search = new ApplicationSearch(core.store());
            assertThat(search.byName("Siti Aisyah", 10)).isEmpty();
            assertThat(search.byName("Siti Aminah", 10)).extracting(ApplicationHit::id).containsExactly(a.id());
        }
    }

    @Test
    void findsByNikReceiptAndBookingCode() {
        try (CoreServices core = TestStores.open(dir)) {
            core.deviceProfiles().save("DPS", 1);
            Application draft = TestStores.finalisableDraft(core.blobs());
            core.applications().saveDraft(draft);
            Application done = core.applicationService().finalise(draft.id(), OFFICER);
            ApplicationSearch search = new ApplicationSearch(core.store());

            assertThat(search.byNik(" " + Fixtures.NIK + " ")).extracting(ApplicationHit::id).containsExactly(draft.id());
            assertThat(search.byReceipt(done.receiptNumber().toLowerCase(Locale.ROOT)))
                    .hasValueSatisfying(h -> assertThat(h.id()).isEqualTo(draft.id()));
            assertThat(search.byReceipt("DPS-01-000000-9999")).isEmpty();
            assertThat(search.byName("M. Firman", 5)).singleElement().satisfies(h -> {
                assertThat(h.receiptNumber()).isEqualTo(done.receiptNumber());
                assertThat(h.state()).isEqualTo(done.state());
                assertThat(h.birthDate()).isEqualTo(done.applicant().birthDate());
            });

            core.queue().appointments().add(new AppointmentInput("Siti Aminah", "1990-08-12", "3201015208900004",
                    "mp-778"), OFFICER);
            Application booked = save(core, "Siti Aminah", BORN, "3201015208900004");
            var appointment = core.queue().appointments().findByBookingCode(Fixtures.TODAY, "MP-778").orElseThrow();
            Ticket ticket = core.queue().tickets().checkIn(appointment.id(), OFFICER);
            core.queue().calls().callNext(Lane.APPOINTMENT, OFFICER);
            core.queue().calls().linkApplication(ticket.id(), booked.id(), OFFICER);
            assertThat(search.byBookingCode(" mp-778")).extracting(ApplicationHit::id).containsExactly(booked.id());
            assertThat(search.byBookingCode("MP-779")).isEmpty();
        }
    }
}
