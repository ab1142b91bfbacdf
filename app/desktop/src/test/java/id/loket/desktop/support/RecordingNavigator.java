package id.loket.desktop.support;

import id.loket.core.officer.Officer;
import id.loket.desktop.capture.CaptureStart;
import id.loket.desktop.shell.Navigator;

import java.util.ArrayList;
import java.util.List;

/** Remembers where the ViewModel asked to go. */
public final class RecordingNavigator implements Navigator {

    public final List<String> visits = new ArrayList<>();
    public Officer homeOfficer;
    public CaptureStart captureStart;
    public Officer queueOfficer;
    public Officer searchOfficer;

    @Override
    public void showFirstRun() {
        visits.add("first-run");
    }

    @Override
    public void showLogin() {
        visits.add("login");
    }

    @Override
    public void showHome(Officer officer) {
        visits.add("home");
        homeOfficer = officer;
    }

    @Override
    public void showCapture(Officer officer, CaptureStart start) {
        visits.add("capture");
        captureStart = start;
    }

    @Override
    public void showQueue(Officer officer) {
        visits.add("queue");
        queueOfficer = officer;
    }

    @Override
    public void showSearch(Officer officer) {
        visits.add("search");
        searchOfficer = officer;
    }

    @Override
    public void showBooth(Officer officer) {
        visits.add("booth");
    }

    @Override
    public void showCallList(Officer officer) {
        visits.add("call-list");
    }
}
