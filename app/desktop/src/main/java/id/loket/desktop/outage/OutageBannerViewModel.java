package id.loket.desktop.outage;

import id.loket.core.i18n.Message;
import id.loket.core.outage.OutageStatus;
import id.loket.core.outage.OutageWatch;
import id.loket.desktop.concurrent.Ticker;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The outage banner of the window: shown while core's {@link OutageWatch} says the centre has been
 * unreachable longer than the threshold, with since when. The watch is an in-memory read, so
 * {@link #refresh()} runs on the UI thread; a ticker refreshes it while the window is open.
 */
public final class OutageBannerViewModel {

    private final OutageWatch watch;
    private final ReadOnlyObjectWrapper<OutageStatus> status = new ReadOnlyObjectWrapper<>(OutageStatus.NONE);
    private final BooleanBinding shown = Bindings.createBooleanBinding(() -> status.get().inOutage(), status);
    private final ObjectBinding<Message> headline;
    private final Ticker ticker = new Ticker(javafx.util.Duration.seconds(5), this::refresh);

    public OutageBannerViewModel(OutageWatch watch) {
        this.watch = Objects.requireNonNull(watch, "watch");
        headline = Bindings.createObjectBinding(() -> headline(status.get()), status);
    }

    /** Reads the watch now. */
    public void refresh() {
        status.set(watch.status());
    }

    /** Refreshes now and every few seconds until {@link #stop()}. */
    public void start() {
        ticker.start();
    }

    public void stop() {
        ticker.stop();
    }

    private Message headline(OutageStatus s) {
        if (!s.inOutage()) {
            return null;
        }
        LocalDate day = s.sinceLocal().toLocalDate();
        Message length = length(s.length());
        LocalDate today = s.sinceLocal().plus(s.length()).toLocalDate();
        return day.equals(today)
                ? Message.of("outage.banner.since", s.sinceTime(), length)
                : Message.of("outage.banner.sinceDay", day, s.sinceTime(), length);
    }

    /** "40 menit", "2 jam 5 menit", "3 hari 4 jam". */
    static Message length(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return Message.of("outage.length.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return Message.of("outage.length.hours", minutes / 60, minutes % 60);
        }
        return Message.of("outage.length.days", d.toDays(), d.toHoursPart());
    }

    public ReadOnlyObjectProperty<OutageStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the banner is shown. */
    public BooleanBinding shownProperty() {
        return shown;
    }

    /** "The centre has been unreachable since 09:12 (48 minutes)", null when there is no outage. */
    public ObjectBinding<Message> headlineProperty() {
        return headline;
    }
}
