package org.dossier.resolve.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.Verdict;
import org.dossier.config.remote.NumberedPartitions;
import org.dossier.resolve.NameResolver;
import org.dossier.resolve.block.Blocker;
import org.dossier.resolve.state.StateFiles;

class PairsOnFileTest {

    @TempDir Path folder;

    @Test
    void aPartsPairsReadBackAreThoseItScored() throws IOException {
        Map<String, Long> byRule = new LinkedHashMap<>();
        byRule.put("surname", 3L);
        byRule.put("initials", 1L);
        BitSet known = new BitSet();
        known.set(2);
        NameResolver.ScoredPairs part = new NameResolver.ScoredPairs(new Blocker.Candidates(
                new long[] {1L << 32 | 2, 1L << 32 | 7, 3L << 32 | 4}, byRule,
                List.of(new Blocker.OversizeBlock("surname", "PERSON|smith", List.of(5, 8, 9)))),
                new double[] {0.93, 0.41, 0.2}, new byte[] {0, 3, 1}, known, 1_234, 5_678);
        Path file = PairsOnFile.partOf(folder.resolve("docs.names.pending"), 7, 1);

        PairsOnFile.writePart(file, part);
        NameResolver.ScoredPairs read = PairsOnFile.readPart(file);

        assertThat(read.candidates().pairs()).containsExactly(part.candidates().pairs());
        assertThat(read.candidates().pairsByRule()).containsExactlyEntriesOf(byRule);
        assertThat(read.candidates().oversizeBlocks()).isEqualTo(part.candidates().oversizeBlocks());
        assertThat(read.names()).containsExactly(part.names());
        assertThat(read.levels()).containsExactly(part.levels());
        assertThat(read.known()).isEqualTo(known);
        assertThat(read.blockNanos()).isEqualTo(1_234);
        assertThat(read.scoreNanos()).isEqualTo(5_678);
    }

    @Test
    void whatTheRunLeavesForItsPartsIsReadBackAsWritten() throws IOException {
        BitSet changed = new BitSet();
        changed.set(3);
        changed.set(130);
        PairsOnFile.Input input = new PairsOnFile.Input("120@99", null, 500,
                List.of(new Judgement("PERSON:ana ruiz", "PERSON:ana ruis", Verdict.SAME)), changed, 12,
                PairsOnFile.Input.hash(new int[] {4, 1, 9}));
        Path file = PairsOnFile.inputOf(folder.resolve("docs.names.pending"));

        PairsOnFile.writeInput(file, input);

        assertThat(PairsOnFile.readInput(file)).isEqualTo(input);
    }

    @Test
    void thePartsOfARunAreFoundInOrderOfTheirNumberAndAllGoWithTheInput() throws IOException {
        Path state = folder.resolve("docs.names.pending");
        NameResolver.ScoredPairs empty = new NameResolver.ScoredPairs(new Blocker.Candidates(new long[0], Map.of(),
                List.of()), new double[0], new byte[0], new BitSet(), 0, 0);
        for (int part : new int[] {10, 2, 0}) {
            PairsOnFile.writePart(PairsOnFile.partOf(state, 5, part), empty);
        }
        PairsOnFile.writePart(PairsOnFile.partOf(state, 4, 1), empty);
        Files.writeString(PairsOnFile.inputOf(state), "x");

        assertThat(PairsOnFile.parts(state, 5)).containsExactly(PairsOnFile.partOf(state, 5, 0),
                PairsOnFile.partOf(state, 5, 2), PairsOnFile.partOf(state, 5, 10));
        PairsOnFile.clear(state);
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aWorkerThatDoesNotSeeTheStateTheRunWroteRefusesThePartSayingWhatItNeeds() {
        StateFiles files = StateFiles.in(folder, "docs");
        JobExecution run = new JobExecution(5L);
        run.getExecutionContext().putString(ResolveSummary.STATE_STAMP, "2048@1733400000000");
        StepExecution step = new StepExecution("pairsPartition:partition0", run);
        step.getExecutionContext().putInt(NumberedPartitions.PARTITION, 0);
        step.getExecutionContext().putInt(NumberedPartitions.PARTITIONS, 2);
        ScorePairs part = new ScorePairs(new NamesAtHand(), files, NameResolver.Settings.defaults());

        assertThatThrownBy(() -> part.execute(new StepContribution(step), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The names run 5 read are not in " + files.pending().toAbsolutePath())
                .hasMessageContaining("no such file")
                .hasMessageContaining("needs the run's data directory")
                .hasMessageContaining("--dossier.resolve.pairs-workers=local");
    }
}
