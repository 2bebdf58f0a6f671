package org.dossier.resolve.cluster;

import java.util.Map;
import java.util.Set;

import org.dossier.config.domain.NameKey;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.normalize.NameKind;
import org.dossier.resolve.normalize.NameNormalizer;

/** Name groups for the phases' tests: "PERSON:Donald Fjordsen" with its mentions and documents. */
final class Names {

    private Names() {
    }

    static NameGroup name(String typed, int mentions, String... documents) {
        String type = NameKey.type(typed);
        String text = NameKey.text(typed);
        var name = NameNormalizer.normalize(text, NameKind.of(type));
        return new NameGroup(type + ":" + String.join(" ", name.tokens()), name, Map.of(text, mentions), mentions,
                Set.of(documents), Set.of());
    }
}
