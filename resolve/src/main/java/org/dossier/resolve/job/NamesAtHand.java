package org.dossier.resolve.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.dossier.config.domain.Judgement;
import org.dossier.resolve.NameResolver;
import org.dossier.resolve.block.Blocker;
import org.dossier.resolve.block.NameBlocking;
import org.dossier.resolve.state.KnownScores;

/**
 * What the names steps of a run hand on to each other in this process, a corpus's worth held in
 * memory rather than written out between them: the names read with the resolver and scores the
 * read step set up, the blocks (made once, by the first part to ask), and the pairs each part
 * scored. One run at a time; let go when the cluster step takes the pairs, or when the run ends.
 * A run restarted in another process reads the names again (see {@link ResolveJobConfiguration}).
 * A worker, which runs parts of runs that read their names elsewhere, loads a run's names for its
 * parts ({@link #acquire}) and lets them go when the last of its parts of that run ends.
 */
class NamesAtHand {

    /** What the read step set up; {@code maxBlock} the run's cap on a block. */
    record Names(NamesRead read, List<Judgement> standing, NameResolver resolver, KnownScores known, int maxBlock) {
    }

    private long runId = -1;
    private Names names;
    /** Whether the names were loaded for parts here, not read by the run's read step; then how many parts use them. */
    private boolean loaded;
    private int users;
    private Blocker.Blocks blocks;
    private List<NameResolver.ScoredPairs> scored = new ArrayList<>();

    synchronized void read(long runId, Names names) {
        forget(this.runId);
        this.runId = runId;
        this.names = names;
    }

    /**
     * The names of run {@code runId} for one of its parts: those its read step handed over in this
     * process, else loaded by {@code load} once for the parts here (see {@link #release}).
     */
    synchronized Names acquire(long runId, Supplier<Names> load) {
        if (this.runId != runId || names == null) {
            Names loading = load.get();
            read(runId, loading);
            loaded = true;
        }
        users++;
        return names;
    }

    /** Whether run {@code runId}'s names were loaded here rather than read by its read step: its parts then hand their pairs on through files. */
    synchronized boolean loaded(long runId) {
        return this.runId == runId && loaded;
    }

    /** A part is done with the names of run {@code runId}; loaded ones go with the last part here. */
    synchronized void release(long runId) {
        if (this.runId == runId && --users == 0 && loaded) {
            forget(runId);
        }
    }

    /** What the read step of run {@code runId} handed over. */
    synchronized Names names(long runId) {
        if (this.runId != runId || names == null) {
            throw new IllegalStateException("The names of run " + runId + " are not held in this process: the run must"
                    + " read them again (restart it)");
        }
        return names;
    }

    /** The blocks of run {@code runId}'s names, made by the first part to ask while the others wait. */
    synchronized Blocker.Blocks blocks(long runId) {
        Names held = names(runId);
        if (blocks == null) {
            blocks = NameBlocking.blocks(held.read().groups(), held.maxBlock());
        }
        return blocks;
    }

    /** A part's pairs, scored. */
    synchronized void scored(long runId, NameResolver.ScoredPairs part) {
        names(runId);
        scored.add(part);
    }

    /** Every part's pairs, handed over once: this process keeps no reference to them, nor to the blocks. */
    synchronized List<NameResolver.ScoredPairs> takeScored(long runId) {
        names(runId);
        List<NameResolver.ScoredPairs> parts = scored;
        scored = new ArrayList<>();
        blocks = null;
        return parts;
    }

    /** Lets go of what run {@code runId} handed over. */
    synchronized void forget(long runId) {
        if (this.runId == runId) {
            this.runId = -1;
            names = null;
            blocks = null;
            scored = new ArrayList<>();
            loaded = false;
            users = 0;
        }
    }
}
