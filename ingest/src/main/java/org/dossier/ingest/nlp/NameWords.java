package org.dossier.ingest.nlp;

import java.util.Set;

/**
 * The words the name rules read a span by, lower case: heads of bodies, documents, products,
 * roles and events, legal forms, titles. General English, never a phrase of one corpus.
 */
final class NameWords {

    /** Head nouns of bodies: a common phrase ending (or beginning "X of") with one may still be an organisation. */
    static final Set<String> INSTITUTIONS = Set.of("department", "ministry", "agency", "bureau", "office",
            "commission", "committee", "council", "court", "bank", "network", "service", "services", "administration",
            "authority", "board", "corporation", "company", "group", "fund", "foundation", "institute", "institution",
            "university", "college", "school", "party", "army", "force", "forces", "police", "guard", "corps", "union",
            "association", "federation", "league", "organization", "organisation", "center", "centre", "exchange",
            "reserve", "senate", "house", "parliament", "congress", "assembly", "government", "cartel", "front",
            "movement", "brigade", "coalition", "alliance", "society", "trust", "partners", "holdings", "church",
            "hospital", "museum", "laboratory", "team", "club", "secretariat", "directorate", "division", "unit",
            "inc", "llc", "ltd", "corp", "co", "plc", "na", "ag", "sa", "gmbh");

    /** Head nouns of documents and laws: what they name is written, not a body that acts. */
    static final Set<String> DOCUMENTS = Set.of("act", "acts", "advisory", "advisories", "report", "reports",
            "release", "releases", "guidance", "alert", "alerts", "rule", "rules", "order", "orders", "notice",
            "notices", "review", "strategy", "bill", "law", "laws", "treaty", "regulation", "regulations", "directive",
            "memorandum", "form", "forms", "note", "notes", "bulletin", "statement", "letter", "handbook", "manual",
            "guide", "guidelines", "policy", "code", "amendment", "resolution", "declaration", "agreement", "plan",
            "article", "section", "chapter", "appendix", "table", "figure", "paragraph", "sheet", "complaint",
            "lawsuit", "filing", "petition", "indictment", "register", "assessment", "study", "survey", "list",
            "scenario", "typology", "typologies", "update", "updates", "bulletins", "newsletter", "newsletters", "digest");

    /** Head nouns of products and services: no body, unless the name also has an institution's word ("Federal Reserve System"). */
    static final Set<String> PRODUCTS = Set.of("hotline", "helpline", "website", "portal", "database", "system",
            "systems", "software", "platform", "app", "wallet", "scheme", "schemes", "program", "programs", "card",
            "service", "account", "accounts", "linux", "browser", "smartphone", "console", "chatbot");

    /** Legal forms: a name of one is no name. */
    static final Set<String> LEGAL_FORMS = Set.of("llc", "l", "c", "inc", "ltd", "corp", "co", "plc", "lp",
            "llp", "n", "a", "s", "na", "sa", "ag", "gmbh", "nv", "bv");

    /** Verbs written in lower case, which no name holds: "the Project is Stream" is a clause. */
    static final Set<String> VERBS = Set.of("is", "are", "was", "were", "has", "have", "had", "said", "says");

    /** Words of a closed class (modals, question words, conjunctions, determiners): a name never begins with one. */
    static final Set<String> CLOSED_CLASS = Set.of("should", "would", "could", "can", "will", "may", "might",
            "must", "shall", "how", "what", "why", "when", "where", "which", "who", "whose", "if", "unlike", "while",
            "although", "though", "because", "after", "before", "under", "with", "without", "during", "since", "until",
            "this", "that", "these", "those", "each", "every", "all", "any", "some", "many", "most", "both", "such",
            "its", "their", "our", "his", "her", "multiple", "several", "various", "other", "another", "whether",
            "does", "did", "do", "is", "are", "was", "were", "has", "have", "had", "not", "no", "yes", "also", "then");

