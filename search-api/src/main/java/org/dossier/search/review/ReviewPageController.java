package org.dossier.search.review;

import java.security.Principal;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.JudgementEntry;
import org.dossier.search.query.Params;

/**
 * The review pages: the queue, one candidate side by side with its decision buttons (keys s, n,
 * u, k, z), and the history. After a decision the next candidate opens; skipped ones wait until
 * the session ends.
 */
@Controller
class ReviewPageController {

    private static final String SKIPPED = "review.skipped";

    private final ReviewService review;
    private final EntityCorrections corrections;

    ReviewPageController(ReviewService review, EntityCorrections corrections) {
        this.review = review;
        this.corrections = corrections;
    }

    @PostMapping("/review/preferred-name")
    String prefer(@RequestParam String entity, @RequestParam String name, Principal user,
                  org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        corrections.prefer(entity, name, user.getName());
        redirect.addFlashAttribute("message", "It is now shown as " + name + ".");
        return "redirect:/entities/" + entity;
    }

    @PostMapping("/review/split")
    String split(@RequestParam String entity, @RequestParam String name, Principal user,
                 org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        int count = corrections.splitOut(entity, name, user.getName());
        redirect.addFlashAttribute("message", name + " is recorded as not the same as the " + count
                + " other name(s); the next resolve run takes it out.");
        return "redirect:/entities/" + entity;
    }

    @GetMapping("/review")
    String queue(@RequestParam(defaultValue = "false") boolean blind, Model model) {
        model.addAttribute("blind", blind);
        model.addAttribute("candidates", review.queue().stream().map(c -> blind ? c.blind() : c).toList());
        return "review/queue";
    }

    @GetMapping("/review/candidate")
    String candidate(@RequestParam String a, @RequestParam String b, @RequestParam(defaultValue = "false") boolean blind,
                     Model model) {
        ReviewService.Evidence evidence = review.evidence(a, b);
        model.addAttribute("blind", blind);
        model.addAttribute("evidence", evidence);
        model.addAttribute("candidate", blind ? evidence.candidate().blind() : evidence.candidate());
        model.addAttribute("findings", blind ? List.of() : ScoreFindings.of(evidence.candidate().evidence()));
        return "review/candidate";
    }

    @PostMapping("/review/decide")
    String decide(@RequestParam String a, @RequestParam String b, @RequestParam String verdict,
                  @RequestParam(required = false) String note, @RequestParam(defaultValue = "false") boolean blind,
                  Principal user, HttpSession session) {
        review.decide(a, b, ReviewController.verdict(verdict), note, user.getName());
        return next(blind, session);
    }

    @PostMapping("/review/skip")
    String skip(@RequestParam String a, @RequestParam String b, @RequestParam(defaultValue = "false") boolean blind,
                HttpSession session) {
        skipped(session).add(Judgement.pair(a, b));
        return next(blind, session);
    }

    @PostMapping("/review/undo")
    String undo(@RequestParam(defaultValue = "false") boolean blind, Principal user) {
        JudgementEntry undone = review.undoLast(user.getName());
        if (undone == null) {
            return "redirect:/review";
        }
        return "redirect:" + link(undone.keyA(), undone.keyB(), blind);
    }

    @GetMapping("/review/history")
    String history(@RequestParam(required = false) String by, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        model.addAttribute("by", by == null ? "" : by);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("entries", history(review, by, from, to));
        return "review/history";
    }

    static List<JudgementEntry> history(ReviewService review, String by, String from, String to) {
        var start = Params.date("from", from);
        var end = Params.endDate("to", to);
        return review.history(by == null || by.isBlank() ? null : by.strip(),
                start == null ? null : start.atStartOfDay().toInstant(ZoneOffset.UTC),
                end == null ? null : end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private String next(boolean blind, HttpSession session) {
        Set<String> skipped = skipped(session);
        return review.queue().stream().filter(c -> !skipped.contains(Judgement.pair(c.keyA(), c.keyB()))).findFirst()
                .map(c -> "redirect:" + link(c.keyA(), c.keyB(), blind))
                .orElse("redirect:/review" + (blind ? "?blind=true" : ""));
    }

    static String link(String a, String b, boolean blind) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/review/candidate").queryParam("a", a)
                .queryParam("b", b);
        if (blind) {
            uri.queryParam("blind", true);
        }
        return uri.encode().build().toUriString();
    }

    @SuppressWarnings("unchecked")
    private static Set<String> skipped(HttpSession session) {
        Object skipped = session.getAttribute(SKIPPED);
        if (skipped == null) {
            skipped = new HashSet<String>();
            session.setAttribute(SKIPPED, skipped);
        }
        return (Set<String>) skipped;
    }
}
