package id.loket.desktop.concurrent;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Runs a short, non-blocking action on the UI thread at a fixed period (a screen that follows
 * time: the outage banner, the waiting-room display). Blocking work still goes through the
 * {@link TaskRunner}; the action only starts it.
 */
public final class Ticker {

    private final Duration period;
    private final Runnable action;
    private Timeline timeline;

    public Ticker(Duration period, Runnable action) {
        this.period = period;
        this.action = action;
    }

    /** Runs the action now and then every period (again from now when already running). */
    public void start() {
        stop();
        action.run();
        timeline = new Timeline(new KeyFrame(period, e -> action.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }

    public boolean running() {
        return timeline != null;
    }
}
