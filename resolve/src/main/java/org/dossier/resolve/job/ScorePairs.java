package org.dossier.resolve.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

import org.dossier.config.memory.PeakHeap;
import org.dossier.config.remote.NumberedPartitions;
import org.dossier.resolve.NameResolver;
import org.dossier.resolve.block.Blocker;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.group.NameGroups;
import org.dossier.resolve.score.NameComparator;
import org.dossier.resolve.score.NameModel;
import org.dossier.resolve.state.KnownScores;
import org.dossier.resolve.state.ResolveState;
import org.dossier.resolve.state.StateFiles;

/**
 * One part of the block and score phases: the pairs of the blocks that fall to this part (by its
 * number, see {@link NumberedPartitions}), scored on their names (those unchanged since the last
 * run recalled); together the parts make and score every pair once. In the run's process the parts
 * share the names it read (see {@link NamesAtHand}) and hand their pairs on in memory. A worker
 * loads the names from the state the run wrote, with what the run left for its parts
 * ({@link PairsOnFile}), once for its parts of the run, and puts each part's pairs in a file beside it.
 */
class ScorePairs implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ScorePairs.class);

    private final NamesAtHand hand;
    private final StateFiles files;
    private final NameResolver.Settings settings;

    ScorePairs(NamesAtHand hand, StateFiles files, NameResolver.Settings settings) {
        this.hand = hand;
        this.files = files;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        long runId = contribution.getStepExecution().getJobExecutionId();
        int part = context.getInt(NumberedPartitions.PARTITION);
        String stamp = contribution.getStepExecution().getJobExecution().getExecutionContext()
                .getString(ResolveSummary.STATE_STAMP, null);
        NamesAtHand.Names names = hand.acquire(runId, () -> load(runId, stamp));
        try {
            long start = System.nanoTime();
            Blocker.Blocks blocks = hand.blocks(runId);
            long made = System.nanoTime() - start;
            NameResolver.ScoredPairs scored = names.resolver().score(names.read().groups(), blocks, part,
                    context.getInt(NumberedPartitions.PARTITIONS), names.known());
            scored = scored.withBlockNanos(made + scored.blockNanos());
            if (hand.loaded(runId)) {
                PairsOnFile.writePart(PairsOnFile.partOf(files.pending(), runId, part), scored);
            } else {
                hand.scored(runId, scored);
            }
            // On a worker, its own process's peak since it loaded the names.
            context.putLong(ResolveSummary.PEAK_HEAP_PAIRS, PeakHeap.megabytes());
            contribution.incrementReadCount();
            contribution.incrementWriteCount(scored.candidates().pairs().length);
            return RepeatStatus.FINISHED;
        } finally {
            hand.release(runId);
        }
    }

    /**
     * Run {@code runId}'s names, read from the state it wrote, stamped {@code stamp}, as its read
     * step built them: refused unless this process sees that very file (the same machine, or the
     * run's data directory on a shared folder) and builds the same names from it.
     */
    private NamesAtHand.Names load(long runId, String stamp) {
        Path state = files.pending();
        Path inputFile = PairsOnFile.inputOf(state);
        String seen = files.stamp(state);
        PairsOnFile.Input input;
        try {
            input = stamp == null || !stamp.equals(seen) ? null : PairsOnFile.readInput(inputFile);
        } catch (IOException e) {
            input = null;
        }
        if (input == null || !stamp.equals(input.state())) {
            throw new IllegalStateException("The names run " + runId + " read are not in " + state.toAbsolutePath()
                    + " as it wrote them (" + (seen == null ? "no such file" : "another state there") + "): a worker of"
                    + " resolve's pairs step needs the run's data directory (the same machine, or a shared folder at the"
                    + " same path); else run the pairs step on the run's own threads (--dossier.resolve.pairs-workers=local)");
        }
        log.info("Loading the names run {} read from {}, for its parts here", runId, state);
        long start = System.nanoTime();
        PeakHeap.reset();
        ResolveState read = ResolveState.read(state).orElseThrow(() -> new IllegalStateException(
                "Could not read the names run " + runId + " wrote in " + state));
        NameGroups names = read.names();
        List<NameGroup> groups = names.groups(read.dates());
        int[] numbers = names.numbers(groups);
        if (groups.size() != input.names() || PairsOnFile.Input.hash(numbers) != input.numbersHash()) {
            throw new IllegalStateException("The names built from " + state + " are not those run " + runId + " resolves ("
                    + groups.size() + " names, the run's " + input.names() + "): a worker must run the same version as the run");
        }
        log.info("Loaded the {} names of run {} in {} s", groups.size(), runId,
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        NameModel model = NameModel.withJudgements(input.standing());
        // The pairs the run scored last are recalled as the run would; this run's are kept by the run, not here.
        KnownScores known = new KnownScores(input.lastState() != null ? files.scoresOf(files.current()) : null,
                input.lastState(), null, null, KnownScores.scoring(model), numbers, input.changed());
        NamesRead namesRead = new NamesRead(groups, null, null, 0, 0, null, null, numbers, input.changed(),
                input.lastState());
        return new NamesAtHand.Names(namesRead, input.standing(), new NameResolver(new NameComparator(model), settings),
                known, input.maxBlock());
    }
}
