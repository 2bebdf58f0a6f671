package org.dossier.resolve.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.Verdict;
import org.dossier.resolve.NameResolver;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.group.NameGroups;
import org.dossier.resolve.mention.MentionView;
import org.dossier.resolve.score.NameComparator;
import org.dossier.resolve.score.NameModel;
import org.dossier.resolve.score.ScoreMemory;

/** Pairs scored by the last run, recalled by the next: the resolution of a run reading on equals a run over everything. */
class KnownScoresTest {

    private static final String MODEL = KnownScores.scoring(NameModel.standard());
    private static final List<String> FIRST = List.of("John", "Jon", "J.", "Johnny", "Anna", "Ana", "Mohammed",
            "Muhammad", "Bill", "William");
    private static final List<String> LAST = List.of("Smith", "Smyth", "Berg", "Borg", "Khan", "Kahn", "Meyer",
            "Maier", "Stock", "Stocks", "Lopez", "Lopes");
    private static final List<String> TOPICS = List.of("election ministry budget vote", "football match league goal",
            "bank merger shares profit", "court trial judge verdict");

    private final NameResolver resolver = new NameResolver(new NameComparator(NameModel.standard()),
            NameResolver.Settings.defaults());
    private final List<List<MentionView>> documents = generated(90);

    @TempDir
    Path dir;

    @Test
    void aRunReadingOnFromTheStateRecallsTheUnchangedPairsAndResolvesAsARunOverEverything() throws IOException {
        Run first = run(new NameGroups(), 0, 60, null, null, "first");
        Run next = run(NameGroups.readFrom(new DataInputStream(new ByteArrayInputStream(first.state()))), 60, 90,
                dir.resolve("first"), "first", "next");
        Run whole = run(new NameGroups(), 0, 90, null, null, "whole");

        assertThat(next.recalled()).isGreaterThan(0).isLessThan((int) next.resolution().pairsScored());
        assertThat(next.sharedRecalled()).isGreaterThan(0).isLessThan(next.resolution().review().size());
        assertThat(whole.recalled()).isZero();
        assertThat(whole.sharedRecalled()).isZero();
        assertThat(clusters(next.resolution())).isEqualTo(clusters(whole.resolution()));
        assertThat(review(next.resolution())).isEqualTo(review(whole.resolution())).isNotEmpty();
    }

    @Test
    void scoresOfAnotherStateOrAnotherModelAreNotRecalled() throws IOException {
        Run first = run(new NameGroups(), 0, 60, null, null, "first");
        NameGroups names = NameGroups.readFrom(new DataInputStream(new ByteArrayInputStream(first.state())));
        names.add(documents.get(60));
        List<NameGroup> groups = names.groups(Map.of());
        int[] numbers = names.numbers(groups);

        Recording otherState = new Recording(new KnownScores(dir.resolve("first"), "not the first", dir.resolve("x"),
                "x", MODEL, numbers, names.addedNumbers()));
        resolver.resolve(groups, List.of(), names.definitions(), otherState);
        Recording otherModel = new Recording(new KnownScores(dir.resolve("first"), "first", dir.resolve("y"),
                "y", MODEL + " changed", numbers, names.addedNumbers()));
        resolver.resolve(groups, List.of(), names.definitions(), otherModel);
        Recording same = new Recording(new KnownScores(dir.resolve("first"), "first", dir.resolve("z"),
                "z", MODEL, numbers, names.addedNumbers()));
        resolver.resolve(groups, List.of(), names.definitions(), same);

        assertThat(otherState.recalled).isZero();
        assertThat(otherModel.recalled).isZero();
        assertThat(same.recalled).isGreaterThan(0);
    }

    @Test
    void whatScoresDependOnIsTheModelsWeightsAndTheScoringCode() {
        NameModel taught = NameModel.withJudgements(List.of(new Judgement(
                "PERSON:john smith", "PERSON:jon smith", Verdict.NOT_SAME)));

        assertThat(KnownScores.scoring(NameModel.standard())).isEqualTo(MODEL).matches("(?s).* [0-9a-f]{64}");
        assertThat(KnownScores.scoring(taught)).isNotEqualTo(MODEL);
    }

    private record Run(NameResolver.Resolution resolution, int recalled, int sharedRecalled, byte[] state) {
    }

    /** Adds documents {@code from} to {@code to}, keeps the names' state, resolves, keeps the scores as {@code name}. */
    private Run run(NameGroups names, int from, int to, Path last, String lastState, String name) throws IOException {
        documents.subList(from, to).forEach(names::add);
        ByteArrayOutputStream state = new ByteArrayOutputStream();
        names.writeTo(new DataOutputStream(state));
        Map<String, String> definitions = names.definitions();
        List<NameGroup> groups = names.groups(Map.of());
        Recording memory = new Recording(new KnownScores(last, lastState, dir.resolve(name), name, MODEL,
                names.numbers(groups), names.addedNumbers()));
        NameResolver.Resolution resolution = resolver.resolve(groups, List.of(), definitions, memory);
        return new Run(resolution, memory.recalled, memory.sharedRecalled, state.toByteArray());
    }

    private static List<List<String>> clusters(NameResolver.Resolution resolution) {
        return resolution.clusters().stream().map(c -> c.stream().map(NameGroup::key).sorted().toList())
                .sorted((a, b) -> a.get(0).compareTo(b.get(0))).toList();
    }

    private static List<String> review(NameResolver.Resolution resolution) {
        return resolution.review().stream().map(c -> c.a().key() + " / " + c.b().key() + " " + c.score()
                + " sharing " + c.sharedCoMentions()).toList();
    }

    /** Documents of four people each, from a few first names and surnames, in sentences on one of a few topics. */
    private static List<List<MentionView>> generated(int count) {
        Random random = new Random(7);
        List<List<MentionView>> out = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            String id = String.format("doc-%03d", d);
            String topic = TOPICS.get(random.nextInt(TOPICS.size()));
            List<MentionView> mentions = new ArrayList<>();
            for (int m = 0; m < 4; m++) {
                String person = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
                int start = m * 60;
                mentions.add(new MentionView(id + "-" + m, id, "PERSON", person, start, start + person.length(), false,
                        person + " spoke about the " + topic + " on Tuesday."));
            }
            out.add(mentions);
        }
        return out;
    }

    /** Counts the pairs recalled. */
    private static final class Recording implements ScoreMemory {
        private final ScoreMemory memory;
        private int recalled;
        private int sharedRecalled;

        Recording(ScoreMemory memory) {
            this.memory = memory;
        }

        @Override
        public BitSet recall(long[] pairs, double[] names, byte[] levels) {
            BitSet known = memory.recall(pairs, names, levels);
            recalled = known.cardinality();
            return known;
        }

        @Override
        public void keep(long[] pairs, double[] names, byte[] levels) {
            memory.keep(pairs, names, levels);
        }

        @Override
        public BitSet recallShared(long[] pairs, List<Integer> forReview, int[] shared) {
            BitSet known = memory.recallShared(pairs, forReview, shared);
            sharedRecalled = known.cardinality();
            return known;
        }

        @Override
        public void keepShared(long[] pairs, List<Integer> forReview, int[] shared) {
            memory.keepShared(pairs, forReview, shared);
        }
    }
}
