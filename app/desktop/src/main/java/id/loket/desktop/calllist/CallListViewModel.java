package id.loket.desktop.calllist;

import id.loket.core.calllist.CallList;
import id.loket.core.calllist.Contact;
import id.loket.core.calllist.HandCallSender;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.CoreCalls;
import id.loket.desktop.shell.Navigator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The call list: applicants to contact now that their application or appointment changed, with
 * phone and message. Exported as CSV for the staff who phone by hand, or one contact marked as
 * called by hand; either way it is recorded and the applicant leaves the list for that status.
 */
public final class CallListViewModel {

    private final ObservableList<Contact> contacts = FXCollections.observableArrayList();
    private final CallList callList;
    private final Navigator navigator;
    private final CoreCalls calls;
    private Officer officer;

    public CallListViewModel(CallList callList, TaskRunner tasks, Navigator navigator) {
        this.callList = Objects.requireNonNull(callList, "callList");
        this.navigator = Objects.requireNonNull(navigator, "navigator");
        this.calls = new CoreCalls(tasks);
    }

    public void open(Officer signedIn) {
        officer = Objects.requireNonNull(signedIn, "officer");
        calls.clear();
        refresh();
    }

    public void refresh() {
        calls.load(callList::pending, contacts::setAll);
    }

    /** Writes everyone on the list to {@code file} and records them as handed over. */
    public void exportCsv(Path file) {
        calls.act(() -> callList.exportCsv(file, officer),
                written -> calls.notice(Message.of("calllist.notice.exported", written.size(), file.toString())),
                this::refresh);
    }

    /** Records that the officer phoned this applicant (or told them in person). */
    public void markCalled(Contact contact) {
        if (contact == null) {
            return;
        }
        calls.act(() -> callList.send(List.of(contact), new HandCallSender(), officer),
                n -> calls.notice(Message.of("calllist.notice.marked", contact.fullName())), this::refresh);
    }

    public void home() {
        navigator.showHome(officer);
    }

    public ObservableList<Contact> contacts() {
        return contacts;
    }

    public CoreCalls calls() {
        return calls;
    }
}
