package org.dossier.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.NameKey;
import org.dossier.config.domain.Verdict;
import org.dossier.resolve.block.Blocker;
import org.dossier.resolve.block.NameBlocking;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.group.NameGroups;
import org.dossier.resolve.mention.MentionView;
import org.dossier.resolve.score.NameComparator;
import org.dossier.resolve.score.NameModel;
import org.dossier.resolve.score.ScoreMemory;

/** Names across documents: the Interpol example, and judgements that change the next run. */
class NameResolverTest {

    private final NameResolver resolver = new NameResolver(new NameComparator(NameModel.standard()),
            NameResolver.Settings.defaults());
    private final Map<String, List<MentionView>> corpus = new LinkedHashMap<>();

    @Test
    void theFormsOfOnePersonAndOneOrganisationAcrossDocumentsAreOneEntityEach() {
        document("a", "PERSON:Interpol's Secretary-General Jürgen Stock", "PERSON:Stock",
                "ORGANIZATION:International Criminal Police Organization", "ORGANIZATION:(Interpol)");
        document("b", "PERSON:Jurgen Stock", "ORGANIZATION:Interpol");
        document("c", "PERSON:Jürgen Stock", "ORGANIZATION:INTERPOL");
        document("d", "PERSON:Jurgen Klopp");

        NameResolver.Resolution resolution = resolve(List.of());

        assertThat(entityOf(resolution, "PERSON:jurgen stock")).extracting(NameGroup::key)
                .containsExactly("PERSON:jurgen stock");
        assertThat(entityOf(resolution, "PERSON:jurgen stock").get(0).mentions()).isEqualTo(4);
        assertThat(entityOf(resolution, "ORGANIZATION:international criminal police organization"))
                .extracting(NameGroup::key)
                .containsExactlyInAnyOrder("ORGANIZATION:international criminal police organization",
                        "ORGANIZATION:interpol");
        assertThat(entityOf(resolution, "PERSON:jurgen klopp")).hasSize(1);
    }

    @Test
    void twoPeopleWithTheSameNameStayOneNameUntilAnAnalystSaysOtherwise() {
        document("a", "PERSON:John Smith", "ORGANIZATION:Barclays");
        document("b", "PERSON:John Smyth", "ORGANIZATION:Chelsea");

        NameResolver.Resolution before = resolve(List.of());
        NameResolver.Resolution after = resolve(List.of(
                new Judgement("PERSON:john smith", "PERSON:john smyth", Verdict.NOT_SAME)));

        assertThat(entityOf(before, "PERSON:john smith")).hasSize(2);
        assertThat(entityOf(after, "PERSON:john smith")).hasSize(1);
    }

    @Test
    void aSameJudgementLinksNamesTheScoresKeepApart() {
        document("a", "PERSON:Ben Netanyahu");
        document("b", "PERSON:Bibi Netanyahu");

        NameResolver.Resolution before = resolve(List.of());
        NameResolver.Resolution after = resolve(List.of(
                new Judgement("PERSON:bibi netanyahu", "PERSON:ben netanyahu", Verdict.SAME)));

        assertThat(entityOf(before, "PERSON:ben netanyahu")).hasSize(1);
        assertThat(entityOf(after, "PERSON:ben netanyahu")).hasSize(2);
    }

    @Test
    void aJudgementThatContradictsTheOthersIsReportedNotApplied() {
        document("a", "PERSON:Anna Berg", "PERSON:Anna Borg", "PERSON:Ana Berg");

        NameResolver.Resolution resolution = resolve(List.of(
                new Judgement("PERSON:anna berg", "PERSON:anna borg", Verdict.NOT_SAME),
                new Judgement("PERSON:anna berg", "PERSON:ana berg", Verdict.SAME),
                new Judgement("PERSON:ana berg", "PERSON:anna borg", Verdict.SAME)));

        assertThat(resolution.contradictions()).containsExactly(
                new Judgement("PERSON:ana berg", "PERSON:anna borg", Verdict.SAME));
        assertThat(entityOf(resolution, "PERSON:anna borg")).hasSize(1);
    }

