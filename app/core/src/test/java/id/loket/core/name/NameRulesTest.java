package id.loket.core.name;

import id.loket.core.application.ApplicationKind;
import id.loket.core.application.Purpose;
import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameRulesTest {


    private static String nameOfLength(int length) {
        StringBuilder sb = new StringBuilder("SITI ");
        while (sb.length() < length) {
            sb.append('A');
        }
        return sb.toString();
    }

    @Test
    void aNewNameNeedsTwoWords() {
        NameCheck c = NameRules.check("SUKARNO", ApplicationKind.NEW, Purpose.TOURISM);
        assertThat(c.valid()).isFalse();
        assertThat(c.errors()).extracting(Message::key).containsExactly("name.error.tooFewWords");
        assertThat(Messages.INDONESIAN.render(c.errors().getFirst()))
                .isEqualTo("Nama harus paling sedikit 2 kata (tertulis 1 kata).");
        assertThat(NameRules.check("M FIRMAN", ApplicationKind.NEW, Purpose.TOURISM).valid()).isTrue();
    }

    @Test
    void anExistingSingleNameIsANoteOnRenewal() {
        for (ApplicationKind kind : new ApplicationKind[] {ApplicationKind.RENEWAL, ApplicationKind.REPLACEMENT_LOST,
                ApplicationKind.REPLACEMENT_DAMAGED}) {
            NameCheck c = NameRules.check("SUKARNO", kind, Purpose.TOURISM);
            assertThat(c.valid()).as(kind.name()).isTrue();
            assertThat(c.notes()).extracting(Message::key).containsExactly("name.note.existing.tooFewWords");
        }
    }

    @Test
    void atMostSixtyCharactersIncludingSpaces() {
        assertThat(nameOfLength(60)).hasSize(60);
        assertThat(NameRules.check(nameOfLength(60), ApplicationKind.NEW, Purpose.TOURISM).valid()).isTrue();
        NameCheck tooLong = NameRules.check(nameOfLength(61), ApplicationKind.NEW, Purpose.TOURISM);
        assertThat(tooLong.errors()).extracting(Message::key).containsExactly("name.error.tooLong");
        assertThat(tooLong.errors().getFirst().args()).containsExactly(60, 61);
        NameCheck renewal = NameRules.check(nameOfLength(61), ApplicationKind.RENEWAL, Purpose.TOURISM);
        assertThat(renewal.valid()).isTrue();
        assertThat(renewal.notes()).extracting(Message::key).containsExactly("name.note.existing.tooLong");
    }

    @Test
    void hajjNeedsThreeWordsWhateverTheKind() {
        NameCheck two = NameRules.check("SITI AMINAH", ApplicationKind.RENEWAL, Purpose.HAJJ);
        assertThat(two.errors()).extracting(Message::key).containsExactly("name.error.hajjWords");
        assertThat(NameRules.check("SITI AMINAH BINTI AHMAD", ApplicationKind.NEW, Purpose.HAJJ).valid()).isTrue();
        assertThat(NameRules.check("SITI AMINAH", ApplicationKind.NEW, Purpose.UMRAH).valid()).isTrue();
        assertThat(NameRules.hajj("SITI AMINAH BINTI")).isEmpty();
    }

    @Test
    void aSingleNameForHajjGivesBothProblems() {
        NameCheck c = NameRules.check("SUKARNO", ApplicationKind.NEW, Purpose.HAJJ);
        assertThat(c.errors()).extracting(Message::key).containsExactly("name.error.tooFewWords",
                "name.error.hajjWords");
    }

    @Test
    void aMissingNameIsAlwaysAnError() {
        assertThat(NameRules.check(null, ApplicationKind.RENEWAL, Purpose.TOURISM).errors())
                .extracting(Message::key).containsExactly("name.error.required");
        assertThat(NameRules.newName("  ")).extracting(Message::key).containsExactly("name.error.required");
    }

    @Test
    void theCheckedNameIsReturnedTrimmed() {
        assertThat(NameRules.check("  M FIRMAN ", ApplicationKind.NEW, Purpose.TOURISM).passportName())
                .isEqualTo("M FIRMAN");
    }
}
