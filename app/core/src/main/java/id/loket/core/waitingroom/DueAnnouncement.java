package id.loket.core.waitingroom;

import java.time.LocalTime;

/**
 * An announcement the waiting-room display shows now.
 *
 * @param text the supervisor's text
 * @param at   the time of day it was made
 */
public record DueAnnouncement(String text, LocalTime at) {
}
