package org.dossier.resolve.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.ReviewCandidate;
import org.dossier.config.memory.PeakHeap;
import org.dossier.config.store.EntityRegistry;
import org.dossier.config.store.ReviewQueue;
import org.dossier.config.store.SkipEntry;
import org.dossier.config.store.SkipLedger;
import org.dossier.resolve.NameResolver;
import org.dossier.resolve.block.Blocker;
import org.dossier.resolve.entity.EntityIds;
import org.dossier.resolve.entity.EntityPublisher;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.state.KnownQueue;
import org.dossier.resolve.state.StateFiles;

/**
 * The cluster step: the names' pairs, scored by the parts before it, weighed with their context
 * and the standing judgements into entities; ids that last; the entities index and the review
 * queue brought up to date. Its counts and the time of each phase go to the step's context for the
 * summary; the blocks of names left out for their size, to the run's skips.
 */
class ClusterNames implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ClusterNames.class);
    /** How many of a left-out block's names its skip entry lists. */
    private static final int LISTED = 20;
    /** The most documents the mentions step is given as a list; beyond, it reads them all. */
    private static final int LISTED_DOCUMENTS = 100_000;

    private final NamesAtHand hand;
    private final NameResolver.Settings settings;
    private final EntityRegistry registry;
    private final ReviewQueue reviewQueue;
    private final EntityPublisher publisher;
    private final SkipLedger skips;
    private final StateFiles files;
    private final NameEntities nameEntities;
    private final Clock clock;
    private final int parts;

    /** @param parts how many parts the pairs step scores the pairs in */
    ClusterNames(NamesAtHand hand, NameResolver.Settings settings, EntityRegistry registry, ReviewQueue reviewQueue,
                 EntityPublisher publisher, SkipLedger skips, StateFiles files, NameEntities nameEntities, Clock clock,
                 int parts) {
        this.hand = hand;
        this.settings = settings;
        this.registry = registry;
        this.reviewQueue = reviewQueue;
        this.publisher = publisher;
        this.skips = skips;
        this.files = files;
        this.nameEntities = nameEntities;
        this.clock = clock;
        this.parts = parts;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        long runId = contribution.getStepExecution().getJobExecutionId();
        PhaseTimer phases = new PhaseTimer(context);
        NamesAtHand.Names names = hand.names(runId);
        NamesRead read = names.read();
        List<NameGroup> groups = read.groups();
        List<Judgement> standing = names.standing();
        NameResolver.ScoredPairs scored = NameResolver.ScoredPairs.merge(scoredParts(runId));
        NameResolver.Resolution resolution = names.resolver().resolve(groups, standing, read.definitions(), scored,
                names.known());
        // The pairs, a corpus's worth, need not outlive the clusters while the entities are published.
        scored = null;
        resolution.phaseNanos().forEach(phases::add);
        phases.restart();
        resolution.contradictions().forEach(j -> log.warn("Judgement not applied, others contradict it: {} {} {}",
                j.keyA(), j.verdict(), j.keyB()));
        recordLeftOut(runId, resolution, groups);

        Map<String, String> before = registry.entityOfName();
        EntityIds.Assignment ids = EntityIds.assign(resolution.clusters(), before, registry::createdAt);
        Map<String, String> changed = new HashMap<>();
        ids.entityOfName().forEach((name, entity) -> {
            if (!entity.equals(before.get(name))) {
                changed.put(name, entity);
            }
        });
        registry.save(changed, ids.created(), ids.redirects(), clock.instant());
        phases.done(ResolveSummary.IDS);
        int published = publisher.publishEntities(resolution.clusters(), ids,
                read.added() == null ? null : touchedClusters(resolution.clusters(), ids, before, changed, read.added()));
        phases.done(ResolveSummary.PUBLISH);
        // For the next step, which gives the mentions their names' entities: the keys that are no
        // names, and the documents whose mentions may have another entity now (absent: all of them).
        ExecutionContext job = contribution.getStepExecution().getJobExecution().getExecutionContext();
        job.put(ResolveSummary.NOT_NAMES, new ArrayList<>(read.notNames()));
        // The state the read step wrote (and put in the job's context for workers), which the queue's copy goes with.
        String stamp = files.stamp(files.pending());
        List<String> toWrite = documentsToWrite(read, groups, changed.keySet(), before.keySet());
        if (toWrite != null) {
            job.put(ResolveSummary.DOCUMENTS_TO_WRITE, toWrite);
        } else {
            job.remove(ResolveSummary.DOCUMENTS_TO_WRITE);
        }
        List<NameResolver.Candidate> review = resolution.review();
        int queueWritten = queue(read, review, stamp);
        log.info("Review queue: {} candidates, {} rows written or removed", review.size(), queueWritten);
        phases.done(ResolveSummary.QUEUE);
        // What the store now holds (the names' entities before, with those saved this run), for the mentions step here.
        before.putAll(changed);
        nameEntities.handOver(runId, before);

        hand.forget(runId);
        context.putLong(ResolveSummary.PAIRS, resolution.pairsScored());
        context.putLong(ResolveSummary.PAIRS_RECALLED, resolution.pairsRecalled());
        context.putLong(ResolveSummary.OVERSIZE_BLOCKS, resolution.oversizeBlocks().size());
        context.putLong(ResolveSummary.LEFT_OUT, resolution.uncompared());
        context.putLong(ResolveSummary.ENTITIES, resolution.clusters().size());
        context.putLong(ResolveSummary.CREATED, ids.created().size());
        context.putLong(ResolveSummary.MERGED, ids.redirects().size());
        context.putLong(ResolveSummary.REVIEW, resolution.review().size());
        context.putLong(ResolveSummary.CONTRADICTIONS, resolution.contradictions().size());
        context.putLong(ResolveSummary.WRITTEN, published);
        context.putLong(ResolveSummary.PEAK_HEAP_NAMES, PeakHeap.megabytes());
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }

    /**
     * Every part's pairs: those scored in this process, and those workers left in files beside the
     * state (which go once read). A part missing fails the step rather than leave pairs out.
     */
    private List<NameResolver.ScoredPairs> scoredParts(long runId) {
        List<NameResolver.ScoredPairs> scored = hand.takeScored(runId);
        for (Path file : PairsOnFile.parts(files.pending(), runId)) {
            try {
                scored.add(PairsOnFile.readPart(file));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the pairs a worker scored in " + file + ": " + e.getMessage(), e);
            }
        }
        PairsOnFile.clear(files.pending());
        if (scored.size() != parts) {
            throw new IllegalStateException("The pairs step scored " + parts + " parts, but " + scored.size()
                    + " are here: run " + runId + " must score its pairs again (restart it)");
        }
        return scored;
    }

    /**
     * Makes the store's review queue this run's candidates, comparing them with the copy of the
     * queue the last run kept when the store says it still holds that queue (a run that read on
     * from the last run's state), else with the rows read back; then keeps the copy for the next
     * run. Each candidate is put into words as it is written, never all of them at once, and only
     * when its row changes.
     *
     * @param stamp the stamp of the state this run wrote
     * @return how many rows were written or removed
     */
    private int queue(NamesRead read, List<NameResolver.Candidate> review, String stamp) {
        List<ReviewQueue.Queued> queued = new AbstractList<>() {
            @Override
            public ReviewQueue.Queued get(int i) {
                NameResolver.Candidate c = review.get(i);
                return new ReviewQueue.Queued(c.a().key(), c.b().key(), c.score(), c.value(), c.sharedCoMentions());
            }

            @Override
            public int size() {
                return review.size();
            }
        };
        IntFunction<ReviewCandidate> candidate = i -> {
            NameResolver.Candidate c = review.get(i);
            return new ReviewCandidate(c.a().key(), c.b().key(), c.score(), c.value(), c.sharedCoMentions(),
                    c.explain(), c.a().preferredForm(), c.b().preferredForm());
        };
        long[] pairs = new long[review.size()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = KnownQueue.pair(read.numbers()[review.get(i).first()], read.numbers()[review.get(i).second()]);
        }
        String mark = files.queueMark(stamp);
        Optional<KnownQueue> known = read.read() != null && read.lastState() != null
                && Objects.equals(reviewQueue.writtenWith(), files.queueMark(read.lastState()))
                ? KnownQueue.read(files.queueOf(files.current()), read.lastState(), reviewQueue.size()) : Optional.empty();
        ReviewQueue.Replaced replaced = known.map(copy -> {
            log.info("Review queue: compared with the copy the last run kept, not read back from the store");
            KnownQueue.Match match = copy.match(pairs);
            return reviewQueue.replace(queued, candidate, match.rows(), match.others(), mark);
        }).orElseGet(() -> reviewQueue.replace(queued, candidate, mark));
        if (stamp != null) {
            KnownQueue.write(files.queueOf(files.pending()), stamp, pairs, replaced.rows());
        }
        return replaced.written();
    }

    /**
     * The clusters whose entity may read otherwise after a run that read only the new documents:
     * those with a name of those documents, a name whose entity changed (or that is no name now:
     * the cluster of its old entity), a name mentioned with one that left its entity (its list of
     * entities named with it), or an id that others now point to. Every other entity's names,
     * counts, dates and neighbours are as the last run wrote them. A name new this run needs no
     * neighbours: every name of the last run has an entity, so a name without one is mentioned
     * only in the documents read this run, whose names are all among {@code added}.
     */
    private static BitSet touchedClusters(List<List<NameGroup>> clusters, EntityIds.Assignment ids,
                                          Map<String, String> before, Map<String, String> changed, Set<String> added) {
        Map<String, String> after = ids.entityOfName();
        Set<String> moved = new HashSet<>();
        Set<String> left = new HashSet<>();
        Set<String> touchedIds = new HashSet<>(ids.redirects().values());
        int newNames = 0;
        for (Map.Entry<String, String> change : changed.entrySet()) {
            moved.add(change.getKey());
            touchedIds.add(change.getValue());
            String was = before.get(change.getKey());
            if (was == null) {
                newNames++;
            } else {
                left.add(change.getKey());
                touchedIds.add(was);
            }
        }
        // Names that had an entity and are in no cluster now: looked for only when there are some.
        if (after.size() - newNames < before.size()) {
            before.forEach((name, entity) -> {
                if (!after.containsKey(name)) {
                    moved.add(name);
                    left.add(name);
                    touchedIds.add(entity);
                }
            });
        }
        Set<String> near = new HashSet<>();
        for (List<NameGroup> cluster : left.isEmpty() ? List.<List<NameGroup>>of() : clusters) {
            for (NameGroup group : cluster) {
                if (left.contains(group.key())) {
                    near.addAll(group.coMentioned());
                }
            }
        }
        BitSet touched = new BitSet(clusters.size());
        for (int c = 0; c < clusters.size(); c++) {
            if (touchedIds.contains(ids.ids().get(c))) {
                touched.set(c);
                continue;
            }
            for (NameGroup group : clusters.get(c)) {
                if (added.contains(group.key()) || moved.contains(group.key()) || near.contains(group.key())) {
                    touched.set(c);
                    break;
                }
            }
        }
        return touched;
    }

    /**
     * The documents whose mentions may carry another entity after this run: those read this run,
     * and those of the names whose entity changed. Null for all of them: when every document was
     * read, when a name that had an entity is no name now (its documents are not known), or when
     * they are too many to list.
     */
    private static List<String> documentsToWrite(NamesRead read, List<NameGroup> groups, Set<String> changed,
                                                 Set<String> hadEntity) {
        if (read.read() == null || read.notNames().stream().anyMatch(hadEntity::contains)) {
            return null;
        }
        Set<String> documents = new TreeSet<>(read.read());
        for (NameGroup group : groups) {
            if (changed.contains(group.key())) {
                documents.addAll(group.documents());
                if (documents.size() > LISTED_DOCUMENTS) {
                    return null;
                }
            }
        }
        return new ArrayList<>(documents);
    }

    /**
     * Each block left out for its size goes to the run's skips, with how many of its names had no
     * other pair and the first of them, so that no name is dropped without a word.
     */
    private void recordLeftOut(long runId, NameResolver.Resolution resolution, List<NameGroup> groups) {
        for (Blocker.OversizeBlock block : resolution.oversizeBlocks()) {
            List<String> names = block.members().stream().limit(LISTED).map(i -> groups.get(i).preferredForm()).toList();
            String key = String.join(" / ", block.key().split("\\|"));
            skips.record(new SkipEntry(runId, "names", block.rule() + ": " + key, "block",
                    String.format(Locale.ROOT, "%d names share this block, more than the %d compared with each other:"
                                    + " not compared under this rule (%s%s)", block.members().size(), settings.maxBlock(),
                            String.join(", ", names), block.members().size() > LISTED ? ", ..." : ""),
                    clock.instant()));
        }
        if (!resolution.oversizeBlocks().isEmpty()) {
            log.warn("{} blocks of names were larger than {} and left out; {} names had no other pair to compare"
                    + " (see: dossier skips RUN)", resolution.oversizeBlocks().size(), settings.maxBlock(),
                    resolution.uncompared());
        }
    }
}
