package id.loket.core.calllist;

/** The officer phoned the applicant (or told them in person) and marks it done: nothing to transmit. */
public final class HandCallSender implements CallSender {

    @Override
    public String channel() {
        return "HAND";
    }

    @Override
    public void send(Contact contact, String text) {
        // the call was made by a person; CallList records it
    }
}
