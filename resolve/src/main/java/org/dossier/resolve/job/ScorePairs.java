package org.dossier.resolve.job;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

import org.dossier.config.remote.NumberedPartitions;
import org.dossier.resolve.NameResolver;
import org.dossier.resolve.block.Blocker;

/**
 * One part of the block and score phases: the pairs of the blocks that fall to this part (by its
 * number, see {@link NumberedPartitions}), scored on their names (those unchanged since the last
 * run recalled). The parts run side by side on threads of the run's process, which holds the names
 * (see {@link NamesAtHand}); together they make and score every pair once.
 */
class ScorePairs implements Tasklet {

    private final NamesAtHand hand;
    private final int maxBlock;

    ScorePairs(NamesAtHand hand, int maxBlock) {
        this.hand = hand;
        this.maxBlock = maxBlock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        long runId = contribution.getStepExecution().getJobExecutionId();
        long start = System.nanoTime();
        NamesAtHand.Names names = hand.names(runId);
        Blocker.Blocks blocks = hand.blocks(runId, maxBlock);
        long made = System.nanoTime() - start;
        NameResolver.ScoredPairs part = names.resolver().score(names.read().groups(), blocks,
                context.getInt(NumberedPartitions.PARTITION), context.getInt(NumberedPartitions.PARTITIONS), names.known());
        hand.scored(runId, part.withBlockNanos(made + part.blockNanos()));
        contribution.incrementReadCount();
        contribution.incrementWriteCount(part.candidates().pairs().length);
        return RepeatStatus.FINISHED;
    }
}