    /** A body's parts: after a parent's possessive and one word ("Treasury's Resource Center"), a unit, not a body. */
    static final Set<String> UNITS = Set.of("center", "centre", "office", "division", "unit", "branch", "desk",
            "team", "section", "directorate");

    /** The Latin of citations and footnotes: "Ibid.", "Id. at 4", "supra note 3", "op. cit.". */
    static final Set<String> CITATION_LATIN = Set.of("ibid", "ibidem", "id", "idem", "supra", "infra", "cf", "op",
            "cit", "loc", "passim", "et", "al", "seq");

    /** Roles: "Chief Compliance Officer", "Head of Sanctions" name a post, not a body. */
    static final Set<String> ROLES = Set.of("officer", "officers", "head", "chief", "director", "directors",
            "chairman", "chairwoman", "chair", "secretary", "president", "manager", "managers", "counsel", "attorney",
            "agent", "agents", "analyst", "analysts", "examiner", "examiners", "investigator", "investigators",
            "inspector", "spokesman", "spokesperson", "minister", "commissioner", "member", "members", "staff",
            "employee", "employees", "customer", "customers", "official", "officials", "leader", "leaders",
            "consultant", "consultants", "adviser", "advisers", "advisor", "advisors", "auditor", "auditors", "monitor",
            "mayor", "governor", "ambassador", "envoy", "prosecutor", "senator", "judge");

    /** Heads that end a body's name and seldom a person's: "Mahan Air" is an airline, whatever its sentence says. */
    static final Set<String> BODY_ENDINGS = Set.of("air", "airlines", "airways", "bank", "corporation",
            "company", "inc", "llc", "ltd", "university", "college", "agency", "department", "ministry", "commission",
            "committee", "council", "foundation", "institute", "association", "party", "group", "fund", "network");

    /** People in the plural: "Specially Designated Nationals" are a kind of people, not a body. */
    static final Set<String> KINDS_OF_PEOPLE = Set.of("terrorists", "nationals", "persons", "individuals",
            "citizens", "residents", "investors", "victims", "refugees", "migrants", "traffickers", "smugglers");

    /** Events: "Consensus Blockchain Conference" happens, it does not act. */
    static final Set<String> EVENTS = Set.of("conference", "summit", "festival", "olympics", "championship",
            "championships", "tournament", "expo", "marathon", "election", "elections", "referendum");

    /** Facilities: an organisation's span that ends with one names a place ("Calicut International Airport"). */
    static final Set<String> FACILITIES = Set.of("airport", "airfield", "stadium", "station", "bridge",
            "highway", "road", "street", "avenue", "square", "park", "terminal", "mall", "plaza", "pier", "dam");

    /** Plural heads: "Departments of Commerce and Justice" names several bodies. */
    static final Set<String> PLURAL_BODIES = Set.of("departments", "ministries", "agencies", "offices",
            "committees", "commissions", "councils", "courts", "banks", "governments", "services", "bureaus");

    /** Words before a lone surname that show it is a person's: "Mr. Parker", "President Trump". */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "president", "senator", "sen",
            "rep", "representative", "judge", "justice", "minister", "secretary", "governor", "gov", "mayor", "general",
            "gen", "colonel", "col", "captain", "capt", "king", "queen", "pope", "prince", "princess", "chancellor",
            "ambassador", "sheriff", "commissioner", "chairman", "chairwoman", "premier", "sir", "dame", "lord",
            "lady", "rev", "father", "sheikh", "ayatollah", "emir", "speaker", "leader", "director", "agent",
            "detective", "sergeant", "sgt", "officer", "lieutenant", "lt", "saint", "st", "uncle", "aunt");

    /** The Sun, the Moon and the planets: taggers take them for bodies ("Jupiter", "Earth"), they are no one's name. */
    static final Set<String> CELESTIAL = Set.of("sun", "moon", "mercury", "venus", "earth", "mars",
            "jupiter", "saturn", "uranus", "neptune", "pluto");

    private NameWords() {
    }
}
