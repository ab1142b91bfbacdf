package id.loket.desktop.queue;

import id.loket.core.officer.Officer;
import id.loket.core.queue.QueueModule;
import id.loket.core.waitingroom.Announcements;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.Navigator;
import id.loket.desktop.waitingroom.AnnouncementsViewModel;

/**
 * The parts of the queue screen built from core's {@link QueueModule}: the ticket desk,
 * today's appointments, the queue settings and the waiting-room announcement. One place so the
 * window wires them in one line.
 */
public final class QueueDesk {

    private final QueueViewModel tickets;
    private final AppointmentsViewModel appointments;
    private final QueueSettingsViewModel settings;
    private final AnnouncementsViewModel announcements;

    /** @param announcements the waiting room's scheduled announcement (its own tab) */
    public QueueDesk(QueueModule queue, Announcements announcements, TaskRunner tasks, Navigator navigator) {
        tickets = new QueueViewModel(queue.tickets(), queue.calls(), tasks, navigator);
        appointments = new AppointmentsViewModel(queue.appointments(), queue.tickets(), queue.rescheduling(),
                tasks);
        settings = new QueueSettingsViewModel(queue.settings(), tasks);
        this.announcements = new AnnouncementsViewModel(announcements, tasks);
    }

    /** Opens every part for the signed-in officer. */
    public void open(Officer officer) {
        tickets.open(officer);
        appointments.open(officer);
        settings.open(officer);
        announcements.open(officer);
    }

    public QueueViewModel tickets() {
        return tickets;
    }

    public AppointmentsViewModel appointments() {
        return appointments;
    }

    public QueueSettingsViewModel settings() {
        return settings;
    }

    public AnnouncementsViewModel announcements() {
        return announcements;
    }
}
