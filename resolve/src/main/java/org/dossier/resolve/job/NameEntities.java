package org.dossier.resolve.job;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.JobExecution;

import org.dossier.config.memory.PeakHeap;
import org.dossier.config.store.EntityRegistry;
import org.dossier.resolve.mention.MentionReader;
import org.dossier.resolve.state.ResolveState;
import org.dossier.resolve.state.StateFiles;

/**
 * What the partitions of one run read to give the mentions their names' entities, loaded once in a
 * process and shared by its partitions of that run, then let go when the last of them ends: the
 * corpus's survey (which types and concepts the names steps read the mentions with), each name's
 * entity as the names steps saved it, and the keys that are no names. A process that does not hold
 * the state the names steps wrote (a worker on another machine) surveys the mentions again.
 */
class NameEntities {

    private static final Logger log = LoggerFactory.getLogger(NameEntities.class);

    /** One run's lookups. */
    record Lookup(long runId, MentionReader.Survey survey, Map<String, String> entityOfName, Set<String> notNames) {

        /** The entity of the name {@code key}, or null when it has none or is no name. */
        String entityOf(String key) {
            return notNames.contains(key) ? null : entityOfName.get(key);
        }
    }

    private final EntityRegistry registry;
    private final MentionReader mentions;
    private final StateFiles files;
    private Lookup current;
    private int users;
    /** Each name's entity as the names steps of run {@link #handedRun} in this process saved it, until its partitions take it. */
    private Map<String, String> handed;
    private long handedRun = -1;

    NameEntities(EntityRegistry registry, MentionReader mentions, StateFiles files) {
        this.registry = registry;
        this.mentions = mentions;
        this.files = files;
    }

    /**
     * Each name's entity as the names steps of {@code runId} saved it, in this process: its partitions
     * here take it rather than read a corpus's worth of names back from the store.
     */
    synchronized void handOver(long runId, Map<String, String> entityOfName) {
        handed = entityOfName;
        handedRun = runId;
    }

    /** Lets go of what run {@code runId} handed over and no partition took (the run ended before them). */
    synchronized void forget(long runId) {
        if (handedRun == runId) {
            handed = null;
            handedRun = -1;
        }
    }

    /** The lookups of {@code run}, loaded if no partition of it holds them in this process. */
    synchronized Lookup acquire(JobExecution run) {
        if (current == null || current.runId() != run.getId()) {
            // What the partitions of this run use is measured from here.
            PeakHeap.reset();
            current = load(run);
            users = 0;
        }
        users++;
        return current;
    }

    /** A partition is done with {@code lookup}; the last one lets it go. */
    synchronized void release(Lookup lookup) {
        // Null when the partition failed before it had them.
        if (lookup != null && lookup == current && --users == 0) {
            current = null;
        }
    }

    private Lookup load(JobExecution run) {
        Object saved = run.getExecutionContext().get(ResolveSummary.NOT_NAMES);
        Set<String> notNames = saved instanceof List<?> keys ? new HashSet<>(keys.stream().map(String::valueOf).toList())
                : Set.of();
        Map<String, String> entities = handedRun == run.getId() ? handed : registry.entityOfName();
        forget(run.getId());
        return new Lookup(run.getId(), survey(run), entities, notNames);
    }

    /**
     * The survey the names steps kept with its state, when this process sees the very file it wrote
     * (same size and time: the same machine, or a shared data directory); else the mentions are
     * surveyed again.
     */
    private MentionReader.Survey survey(JobExecution run) {
        Object stamp = run.getExecutionContext().get(ResolveSummary.STATE_STAMP);
        if (stamp == null || stamp.equals(files.stamp(files.pending()))) {
            var kept = ResolveState.readSurvey(files.pending());
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        log.info("The state run {} wrote is not in {}: surveying the mentions again", run.getId(), files.pending());
        return mentions.survey();
    }
}
