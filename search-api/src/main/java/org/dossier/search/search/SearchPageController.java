package org.dossier.search.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a box, the results with their highlights, and a link to the next page. */
@Controller
class SearchPageController {

    private static final int PAGE_SIZE = 20;

    private final DocumentSearch search;

    SearchPageController(DocumentSearch search) {
        this.search = search;
    }

    @GetMapping("/")
    String search(@RequestParam(name = "q", required = false) String query,
                  @RequestParam(name = "cursor", required = false) String cursor, Model model) {
        model.addAttribute("q", query == null ? "" : query);
        try {
            model.addAttribute("page", search.search(new SearchRequest(query, PAGE_SIZE, cursor)));
        } catch (BadSearchRequestException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "search/index";
    }
}
