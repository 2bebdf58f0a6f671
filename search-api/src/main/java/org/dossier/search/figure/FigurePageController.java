package org.dossier.search.figure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.dossier.search.query.BadSearchRequestException;
import org.dossier.search.system.PageLinks;

/** The figures table: filters, the figures with their documents, and export links for the same filters. */
@Controller
class FigurePageController {

    private final FigureSearch figures;

    FigurePageController(FigureSearch figures) {
        this.figures = figures;
    }

    @GetMapping("/figures")
    String figures(@ModelAttribute("params") FigureParams params, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        PageLinks links = new PageLinks(request);
        model.addAttribute("links", links);
        String query = request.getQueryString() == null ? "" : request.getQueryString()
                .replaceAll("(^|&)cursor=[^&]*", "");
        model.addAttribute("exportQuery", query.isEmpty() ? "" : query.replaceFirst("^&", "") + "&");
        try {
            model.addAttribute("page", figures.search(params.toQuery()));
        } catch (BadSearchRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
        }
        return "figure/index";
    }
}