    @Test
    void pairsInTheMiddleBandGoToAnalystsWithTheirEvidence() {
        document("a", "PERSON:Anna Berg", "ORGANIZATION:Nordea");
        document("b", "PERSON:Ana Berg", "ORGANIZATION:Nordea");

        NameResolver.Resolution resolution = resolve(List.of());

        assertThat(resolution.review()).singleElement().satisfies(candidate -> {
            assertThat(candidate.score()).isBetween(0.5, 0.9);
            assertThat(candidate.evidence().explain()).containsAnyOf("ana ~ anna", "anna ~ ana");
            assertThat(candidate.sharedCoMentions()).isEqualTo(1);
            assertThat(candidate.value()).isEqualTo(2);
            // what the context said, a line per kind: the one co-mentioned name they share
            assertThat(candidate.explain()).contains("co-mentioned names: one shared, ", "words around: ", "time: ");
        });
    }

    @Test
    void eachPairForAnalystsCountsTheNamesItsOwnTwoNamesShare() {
        document("a", "PERSON:Anna Berg", "ORGANIZATION:Nordea", "ORGANIZATION:Danske Bank");
        document("b", "PERSON:Ana Berg", "ORGANIZATION:Nordea", "ORGANIZATION:Danske Bank");
        document("c", "PERSON:Doug Miller", "ORGANIZATION:Nordea");
        document("d", "PERSON:Douglas Miller", "ORGANIZATION:Handelsbanken");
        List<NameGroup> groups = NameGroups.of(corpus, new HashMap<>(), new HashMap<>());
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                all.add((long) i << 32 | j);
            }
        }
        long[] pairs = all.stream().mapToLong(Long::longValue).toArray();
        // For review strongest first, not in the pairs' order.
        List<Integer> forReview = new ArrayList<>();
        for (int k = pairs.length - 1; k >= 0; k -= 2) {
            forReview.add(k);
        }

        int[] shared = NameResolver.sharedCoMentions(groups, pairs, forReview, ScoreMemory.NONE);

        for (int r = 0; r < forReview.size(); r++) {
            long pair = pairs[forReview.get(r)];
            Set<String> both = new HashSet<>(groups.get((int) (pair >>> 32)).coMentioned());
            both.retainAll(new HashSet<>(groups.get((int) pair).coMentioned()));
            assertThat(shared[r]).as("pair %d", forReview.get(r)).isEqualTo(both.size());
        }
        assertThat(shared).contains(0, 1);
    }

    @Test
    void aNicknameIsAskedAboutWhileUnlikeNamesAreNot() {
        document("a", "PERSON:Doug Miller", "ORGANIZATION:Nordea");
        document("b", "PERSON:Douglas Miller", "ORGANIZATION:Danske Bank");
        document("c", "PERSON:Dora Milner", "PERSON:Dag Miller");

        NameResolver.Resolution resolution = resolve(List.of());

        assertThat(resolution.review()).singleElement().satisfies(candidate -> {
            assertThat(candidate.score()).isBetween(NameResolver.Settings.defaults().review(), 0.9);
            assertThat(List.of(candidate.a().key(), candidate.b().key()))
                    .containsExactlyInAnyOrder("PERSON:doug miller", "PERSON:douglas miller");
        });
    }

    @Test
    void aLoneSurnameIsThePersonTheCorpusNamesSoFarMoreThanAllOthers() {
        for (int i = 0; i < 10; i++) {
            document("d" + i, "PERSON:Donald Fjordsen", "PERSON:Anna Berglund");
        }
        document("m", "PERSON:Mary Fjordsen", "PERSON:Erik Berglund", "PERSON:Erik Berglund", "PERSON:Erik Berglund");
        document("x", "PERSON:Fjordsen", "PERSON:Berglund");

        NameResolver.Resolution before = resolve(List.of());
        NameResolver.Resolution after = resolve(List.of(
                new Judgement("PERSON:fjordsen", "PERSON:donald fjordsen", Verdict.NOT_SAME)));

        assertThat(entityOf(before, "PERSON:fjordsen")).extracting(NameGroup::key)
                .containsExactlyInAnyOrder("PERSON:fjordsen", "PERSON:donald fjordsen");
        // Anna Berglund has ten of thirteen mentions: not enough to say whose "Berglund" is.
        assertThat(entityOf(before, "PERSON:berglund")).hasSize(1);
        assertThat(entityOf(after, "PERSON:fjordsen")).hasSize(1);
    }

    @Test
    void namesScoredInPartsSideBySideGiveThePairsScoresAndEntitiesOfOnePart() {
        // given: people who share surnames, word orders and initials, organisations and their acronyms
        String[] first = {"Anna", "Ana", "John", "Jon", "Maria", "Mary", "Li", "Wei"};
        String[] last = {"Berg", "Borg", "Smith", "Smyth", "Chen", "Cheng", "Stock"};
        int n = 0;
        for (String f : first) {
            for (String l : last) {
                document("d" + n++, "PERSON:" + f + " " + l, "PERSON:" + l + " " + f, "PERSON:" + f.charAt(0) + ". " + l,
                        "ORGANIZATION:" + l + " Holdings Ltd", "ORGANIZATION:" + l + " Holdings Limited");
            }
        }
        document("x", "ORGANIZATION:International Criminal Police Organization", "ORGANIZATION:ICPO",
                "ORGANIZATION:Interpol");
        Map<String, String> definitions = new HashMap<>();
        List<NameGroup> groups = NameGroups.of(corpus, new HashMap<>(), definitions);
        // blocks this small leave some out, which the parts must list as one part does
        NameResolver small = new NameResolver(new NameComparator(NameModel.standard()), new NameResolver.Settings(0.9, 0.2,
                0.5, 4));
        Blocker.Blocks blocks = NameBlocking.blocks(groups, 4);
        NameResolver.ScoredPairs one = small.score(groups, blocks, 0, 1, ScoreMemory.NONE);
        // resolving takes the name scores' place for the scores in context
        double[] oneNames = one.names().clone();
        NameResolver.Resolution whole = small.resolve(groups, List.of(), definitions, one, ScoreMemory.NONE);
        assertThat(one.candidates().pairs()).hasSizeGreaterThan(100);
        assertThat(whole.oversizeBlocks()).isNotEmpty();

        for (int parts = 2; parts <= 4; parts++) {
            // when: the pairs are made and scored in parts, then merged
            List<NameResolver.ScoredPairs> scored = new ArrayList<>();
            for (int part = 0; part < parts; part++) {
                scored.add(small.score(groups, blocks, part, parts, ScoreMemory.NONE));
            }
            assertThat(scored).filteredOn(part -> part.candidates().pairs().length > 0).hasSizeGreaterThan(1);
            NameResolver.ScoredPairs merged = NameResolver.ScoredPairs.merge(scored);

            // then: the same pairs, scores and entities as in one part
            assertThat(scored).isEmpty();
            assertThat(merged.candidates().pairs()).containsExactly(one.candidates().pairs());
            assertThat(merged.names()).containsExactly(oneNames);
            assertThat(merged.candidates().pairsByRule()).isEqualTo(one.candidates().pairsByRule());
            NameResolver.Resolution inParts = small.resolve(groups, List.of(), definitions, merged, ScoreMemory.NONE);
            assertThat(inParts.clusters()).isEqualTo(whole.clusters());
            assertThat(inParts.review()).extracting(NameResolver.Candidate::pair)
                    .containsExactlyElementsOf(whole.review().stream().map(NameResolver.Candidate::pair).toList());
            assertThat(inParts.oversizeBlocks()).isEqualTo(whole.oversizeBlocks());
        }
    }

    private NameResolver.Resolution resolve(List<Judgement> judgements) {
        Map<String, String> definitions = new HashMap<>();
        List<NameGroup> groups = NameGroups.of(corpus, new HashMap<>(), definitions);
        return resolver.resolve(groups, judgements, definitions);
    }

    private static List<NameGroup> entityOf(NameResolver.Resolution resolution, String key) {
        return resolution.clusters().stream()
                .filter(cluster -> cluster.stream().anyMatch(group -> group.key().equals(key)))
                .findFirst().orElseThrow();
    }

    /** A document whose mentions are written "TYPE:text", in order, a few words apart; "(text)" right after the one before. */
    private void document(String id, String... mentions) {
        List<MentionView> views = new ArrayList<>();
        int offset = 0;
        for (String mention : mentions) {
            String type = NameKey.type(mention);
            String text = NameKey.text(mention);
            boolean bracketed = text.startsWith("(") && !views.isEmpty();
            if (bracketed) {
                text = text.substring(1, text.length() - 1);
                offset = views.get(views.size() - 1).end() + 2;
            }
            views.add(new MentionView(id + views.size(), id, type, text, offset, offset + text.length(), bracketed));
            offset += text.length() + 10;
        }
        corpus.put(id, views);
    }
}
