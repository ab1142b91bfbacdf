package id.loket.core.queue;

import id.loket.core.application.Lane;
import id.loket.core.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's enum labels exist in both languages (the desktop shows them on buttons and the display). */
class QueueMessagesTest {

    @Test
    void everyQueueEnumHasALabelInBothLanguages() {
        List<String> missing = new ArrayList<>();
        List<Class<? extends Enum<?>>> shown = List.of(Lane.class, TicketState.class, PriorityCriterion.class,
                AppointmentSource.class, RowOutcome.class);
        for (Messages lang : List.of(Messages.INDONESIAN, Messages.ENGLISH)) {
            for (Class<? extends Enum<?>> type : shown) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    String key = "enum." + type.getSimpleName() + "." + constant.name();
                    if (!lang.has(key)) {
                        missing.add(lang.locale() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(Messages.INDONESIAN.text("enum.PriorityCriterion.ELDERLY_60_PLUS")).contains("60");
    }
}
