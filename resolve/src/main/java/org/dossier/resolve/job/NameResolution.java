package org.dossier.resolve.job;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.ReviewCandidate;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.store.EntityRegistry;
import org.dossier.config.store.JudgementStore;
import org.dossier.config.store.ReviewQueue;
import org.dossier.resolve.NameResolver;
import org.dossier.resolve.entity.EntityIds;
import org.dossier.resolve.entity.EntityPublisher;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.group.NameGroups;
import org.dossier.resolve.mention.DocumentDates;
import org.dossier.resolve.mention.MentionReader;
import org.dossier.resolve.score.NameComparator;
import org.dossier.resolve.score.NameModel;

/**
 * The resolve step: mentions to names, names to entities under the standing judgements, ids that
 * last, and the indices brought up to date. Its counts go to the step's context for the summary.
 */
class NameResolution implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(NameResolution.class);

    private final ElasticsearchClient client;
    private final IndexNames indices;
    private final NameResolver.Settings settings;
    private final JudgementStore judgements;
    private final EntityRegistry registry;
    private final ReviewQueue reviewQueue;
    private final EntityPublisher publisher;
    private final Clock clock;

    NameResolution(ElasticsearchClient client,
                   IndexNames indices, NameResolver.Settings settings, JudgementStore judgements,
                   EntityRegistry registry, ReviewQueue reviewQueue, EntityPublisher publisher, Clock clock) {
        this.client = client;
        this.indices = indices;
        this.settings = settings;
        this.judgements = judgements;
        this.registry = registry;
        this.reviewQueue = reviewQueue;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        MentionReader.Mentions mentions = MentionReader.read(client, indices.mentions());
        Map<String, String> keyOfMention = new HashMap<>();
        Map<String, String> definitions = new HashMap<>();
        Map<String, Instant> dates = DocumentDates.read(client, indices.documents(), mentions.byDocument().keySet());
        List<NameGroup> groups = NameGroups.of(mentions.byDocument(), keyOfMention, definitions, dates);
        List<Judgement> standing = judgements.standing();
        // The analysts' decisions bind their pairs and teach the comparator for all the others.
        NameResolver resolver = new NameResolver(new NameComparator(NameModel.withJudgements(standing)), settings);
        NameResolver.Resolution resolution = resolver.resolve(groups, standing, definitions);
        resolution.contradictions().forEach(j -> log.warn("Judgement not applied, others contradict it: {} {} {}",
                j.keyA(), j.verdict(), j.keyB()));
        Map<String, String> before = registry.entityOfName();
        EntityIds.Assignment ids = EntityIds.assign(resolution.clusters(), before, registry.createdAt());
        Map<String, String> changed = new HashMap<>();
        ids.entityOfName().forEach((name, entity) -> {
            if (!entity.equals(before.get(name))) {
                changed.put(name, entity);
            }
        });
        registry.save(changed, ids.created(), ids.redirects(), clock.instant());
        EntityPublisher.Published published = publisher.publish(resolution.clusters(), ids, keyOfMention, mentions,
                dates);
        reviewQueue.replace(resolution.review().stream().map(c -> new ReviewCandidate(c.a().key(), c.b().key(),
                c.score(), c.value(), c.sharedCoMentions(), c.explain(), c.a().preferredForm(), c.b().preferredForm())).toList());

        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        context.putLong(ResolveSummary.MENTIONS, mentions.count());
        context.putLong(ResolveSummary.NAMES, groups.size());
        context.putLong(ResolveSummary.ENTITIES, resolution.clusters().size());
        context.putLong(ResolveSummary.CREATED, ids.created().size());
        context.putLong(ResolveSummary.MERGED, ids.redirects().size());
        context.putLong(ResolveSummary.REVIEW, resolution.review().size());
        context.putLong(ResolveSummary.JUDGEMENTS, standing.size());
        context.putLong(ResolveSummary.CONTRADICTIONS, resolution.contradictions().size());
        context.putLong(ResolveSummary.WRITTEN, published.entities() + published.mentions() + published.documents());
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }
}
