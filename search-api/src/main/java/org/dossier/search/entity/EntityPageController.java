package org.dossier.search.entity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.dossier.config.domain.EntityRecord;
import org.dossier.search.query.DocumentQuery;
import org.dossier.search.query.DocumentSearch;
import org.dossier.search.query.Params;
import org.dossier.search.review.EntityCorrections;
import org.dossier.search.system.PageLinks;
import org.dossier.search.system.Timeline;

/** The entities page (find one by name) and an entity's page. */
@Controller
class EntityPageController {

    private static final int DOCUMENTS_PER_PAGE = 10;

    private final EntitySearch search;
    private final EntityProfile profiles;
    private final DocumentSearch documents;
    private final EntityCorrections corrections;

    EntityPageController(EntitySearch search, EntityProfile profiles, DocumentSearch documents,
                         EntityCorrections corrections) {
        this.search = search;
        this.profiles = profiles;
        this.documents = documents;
        this.corrections = corrections;
    }

    @GetMapping("/entities")
    String entities(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                    Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("list", search.search(q, type, 50));
        return "entity/index";
    }

    @GetMapping("/entities/{id}")
    String entity(@PathVariable String id, @RequestParam(required = false) String cursor,
                  HttpServletRequest request, Model model) {
        EntityProfile.Profile profile = profiles.profile(id);
        EntityRecord entity = profile.entity();
        if (entity.redirectTo() != null) {
            return "redirect:/entities/" + entity.redirectTo();
        }
        model.addAttribute("entity", entity);
        model.addAttribute("profile", profile);
        model.addAttribute("timeline", Timeline.of(profile.timeline()));
        model.addAttribute("documents", documents.search(DocumentQuery.of("", DOCUMENTS_PER_PAGE)
                .withEntities(List.of(id)).withCursor(cursor)));
        model.addAttribute("links", new PageLinks(request));
        model.addAttribute("names", corrections.names(id));
        return "entity/page";
    }
}
