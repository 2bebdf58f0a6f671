package org.dossier.config.sources;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.scheduling.support.CronExpression;

/**
 * A named source an operator ingests on a schedule.
 *
 * @param name how operators call it ({@code dossier ingest NAME})
 * @param location a folder's or URL list's absolute path, or a feed's URL: what the ingest job reads
 * @param schedule when it is due, as written in the file (crontab's five fields, or {@code @daily})
 * @param cron the schedule, parsed
 */
public record Source(String name, String location, String schedule, CronExpression cron) {

    /**
     * Due when its schedule has fired since it last ran (or it never ran). A source missed while
     * nothing was running comes out due once, however many times its schedule fired.
     */
    public boolean isDue(Instant lastRun, Instant now, ZoneId zone) {
        if (lastRun == null) {
            return true;
        }
        ZonedDateTime next = cron.next(lastRun.atZone(zone));
        return next != null && !next.toInstant().isAfter(now);
    }

    /** The next time the schedule fires after {@code after}. */
    public Instant next(Instant after, ZoneId zone) {
        ZonedDateTime next = cron.next(after.atZone(zone));
        return next == null ? null : next.toInstant();
    }
}
