package id.loket.desktop.shell;

import id.loket.core.i18n.Message;
import id.loket.core.officer.OfficerRefusal;
import id.loket.core.workflow.WorkflowRefusal;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

    @Test
    void refusalsShowTheirOwnMessageOthersAGenericOne() {
        Message weak = Message.of("officer.password.tooShort", 10);
        assertThat(Failures.message(new OfficerRefusal(weak))).isEqualTo(weak);
        Message photo = Message.of("workflow.finalise.photo");
        assertThat(Failures.message(new WorkflowRefusal(List.of(photo)))).isEqualTo(photo);
        assertThat(Failures.message(new IllegalStateException("secret detail")))
                .isEqualTo(Message.of("error.unexpected"));
    }
}
