package org.dossier.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.dossier.config.domain.EntityRecord;
import org.dossier.search.index.EntityLookup;
import org.dossier.search.system.PageLinks;
import org.dossier.search.system.Timeline;

/** The search page: a box, facets, active filters as chips, results with highlights, the next page. */
@Controller
class SearchPageController {

    private final DocumentSearch search;
    private final EntityLookup entities;
    private final SearchSuggestions suggestions;

    SearchPageController(DocumentSearch search, EntityLookup entities, SearchSuggestions suggestions) {
        this.search = search;
        this.entities = entities;
        this.suggestions = suggestions;
    }

    @GetMapping("/")
    String search(@ModelAttribute("params") DocumentParams params, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        PageLinks links = new PageLinks(request);
        model.addAttribute("q", params.q() == null ? "" : params.q());
        model.addAttribute("links", links);
        try {
            DocumentQuery query = params.toQuery();
            SearchPage page = search.search(query);
            model.addAttribute("page", page);
            Facets f = page.facets();
            model.addAttribute("timeline", Timeline.of(f.timeline()));
            model.addAttribute("groups", List.of(new FacetGroup("People", "entity", f.people()),
                    new FacetGroup("Organisations", "entity", f.organizations()),
                    new FacetGroup("Places", "location", f.places()), new FacetGroup("Sources", "site", f.sites()),
                    new FacetGroup("Kinds", "kind", f.kinds()), new FacetGroup("Languages", "language", f.languages())));
            model.addAttribute("filters", chips(query, links));
            if (page.total() == 0 && !query.query().isEmpty()) {
                model.addAttribute("suggestions", suggestions.of(query.query()));
            }
        } catch (BadSearchRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            model.addAttribute("filters", List.of());
        }
        return "search/index";
    }

    /** The filters in force, each with the link that removes it. */
    private List<Chip> chips(DocumentQuery query, PageLinks links) {
        List<Chip> chips = new ArrayList<>();
        Map<String, EntityRecord> named = entities.byId(query.entities());
        for (String id : query.entities()) {
            EntityRecord entity = named.get(id);
            chips.add(new Chip(entity == null || entity.name() == null ? id : entity.name(),
                    links.without("entity", id)));
        }
        String[][] plain = {{"entityType", "mentions a"}, {"location", "place"}, {"site", "source"},
            {"kind", "kind"}, {"language", "language"}, {"from", "from"}, {"to", "to"}, {"figure", "figure"},
            {"currency", "currency"}, {"min", "at least"}, {"max", "at most"}, {"counted", "counting"}};
        for (String[] filter : plain) {
            String value = links.get(filter[0]);
            if (value != null) {
                chips.add(new Chip(filter[1] + ": " + value, links.without(filter[0], null)));
            }
        }
        return chips;
    }

    /** One list of facet values, and the parameter that filters by them. */
    record FacetGroup(String title, String filter, List<Facets.Value> values) {
    }

    /** A filter in force and the link that removes it. */
    record Chip(String label, String remove) {
    }
}
