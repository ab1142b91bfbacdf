package id.loket.core.queue;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

    @Test
    void readsCommaSeparatedRecordsWithQuotedFields() {
        CsvTable t = CsvTable.parse("nama,nik\r\n\"Siti, S.Pd.\",\"32\"\"01\"\r\nBudi,3201\r\n");
        assertThat(t.delimiter()).isEqualTo(',');
        assertThat(t.records()).extracting(CsvTable.Record::fields).containsExactly(
                List.of("nama", "nik"), List.of("Siti, S.Pd.", "32\"01"), List.of("Budi", "3201"));
        assertThat(t.records()).extracting(CsvTable.Record::line).containsExactly(1, 2, 3);
    }

    @Test
    void guessesSemicolonsAndDropsTheByteOrderMark() {
        CsvTable t = CsvTable.parse("\uFEFFnama;tanggal lahir;nik\nAyu, Ni Luh;12/08/1990;3201\n");
        assertThat(t.delimiter()).isEqualTo(';');
        assertThat(t.records().getFirst().fields()).containsExactly("nama", "tanggal lahir", "nik");
        assertThat(t.records().get(1).fields()).containsExactly("Ayu, Ni Luh", "12/08/1990", "3201");
    }

    @Test
    void keepsLineBreaksInsideQuotesAndCountsLinesForTheReport() {
        CsvTable t = CsvTable.parse("a,b\n\"two\nlines\",x\n\n  ,  \nlast,row");
        assertThat(t.records()).hasSize(3);
        assertThat(t.records().get(1).fields()).containsExactly("two\nlines", "x");
        assertThat(t.records().get(2).line()).isEqualTo(6);
        assertThat(t.records().get(2).fields()).containsExactly("last", "row");
    }

    @Test
    void flagsAQuoteLeftOpenAtTheEnd() {
        CsvTable t = CsvTable.parse("a,b\n1,\"open\n2,3\n");
        assertThat(t.records()).hasSize(2);
        assertThat(t.records().get(1).unclosedQuote()).isTrue();
        assertThat(t.records().get(1).line()).isEqualTo(2);
    }
}
