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
     * Due when its schedule has fired since it last ran (or it never ran), counting from
     * {@code notBefore} at the earliest when given: a run before it, or none, counts as one at it.
     * A source missed while nothing was running comes out due once, however many times its
     * schedule fired. This is the one rule: the scheduler, {@code dossier nightly} and
     * {@code dossier status} all ask it.
     */
    public boolean isDue(Instant lastRun, Instant notBefore, Instant now, ZoneId zone) {
        Instant since = notBefore != null && (lastRun == null || lastRun.isBefore(notBefore)) ? notBefore : lastRun;
        if (since == null) {
            return true;
        }
        Instant next = next(since, zone);
        return next != null && !next.isAfter(now);
    }

    /** The next time the schedule fires after {@code after}. */
    public Instant next(Instant after, ZoneId zone) {
        ZonedDateTime next = cron.next(after.atZone(zone));
        return next == null ? null : next.toInstant();
    }
}
