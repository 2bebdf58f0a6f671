package org.dossier.resolve.mention;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dossier.config.domain.Mention;
import org.dossier.config.domain.NameKey;
import org.dossier.resolve.io.Binary;

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

    /** The names voted on. */
    Stream<String> names() {
        return votes.keySet().stream();
    }

    /** Whether {@code later}'s votes would give a mention of a name voted on here another type. */
    boolean changedBy(TypeVotes later) {
        for (Map.Entry<String, Long> vote : later.votes.entrySet()) {
            Long before = votes.get(vote.getKey());
            if (before != null) {
                long after = sum(before, vote.getValue());
                // Only the types the earlier documents gave the name: each gave a vote.
                for (int own = 0; own < TYPES.size(); own++) {
                    if (((before >>> (own * BITS)) & MAX) > 0 && winner(own, before) != winner(own, after)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    void add(TypeVotes later) {
        later.votes.forEach((name, packed) -> votes.merge(name, packed, TypeVotes::sum));
    }

    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(votes.size());
        for (Map.Entry<String, Long> vote : votes.entrySet()) {
            Binary.writeString(out, vote.getKey());
            out.writeLong(vote.getValue());
        }
    }

    void readFrom(DataInputStream in) throws IOException {
        int size = in.readInt();
        for (int i = 0; i < size; i++) {
            votes.put(Binary.readString(in), in.readLong());
        }
    }

    /** Two packed votes added, each type's count stopping at its most. */
    private static long sum(long a, long b) {
        long total = 0;
        for (int t = 0; t < TYPES.size(); t++) {
            int shift = t * BITS;
            total |= Math.min(MAX, ((a >>> shift) & MAX) + ((b >>> shift) & MAX)) << shift;
        }
        return total;
    }

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
        return TYPES.get(winner(index, packed));
    }

    /** The type, by index, that the votes give a mention typed {@code own}. */
    private static int winner(int own, long packed) {
        long ownCount = (packed >>> (own * BITS)) & MAX;
        int best = own;
        long most = ownCount;
        for (int t = 0; t < TYPES.size(); t++) {
            long count = (packed >>> (t * BITS)) & MAX;
            if (count > most) {
                best = t;
                most = count;
            }
        }
        return most >= ownCount + 2 && most > ownCount * 2 ? best : own;
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
