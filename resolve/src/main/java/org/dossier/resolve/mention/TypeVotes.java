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

    /** The types a name can be given, each counted in 21 bits of one long; the first wins a tie. */
    private static final List<String> TYPES = List.of(Mention.ORGANIZATION, Mention.LOCATION, Mention.PERSON);
    private static final int BITS = 21;
    private static final long MAX = (1L << BITS) - 1;

    /**
     * Documents per name and type, packed: "philippines" -> LOCATION 9, ORGANIZATION 1. One long
     * a name rather than a map: a corpus has millions of names.
     */
    private final Map<String, Long> votes = new HashMap<>();

    /** A document's vote: call once per document for each type it gives the name. */
    void count(String type, String text) {
        int shift = TYPES.indexOf(type) * BITS;
        if (shift < 0) {
            return;
        }
        votes.merge(NameKey.of(text), 1L << shift, (a, b) -> ((a >>> shift) & MAX) == MAX ? a : a + b);
    }

    /** The type most of the name's documents give it, if it beats the mention's own by more than one document. */
    String winner(String type, String text) {
        Long packed = votes.get(NameKey.of(text));
        int index = TYPES.indexOf(type);
        if (packed == null || index < 0) {
            return type;
        }
        long own = (packed >>> (index * BITS)) & MAX;
        String best = type;
        long most = own;
        for (int t = 0; t < TYPES.size(); t++) {
            long count = (packed >>> (t * BITS)) & MAX;
            if (count > most) {
                best = TYPES.get(t);
                most = count;
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
