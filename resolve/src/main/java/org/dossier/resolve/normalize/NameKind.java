package org.dossier.resolve.normalize;

/** What a name names: titles come off people, legal forms off organisations. */
public enum NameKind {
    PERSON,
    ORGANIZATION;

    /** FollowTheMoney and mention types alike: "Person"/"PERSON" is a person, anything else an organisation. */
    public static NameKind of(String type) {
        return type != null && type.strip().equalsIgnoreCase("person") ? PERSON : ORGANIZATION;
    }
}
