package id.loket.desktop.shell;

import id.loket.core.officer.Officer;
import id.loket.desktop.capture.CaptureStart;

/**
 * Where a screen may go next. ViewModels depend on this small interface instead of on each
 * other, so each can be tested alone with a recording navigator.
 */
public interface Navigator {

    /** First-run setup (no officer exists yet). */
    void showFirstRun();

    /** The login screen. */
    void showLogin();

    /** The home screen for a signed-in officer. */
    void showHome(Officer officer);

    /** The guided capture flow: a new application (optionally for a called ticket) or a resumed draft. */
    void showCapture(Officer officer, CaptureStart start);

    /** The queue desk: issue and call tickets, today's appointments, the queue settings. */
    void showQueue(Officer officer);

    /** Find applications by name, NIK, receipt number or booking code. */
    void showSearch(Officer officer);

    /** Booth mode (jemput bola / Eazy Paspor): events, their applicant lists and quota. */
    void showBooth(Officer officer);

    /** The call list: applicants to contact about a changed status. */
    void showCallList(Officer officer);
}
