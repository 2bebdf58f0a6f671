package org.dossier.resolve.job;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.repeat.RepeatStatus;

import org.dossier.config.domain.Judgement;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.memory.PeakHeap;
import org.dossier.config.store.JudgementStore;
import org.dossier.resolve.NameResolver;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.group.NameGroups;
import org.dossier.resolve.mention.DocumentDates;
import org.dossier.resolve.mention.MentionReader;
import org.dossier.resolve.score.NameComparator;
import org.dossier.resolve.score.NameModel;
import org.dossier.resolve.state.KnownScores;
import org.dossier.resolve.state.ResolveState;
import org.dossier.resolve.state.StateFiles;

/**
 * The read step: the mentions to names (those of the documents indexed since the last run added
 * to the names it kept), the state for the next run written, and the resolver the standing
 * judgements teach, handed on to the steps that block, score and cluster the names in this process.
 */
class ReadNames implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ReadNames.class);

    private final ElasticsearchClient client;
    private final IndexNames indices;
    private final NameResolver.Settings settings;
    private final JudgementStore judgements;
    private final StateFiles files;
    private final NamesAtHand hand;
    private final boolean partsElsewhere;

    /** @param partsElsewhere whether the pairs step's parts run on workers, which read what this step leaves in files */
    ReadNames(ElasticsearchClient client, IndexNames indices, NameResolver.Settings settings, JudgementStore judgements,
              StateFiles files, NamesAtHand hand, boolean partsElsewhere) {
        this.client = client;
        this.indices = indices;
        this.settings = settings;
        this.judgements = judgements;
        this.files = files;
        this.hand = hand;
        this.partsElsewhere = partsElsewhere;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        long runId = contribution.getStepExecution().getJobExecutionId();
        PhaseTimer phases = new PhaseTimer(context);
        // The names steps' peak, up to the end of the cluster step.
        PeakHeap.reset();
        // What parts on workers left for a run that failed before its cluster step took it.
        PairsOnFile.clear(files.pending());

        NamesRead read = read("true".equals(contribution.getStepExecution().getJobParameters()
                .getString(ResolveJobConfiguration.FULL)));
        log.info("Read {} mentions of {} names in {} documents", read.mentions(), read.groups().size(), read.documents());
        List<Judgement> standing = judgements.standing();
        // The analysts' decisions bind their pairs and teach the comparator for all the others.
        NameModel model = NameModel.withJudgements(standing);
        // The pairs of names unchanged since the last run keep their scores; only a run that read on from its state can tell.
        KnownScores known = new KnownScores(read.read() != null ? files.scoresOf(files.current()) : null, read.lastState(),
                files.scoresOf(files.pending()), files.stamp(files.pending()), KnownScores.scoring(model), read.numbers(),
                read.changed());
        hand.read(runId, new NamesAtHand.Names(read, standing, new NameResolver(new NameComparator(model), settings),
                known, settings.maxBlock()));
        // So that a worker knows whether the state file it sees is the one this step wrote.
        String stamp = files.stamp(files.pending());
        if (stamp != null) {
            contribution.getStepExecution().getJobExecution().getExecutionContext().putString(ResolveSummary.STATE_STAMP, stamp);
        }
        if (partsElsewhere) {
            PairsOnFile.writeInput(PairsOnFile.inputOf(files.pending()), new PairsOnFile.Input(stamp,
                    read.read() != null ? read.lastState() : null, settings.maxBlock(), standing, read.changed(),
                    read.groups().size(), PairsOnFile.Input.hash(read.numbers())));
        }
        phases.done(ResolveSummary.READ);

        context.putLong(ResolveSummary.MENTIONS, read.mentions());
        context.putLong(ResolveSummary.DOCUMENTS_READ, read.documents());
        context.putLong(ResolveSummary.INCREMENTAL, read.read() != null ? 1 : 0);
        context.putLong(ResolveSummary.NAMES, read.groups().size());
        context.putLong(ResolveSummary.JUDGEMENTS, standing.size());
        contribution.incrementReadCount();
        return RepeatStatus.FINISHED;
    }

    /**
     * The names of the corpus. The last run's state gives the names of the documents it read, and
     * only the documents indexed since are listed ({@link MentionReader#list(MentionReader.Listing)})
     * and read, one at a time; every document is read when there
     * is no state, when {@code full}, when a document read before is gone or was indexed again,
     * or when the new documents change how earlier ones are read (a name's type by the corpus's
     * vote, a name that is a concept). The state for the next run is kept before the names are
     * built from it, or while they are when reading on; what they were built from, a corpus's
     * worth, is not kept past this method.
     */
    private NamesRead read(boolean full) {
        MentionReader reader = new MentionReader(client, indices.mentions(), indices.documents());
        String lastState = files.stamp(files.current());
        ResolveState last = full ? null : ResolveState.read(files.current()).orElse(null);
        MentionReader.Listing listing = last != null ? reader.list(last.documents()) : reader.list();
        List<String> unread = last == null ? null : last.unread(listing).orElse(null);
        if (last != null && unread == null) {
            log.info("Documents the last run read are gone or were indexed again: every document is read");
        }
        if (unread != null) {
            MentionReader.Survey later = reader.survey(unread);
            if (last.survey().changedBy(later)) {
                log.info("The {} documents indexed since the last run change the type of names read before, or make"
                        + " one a concept: every document is read", unread.size());
                unread = null;
            } else {
                last.survey().add(later);
            }
        }
        MentionReader.Survey survey = unread != null ? last.survey() : reader.survey(listing.ids());
        NameGroups names = unread != null ? last.names() : new NameGroups();
        Map<String, Instant> dates = unread != null ? new HashMap<>(last.dates()) : new HashMap<>();
        List<String> toRead = unread != null ? unread : listing.ids();
        if (unread != null) {
            log.info("Reading the {} documents indexed since the last run; the names of the {} before are kept",
                    unread.size(), listing.ids().size() - unread.size());
        }
        last = null;
        long[] documents = {0};
        reader.documents("names", survey, toRead, null, null).forEachRemaining(document -> {
            names.add(document.mentions());
            documents[0]++;
        });
        Set<String> withNames = names.documentIds();
        dates.putAll(DocumentDates.read(client, indices.documents(),
                toRead.stream().filter(withNames::contains).collect(Collectors.toSet())));
        ResolveState state = new ResolveState(listing, survey, names, dates);
        Set<String> added = unread != null ? names.added() : null;
        List<NameGroup> groups;
        if (unread != null) {
            // Most of a night's names are as read back, shared by the names built: these are built
            // while the state is written, on the other core, keeping little more in memory meanwhile.
            groups = names.groups(dates, () -> state.write(files.pending()));
        } else {
            // Normalised before they are written, so that the next run need not normalise them again.
            names.normalizeNames();
            state.write(files.pending());
            groups = names.groups(dates);
        }
        return new NamesRead(groups, names.definitions(), names.notNames(), names.mentionCount(), documents[0],
                unread != null ? toRead : null, added, names.numbers(groups), names.addedNumbers(), lastState);
    }

}
