package org.dossier.resolve.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dossier.config.domain.Mention;
import org.dossier.config.domain.NameKey;

/**
 * The corpus's vote on what a name is: each document where the tagger called it a person, an
 * organisation or a place counts once for that type. A name that is a place in most of its
 * documents is a place ("Philippines" taken for an organisation in one sentence), and one that is
 * an organisation in most is no person: the tagger reads a sentence, the corpus reads them all.
 */
final class TypeVotes {

    /** Documents per name and type: "philippines" -> {LOCATION: 9, ORGANIZATION: 1}. */
    private final Map<String, Map<String, Integer>> votes = new HashMap<>();

    /** A document's vote: call once per document for each type it gives the name. */
    void count(String type, String text) {
        votes.computeIfAbsent(NameKey.of(text), k -> new HashMap<>(4)).merge(type, 1, Integer::sum);
    }

    /** The type most of the name's documents give it, if it beats the mention's own by more than one document. */
    String winner(String type, String text) {
        Map<String, Integer> byType = votes.get(NameKey.of(text));
        if (byType == null) {
            return type;
        }
        int own = byType.getOrDefault(type, 0);
        String best = type;
        int most = own;
        for (Map.Entry<String, Integer> vote : byType.entrySet()) {
            if (vote.getValue() > most) {
                best = vote.getKey();
                most = vote.getValue();
            }
        }
        return most >= own + 2 && most > own * 2 ? best : type;
    }

    /** A document's mentions of people and organisations retyped by the vote; those that are places left out. */
    List<MentionView> apply(List<MentionView> mentions) {
        return mentions.stream()
                .map(m -> {
                    String type = winner(m.type(), m.text());
                    return type.equals(m.type()) ? m : new MentionView(m.id(), m.documentId(), type, m.text(),
                            m.start(), m.end(), m.bracketed(), m.sentence(), m.genericHead(), m.definedAcronym());
                })
                .filter(m -> m.type().equals(Mention.PERSON) || m.type().equals(Mention.ORGANIZATION))
                .toList();
    }
}
